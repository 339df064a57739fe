"""Sets of whole numbers as sorted, disjoint, non-adjacent closed intervals.

A numeric fact counted in steps of its resolution (see `compiler.analysis.grid`)
takes whole values; the values that meet a condition on that fact alone are a
finite union of intervals, and these are their operations.
"""

from __future__ import annotations

import math
from fractions import Fraction

from compiler.semantics import ir

Span = tuple[int, int]
Intervals = tuple[Span, ...]

EMPTY: Intervals = ()


def span(low: int, high: int) -> Intervals:
    """The whole numbers from `low` to `high` (empty when low > high)."""
    return ((low, high),) if low <= high else EMPTY


def point(value: int) -> Intervals:
    """The one number `value`."""
    return ((value, value),)


def intersect(left: Intervals, right: Intervals) -> Intervals:
    """The numbers in both."""
    if not left or not right:
        return EMPTY
    out: list[Span] = []
    i = j = 0
    while i < len(left) and j < len(right):
        low = max(left[i][0], right[j][0])
        high = min(left[i][1], right[j][1])
        if low <= high:
            out.append((low, high))
        if left[i][1] < right[j][1]:
            i += 1
        else:
            j += 1
    return tuple(out)


def union(left: Intervals, right: Intervals) -> Intervals:
    """The numbers in either."""
    if not left:
        return right
    if not right:
        return left
    out: list[list[int]] = []
    for low, high in sorted(left + right):
        if out and low <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], high)
        else:
            out.append([low, high])
    return tuple((low, high) for low, high in out)


def minus(universe: Intervals, removed: Intervals) -> Intervals:
    """The numbers of `universe` not in `removed`."""
    if not removed or not universe:
        return universe
    out: list[Span] = []
    for low, high in universe:
        start = low
        for r_low, r_high in removed:
            if r_high < start or r_low > high:
                continue
            if r_low > start:
                out.append((start, r_low - 1))
            start = max(start, r_high + 1)
            if start > high:
                break
        if start <= high:
            out.append((start, high))
    return tuple(out)


def contains(values: Intervals, value: int) -> bool:
    """Whether `value` is one of the numbers."""
    return any(low <= value <= high for low, high in values)


def solve_linear(
    coefficient: Fraction, constant: Fraction, op: str, universe: Intervals
) -> Intervals:
    """The numbers x of `universe` with `coefficient * x + constant  op  0`."""
    if coefficient == 0:
        return universe if ir.COMPARISONS[op](constant, 0) else EMPTY
    if coefficient < 0:
        coefficient, constant, op = -coefficient, -constant, _FLIPPED[op]
    root = -constant / coefficient  # x op root
    low, high = universe[0][0], universe[-1][1]
    if op == ">=":
        found = span(max(low, math.ceil(root)), high)
    elif op == ">":
        found = span(max(low, math.floor(root) + 1), high)
    elif op == "<=":
        found = span(low, min(high, math.floor(root)))
    elif op == "<":
        found = span(low, min(high, math.ceil(root) - 1))
    else:
        at = point(int(root)) if root.denominator == 1 else EMPTY
        found = at if op == "=" else minus(span(low, high), at)
    return intersect(universe, found)


_FLIPPED = {">=": "<=", "<=": ">=", ">": "<", "<": ">", "=": "=", "!=": "!="}
