"""Units: parsing, display, conversion, compatibility, and the units patient data may use."""

from __future__ import annotations

import pytest

from dsl.units import (
    NONE,
    Unit,
    UnitError,
    accepted_units,
    conversion,
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
    assert format_unit(Unit((("day", -1),))) == "1/day"
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
    assert accepted["g"] == pytest.approx(1e-3)
    assert accepted["mg"] == pytest.approx(1e-6)
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
