"""Results put together from parts of top-level nodes equal the interpreter's, for
every kind of patient: generated cases, random and mixed patients, bad data,
unknown facts, stops, a decision without a branch, and -0.0."""

from __future__ import annotations

import pytest

from compiler.semantics import interpreter, ir
from compiler.testgen import generate_cases
from compiler.testgen.outcomes import Outcomes
from tests.compiler.conftest import lowered_text, mixed, random_patients
from tests.conftest import MINIMAL_HEADER

Patient = dict[str, object]


def interpreted(guideline: ir.Guideline, patient: object) -> object:
    """What `interpreter.evaluate` gives: the result, the problems, or what it raises."""
    try:
        return interpreter.evaluate(guideline, patient)
    except interpreter.PatientDataError as exc:
        return list(exc.problems)
    except interpreter.GuidelineDefect as exc:
        return ("defect", str(exc))


def assembled(outcomes: Outcomes, patient: Patient) -> object:
    try:
        return outcomes.evaluate(patient).result
    except interpreter.GuidelineDefect as exc:
        return ("defect", str(exc))


def patients_for(guideline: ir.Guideline) -> list[Patient]:
    drawn = random_patients(guideline, 60, seed=7)
    try:
        cases = [c.patient for c in generate_cases(guideline)]
    except interpreter.GuidelineDefect:
        cases = []
    return cases + drawn + mixed(cases + drawn, 60, seed=8)


def test_results_equal_the_interpreters(sample: ir.Guideline) -> None:
    patients = patients_for(sample)
    for typical in (patients[0], None):
        outcomes = Outcomes(sample, typical)
        for patient in patients:
            assert assembled(outcomes, patient) == interpreted(sample, patient), patient


def test_reaches_names_the_steps_of_the_path(sample: ir.Guideline) -> None:
    outcomes = Outcomes(sample)
    for patient in patients_for(sample)[:40]:
        try:
            outcome = outcomes.evaluate(patient)
        except interpreter.GuidelineDefect:
            continue
        assert outcome.reaches(())
        if not isinstance(outcome.result, dict):
            assert not outcome.reaches((("anything", "yes"),))
            continue
        path = outcome.result["path"]
        assert isinstance(path, list)
        steps = tuple((str(s["node"]), str(s["branch"])) for s in path)
        assert outcome.reaches(steps)
        for node, _ in steps:
            assert not outcome.reaches(((node, "no such branch"),))


STOPS = """
input level "Level": number mg/L from 0 to 50 step 0.1 or unknown
input flag "Flag": yes/no or unknown

decide first "First?"
  when level > 10 mg/L:
    advise high "High"
      expert opinion
  otherwise: nothing
  when unknown: ask

decide second "Second?"
  when flag:
    advise flagged "Flagged"
      expert opinion
  otherwise: nothing
"""


def test_a_stop_ends_the_result_wherever_it_comes() -> None:
    guideline = lowered_text(MINIMAL_HEADER + STOPS)
    outcomes = Outcomes(guideline, {"level": 5.0, "flag": True})
    for patient in (
        {"level": None, "flag": True},
        {"level": 20.0, "flag": None},
        {"level": None, "flag": None},
        {"level": 5.0, "flag": False},
        {"level": -0.0, "flag": False},
        {"level": 0.0, "flag": False},
        {"level": "7", "flag": False},
    ):
        assert assembled(outcomes, patient) == interpreted(guideline, patient), patient


def test_negative_zero_is_shown_as_given() -> None:
    guideline = lowered_text(MINIMAL_HEADER + STOPS)
    outcomes = Outcomes(guideline, {"level": 0.0, "flag": True})
    result = outcomes.evaluate({"level": -0.0, "flag": True}).result
    assert isinstance(result, dict)
    assert repr(result) == repr(interpreter.evaluate(guideline, {"level": -0.0, "flag": True}))
    assert "-0.0" in repr(result["path"])


NO_BRANCH = """
input level "Level": number mg/L from 0 to 50 step 0.1

decide gap "Gap?"
  when level > 10 mg/L:
    advise high "High"
      expert opinion
"""


def test_a_decision_without_a_branch_raises_only_when_reached() -> None:
    guideline = lowered_text(MINIMAL_HEADER + NO_BRANCH)
    outcomes = Outcomes(guideline, {"level": 20.0})
    assert isinstance(outcomes.evaluate({"level": 30.0}).result, dict)
    with pytest.raises(interpreter.GuidelineDefect, match="no branch of decision gap"):
        outcomes.evaluate({"level": 5.0})
