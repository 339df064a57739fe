"""The interpreter: patient validation, three-valued logic and the result it returns."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest

from compiler.pipeline.stages import lower_tree
from compiler.semantics import interpreter, ir
from dsl.diagnostics import has_errors
from dsl.parser import parse
from dsl.source import SourceFile
from tests.conftest import (
    IMNM_BAD_DATA,
    IMNM_NOT_A_MAPPING,
    MINIMAL_HEADER,
    emit_and_import,
    imnm_patient,
)


def lowered(body: str) -> ir.Guideline:
    """A snippet parsed and lowered without the logic checks (some tests need gaps)."""
    source = SourceFile("demo.guideline", MINIMAL_HEADER + body)
    parsed = parse(source)
    assert parsed.guideline is not None and not has_errors(parsed.diagnostics)
    guideline, found = lower_tree(parsed.guideline, source)
    assert not has_errors(found), found
    return guideline


def recs(result: dict[str, object]) -> dict[str, dict[str, object]]:
    items = result["recommendations"]
    assert isinstance(items, list)
    return {r["id"]: r for r in items}


# -------------------------------------------------------------- bad data


@pytest.mark.parametrize(("case", "changes", "name", "fragment"), IMNM_BAD_DATA)
def test_bad_data_is_rejected_naming_the_fact(
    imnm: ir.Guideline, case: str, changes: dict[str, object], name: str, fragment: str
) -> None:
    with pytest.raises(interpreter.PatientDataError) as caught:
        interpreter.evaluate(imnm, imnm_patient(imnm, changes))
    assert len(caught.value.problems) == 1, case
    fact, message = caught.value.problems[0]
    assert fact == name
    assert fragment in message
    assert name in str(caught.value)


@pytest.mark.parametrize("patient", IMNM_NOT_A_MAPPING)
def test_a_patient_must_be_a_mapping(imnm: ir.Guideline, patient: object) -> None:
    with pytest.raises(interpreter.PatientDataError) as caught:
        interpreter.evaluate(imnm, patient)
    assert caught.value.problems == [("patient", "must be a mapping of fact names to values")]


def test_every_problem_is_listed_in_order(imnm: ir.Guideline) -> None:
    patient = imnm_patient(
        imnm, {"weight": math.nan, "category": "x", "zzz": 1, "aaa": 2, "skin_disease": 1}
    )
    with pytest.raises(interpreter.PatientDataError) as caught:
        interpreter.evaluate(imnm, patient)
    names = [name for name, _ in caught.value.problems]
    order = [i.name for i in imnm.inputs]
    assert names == ["aaa", "zzz", *sorted(["category", "weight", "skin_disease"], key=order.index)]


@pytest.mark.parametrize(
    ("changes", "fact", "value"),
    [
        ({"weight": 1}, "weight", 1.0),
        ({"weight": 400}, "weight", 400.0),
        ({"weight": 400.0}, "weight", 400.0),
        ({"weeks_on_treatment": 0}, "weeks_on_treatment", 0),
        ({"weeks_on_treatment": 520}, "weeks_on_treatment", 520),
        ({"weeks_on_treatment": 6.0}, "weeks_on_treatment", 6),
        ({"weight": {"value": 70000, "unit": "g"}}, "weight", 70.0),
        ({"weight": {"value": 70, "unit": "kg"}}, "weight", 70.0),
        ({"weeks_on_treatment": {"value": 28, "unit": "days"}}, "weeks_on_treatment", 4),
    ],
)
def test_limits_and_convertible_units_are_accepted(
    imnm: ir.Guideline, changes: dict[str, object], fact: str, value: object
) -> None:
    facts = interpreter.validate(imnm, imnm_patient(imnm, changes))
    assert facts[fact] == value
    assert type(facts[fact]) is type(value)


def test_grams_are_converted_for_the_dose(imnm: ir.Guideline) -> None:
    patient = imnm_patient(imnm, {"weight": {"value": 70000, "unit": "g"}})
    dose = recs(interpreter.evaluate(imnm, patient))["prednisone"]["dose"]
    assert isinstance(dose, dict)
    assert (dose["low"], dose["high"], dose["text"]) == (35.0, 70.0, "35 to 70 mg/day")
    assert dose["facts"] == {"weight": 70.0}


def test_unknown_facts_may_be_none_or_left_out(imnm: ir.Guideline) -> None:
    given_none = interpreter.evaluate(imnm, imnm_patient(imnm, {}) | {"anti_hmgcr": None})
    left_out = interpreter.evaluate(imnm, imnm_patient(imnm, {"anti_hmgcr": None}))
    assert given_none == left_out
    assert given_none["complete"] is False
    assert given_none["needs"] == ["anti_hmgcr"]


# ---------------------------------------------------------------- dates

DATES = """input onset "Onset": date
input seen "Seen": date or unknown
decide recent "Recent?"
  when seen - onset < 30 days:
    advise early "Early"
      uncited "test"
  otherwise:
    advise late "Late"
      uncited "test"
  when unknown: ask
