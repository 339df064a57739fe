"""Test cases for scores: a case per reachable value, unknown criteria at each comparison."""

from __future__ import annotations

from fractions import Fraction

from compiler.semantics import interpreter, ir
from compiler.testgen import generate_cases
from compiler.testgen.score_cases import MAX_VALUES, reachable_sums
from tests.conftest import compile_snippet, lower_snippet

BODY = """
input finding_a "Finding A present": yes/no
input finding_b "Finding B present": yes/no or unknown
input age "Age": number years from 18 to 110

score risk "Risk score"
  points 1 when finding_a "Finding A"
  points 1 when finding_b
  points 2 when age >= 75 years
  points 1 when age >= 65 years and age < 75 years

decide triage "Triage"
  when risk >= 2:
    assess test_y "Test Y"
      expert opinion
  when unknown: ask
  otherwise: nothing
"""


def _guideline() -> ir.Guideline:
    compiled = compile_snippet(BODY)
    assert compiled.guideline is not None, compiled.diagnostics
    return compiled.guideline


def _value(case_patient: dict[str, object], guideline: ir.Guideline) -> object:
    return interpreter.evaluate(guideline, case_patient)["scores"][0]["value"]  # type: ignore[index]


def test_sums_of_the_points_are_every_value_a_score_can_add_up_to() -> None:
    score = _guideline().scores[0]
    assert reachable_sums(score) == [Fraction(n) for n in range(6)]


def test_too_many_sums_are_not_listed() -> None:
    lines = "".join(f"  points {2**i} when finding_a\n" for i in range(7))
    body = 'input finding_a "Finding A": yes/no\n\nscore many "Many"\n' + lines
    score = lower_snippet(body).scores[0]
    assert MAX_VALUES < 2**7 and reachable_sums(score) is None


def test_a_case_for_each_value_the_score_reaches() -> None:
    guideline = _guideline()
    cases = [c for c in generate_cases(guideline) if c.kind == "score" and "value" in c.id]
    # 0 to 4 reachable: the two age bands never hold together, so 5 is not
    assert sorted(_value(c.patient, guideline) for c in cases) == [0, 1, 2, 3, 4]  # type: ignore[type-var]


def test_unknown_criteria_that_settle_the_comparison_and_that_leave_it_open() -> None:
    guideline = _guideline()
    cases = {c.id: c for c in generate_cases(guideline) if "unknown_criteria" in c.id}
    settled = [c for i, c in cases.items() if i.endswith("settled_yes")]
    assert settled and all(c.patient["finding_b"] is None for c in settled)
    for case in settled:
        assert case.expected["complete"] is True  # type: ignore[index, call-overload]
    opened = [c for i, c in cases.items() if i.endswith("open")]
    assert opened and opened[0].expected["needs"] == ["finding_b"]  # type: ignore[index, call-overload]


def test_each_criterion_gets_its_threshold_cases() -> None:
    ids = [c.id for c in generate_cases(_guideline())]
    assert any(i.startswith("risk__criterion_3") and "below" in i for i in ids)
    assert any(i.startswith("risk__criterion_2__finding_b_unknown") for i in ids)
