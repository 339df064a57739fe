"""Exact numbers: how a value given or written is read, held and shown.

Every number means the decimal written. A constant of the guideline is a
`Fraction` (the decimal written, converted exactly to its input's unit). A
patient's number is read exactly: a float means the decimal of its shortest
repr (`101.2` is 101.2, not the binary double nearest it), and an int, a
`Decimal`, a `Fraction` or a numpy number means exactly what it holds.

A fact is held as a float whenever the float's shortest repr is exactly its
value (every number JSON gives, and most others), and as a `Fraction`
otherwise (`Fraction(1, 3)`, 1 mg/dL in umol/L, a `Decimal` of 20 digits).

Comparing a float fact with a constant in binary floating point gives the
exact answer when the constant is `float_safe`: a decimal of at most 15
significant digits (`FLOAT_DIGITS`) in the normal range of floats. Two such
decimals never round to the same double, and rounding keeps order, so for
every float x (meaning the decimal d of its repr) and such a constant c,
`x < float(c)` exactly when `d < c`, and the same for every other sign; an
int compares with a float exactly in Python, and no whole number lies between
such a c and float(c). The tests check this on the boundaries.
"""

from __future__ import annotations

import decimal
import math
from fractions import Fraction

FLOAT_DIGITS = 15
"""Significant digits of a decimal that survive a round trip through a double (DBL_DIG)."""

_NORMAL = Fraction(10) ** -300, Fraction(10) ** 300


def decimal_digits(value: Fraction) -> int | None:
    """The significant digits of `value` written in decimal, or None when it has no
    finite decimal form (a third)."""
    denominator = value.denominator
    twos = fives = 0
    while denominator % 2 == 0:
        denominator //= 2
        twos += 1
    while denominator % 5 == 0:
        denominator //= 5
        fives += 1
    if denominator != 1:
        return None
    scale = max(twos, fives)
    digits = abs(value.numerator) * 10**scale // value.denominator
    if digits == 0:
        return 0
    text = str(digits).rstrip("0")
    return len(text)


def float_safe(value: Fraction) -> bool:
    """True when comparing a float fact with `float(value)` gives the exact answer."""
    if value == 0:
        return True
    digits = decimal_digits(value)
    if digits is None or digits > FLOAT_DIGITS:
        return False
    if not _NORMAL[0] < abs(value) < _NORMAL[1]:
        return False
    return Fraction(repr(float(value))) == value


def of_float(value: float) -> Fraction:
    """The decimal of a float's shortest repr, as an exact fraction."""
    return Fraction(decimal.Decimal(repr(value)))


def as_fact(value: Fraction) -> float | Fraction:
    """How an exact number is held as a fact: the float whose repr is that number, if
    one is, else the fraction itself."""
    near = float(value)
    if math.isfinite(near) and of_float(near) == value:
        return near
    return value


def exact(value: object) -> Fraction:
    """A number held as a fact (float, int, Fraction) as an exact fraction."""
    if type(value) is float:
        return of_float(value)
    if isinstance(value, Fraction):
        return value
    assert isinstance(value, int)
    return Fraction(value)


def read(value: object) -> Fraction | None:
    """A patient's number read exactly, or None when it is not finite.

    A float means the decimal of its shortest repr; a numpy number the decimal that
    numpy prints for it (its shortest repr at its own precision); an int, a Decimal
    or a Fraction exactly what it holds.
    """
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int):
        return Fraction(value)
    if isinstance(value, float):
        return of_float(float(value)) if math.isfinite(value) else None
    if isinstance(value, decimal.Decimal):
        return Fraction(value) if value.is_finite() else None
    if type(value).__module__ == "numpy":
        text = str(value)
        try:
            number = decimal.Decimal(text)
        except decimal.InvalidOperation:
            return None
        return Fraction(number) if number.is_finite() else None
    near = float(value)  # type: ignore[arg-type]  # another Real: its float is all it says
    return of_float(near) if math.isfinite(near) else None


def fmt_number(value: Fraction | float | int) -> str:
    """A number as a clinician writes it: `35`, `0.5`, `35.15` (four decimals at most)."""
    if isinstance(value, Fraction):
        with decimal.localcontext() as context:
            context.prec = 400
            places = decimal.Decimal(value.numerator) / decimal.Decimal(value.denominator)
            text = f"{places.quantize(decimal.Decimal('0.0001'), decimal.ROUND_HALF_EVEN):f}"
    else:
        text = f"{value:.4f}"
    text = text.rstrip("0").rstrip(".")
    return "0" if text in {"-0", ""} else text
