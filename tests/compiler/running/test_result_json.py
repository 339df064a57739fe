"""compiler/running/result_json.py: the fast JSON line of a result is the general one, exactly."""

from __future__ import annotations

import types
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from benchmarks import synth
from compiler.pipeline.stages import compile_source, read_source
from compiler.running.batch import load_module
from compiler.running.result_json import ResultWriter, general
from compiler.testgen import generate_cases
from tests.conftest import ROOT

GUIDELINES = [
    ROOT / "guidelines/imnm.guideline",
    ROOT / "tests/fixtures/hostile/hostile.guideline",
    ROOT / "tests/fixtures/docs/hostile_docs.guideline",
    ROOT / "tests/fixtures/coverage/hypok.guideline",
    ROOT / "tests/fixtures/golden/options.guideline",
    ROOT / "tests/fixtures/testgen/scores.guideline",
    ROOT / "tests/fixtures/testgen/unknowns.guideline",
    ROOT / "tests/fixtures/coverage/weighted_score.guideline",
]


def _results(path: Path) -> tuple[types.ModuleType, list[Any]]:
    compiled = compile_source(read_source(path, path.name))
    assert compiled.guideline is not None, compiled.diagnostics
    guideline = compiled.guideline
    module = load_module(guideline)
    patients = [c.patient for c in generate_cases(guideline) if isinstance(c.expected, dict)]
    if all(i.kind != "date" for i in guideline.inputs):  # random patients have no dates
        patients += synth.patients(guideline, 300, 5)
    results = []
    for patient in patients:
        try:
            results.append(module.evaluate(patient))
        except module.PatientDataError:
            continue
    return module, results


@pytest.mark.parametrize("path", GUIDELINES, ids=lambda p: p.stem)
def test_every_result_is_written_as_the_general_way_writes_it(path: Path) -> None:
    module, results = _results(path)
    writer = ResultWriter(module)
    assert writer.fast
    assert results
    for result in results:
        assert writer.text(result) == general(result)
        assert writer.text(result) == general(result)  # again, from what was kept


def test_hostile_text_and_odd_numbers_stay_exact() -> None:
    module, results = _results(ROOT / "tests/fixtures/hostile/hostile.guideline")
    writer = ResultWriter(module)
    texts = [writer.text(r) for r in results]
    assert all(t.isascii() and "\n" not in t for t in texts)  # one line, escaped
    rec = results[0].recommendations[0]
    odd = rec._replace(dose=None, text='"quote" \\ </script> \u2028 \U0001f600')
    result = results[0]._replace(recommendations=(odd,), needs=("a",), complete=False)
    assert writer.text(result) == general(result)


def test_steps_whose_fixed_parts_are_not_text_are_written_exactly() -> None:
    module, results = _results(ROOT / "guidelines/imnm.guideline")
    writer = ResultWriter(module)
    step = results[0].path[0]
    for branch in (0.0, -0.0, True, 1.0, 1):  # equal as keys, written differently
        result = results[0]._replace(path=(step._replace(branch=branch),))
        assert writer.text(result) == general(result)


def test_constant_recommendations_are_encoded_once_by_identity() -> None:
    module, results = _results(ROOT / "guidelines/imnm.guideline")
    writer = ResultWriter(module)
    constants = [v for v in vars(module).values() if isinstance(v, module.Recommendation)]
    assert constants and writer.held >= len(constants)
    # an equal recommendation the module does not hold, and a changed one, are encoded afresh
    copy = module.Recommendation(*constants[0])
    changed = copy._replace(text="changed")
    result = results[0]._replace(recommendations=(constants[0], copy, changed))
    assert writer.text(result) == general(result)
    assert writer.text(result).count('"text":"changed"') == 1


class _Other(NamedTuple):
    complete: bool
    extra: str

    def to_dict(self) -> dict[str, object]:
        return {"complete": self.complete, "extra": self.extra}


def test_results_with_other_fields_are_written_the_general_way() -> None:
    module = types.ModuleType("other")
    module.Result = _Other  # type: ignore[attr-defined]
    module.Step = _Other  # type: ignore[attr-defined]
    module.Recommendation = _Other  # type: ignore[attr-defined]
    writer = ResultWriter(module)
    assert not writer.fast
    assert writer.text(_Other(True, "x")) == '{"complete":true,"extra":"x"}'


def test_the_modules_own_path_is_written_from_its_table_of_steps_exactly() -> None:
    module, results = _results(ROOT / "guidelines/imnm.guideline")
    writer = ResultWriter(module)
    assert writer._traced is not None and len(writer._traced) == len(module._STEPS)
    result = max(results, key=lambda r: len(r.path))
    trace, facts = result.path._trace, result.path._facts
    for odd in (1e-05, 1.5e-07, -0.0, 2**70, float("nan"), float("inf"), True, None,
                "caf\u00e9 \u2028 \"q\"", 1e22):
        path = module.Path(trace, tuple(odd for _ in facts))
        assert writer.text(result._replace(path=path)) == general(result._replace(path=path))


def test_a_module_without_a_table_of_steps_is_written_step_by_step() -> None:
    module, results = _results(ROOT / "guidelines/imnm.guideline")
    plain = types.ModuleType("plain")
    plain.__dict__.update({k: v for k, v in vars(module).items() if k != "_STEPS"})
    writer = ResultWriter(plain)
    assert writer.fast and writer._traced is None
    assert all(writer.text(r) == general(r) for r in results)


def test_recommendations_with_a_dose_are_written_around_their_dose_exactly() -> None:
    module, results = _results(ROOT / "guidelines/imnm.guideline")
    writer = ResultWriter(module)
    assert writer._dose_at is not None
    dosed = next(rec for r in results for rec in r.recommendations if rec.dose is not None)
    base = results[0]
    for low, facts in ((1e-05, (("weight", 2**70),)), (-0.0, (("weight", float("nan")),)),
                       (35.0, (("b", 1), ("a", True), ("b", None)))):
        rec = dosed._replace(dose=dosed.dose._replace(low=low, facts=facts))
        changed = rec._replace(text="caf\u00e9 \u2028")  # another text: kept apart
        result = base._replace(recommendations=(rec, changed, rec))
        assert writer.text(result) == general(result)
        assert writer.text(result) == general(result)  # again, from what was kept
    for facts in (((1, 2),), ((2.5, "x"),)):  # facts not named by text
        odd = dosed._replace(dose=dosed.dose._replace(facts=facts))
        result = base._replace(recommendations=(odd,))
        assert writer.text(result) == general(result)
