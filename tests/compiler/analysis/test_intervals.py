"""Interval sets agree with the sets of whole numbers they stand for."""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

from compiler.analysis import intervals as iv

UNIVERSE = iv.span(-5, 25)


def members(values: iv.Intervals) -> set[int]:
    return {x for low, high in values for x in range(low, high + 1)}


def random_set(rng: random.Random) -> iv.Intervals:
    out = iv.EMPTY
    for _ in range(rng.randint(0, 4)):
        low = rng.randint(-5, 25)
        out = iv.union(out, iv.span(low, low + rng.randint(0, 6)))
    return iv.intersect(out, UNIVERSE)


def normal(values: iv.Intervals) -> bool:
    """Sorted, disjoint, not touching, none empty."""
    return all(low <= high for low, high in values) and all(
        a[1] + 1 < b[0] for a, b in itertools.pairwise(values)
    )


def test_operations_match_sets() -> None:
    rng = random.Random(1)
    for _ in range(500):
        a, b = random_set(rng), random_set(rng)
        for found, expected in (
            (iv.intersect(a, b), members(a) & members(b)),
            (iv.union(a, b), members(a) | members(b)),
            (iv.minus(UNIVERSE, a), members(UNIVERSE) - members(a)),
            (iv.minus(a, b), members(a) - members(b)),
        ):
            assert members(found) == expected
            assert normal(found)
        x = rng.randint(-7, 27)
        assert iv.contains(a, x) == (x in members(a))


def test_linear_comparisons_match_arithmetic() -> None:
    ops = {
        ">=": lambda v: v >= 0,
        "<=": lambda v: v <= 0,
        ">": lambda v: v > 0,
        "<": lambda v: v < 0,
        "=": lambda v: v == 0,
        "!=": lambda v: v != 0,
    }
    for a in (Fraction(-3), Fraction(-1, 2), Fraction(0), Fraction(2), Fraction(5, 3)):
        for b in (Fraction(-7), Fraction(0), Fraction(13, 2), Fraction(9)):
            for op, holds in ops.items():
                found = iv.solve_linear(a, b, op, UNIVERSE)
                assert members(found) == {x for x in members(UNIVERSE) if holds(a * x + b)}
                assert normal(found)


def test_empty_span() -> None:
    assert iv.span(3, 2) == iv.EMPTY
    assert iv.point(4) == ((4, 4),)
