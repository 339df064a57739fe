"""The rule for scores whose criteria are not all known (the reference semantics).

A criterion whose condition is unknown may add 0 or its points, so the score lies
between `low` (the known points plus every unknown negative one) and `high` (the
known points plus every unknown positive one). A comparison that reads scores has
the answer it has for every value in that range: it is settled when the answer is
the same over the whole range, and unknown otherwise (the facts of the unknown
criteria are then what it needs).

A score enters a comparison only linearly (the resolver refuses a score multiplied
by another score or divided by), so `left - right` over the ranges of its scores
lies between its values at the corners: each score at its low or at its high.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from fractions import Fraction
from typing import Any

from compiler.semantics import ir

Truth = Callable[[ir.Cond], bool | None]


def bounds(score: ir.Score, truths: Sequence[bool | None]) -> tuple[Any, Any]:
    """The low and high value of the score for the criteria's truths, in order."""
    low: Any = 0
    high: Any = 0
    for criterion, truth in zip(score.criteria, truths, strict=True):
        points: Any = criterion.points
        if truth is None:
            low, high = low + (points if points < 0 else 0), high + (points if points > 0 else 0)
        elif truth:
            low, high = low + points, high + points
    return low, high


def extremes(score: ir.Score) -> tuple[Fraction, Fraction]:
    """The lowest and highest sum its points allow (every negative, every positive one)."""
    low = sum((c.points for c in score.criteria if c.points < 0), Fraction(0))
    high = sum((c.points for c in score.criteria if c.points > 0), Fraction(0))
    return low, high


def corners(ranges: Mapping[str, tuple[Any, Any]]) -> list[dict[str, Any]]:
    """Every choice of each score at its low or its high (one when all are known)."""
    names = list(ranges)
    ends = [sorted(set(ranges[n]), key=lambda v: v) for n in names]
    return [dict(zip(names, choice, strict=True)) for choice in itertools.product(*ends)]


def over(op: str, differences: Iterable[Any]) -> bool | None:
    """`left - right  op  0` for every difference between the lowest and the highest
    of `differences`: yes or no when the answer is the same for all, else None."""
    values = list(differences)
    low, high = min(values), max(values)
    if op == ">=":
        return True if low >= 0 else False if high < 0 else None
    if op == ">":
        return True if low > 0 else False if high <= 0 else None
    if op == "<=":
        return True if high <= 0 else False if low > 0 else None
    if op == "<":
        return True if high < 0 else False if low >= 0 else None
    equal = True if low == high == 0 else False if low > 0 or high < 0 else None
    if op == "=":
        return equal
    return None if equal is None else not equal


def plain(value: Any) -> int | float:
    """A score's value for a result: a whole number as an int, else the nearest float."""
    return int(value) if value == int(value) else float(value)
