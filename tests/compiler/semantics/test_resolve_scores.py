"""Scores in name resolution and lowering: labels, exact points, and what a score may not do."""

from __future__ import annotations

from fractions import Fraction

import pytest

from compiler.semantics import ir
from tests.conftest import compile_snippet

FACTS = """
input finding_a "Finding A present": yes/no
input finding_b "Finding B present": yes/no
input weight "Body weight": number kg from 1 to 400
"""

SCORE = """
score risk "Risk score"
  points 1 when finding_a "Finding A"
  points 0.1 when finding_b
  points 2 when weight >= 100 kg
"""


def _decide(guard: str, body: str = 'advise rest "Rest"\n      expert opinion') -> str:
    return f'\ndecide risky "Risky?"\n  when {guard}:\n    {body}\n  otherwise: nothing\n'


def _codes(body: str) -> list[str]:
    return [d.code for d in compile_snippet(body).diagnostics]


def test_a_score_lowers_with_exact_points_and_labels() -> None:
    compiled = compile_snippet(FACTS + SCORE + _decide("risk >= 2"))
    assert compiled.guideline is not None, compiled.diagnostics
    (score,) = compiled.guideline.scores
    assert [c.points for c in score.criteria] == [Fraction(1), Fraction(1, 10), Fraction(2)]
    assert [c.label for c in score.criteria] == [
        "Finding A",  # written
        "Finding B present",  # the question of a lone yes/no input
        "weight >= 100 kg",  # the condition as written
    ]
    (decision,) = compiled.guideline.body
    assert isinstance(decision, ir.Decision)
    guard = decision.branches[0].guard
    assert isinstance(guard, ir.CmpNum) and ir.is_score_atom(guard)
    assert ir.cond_inputs(guard) == ["finding_a", "finding_b", "weight"]


def test_a_definition_may_compare_a_score() -> None:
    compiled = compile_snippet(FACTS + SCORE + "\ndefine high = risk >= 2\n" + _decide("high"))
    assert compiled.guideline is not None, compiled.diagnostics


@pytest.mark.parametrize("guard", ["risk * risk >= 4", "weight / risk >= 50 kg"])
def test_a_score_enters_a_comparison_only_linearly(guard: str) -> None:
    assert "T020" in _codes(FACTS + SCORE + _decide(guard))


@pytest.mark.parametrize("guard", ["risk * 2 - 1 >= 3", "2 * risk + risk >= 3", "risk / 2 >= 1"])
def test_a_score_may_be_scaled_and_shifted(guard: str) -> None:
    compiled = compile_snippet(FACTS + SCORE + _decide(guard))
    assert compiled.guideline is not None, compiled.diagnostics


def test_a_dose_cannot_be_computed_from_a_score() -> None:
    dose = 'start drug_a "Drug A"\n      dose risk * 10 mg\n      expert opinion'
    assert "T021" in _codes(FACTS + SCORE + _decide("risk >= 2", dose))


def test_points_of_zero_are_a_warning() -> None:
    body = FACTS + SCORE + "  points 0 when finding_b\n" + _decide("risk >= 2")
    compiled = compile_snippet(body)
    assert [d.code for d in compiled.diagnostics] == ["T022"]
    assert compiled.guideline is not None


def test_a_score_cannot_count_itself() -> None:
    body = FACTS + 'score risk "Risk"\n  points 1 when risk >= 1\n' + _decide("risk >= 1")
    assert "N005" in _codes(body)


def test_a_criterion_must_be_a_condition() -> None:
    body = FACTS + 'score risk "Risk"\n  points 1 when weight\n' + _decide("risk >= 1")
    assert "T001" in _codes(body)


def test_a_score_compared_with_a_measurement_needs_no_unit() -> None:
    assert "T003" in _codes(FACTS + SCORE + _decide("risk >= weight"))


def test_a_score_nobody_reads_is_a_warning() -> None:
    compiled = compile_snippet(FACTS + SCORE + _decide("finding_a and weight >= 100 kg"))
    assert [d.code for d in compiled.diagnostics] == ["N020"]


def test_a_score_read_only_by_another_score_is_used() -> None:
    outer = 'score outer "Outer"\n  points 1 when risk >= 2\n'
    body = FACTS + SCORE + outer + _decide("outer >= 1")
    compiled = compile_snippet(body)
    assert compiled.guideline is not None, compiled.diagnostics
    assert "N020" not in [d.code for d in compiled.diagnostics]


def test_a_score_name_clashes_with_an_input() -> None:
    body = FACTS + 'score weight "Weight score"\n  points 1 when finding_a\n' + _decide("finding_a")
    assert "N002" in _codes(body)
