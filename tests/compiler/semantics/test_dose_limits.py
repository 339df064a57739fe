"""compiler/semantics/dose_limits.py: caps, daily maxima, review and recheck times."""

from __future__ import annotations

from compiler.semantics import interpreter, ir
from compiler.semantics.lower import Lowerer
from dsl.diagnostics import Diagnostic
from dsl.parser import parse_text
from dsl.source import SourceFile
from tests.conftest import MINIMAL_HEADER

WEIGHT = 'input weight "Body weight": number kg from 10 to 150\n'
IBW = 'define ibw "Ideal body weight" = weight - 5 kg\n'


def _rec(fields: str, kind: str = "start") -> tuple[ir.Recommendation | None, list[Diagnostic]]:
    body = (
        WEIGHT
        + IBW
        + f'section s "S"\n  {kind} a "A"\n    expert opinion\n'
        + "".join(f"    {line}\n" for line in fields.strip().splitlines())
    )
    text = MINIMAL_HEADER + body
    parsed = parse_text(text, "l.guideline")
    assert parsed.guideline is not None, parsed.diagnostics
    lowerer = Lowerer(parsed.guideline, SourceFile("l.guideline", text))
    guideline = lowerer.run()
    recs = ir.recommendations(guideline)
    return (recs[0] if recs else None), lowerer.all_diagnostics()


def _codes(fields: str, kind: str = "start") -> list[str]:
    return [d.code for d in _rec(fields, kind)[1]]


def test_a_cap_in_another_unit_is_converted_exactly_into_the_doses() -> None:
    rec, found = _rec("dose 15 mg/kg * weight\ndose cap 0.75 g")
    assert found == [] and rec is not None and rec.dose is not None
    assert rec.dose.cap == ir.NumConst(750.0)
    assert rec.dose.cap_rule == "0.75 g"
    assert rec.dose.inputs == ("weight",)


def test_a_computed_cap_adds_its_facts_to_the_doses() -> None:
    rec, found = _rec("dose 15 mg\ndose cap 1 mg/kg * weight")
    assert found == [] and rec is not None and rec.dose is not None
    assert rec.dose.inputs == ("weight",)


def test_caps_of_another_kind_and_ranges_are_refused() -> None:
    assert _codes("dose 15 mg/kg * weight\ndose cap 15 mg/kg") == ["T042"]
    assert _codes("dose 15 mg/kg * weight\ndose cap 10 mL") == ["T042"]
    assert _codes("dose 15 mg/kg * weight\ndose cap 2 to 3 g") == ["T043"]
    _, found = _rec("dose 15 mg/kg * weight\ndose cap 15 mg/kg")
    assert "multiply the cap by the weight" in found[0].hints[0]


def test_a_per_kg_cap_limits_a_per_kg_dose() -> None:
    assert _codes("dose 15 mg/kg\ndose cap 20 mg/kg") == []


def test_the_working_shows_each_fact_and_definition_with_its_unit() -> None:
    rec, _ = _rec("dose 2 mg/kg * ibw + 1 mg/kg * weight")
    assert rec is not None and rec.dose is not None
    shown = [p if isinstance(p, str) else p.unit for p in rec.dose.working]
    assert shown == ["2 mg/kg x ", "kg", " + 1 mg/kg x ", "kg"]
    dose = interpreter.dose_result(rec.dose, {"weight": 70.0})
    assert dose["calculation"] == "200 mg: 2 mg/kg x 65 kg + 1 mg/kg x 70 kg"


def test_a_fixed_dose_shows_no_working() -> None:
    rec, _ = _rec("dose 500 mg\ndose cap 750 mg")
    assert rec is not None and rec.dose is not None
    dose = interpreter.dose_result(rec.dose, {"weight": 70.0})
    assert dose["calculation"] == "500 mg, under the 750 mg cap"


