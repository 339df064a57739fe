"""The logic checks across units: conversions are exact, so thresholds written in
different units meet exactly (no spurious gap, no missed overlap).

The property test draws random unit pairs and thresholds and compares the gap
check's verdict with a `fractions` reference.
"""

from __future__ import annotations

import os
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dsl.units import conversion, parse_unit
from tests.conftest import compile_snippet

LONG = os.environ.get("HYPOTHESIS_PROFILE") == "long"
EXAMPLES = settings(
    max_examples=10_000 if LONG else 40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

ADVISE = '    advise {id} "{id}"\n      expert opinion\n'


def _decision(unit: str, first: str, second: str, exclusive: bool = False) -> str:
    head = f'input x "X": number {unit} from 0 to 1000000000\n\n'
    head += 'decide band "Band"' + (" exclusive" if exclusive else "") + "\n"
    return (
        head
        + f"  when {first}:\n"
        + ADVISE.format(id="low")
        + f"  when {second}:\n"
        + ADVISE.format(id="high")
    )


def _codes(body: str) -> list[str]:
    compiled = compile_snippet(body)
    assert not [d for d in compiled.diagnostics if d.code[0] in "PNT"], compiled.diagnostics
    return [d.code for d in compiled.diagnostics if d.code in {"L010", "L020"}]


@pytest.mark.parametrize("unit", ["hours", "minutes", "days", "weeks"])
def test_hours_beside_minutes_leave_no_gap(unit: str) -> None:
    """Regression: `< 4.5 hours` beside `>= 270 minutes` was reported as a gap."""
    assert _codes(_decision(unit, "x < 4.5 hours", "x >= 270 minutes")) == []


@pytest.mark.parametrize("unit", ["umol/L", "mmol/L", "mol/L"])
@pytest.mark.parametrize(
    ("first", "second"),
    [("x >= 250 umol/L", "x <= 0.25 mmol/L"), ("x <= 250 umol/L", "x >= 0.25 mmol/L")],
)
def test_micromoles_beside_millimoles_overlap_exactly(unit: str, first: str, second: str) -> None:
    """Regression: 250 umol/L and 0.25 mmol/L were not the same value, so an overlap was missed."""
    assert _codes(_decision(unit, first, second, exclusive=True)) == ["L020"]


def test_kilopascals_beside_millimetres_of_mercury() -> None:
    body = _decision("mmHg", "x < 16 kPa", "x >= 120 mmHg")  # 16 kPa is about 120.01 mmHg
    assert _codes(body) == []
    body = _decision("mmHg", "x < 15.9 kPa", "x >= 120 mmHg")  # about 119.26 mmHg: a gap
    assert _codes(body) == ["L010"]


# ------------------------------------------------------------ property: gaps

_KINDS = [
    ["minutes", "hours", "days", "weeks", "months", "years"],
    ["mcg", "mg", "g", "kg"],
    ["nmol/L", "umol/L", "mmol/L", "mol/L"],
    ["mg/dL", "g/L", "mg/L"],
    ["mmHg", "kPa"],
    ["mL/min", "L/hour", "L/day"],
    ["breaths/min", "breaths/hour"],
]
_NUMBERS = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999"), places=2)


@st.composite
def _bands(draw: st.DrawFn) -> tuple[str, str, Decimal, str, Decimal]:
    kind = draw(st.sampled_from(_KINDS))
    declared, low_unit, high_unit = (draw(st.sampled_from(kind)) for _ in range(3))
    low = draw(_NUMBERS)
    same = draw(st.booleans())  # often the very same value, written in another unit
    high = _rewritten(low, low_unit, high_unit) if same else draw(_NUMBERS)
    return declared, low_unit, low, high_unit, high if high is not None else low


def _rewritten(value: Decimal, source: str, target: str) -> Decimal | None:
    exact = Fraction(value) * conversion(parse_unit(source), parse_unit(target))
    shown = Decimal(exact.numerator) / Decimal(exact.denominator)
    return shown if Fraction(shown) == exact else None


@EXAMPLES
@given(_bands())
def test_gap_verdicts_agree_with_exact_fractions(
    band: tuple[str, str, Decimal, str, Decimal],
) -> None:
    declared, low_unit, low, high_unit, high = band
    into = parse_unit(declared)
    below = Fraction(low) * conversion(parse_unit(low_unit), into)
    above = Fraction(high) * conversion(parse_unit(high_unit), into)
    body = _decision(declared, f"x < {low:f} {low_unit}", f"x >= {high:f} {high_unit}")
    gap = below < above and below < 10**9
    assert _codes(body) == (["L010"] if gap else [])


def test_rates_per_minute_beside_rates_per_hour() -> None:
    assert _codes(_decision("breaths/min", "x < 0.5 /min", "x >= 30 /h")) == []
    assert _codes(_decision("/min", "x < 1 beats/min", "x >= 60 /hour")) == []


def test_a_ratio_compared_in_multiples_of_the_upper_limit() -> None:
    body = (
        'input ck "CK": number U/L from 1 to 100000\n'
        'input ck_uln "Upper limit of normal of CK": number U/L from 1 to 1000\n\n'
        'decide band "Band"\n'
        "  when ck / ck_uln > 10 xULN:\n" + ADVISE.format(id="high") + "  otherwise:\n"
        + ADVISE.format(id="other")
    )
    assert [d.code for d in compile_snippet(body).diagnostics if d.severity.value == "error"] == []
