"""Declared assumptions: the checks respect them, and patients breaking one are invalid data.

The interpreter's `validate` and the generated module's `_validate` must raise
PatientDataError with identical problems naming the assumption.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from test_logic_support import import_generated, with_ir

from compiler.semantics import interpreter, ir
from tests.conftest import compile_snippet

BODY = """input sex "Sex": one of female, male
input pregnant "Pregnant": yes/no or unknown
input age "Age": whole years from 12 to 100
assume pregnancy_female "Only female patients can be pregnant": not pregnant or sex is female
assume adult_pregnancy "Pregnancy is recorded from age 14": not pregnant or age >= 14 years
decide d "D"
  when pregnant:
    refer obstetrics "Obstetrics"
      expert opinion
  otherwise:
    nothing
  when unknown: ask
"""


@pytest.fixture(scope="module")
def guideline() -> ir.Guideline:
    compiled = compile_snippet(BODY)
    assert compiled.diagnostics == ()
    assert compiled.guideline is not None
    return compiled.guideline


@pytest.fixture(scope="module")
def module(guideline: ir.Guideline, tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return import_generated(guideline, Path(tmp_path_factory.mktemp("assume")))


def _problems(call: object, patient: dict[str, object]) -> list[tuple[str, str]]:
    assert callable(call)
    with pytest.raises(ValueError) as caught:
        call(patient)
    problems = caught.value.problems  # type: ignore[attr-defined]
    assert isinstance(problems, list)
    return problems


def test_breaking_patient_is_invalid_in_both(guideline: ir.Guideline, module: ModuleType) -> None:
    patient: dict[str, object] = {"sex": "male", "pregnant": True, "age": 30}
    ours = _problems(lambda p: interpreter.validate(guideline, p), patient)
    generated = _problems(module.evaluate, patient)
    assert ours == generated
    assert ours == [
        (
            "pregnancy_female",
            "breaks the assumption 'Only female patients can be pregnant' "
            "(not pregnant or sex is female)",
        )
    ]


def test_every_broken_assumption_is_named(guideline: ir.Guideline, module: ModuleType) -> None:
    patient: dict[str, object] = {"sex": "male", "pregnant": True, "age": 12}
    names = [n for n, _ in _problems(module.evaluate, patient)]
    assert names == ["pregnancy_female", "adult_pregnancy"]
    assert names == [n for n, _ in _problems(lambda p: interpreter.validate(guideline, p), patient)]


@pytest.mark.parametrize(
    "patient",
    [
        {"sex": "female", "pregnant": True, "age": 30},
        {"sex": "male", "pregnant": False, "age": 12},
        {"sex": "male", "pregnant": None, "age": 12},
    ],
)
def test_valid_or_unknown_is_accepted(
    guideline: ir.Guideline, module: ModuleType, patient: dict[str, object]
) -> None:
    ours = interpreter.evaluate(guideline, patient)
    assert module.evaluate(patient).to_dict() == ours


def test_bad_fields_are_reported_before_assumptions(module: ModuleType) -> None:
    patient: dict[str, object] = {"sex": "male", "pregnant": True, "age": 200}
    assert [n for n, _ in _problems(module.evaluate, patient)] == ["age"]


def test_checks_report_no_patient_who_breaks_an_assumption() -> None:
    body = BODY.replace("  when pregnant:", "  when pregnant and sex is male:")
    compiled = with_ir(compile_snippet(body))
    assert compiled.guideline is not None
    findings = [d for d in compiled.diagnostics if d.example_patient is not None]
    assert [d.code for d in findings] == ["L011"]
    interpreter.validate(compiled.guideline, findings[0].example_patient)
    unconstrained = compile_snippet(body.replace("assume ", "# assume "))
    assert unconstrained.guideline is not None
    assert "L011" not in {d.code for d in unconstrained.diagnostics}
