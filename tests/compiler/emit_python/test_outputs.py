"""What `evaluate` and `decide` record: the path as step numbers, recommendations, doses."""

from __future__ import annotations

import itertools
import types
from pathlib import Path

import pytest

from compiler.emit_python import ModuleEmitter
from compiler.emit_python.outputs import VARIANT_LIMIT, FullTree, is_static
from compiler.semantics import interpreter, ir
from tests.conftest import compile_snippet, emit_and_import, imnm_patient


@pytest.fixture(scope="module")
def module(imnm: ir.Guideline, tmp_path_factory: pytest.TempPathFactory) -> types.ModuleType:
    return emit_and_import(imnm, tmp_path_factory.mktemp("outputs"), "outputs_imnm")


def test_the_path_is_built_when_read_and_matches_the_interpreter(
    module: types.ModuleType, imnm: ir.Guideline
) -> None:
    patient = imnm_patient(imnm, {})
    result = module.evaluate(patient)
    expected = interpreter.evaluate(imnm, patient)["path"]
    assert isinstance(expected, list)
    assert result.path._steps is None  # nothing built yet
    assert len(result.path) == len(expected)
    assert [s.to_dict() for s in result.path] == expected
    assert result.path[0] == result.path.steps()[0] and result.path[-2:] == result.path.steps()[-2:]
    assert repr(result.path) == f"Path({result.path.steps()!r})"


def test_results_of_the_same_patient_are_equal(
    module: types.ModuleType, imnm: ir.Guideline
) -> None:
    one = module.evaluate(imnm_patient(imnm, {}))
    assert one == module.evaluate(imnm_patient(imnm, {}))
    assert hash(one) == hash(module.evaluate(imnm_patient(imnm, {})))
    assert len({one, module.evaluate(imnm_patient(imnm, {}))}) == 1
    other = module.evaluate(imnm_patient(imnm, {"anti_hmgcr": None}))
    assert one != other and one.path != other.path
    assert one.path != tuple(one.path)  # a Path equals only a Path


def test_dose_text_is_written_when_read(module: types.ModuleType, imnm: ir.Guideline) -> None:
    result = module.evaluate(imnm_patient(imnm, {"weight": 70}))
    dose = next(r.dose for r in result.recommendations if r.dose is not None)
    assert (dose.low, dose.high, dose.fixed, dose.text) == (35.0, 70.0, False, "35 to 70 mg/day")
    assert dose.to_dict()["text"] == "35 to 70 mg/day"


def test_each_step_row_is_written_once(imnm: ir.Guideline) -> None:
    emitter = ModuleEmitter(imnm)
    tree = FullTree(imnm, emitter.conds, emitter.settled or {}, emitter.certain or frozenset())
    tree.body(imnm.body)
    assert len(tree.rows) == len(set(tree.rows))
    names = [i.name for i in imnm.inputs]
    for node, _question, branch, read in tree.rows:
        assert node and branch and all(0 <= i < len(names) for i in read)


def test_only_patient_dependent_recommendations_are_built_per_patient(imnm: ir.Guideline) -> None:
    dynamic = {r.id for r in ir.recommendations(imnm) if not is_static(r)}
    assert dynamic == {"prednisone", "second_agent"}  # a dose; a `preferred when`


def test_a_fixed_dose_reads_as_one_amount(tmp_path: Path) -> None:
    compiled = compile_snippet(
        'input weight "Weight": number kg from 1 to 200\n'
        'section all "Everyone"\n'
        '  start iron "Iron"\n'
        "    dose 2 mg/kg * weight\n"
        "    expert opinion\n"
    )
    assert compiled.guideline is not None
    module = emit_and_import(compiled.guideline, tmp_path, "fixed_dose_mod")
    dose = module.evaluate({"weight": 50}).recommendations[0].dose
    assert (dose.fixed, dose.text) == (True, "100 mg")


def test_recommendations_in_a_row_go_in_together(imnm: ir.Guideline) -> None:
    source = ModuleEmitter(imnm).render()
    evaluate = source[source.index("def evaluate(") : source.index("def decide(")]
    decide = source[source.index("def decide(") :]
    assert "recs.extend((_R_strength, _R_serial_ck, _R_function, _R_steroid_taper))" in evaluate
    assert "ids.extend(('strength', 'serial_ck', 'function', 'steroid_taper'))" in decide
    # A recommendation computed for the patient is built where it is reached.
    assert "recs.append(_new(Recommendation, ('prednisone'" in evaluate


_PREFERRED = """input skin "Skin": yes/no
input weight "Weight": number kg from 1 to 200
input marker "Marker": yes/no
section heavy "Heavy" when weight > 150 kg and marker and skin
  advise scale "Weigh again"
    expert opinion
section all "Everyone"
  choose agent "Choose an agent"
    expert opinion
    option a "Agent A"
{flags}
"""


@pytest.mark.parametrize("count", [1, 2, 3])
def test_options_preferred_for_the_patient(tmp_path: Path, count: int) -> None:
    """Up to two patient-dependent flags: one constant per combination of flags, looked
    up; more: the recommendation is built for the patient. Both agree with the interpreter."""
    options = [
        '    option b "Agent B"\n      preferred when skin',
        '    option c "Agent C"\n      preferred when weight > 120 kg and not marker',
        '    option d "Agent D"\n      preferred when marker',
    ][:count]
    compiled = compile_snippet(_PREFERRED.format(flags="\n".join(options)))
    assert compiled.guideline is not None, [d.message for d in compiled.diagnostics]
    guideline = compiled.guideline
    source = ModuleEmitter(guideline).render()
    evaluate = source[source.index("def evaluate(") : source.index("def decide(")]
    if count <= VARIANT_LIMIT:
        assert "recs.append(_R_agent[" in evaluate and "_new(Option" not in evaluate
        assert source.count(": Recommendation('agent'") == 3**count  # True, False, None each
    else:
        assert "_new(Option, ('d', 'Agent D', p" in evaluate
    module = emit_and_import(guideline, tmp_path, f"preferred_{count}")
    for skin, weight, marker in itertools.product((True, False), (70, 150, 170), (True, False)):
        patient = {"skin": skin, "weight": weight, "marker": marker}
        assert module.evaluate(patient).to_dict() == interpreter.evaluate(guideline, patient)
