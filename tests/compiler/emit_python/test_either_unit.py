"""Patient values in either kind of concentration: an input with a molar mass or a
declared conversion takes mass and molar units alike, converted exactly, in the interpreter
and the generated module; anything else is a PatientDataError naming the field."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from compiler.semantics import interpreter, ir
from tests.conftest import assert_module_agrees, compile_snippet, emit_and_import

BODY = """input cr "Creatinine": number umol/L from 10 to 2000 {conversion}

decide kidney "Creatinine"
  when cr >= 4 mg/dL:
    advise high "High"
      expert opinion
  otherwise:
    advise normal "Normal"
      expert opinion
"""
DECLARED = BODY.format(conversion="convert 1 mg/dL = 88.4 umol/L")
MOLAR = BODY.format(conversion="molar mass 113.12 g/mol")


def _compiled(body: str) -> ir.Guideline:
    compiled = compile_snippet(body)
    assert compiled.guideline is not None, compiled.diagnostics
    return compiled.guideline


def _ids(guideline: ir.Guideline, patient: dict[str, object]) -> list[str]:
    result = interpreter.evaluate(guideline, patient)
    recs = result["recommendations"]
    assert isinstance(recs, list)
    return [r["id"] for r in recs]


def test_a_value_in_mg_per_dl_converts_through_the_declared_factor(tmp_path: Path) -> None:
    guideline = _compiled(DECLARED)
    module = emit_and_import(guideline, tmp_path, "either_declared")
    at = {"cr": {"value": 4.0, "unit": "mg/dL"}}
    below = {"cr": {"value": 3.99, "unit": "mg/dL"}}
    assert _ids(guideline, at) == ["high"] and _ids(guideline, below) == ["normal"]
    result = module.evaluate({"cr": {"value": 1.2, "unit": "mg/dL"}})
    assert result.path[0].facts == (("cr", 106.08),)  # 1.2 x 88.4, exactly
    patients: list[dict[str, object]] = [
        at,
        below,
        {"cr": {"value": 40, "unit": "mg/L"}},
        {"cr": {"value": 0.3536, "unit": "mmol/L"}},
        {"cr": {"value": 353.6, "unit": "umol/L"}},
        {"cr": {"value": 0.04, "unit": "g/L"}},
        {"cr": 353.59},
    ]
    assert_module_agrees(module, guideline, patients)


def test_a_value_in_mg_per_dl_converts_through_the_molar_mass(tmp_path: Path) -> None:
    guideline = _compiled(MOLAR)
    module = emit_and_import(guideline, tmp_path, "either_molar")
    result = module.evaluate({"cr": {"value": 1.13, "unit": "mg/dL"}})
    # 1.13 mg/dL = 11.3 mg/L = 11.3 / 113.12 mmol/L, in umol/L: no finite decimal
    ((name, held),) = result.path[0].facts
    assert name == "cr" and held == Fraction(11300) / Fraction("113.12")
    assert _ids(guideline, {"cr": {"value": 4, "unit": "mg/dL"}}) == ["high"]
    assert_module_agrees(module, guideline, [{"cr": {"value": 4, "unit": "mg/dL"}}])


@pytest.mark.parametrize(
    ("given", "fragment"),
    [
        ({"value": 1.2, "unit": "mmHg"}, "'mmHg'"),
        ({"value": 1.2, "unit": "mg"}, "'mg'"),
        ({"value": 1.2, "unit": "mg/kg"}, "'mg/kg'"),
        ({"value": 1.2, "unit": "mg/dl"}, "'mg/dl'"),
        ({"value": 1.2, "unit": 5}, "5"),
        ({"value": float("nan"), "unit": "mg/dL"}, "finite"),
        ({"value": float("inf"), "unit": "mg/dL"}, "finite"),
        ({"value": 1e308, "unit": "mg/dL"}, "finite"),
        ({"value": 10**400, "unit": "mg/dL"}, "finite"),
        ({"value": "1.2", "unit": "mg/dL"}, "number"),
        ({"value": True, "unit": "mg/dL"}, "number"),
        ({"value": 30, "unit": "mg/dL"}, "outside the plausible range"),
        ({"value": 1.2, "unit": "mg/dL", "extra": 1}, "value"),
    ],
)
def test_hostile_values_name_the_field(
    tmp_path: Path, given: dict[str, object], fragment: str
) -> None:
    guideline = _compiled(DECLARED)
    module = emit_and_import(guideline, tmp_path, "either_hostile")
    with pytest.raises(interpreter.PatientDataError) as expected:
        interpreter.evaluate(guideline, {"cr": given})
    with pytest.raises(module.PatientDataError) as got:
        module.evaluate({"cr": given})
    for error in (expected.value, got.value):
        ((name, message),) = error.problems
        assert name == "cr" and fragment in message, message
    assert got.value.problems == expected.value.problems


def test_without_a_conversion_the_other_kind_is_refused() -> None:
    guideline = _compiled(BODY.format(conversion="").replace("4 mg/dL", "353.6 umol/L"))
    with pytest.raises(interpreter.PatientDataError) as refused:
        interpreter.evaluate(guideline, {"cr": {"value": 1.2, "unit": "mg/dL"}})
    assert refused.value.problems[0][0] == "cr"
