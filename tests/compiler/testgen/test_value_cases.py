"""Cases on each side of every `if`, limit and min/max, in conditions and in doses."""

from __future__ import annotations

from fractions import Fraction

from compiler.pipeline.stages import compile_source, read_source
from compiler.semantics import interpreter, ir
from compiler.testgen import generate_cases
from compiler.testgen.sites import sites
from tests.conftest import ROOT

FIXTURE = ROOT / "tests/fixtures/coverage/crcl_dose.guideline"


def _guideline() -> ir.Guideline:
    compiled = compile_source(read_source(FIXTURE, FIXTURE.name))
    assert compiled.guideline is not None
    return compiled.guideline


def test_each_side_of_each_value_has_a_case() -> None:
    ids = {c.id for c in generate_cases(_guideline())}
    for wanted in (
        "kidney__crcl_lt_30__value__sex_is_female_yes",
        "kidney__crcl_lt_30__value__sex_is_female_no",
        "reduced__dose__value__below_250_mg",
        "reduced__dose__value__at_250_mg",
        "reduced__dose__value__above_250_mg",
        "reduced__dose__value__weight_lt_50_kg_yes",
        "reduced__dose__value__weight_lt_50_kg_no",
        "full__dose__value__severity_is_moderate_yes",
    ):
        assert wanted in ids


def test_a_dose_case_reaches_its_recommendation_on_the_side_it_names() -> None:
    guideline = _guideline()
    cases = {c.id: c for c in generate_cases(guideline)}
    for where, rule in (("below", "under the 250 mg cap"), ("above", "capped at 250 mg")):
        result = interpreter.evaluate(
            guideline, cases[f"reduced__dose__value__{where}_250_mg"].patient
        )
        recs = result["recommendations"]
        assert isinstance(recs, list) and recs[0]["id"] == "reduced"
        assert rule in recs[0]["dose"]["rule"]
    at = interpreter.evaluate(guideline, cases["reduced__dose__value__at_250_mg"].patient)
    recs = at["recommendations"]
    assert isinstance(recs, list) and Fraction(recs[0]["dose"]["low"]) == 250


def test_a_dose_with_values_is_a_site_without_a_condition() -> None:
    found = [s for s in sites(_guideline()) if s.name.endswith("__dose")]
    assert [s.name for s in found] == ["reduced__dose", "full__dose"]
    assert all(isinstance(s.cond, ir.Const) and len(s.values) == 2 for s in found)
