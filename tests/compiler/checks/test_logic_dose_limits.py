"""L065-L068: dose caps that never or always apply, daily maxima one dose or a day passes."""

from __future__ import annotations

import pytest

from compiler.checks.logic_dose_limits import doses_per_day
from tests.conftest import compile_snippet

WEIGHT = 'input weight "Body weight": number kg from 10 to 150\n\n'


def _findings(fields: str, guard: str = "yes") -> dict[str, dict[str, object]]:
    body = (
        WEIGHT
        + f'decide d "D"\n  when {guard}:\n    start drug_a "Drug A"\n      expert opinion\n'
        + "".join(f"      {line}\n" for line in fields.strip().splitlines())
        + "  otherwise: nothing\n"
    )
    compiled = compile_snippet(body)
    return {
        d.code: dict(d.example_patient or {})
        for d in compiled.diagnostics
        if d.code in {"L065", "L066", "L067", "L068"}
    }


def test_a_cap_that_applies_to_some_patients_is_not_reported() -> None:
    assert _findings("dose 15 mg/kg * weight\ndose cap 750 mg") == {}


def test_a_cap_no_dose_reaches_is_reported_with_a_patient_who_gets_it() -> None:
    found = _findings("dose 15 mg/kg * weight\ndose cap 750 mg", "weight <= 40 kg")
    assert set(found) == {"L065"}
    weight = found["L065"]["weight"]
    assert isinstance(weight, int | float) and weight <= 40


def test_a_cap_in_another_unit_is_compared_exactly() -> None:
    # 15 mg/kg x 50 kg is exactly 0.75 g: at the cap, never above it
    assert set(_findings("dose 15 mg/kg * weight\ndose cap 0.75 g", "weight <= 50 kg")) == {
        "L065"
    }
    assert _findings("dose 15 mg/kg * weight\ndose cap 0.75 g", "weight <= 50.1 kg") == {}


def test_a_cap_every_dose_passes_is_reported() -> None:
    found = _findings("dose 15 mg/kg * weight\ndose cap 750 mg", "weight > 50 kg")
    assert set(found) == {"L066"}


def test_one_dose_above_the_daily_maximum() -> None:
    found = _findings("dose 1 g\ndaily maximum 800 mg")
    assert set(found) == {"L068"}


def test_a_day_of_doses_above_the_daily_maximum_at_a_plain_frequency() -> None:
    fields = 'dose 15 mg/kg * weight\ndaily maximum 3 g/day\nfrequency "every 6 hours"'
    found = _findings(fields)
    assert set(found) == {"L067"}
    weight = found["L067"]["weight"]
    assert isinstance(weight, int | float) and 4 * 15 * weight > 3000


def test_the_cap_counts_in_the_days_total() -> None:
    fields = (
        'dose 15 mg/kg * weight\ndose cap 750 mg\ndaily maximum 3 g/day\nfrequency "every 6 hours"'
    )
    assert _findings(fields) == {}


def test_a_frequency_that_is_not_plain_is_not_guessed() -> None:
    fields = 'dose 1 g\ndaily maximum 3 g/day\nfrequency "with meals"'
    assert _findings(fields) == {}


def test_a_dose_per_day_is_compared_with_the_daily_maximum_itself() -> None:
    assert set(_findings("dose 0.5 to 1 mg/kg/day * weight\ndaily maximum 100 mg")) == {"L068"}
    assert _findings("dose 0.5 to 1 mg/kg/day * weight\ndaily maximum 150 mg") == {}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("every 6 hours", 4),
        ("Every 8 h", 3),
        ("every 4 hours", 6),
        ("every 5 hours", None),
        ("once daily", 1),
        ("daily", 1),
        ("twice daily", 2),
        ("three times a day", 3),
        ("3 times per day", 3),
        ("as needed", None),
        ("with meals", None),
        (None, None),
    ],
)
def test_doses_per_day_reads_only_plain_frequencies(text: str | None, count: int | None) -> None:
    assert doses_per_day(text) == count
