"""Comparisons whose sides are products and ratios of facts, as polynomials in whole numbers.

A comparison such as the Cockcroft-Gault clearance against a threshold,
`(140 - age) * weight * 88.4 / (72 * creatinine) < 30`, is not linear: it multiplies
facts together and divides by one. When every divisor keeps one sign over the
declared ranges, the comparison is the same as `sign * numerator op 0`, where the
numerator is a polynomial in the facts' step counts (`compiler.analysis.grid`).
Scaled by the least common denominator, its coefficients are whole: exact.

A monomial of degree two or more is then made linear for the solver by writing it
out over the values of a fact with few values (a whole-number age takes 93): z3
answers that in linear integer arithmetic, where products of facts on a grid would
leave it without an answer ("canceled"). Nothing here imports z3.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import TypeAlias

from compiler.semantics import ir

Monomial: TypeAlias = tuple[str, ...]  # input names, sorted, repeated for powers; () is 1
Poly: TypeAlias = dict[Monomial, Fraction]
Rational: TypeAlias = tuple[Poly, Poly]  # numerator, denominator

MAX_TERMS = 64  # a polynomial with more monomials than this is left to the solver as it is
MAX_DEGREE = 4


@dataclass(frozen=True)
class PolyGap:
    """`scale * sign * numerator` of a comparison: whole coefficients of monomials of
    step counts (sorted, zero coefficients left out), compared with zero as the
    comparison's `left - right` is."""

    terms: tuple[tuple[Monomial, int], ...]
    scale: Fraction


def rational(expr: ir.NumExpr, step: Callable[[str], Fraction]) -> Rational | None:
    """The expression as a ratio of two polynomials in step counts (None: it has an
    `if`, a `min`/`max` or a score, or grows past the limits)."""
    if isinstance(expr, ir.NumConst):
        return {(): expr.value}, _one()
    if isinstance(expr, ir.NumInput):
        return {(expr.name,): step(expr.name)}, _one()
    if isinstance(expr, ir.NumNeg):
        inner = rational(expr.operand, step)
        return None if inner is None else (_scale(inner[0], Fraction(-1)), inner[1])
    if not isinstance(expr, ir.NumOp):
        return None
    left, right = rational(expr.left, step), rational(expr.right, step)
    if left is None or right is None:
        return None
    (top_l, below_l), (top_r, below_r) = left, right
    if expr.op in {"+", "-"}:
        sign = Fraction(1 if expr.op == "+" else -1)
        if below_l == below_r:
            top, below = _add(top_l, _scale(top_r, sign)), below_l
        else:
            top = _add(_times(top_l, below_r), _scale(_times(top_r, below_l), sign))
            below = _times(below_l, below_r)
    elif expr.op == "*":
        top, below = _times(top_l, top_r), _times(below_l, below_r)
    else:
        top, below = _times(top_l, below_r), _times(below_l, top_r)
    return (top, below) if _small(top) and _small(below) else None


def poly_gap(
    atom: ir.CmpNum,
    step: Callable[[str], Fraction],
    ranges: Mapping[str, tuple[int, int]],
) -> PolyGap | None:
    """The comparison as a whole-number polynomial gap (None: some divisor may change
    sign or be zero over the declared ranges, or a side is not a ratio of polynomials)."""
    left, right = rational(atom.left, step), rational(atom.right, step)
    if left is None or right is None:
        return None
    (top_l, below_l), (top_r, below_r) = left, right
    numerator = _add(_times(top_l, below_r), _scale(_times(top_r, below_l), Fraction(-1)))
    sign = _sign(_times(below_l, below_r), ranges)
    if sign is None or not _small(numerator):
        return None
    scale = Fraction(math.lcm(*(c.denominator for c in numerator.values())) if numerator else 1)
    terms = tuple(
        (monomial, int(coefficient * scale * sign))
        for monomial, coefficient in sorted(numerator.items())
        if coefficient
    )
    return PolyGap(terms, scale)


def bounds(poly: Poly, ranges: Mapping[str, tuple[int, int]]) -> tuple[Fraction, Fraction]:
    """Sound lower and upper bounds of the polynomial over the ranges (interval arithmetic)."""
    low = high = Fraction(0)
    for monomial, coefficient in poly.items():
        m_low, m_high = Fraction(1), Fraction(1)
        for name in monomial:
            a, b = ranges[name]
            ends = [m_low * a, m_low * b, m_high * a, m_high * b]
            m_low, m_high = min(ends), max(ends)
        ends = [coefficient * m_low, coefficient * m_high]
        low, high = low + min(ends), high + max(ends)
    return low, high


def _sign(poly: Poly, ranges: Mapping[str, tuple[int, int]]) -> int | None:
    low, high = bounds(poly, ranges)
    if low > 0:
        return 1
    return -1 if high < 0 else None


def _one() -> Poly:
    return {(): Fraction(1)}


def _small(poly: Poly) -> bool:
    return len(poly) <= MAX_TERMS and all(len(m) <= MAX_DEGREE for m in poly)


def _scale(poly: Poly, factor: Fraction) -> Poly:
    return {m: c * factor for m, c in poly.items()}


def _add(left: Poly, right: Poly) -> Poly:
    out = dict(left)
    for monomial, coefficient in right.items():
        total = out.get(monomial, Fraction(0)) + coefficient
        if total:
            out[monomial] = total
        else:
            out.pop(monomial, None)
    return out


def _times(left: Poly, right: Poly) -> Poly:
    out: Poly = {}
    for m_left, c_left in left.items():
        for m_right, c_right in right.items():
            monomial = tuple(sorted(m_left + m_right))
            total = out.get(monomial, Fraction(0)) + c_left * c_right
            if total:
                out[monomial] = total
            else:
                out.pop(monomial, None)
    return out
