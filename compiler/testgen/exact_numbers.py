"""The generated test of the module's exact-number helpers.

A number means the decimal written: a float given means the decimal of its shortest
repr, and any other number exactly what it holds; a value that no float is held
exactly (`_Exact`) compares with a float as with that decimal. Most guidelines never
meet such a value on their paths, so this test reads and compares a few directly.
"""

from __future__ import annotations

from compiler.emit_python.validation import has_exact, reads_numbers
from compiler.semantics import ir

IMPORTS = ["from decimal import Decimal", "from fractions import Fraction"]

_COMPARE = '''

def test_numbers_compare_exactly() -> None:
    """An exact value compares with a float as with the decimal the float's repr writes."""
    third = MODULE._Exact(1, 3)
    assert third > 0.3333333333333333 and third >= 0.3333333333333333
    assert third < 0.3333333333333334 and third <= 0.3333333333333334
    assert MODULE._Exact(1012, 100) == 10.12 and MODULE._Exact(1012, 100) != 10.120000000000001
    assert MODULE._Exact(1, 3) == Fraction(1, 3) and hash(MODULE._Exact(1, 2)) == hash(0.5)
    assert MODULE._x(0.1) == Fraction(1, 10) and MODULE._x(float(third)) != third
    assert MODULE._x(cast(float, third)) == Fraction(1, 3)
'''

_READ = '''

def test_numbers_are_read_exactly() -> None:
    """A float is the decimal of its repr; a Decimal, Fraction or int exactly what it holds."""
    assert MODULE._read(101.2) == 101.2 and MODULE._read(math.nan) is None
    assert type(MODULE._read(Decimal("101.20"))) is float and MODULE._read(7) == 7.0
    held = MODULE._read(Fraction(1, 3))
    assert isinstance(held, Fraction) and held == Fraction(1, 3)
    assert MODULE._read(Decimal("0.1000000000000000000001")) != 0.1
    assert MODULE._read(2**1024) is None and MODULE._read(Decimal("NaN")) is None
    too_large = MODULE._number({"value": 1e308, "unit": "x"}, "x", {"x": (10, 1)})
    assert too_large == (None, "must be a finite number")
'''


def imports(guideline: ir.Guideline) -> list[str]:
    """The imports the tests of exact numbers need."""
    return IMPORTS if has_exact(guideline) else []


def exact_number_tests(guideline: ir.Guideline) -> list[str]:
    """The lines of the tests, for a module with the helpers."""
    text = (_COMPARE if has_exact(guideline) else "") + (
        _READ if reads_numbers(guideline) else ""
    )
    return text.split("\n") if text else []