def test_a_capped_range_lowers_each_bound() -> None:
    rec, _ = _rec("dose 0.5 to 1 mg/kg/day * weight\ndose cap 50 mg/day")
    assert rec is not None and rec.dose is not None
    dose = interpreter.dose_result(rec.dose, {"weight": 70.0})
    assert (dose["low"], dose["high"], dose["capped"]) == (35.0, 50.0, True)
    assert dose["calculation"] == (
        "35 to 50 mg/day: 0.5 to 1 mg/kg/day x 70 kg = 35 to 70 mg/day, capped at 50 mg/day"
    )


def test_at_under_and_over_the_cap() -> None:
    rec, _ = _rec("dose 15 mg/kg * weight\ndose cap 750 mg")
    assert rec is not None and rec.dose is not None
    texts = [
        interpreter.dose_result(rec.dose, {"weight": w})["calculation"] for w in (40.0, 50.0, 60.0)
    ]
    assert texts == [
        "600 mg: 15 mg/kg x 40 kg, under the 750 mg cap",
        "750 mg: 15 mg/kg x 50 kg, at the 750 mg cap",
        "750 mg: 15 mg/kg x 60 kg = 900 mg, capped at 750 mg",
    ]


def test_a_daily_maximum_without_a_time_is_read_as_per_day() -> None:
    rec, found = _rec("dose 1 g\ndaily maximum 4 g")
    assert found == [] and rec is not None and rec.daily_maximum is not None
    assert rec.daily_maximum.unit == "g/day"
    daily = interpreter.daily_result(rec.daily_maximum, {"weight": 70.0})
    assert daily == {
        "value": 4.0,
        "unit": "g/day",
        "text": "4 g/day",
        "rule": "4 g",
        "calculation": "4 g/day",
    }


def test_a_computed_daily_maximum_shows_its_working() -> None:
    rec, _ = _rec("dose 15 mg/kg * weight\ndaily maximum 60 mg/kg/day * weight")
    assert rec is not None and rec.daily_maximum is not None
    daily = interpreter.daily_result(rec.daily_maximum, {"weight": 40.0})
    assert daily["calculation"] == "2400 mg/day: 60 mg/kg/day x 40 kg"


def test_daily_maxima_that_are_not_an_amount_per_day() -> None:
    assert _codes("dose 1 g\ndaily maximum 4 g/week") == ["T044"]
    assert _codes("dose 1 g\ndaily maximum 4") == ["T044"]
    assert _codes("dose 1 g\ndaily maximum 1 to 4 g") == ["T044"]
    assert _codes("dose 10 mL\ndaily maximum 4 g") == ["T045"]
    assert _codes("dose 15 mg/kg * weight\ndaily maximum 60 mg/kg/day") == ["T045"]


def test_limits_need_a_dose_on_a_dose_kind() -> None:
    assert _codes("dose cap 1 g") == ["R010"]
    assert _codes("daily maximum 4 g") == ["R011"]
    assert _codes("dose cap 1 g", kind="advise") == ["R001"]


def test_review_and_recheck_times() -> None:
    rec, found = _rec(
        'dose 1 g\nreview in 2 to 3 months "Review the response"\n'
        'recheck "CK" in 2 to 6 weeks\nrecheck "ALT" in 1 week'
    )
    assert found == [] and rec is not None
    assert rec.review == ir.Timing("review", 2.0, 3.0, "months", "Review the response",
                                   "2 to 3 months")  # fmt: skip
    assert [(t.text, t.low, t.high, t.unit) for t in rec.rechecks] == [
        ("CK", 2.0, 6.0, "weeks"),
        ("ALT", 1.0, 1.0, "week"),
    ]


def test_review_and_recheck_times_must_be_fixed_times() -> None:
    assert _codes("review in 2 kg", kind="advise") == ["T040"]
    assert _codes('recheck "CK" in weight * 1 day/kg', kind="advise") == ["T041"]
    assert _codes('recheck "CK" in 6 to 2 weeks', kind="advise") == ["T009"]