"""


@pytest.mark.parametrize(
    ("value", "accepted"),
    [
        ("2024-02-29", "2024-02-29"),
        (dt.date(2024, 3, 1), "2024-03-01"),
        ("2024-02-30", None),
        ("01/03/2024", None),
        (dt.datetime(2024, 3, 1, 12, 0), None),
        (20240301, None),
        (True, None),
    ],
)
def test_dates(tmp_path: Path, value: object, accepted: str | None) -> None:
    guideline = lowered(DATES)
    module = emit_and_import(guideline, tmp_path, "dates_mod")
    patient = {"onset": value, "seen": "2024-03-10"}
    if accepted is None:
        with pytest.raises(interpreter.PatientDataError) as mine:
            interpreter.evaluate(guideline, patient)
        with pytest.raises(module.PatientDataError) as theirs:
            module.evaluate(patient)
        assert mine.value.problems == [("onset", "expected a date written YYYY-MM-DD")]
        assert theirs.value.problems == mine.value.problems
        return
    result = interpreter.evaluate(guideline, patient)
    assert interpreter.validate(guideline, patient)["onset"] == accepted
    assert module.evaluate(patient).to_dict() == result
    assert list(recs(result)) == ["early"]


# ------------------------------------------------------ three-valued logic


def _atom(name: str) -> ir.IsTrue:
    return ir.IsTrue(name, name, 1)


@pytest.mark.parametrize(
    ("a", "b", "both", "either"),
    [
        (True, True, True, True),
        (True, False, False, True),
        (True, None, None, True),
        (False, None, False, None),
        (None, False, False, None),
        (None, True, None, True),
        (None, None, None, None),
        (False, False, False, False),
    ],
)
def test_kleene_and_or(
    a: bool | None, b: bool | None, both: bool | None, either: bool | None
) -> None:
    facts = {"a": a, "b": b}
    both_cond = ir.AndC((_atom("a"), _atom("b")))
    either_cond = ir.OrC((_atom("a"), _atom("b")))
    assert interpreter.truth(both_cond, facts, []) is both
    assert interpreter.truth(either_cond, facts, []) is either
    negated = interpreter.truth(ir.NotC(both_cond), facts, [])
    assert negated is (None if both is None else not both)


def test_truth_lists_the_unknown_facts_it_met() -> None:
    unknown: list[str] = []
    cond = ir.OrC((_atom("a"), ir.Known("b", True, "b is known", 1), _atom("c")))
    assert interpreter.truth(cond, {"a": None, "b": None, "c": None}, unknown) is None
    assert unknown == ["a", "c"]


def test_a_patient_no_branch_covers_is_a_guideline_defect() -> None:
    guideline = lowered(
        'input a "A": yes/no\ndecide d "D"\n  when a:\n    advise x "X"\n      uncited "t"\n'
    )
    with pytest.raises(interpreter.GuidelineDefect, match="no branch of decision d applies"):
        interpreter.evaluate(guideline, {"a": False})
    assert list(recs(interpreter.evaluate(guideline, {"a": True}))) == ["x"]


def test_unknown_branch_runs_and_ask_inside_it_reports_the_outer_needs() -> None:
    guideline = lowered(
        'input a "A": yes/no or unknown\ninput b "B": yes/no or unknown\n'
        'decide d "D"\n  when a: nothing\n  otherwise: nothing\n  when unknown:\n'
        '    advise u "While a is unknown"\n      uncited "t"\n'
        '    decide e "E"\n      when b: nothing\n      otherwise: nothing\n'
        "      when unknown: ask\n"
    )
    result = interpreter.evaluate(guideline, {"b": True})
    assert result["complete"] is True
    assert list(recs(result)) == ["u"]
    stopped = interpreter.evaluate(guideline, {})
    assert stopped["complete"] is False
    assert stopped["needs"] == ["b"]
    path = stopped["path"]
    assert isinstance(path, list)
    assert [(s["node"], s["branch"]) for s in path] == [("d", "unknown"), ("e", "unknown")]


def test_a_section_on_an_unknown_fact_stops() -> None:
    guideline = lowered(
        'input a "A": yes/no or unknown\nsection s "S" when a\n  advise x "X"\n    uncited "t"\n'
    )
    assert interpreter.evaluate(guideline, {})["needs"] == ["a"]
    assert list(recs(interpreter.evaluate(guideline, {"a": True}))) == ["x"]
    skipped = interpreter.evaluate(guideline, {"a": False})
    assert skipped["recommendations"] == []
    assert skipped["path"] == [
        {"node": "s", "question": "S", "branch": "does not apply", "facts": {"a": False}}
    ]


def test_dose_text_formats_like_a_clinician() -> None:
    assert interpreter.dose_text(35.0, 70.0, "mg/day") == "35 to 70 mg/day"
    assert interpreter.dose_text(29.3, 58.6, "mg/day") == "29.3 to 58.6 mg/day"
    assert interpreter.dose_text(500.0, 500.0, "mg") == "500 mg"
    assert interpreter.dose_text(1 / 3, 2 / 3, "mg") == "0.3333 to 0.6667 mg"
