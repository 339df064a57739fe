"""The generated module writes the same dose rule as the interpreter, step by step."""

from __future__ import annotations

from pathlib import Path

import pytest

from compiler.emit_python.conditions import CondEmitter
from compiler.emit_python.steps import rule_expr
from compiler.semantics import interpreter
from tests.compiler.semantics.test_values import DOSES, FACTS, _lower
from tests.conftest import emit_and_import

RULES = [
    "15 mg/kg * weight at most 750 mg",
    "5 mg/kg * weight at least 250 mg",
    "(if weight < 50 kg then 5 mg/kg else if sex is male then 4 mg/kg else 3 mg/kg) * weight",
    "min(10 mg/kg * weight, 1 g, 12 mg/kg * weight)",
    "max(10 mg/kg * weight, 500 mg)",
    "1 to 2 mg/kg * weight at most 100 mg",
    "(lookup severity: mild -> 1 mg/kg, otherwise -> 2 mg/kg) * weight at most 100 mg",
]


@pytest.mark.parametrize("dose", RULES)
@pytest.mark.parametrize("weight", [30.0, 45.0, 50.0, 60.0, 100.0, 200.0])
def test_module_rule_is_the_interpreters(tmp_path: Path, dose: str, weight: float) -> None:
    guideline, _ = _lower(DOSES.format(dose=dose))
    module = emit_and_import(guideline, tmp_path, "steps_mod")
    for sex in ("female", "male"):
        patient = {**FACTS, "weight": weight, "sex": sex}
        expected = interpreter.evaluate(guideline, patient)["recommendations"]
        assert isinstance(expected, list)
        got = module.evaluate(patient).recommendations[0].dose
        assert got.rule == expected[0]["dose"]["rule"]
        assert (got.low, got.high) == (expected[0]["dose"]["low"], expected[0]["dose"]["high"])


def test_a_dose_without_choices_keeps_its_rule_as_a_literal() -> None:
    guideline, _ = _lower(DOSES.format(dose="15 mg/kg * weight"))
    rec = next(n.rec for n in guideline.body[0].body if hasattr(n, "rec"))  # type: ignore[union-attr]
    assert rec.dose is not None
    assert rule_expr(rec.dose, CondEmitter(guideline, frozenset())) == repr("15 mg/kg * weight")
