"""Units: parsing, display, conversion, compatibility, and the units patient data may use."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsl.units import (
    NONE,
    Unit,
    UnitError,
    accepted_units,
    conversion,
    declared_molar,
    dose_problem,
    exact_units,
    format_unit,
    parse_unit,
)


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("kg", (("kg", 1),)),
        ("mg/kg/day", (("mg", 1), ("kg", -1), ("day", -1))),
        ("U/L", (("U", 1), ("L", -1))),
        ("weeks", (("week", 1),)),
        ("ml", (("mL", 1),)),
        ("m2", (("m", 2),)),
        ("mg/m2", (("mg", 1), ("m", -2))),
        ("%", (("%", 1),)),
    ],
)
def test_parse(text: str, terms: tuple[tuple[str, int], ...]) -> None:
    assert parse_unit(text).terms == terms


def test_no_unit_is_dimensionless() -> None:
    assert parse_unit(None) == NONE and parse_unit("") == NONE
    assert NONE.is_dimensionless() and not parse_unit("kg").is_dimensionless()


def test_unknown_symbol_carries_a_suggestion() -> None:
    with pytest.raises(UnitError) as caught:
        parse_unit("mgg/day")
    assert caught.value.symbol == "mgg"
    assert caught.value.suggestion == "mg"
    with pytest.raises(UnitError) as caught:
        parse_unit("stone")
    assert caught.value.suggestion is None


@pytest.mark.parametrize(
    ("text", "shown", "plural"),
    [
        ("kg", "kg", "kg"),
        ("mg/kg/day", "mg/kg/day", "mg/kg/day"),
        ("week", "week", "weeks"),
        ("days", "day", "days"),
        ("m2", "m2", "m2"),
    ],
)
def test_format(text: str, shown: str, plural: str) -> None:
    assert format_unit(parse_unit(text)) == shown
    assert format_unit(parse_unit(text), plural=True) == plural
    assert str(parse_unit(text)) == shown


def test_arithmetic_on_units() -> None:
    dose = parse_unit("mg/kg/day") * parse_unit("kg")
    assert format_unit(dose) == "mg/day"
    assert format_unit(parse_unit("mg") / parse_unit("day")) == "mg/day"
    assert format_unit(parse_unit("kg") / parse_unit("kg")) == ""
    assert format_unit(Unit((("day", -1),))) == "/day"
    assert format_unit(parse_unit("kg") * parse_unit("m")) == "kg·m"


def test_compatibility_is_by_dimension() -> None:
    assert parse_unit("mg").compatible(parse_unit("kg"))
    assert parse_unit("weeks").compatible(parse_unit("day"))
    assert parse_unit("mg/day").compatible(parse_unit("g/week"))
    assert not parse_unit("kg").compatible(parse_unit("U/L"))
    assert not parse_unit("kg").compatible(NONE)
    assert NONE.compatible(NONE)


@pytest.mark.parametrize(
    ("source", "target", "factor"),
    [
        ("g", "mg", 1000.0),
        ("mg", "kg", 1e-6),
        ("week", "day", 7.0),
        ("year", "day", 365.25),
        ("mg/week", "mg/day", 1 / 7),
        ("kg", "kg", 1.0),
    ],
)
def test_conversion(source: str, target: str, factor: float) -> None:
    assert conversion(parse_unit(source), parse_unit(target)) == pytest.approx(factor)


def test_accepted_units_of_a_single_symbol() -> None:
    accepted = accepted_units(parse_unit("kg"))
    assert accepted["kg"] == 1.0
    assert accepted["g"] == 1e-3
    assert accepted["mg"] == 1e-6
    assert "day" not in accepted
    assert list(accepted) == sorted(accepted)


def test_accepted_units_of_weeks_include_aliases() -> None:
    accepted = accepted_units(parse_unit("weeks"))
    assert accepted["week"] == 1.0
    assert accepted["days"] == pytest.approx(1 / 7)
    assert accepted["d"] == pytest.approx(1 / 7)


def test_accepted_units_of_a_compound_unit_are_only_itself() -> None:
    assert accepted_units(parse_unit("U/L")) == {"U/L": 1.0}
    assert accepted_units(NONE) == {"": 1.0}


# ------------------------------------------------------------ clinical units


@pytest.mark.parametrize(
    ("text", "other", "factor"),
    [
        ("kPa", "mmHg", Fraction(760000, 101325)),
        ("mmHg", "kPa", Fraction(101325, 760000)),
        ("breaths/min", "breaths/hour", Fraction(60)),
        ("mL/min", "L/day", Fraction(1440, 1000)),
        ("mL/min/1.73m2", "mL/min/m2", Fraction(100, 173)),
        ("mL/kg/h", "mL/kg/day", Fraction(24)),
        ("mg/dL", "mg/L", Fraction(10)),
        ("umol/L", "mmol/L", Fraction(1, 1000)),
        ("ng/mL", "mcg/L", Fraction(1)),
        ("nmol/L", "umol/L", Fraction(1, 1000)),
        ("xULN", "xULN", Fraction(1)),
    ],
)
def test_clinical_units_convert_exactly(text: str, other: str, factor: Fraction) -> None:
    assert conversion(parse_unit(text), parse_unit(other)) == factor


def test_conversions_are_exact_fractions() -> None:
    """Regression: 1e-3/1e-6 was 1000.0000000000001 and (1/24)/(1/1440) 59.99999999999999."""
    assert conversion(parse_unit("mmol/L"), parse_unit("umol/L")) == 1000
    assert conversion(parse_unit("hour"), parse_unit("minute")) == 60
    assert conversion(parse_unit("month"), parse_unit("year")) == Fraction(1, 12)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("mmHg", "mm"),
        ("mL/min/1.73m2", "mL/min"),
        ("xULN", "U/L"),
        ("umol/L", "mg/dL"),
    ],
)
def test_different_dimensions_do_not_mix(left: str, right: str) -> None:
    assert not parse_unit(left).compatible(parse_unit(right))


def test_did_you_mean_keeps_the_dimension_it_is_compared_with() -> None:
    """Regression: `mmHgg` next to a pressure was offered `mm`, a length."""
    with pytest.raises(UnitError) as caught:
        parse_unit("mmhg")
    assert caught.value.suggestion == "mmHg"
    with pytest.raises(UnitError) as caught:
        parse_unit("mmHgg", like=parse_unit("kPa"))
    assert caught.value.suggestion == "mmHg"
    with pytest.raises(UnitError) as caught:
        parse_unit("mmx", like=parse_unit("kPa"))
    assert caught.value.suggestion is None
    with pytest.raises(UnitError) as caught:
        parse_unit("mg/dll", like=parse_unit("mg/L"))
    assert caught.value.suggestion in {"dL", "dl"}


@pytest.mark.parametrize(
    "text", ["mg", "g", "mL", "IU", "mmol", "mg/day", "mg/kg", "mg/kg/day", "mL/kg/h", "IU/kg"]
)
def test_doses_are_amounts(text: str) -> None:
    assert dose_problem(parse_unit(text)) is None


@pytest.mark.parametrize(
    ("unit", "fragment"),
    [
        (parse_unit("mg/kg") * parse_unit("cm"), "per kg of body weight"),
        (parse_unit("mg") * parse_unit("kg") / parse_unit("m2"), "not one amount"),
        (parse_unit("mL") * parse_unit("%"), "per kg of body weight"),
        (parse_unit("U/L"), "not one amount"),
        (parse_unit("mmHg"), "not one amount"),
        (parse_unit("mg") * parse_unit("mg"), "not one amount"),
        (parse_unit("mg/kg/kg"), "per kg of body weight"),
    ],
)
def test_other_dose_units_are_refused(unit: Unit, fragment: str) -> None:
    problem = dose_problem(unit)
    assert problem is not None and fragment in problem


_UNITS = [
    "kg", "g", "mg", "mcg", "day", "week", "month", "year", "hour", "minute", "L", "dL", "mL",
    "mmol/L", "umol/L", "mg/dL", "mmHg", "kPa", "mL/min", "L/hour", "breaths/min",
]


@given(
    st.sampled_from(_UNITS),
    st.sampled_from(_UNITS),
    st.sampled_from(_UNITS),
)
def test_conversions_compose_exactly(a: str, b: str, c: str) -> None:
    first, second, third = parse_unit(a), parse_unit(b), parse_unit(c)
    if first.compatible(second) and second.compatible(third):
        assert conversion(first, second) * conversion(second, third) == conversion(first, third)


def test_rates_per_unit_of_time() -> None:
    assert parse_unit("/min").terms == (("minute", -1),)
    assert format_unit(parse_unit("/h")) == "/hour"
    assert conversion(parse_unit("/h"), parse_unit("/min")) == Fraction(1, 60)
    assert parse_unit("/min").compatible(parse_unit("breaths/min"))
    assert parse_unit("beats/min").compatible(parse_unit("breaths/min"))
    assert not parse_unit("/min").compatible(parse_unit("min"))


def test_a_multiple_of_the_upper_limit_of_normal_is_a_ratio() -> None:
    ratio = parse_unit("U/L") / parse_unit("U/L")
    assert parse_unit("xULN").compatible(ratio) and parse_unit("xULN").compatible(NONE)
    assert not parse_unit("xULN").compatible(parse_unit("U/L"))


def test_a_count_or_a_ratio_accepts_only_itself() -> None:
    assert accepted_units(parse_unit("xULN")) == {"xULN": 1.0}
    assert accepted_units(parse_unit("breaths")) == {"breaths": 1.0}


def test_a_concentration_with_a_molar_mass_accepts_both_kinds_exactly() -> None:
    umol = parse_unit("umol/L")
    molar = declared_molar(
        (Fraction(1), parse_unit("mg/dL")), (Fraction("88.4"), parse_unit("umol/L"))
    )
    accepted = exact_units(umol, molar)
    assert accepted["mg/dL"] == Fraction("88.4") and accepted["mg/L"] == Fraction("8.84")
    assert accepted["mmol/L"] == 1000 and accepted["umol/L"] == 1
    assert "mmHg" not in accepted and "mg" not in accepted
    assert exact_units(umol) == {"umol/L": 1}  # without a molar mass: only itself
    # through a molar mass, the other way
    mg = exact_units(parse_unit("mg/dL"), (Fraction("113.12"), parse_unit("g/mol")))
    assert mg["umol/L"] == Fraction("113.12") / 10_000
    assert exact_units(parse_unit("mL/min"), molar) == {"mL/minute": 1}  # not a concentration
