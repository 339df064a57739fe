"""Scores in the reference semantics: the sum of points, and the range rule for
unknown criteria (`compiler.semantics.scores`, `interpreter`)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from compiler.semantics import interpreter, ir
from compiler.semantics import scores as rule
from tests.conftest import compile_snippet, lower_snippet

FACTS = """
input finding_a "Finding A present": yes/no
input finding_b "Finding B present": yes/no or unknown
input finding_c "Finding C present": yes/no or unknown
input other_cause "Another cause": yes/no or unknown
input age "Age": number years from 18 to 110
"""

SCORE = """
score risk "Risk score"
  points 1 when finding_a "Finding A"
  points 1.5 when finding_b
  points 1 when finding_c and age >= 50 years
  points -2 when other_cause "Another cause"
  points 2 when age >= 75 years
  points 1 when age >= 65 years and age < 75 years
"""

DECIDE = """
decide triage "Triage"
  when risk >= 2:
    assess test_y "Test Y"
      expert opinion
  when unknown: ask
  otherwise: nothing
"""


def _guideline() -> ir.Guideline:
    compiled = compile_snippet(FACTS + SCORE + DECIDE)
    assert compiled.guideline is not None, compiled.diagnostics
    return compiled.guideline


def _patient(**facts: object) -> dict[str, object]:
    base: dict[str, object] = {
        "finding_a": False,
        "finding_b": False,
        "finding_c": False,
        "other_cause": False,
        "age": 40,
    }
    return {**base, **facts}


def _score(result: dict[str, object]) -> dict[str, object]:
    scores = result["scores"]
    assert isinstance(scores, list)
    (score,) = scores
    assert isinstance(score, dict)
    return score


def test_the_value_is_the_sum_of_the_points_of_the_criteria_that_are_yes() -> None:
    result = interpreter.evaluate(_guideline(), _patient(finding_a=True, finding_b=True, age=80))
    score = _score(result)
    assert (score["value"], score["low"], score["high"]) == (4.5, 4.5, 4.5)
    assert score["scored"] == [
        {"label": "Finding A", "points": 1},
        {"label": "Finding B present", "points": 1.5},
        {"label": "age >= 75 years", "points": 2},
    ]
    assert score["unknown"] == []
    assert [r["id"] for r in result["recommendations"]] == ["test_y"]  # type: ignore[index, union-attr]


def test_negative_points_count_against() -> None:
    result = interpreter.evaluate(_guideline(), _patient(finding_a=True, other_cause=True, age=80))
    assert _score(result)["value"] == 1
    assert result["recommendations"] == []


def test_known_points_that_settle_the_comparison_stand() -> None:
    # 1 + 2 known; finding B (+1.5) and another cause (-2) unknown: 1 to 4.5
    patient = _patient(finding_a=True, finding_b=None, other_cause=None, age=80)
    result = interpreter.evaluate(_guideline(), patient)
    score = _score(result)
    assert (score["value"], score["low"], score["high"]) == (None, 1, 4.5)
    assert result["complete"] is False and result["needs"] == ["finding_b", "other_cause"]
    settled = interpreter.evaluate(_guideline(), {**patient, "other_cause": False})
    assert settled["complete"] is True  # 3 to 4.5: `risk >= 2` whatever finding B is
    assert [r["id"] for r in settled["recommendations"]] == ["test_y"]  # type: ignore[index, union-attr]
    assert _score(settled)["unknown"] == [{"label": "Finding B present", "points": 1.5}]


def test_needs_name_only_the_facts_of_the_unknown_criteria() -> None:
    # finding C is unknown, but its criterion is no (age under 50): only finding B counts
    patient = _patient(finding_b=None, finding_c=None, age=40, finding_a=True)
    result = interpreter.evaluate(_guideline(), patient)
    assert result["complete"] is False and result["needs"] == ["finding_b"]


def test_a_comparison_open_over_the_range_is_unknown() -> None:
    result = interpreter.evaluate(_guideline(), _patient(finding_b=None, finding_a=True))
    assert result["complete"] is False and result["needs"] == ["finding_b"]
    assert result["path"][-1]["branch"] == "unknown"  # type: ignore[index]


@pytest.mark.parametrize(
    ("op", "differences", "expected"),
    [
        (">=", [0, 2], True),
        (">=", [-1, 2], None),
        (">=", [-3, -1], False),
        (">", [0, 2], None),
        (">", [1, 2], True),
        (">", [-2, 0], False),
        ("<=", [-2, 0], True),
        ("<=", [-2, 1], None),
        ("<=", [1, 2], False),
        ("<", [-2, -1], True),
        ("<", [-2, 0], None),
        ("<", [0, 3], False),
        ("=", [0, 0], True),
        ("=", [-1, 1], None),
        ("=", [1, 2], False),
        ("=", [-2, -1], False),
        ("!=", [0, 0], False),
        ("!=", [-1, 1], None),
        ("!=", [1, 3], True),
    ],
)
def test_a_comparison_has_the_answer_it_has_over_the_whole_range(
    op: str, differences: list[int], expected: bool | None
) -> None:
    assert rule.over(op, differences) is expected


def test_an_unknown_criterion_widens_the_range_by_its_points() -> None:
    score = lower_snippet(FACTS + SCORE + DECIDE).scores[0]
    truths = [True, None, False, None, False, True]
    assert rule.bounds(score, truths) == (Fraction(0), Fraction(7, 2))


def test_corners_are_every_score_at_either_end() -> None:
    assert rule.corners({"a": (1, 2), "b": (0, 0)}) == [{"a": 1, "b": 0}, {"a": 2, "b": 0}]
    assert len(rule.corners({"a": (1, 2), "b": (0, 3)})) == 4


def test_a_comparison_of_two_scores_settles_over_both_ranges() -> None:
    body = (
        FACTS
        + SCORE
        + """
score other "Other score"
  points 3 when finding_c

decide both "Both"
  when risk - other >= 0:
    assess both_test "Both"
      expert opinion
  when unknown: ask
  otherwise: nothing
"""
    )
    guideline = lower_snippet(body)
    # risk is 3 (finding A, age 80); other is 0 to 3 (finding C unknown): 0 to 3 -> yes
    result = interpreter.evaluate(guideline, _patient(finding_a=True, finding_c=None, age=80))
    assert result["complete"] is True and result["recommendations"]
    # risk is 1 (finding A, age 40); other is 0 to 3: -2 to 1 -> open
    open_result = interpreter.evaluate(guideline, _patient(finding_a=True, finding_c=None))
    assert open_result["complete"] is False and open_result["needs"] == ["finding_c"]


def test_every_score_is_in_the_result_even_when_evaluation_stops_early() -> None:
    result = interpreter.evaluate(_guideline(), _patient(finding_b=None, finding_a=True))
    assert [s["name"] for s in result["scores"]] == ["risk"]  # type: ignore[index, union-attr]


def test_a_guideline_without_scores_has_none_in_its_result(imnm: ir.Guideline) -> None:
    assert imnm.scores == ()
