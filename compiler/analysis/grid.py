"""A solver encoding in whole numbers: every numeric fact counts steps of its resolution.

z3 handles comparisons of reals tied to integer grids badly (minutes, or no answer,
for `given > allowed` with both on a 0.5 mg grid); the same question in integers is
answered at once. So every number input becomes an integer count of its resolution
(`weight` 72.8 kg on a 0.1 kg grid is 728), and a comparison whose sides are linear
becomes an integer inequality, scaled by the least common denominator.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from fractions import Fraction

import z3

from compiler.analysis import pieces
from compiler.analysis import polynomials as poly
from compiler.analysis.solver import Encoder, exact
from compiler.semantics import ir
from compiler.semantics.numbers import as_fact

DEFAULT_STEP = Fraction(1, 100)
EXPAND_LIMIT = 400  # a product is written out over the values of a fact with at most this many
FIRST_DAY = dt.date(1900, 1, 1).toordinal()
LAST_DAY = dt.date(2200, 12, 31).toordinal()

Linear = tuple[dict[str, Fraction], Fraction]  # coefficients of step counts, constant


@dataclass(frozen=True)
class IntegerGap:
    """`scale * (left - right)` of a linear comparison: the sum of `coefficient *
    step count` over `coefficients` (by input name) plus `constant`, all whole."""

    coefficients: tuple[tuple[str, int], ...]
    constant: int
    scale: Fraction


def resolution(decl: ir.Input) -> Fraction:
    """The smallest step between two values of a numeric input."""
    if decl.kind in {"whole", "date"}:
        return Fraction(1)
    if decl.step:
        return ir.exact_decimal(decl.step)
    return DEFAULT_STEP


def count_range(decl: ir.Input) -> tuple[int, int]:
    """The first and last count of steps a number, whole or date input may take."""
    if decl.kind == "date":
        return FIRST_DAY, LAST_DAY
    assert decl.low is not None and decl.high is not None
    step = resolution(decl)
    return math.ceil(exact(decl.low) / step), math.floor(exact(decl.high) / step)


@dataclass
class GridEncoder(Encoder):
    """The shared three-valued encoding, with numbers counted in steps of their resolution."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self._gaps: dict[int, tuple[ir.CmpNum, IntegerGap | None]] = {}
        self._polys: dict[int, tuple[ir.CmpNum, poly.PolyGap | None]] = {}
        self._monomials: dict[poly.Monomial, z3.ArithRef] = {}
        for decl in self.guideline.inputs:
            if decl.kind == "number":
                self.values[decl.name] = z3.Int(f"{decl.name}__steps")

    def step(self, name: str) -> Fraction:
        """The resolution of a numeric input."""
        return resolution(self.guideline.input(name))

    def domain(self) -> list[z3.BoolRef]:
        """Every fact inside its declared range (numbers as counts of steps)."""
        return [c for decl in self.guideline.inputs for c in self.bounds(decl)]

    def bounds(self, decl: ir.Input) -> list[z3.BoolRef]:
        """The declared range of one input (choices as indexes 0..n-1)."""
        var = self.values[decl.name]
        if decl.kind == "choice":
            return [var >= 0, var < len(decl.choices)]
        if decl.kind in {"date", "number", "whole"}:
            low, high = count_range(decl)
            return [var >= low, var <= high]
        return []

    def on_resolution(self, name: str) -> z3.BoolRef:
        """Always true here: a count of steps is on the resolution by construction."""
        return z3.BoolVal(True)

    def num(self, expr: ir.NumExpr) -> z3.ArithRef:
        """A numeric expression as a real (for expressions that are not linear)."""
        if isinstance(expr, ir.ScoreRef):
            return self.score_term(expr.score)
        if isinstance(expr, ir.NumInput):
            var = self.values[expr.name]
            return z3.ToReal(var) * z3.RealVal(self.step(expr.name))
        if isinstance(expr, ir.NumConst):
            return z3.RealVal(exact(expr.value))
        if isinstance(expr, ir.NumNeg):
            return -self.num(expr.operand)
        if isinstance(expr, ir.NumIf | ir.NumPick):
            return self.chosen(expr)
        return ir.ARITHMETIC[expr.op](self.num(expr.left), self.num(expr.right))

    def linear(self, expr: ir.NumExpr) -> Linear | None:
        """The expression as a sum of step counts times coefficients, plus a constant."""
        if isinstance(expr, ir.ScoreRef):
            return None  # a sum of if-then-else terms: the solver's own encoding
        if isinstance(expr, ir.NumConst):
            return {}, exact(expr.value)
        if isinstance(expr, ir.NumInput):
            return {expr.name: self.step(expr.name)}, Fraction(0)
        if isinstance(expr, ir.NumNeg):
            inner = self.linear(expr.operand)
            return None if inner is None else _scale(inner, Fraction(-1))
        if isinstance(expr, ir.NumIf | ir.NumPick):  # piecewise: not one linear form
            return None
        left, right = self.linear(expr.left), self.linear(expr.right)
        if left is None or right is None:
            return None
        if expr.op in {"+", "-"}:
            sign = Fraction(1 if expr.op == "+" else -1)
            return _add(left, _scale(right, sign))
        if expr.op == "*" and not left[0]:
            return _scale(right, left[1])
        if expr.op == "*" and not right[0]:
            return _scale(left, right[1])
        if expr.op == "/" and not right[0] and right[1] != 0:
            return _scale(left, 1 / right[1])
        return None

    def integer_gap(self, atom: ir.CmpNum) -> IntegerGap | None:
        """`scale * (left - right)` as whole coefficients of step counts (sorted by
        name, zero coefficients left out) and a whole constant, with the scale
        (None: not linear)."""
        key = id(atom)
        hit = self._gaps.get(key)
        if hit is not None and hit[0] is atom:
            return hit[1]
        found = self._integer_gap(atom)
        self._gaps[key] = (atom, found)
        return found

    def _integer_gap(self, atom: ir.CmpNum) -> IntegerGap | None:
        difference = self._difference(atom)
        if difference is None:
            return None
        terms, constant = difference
        scale = Fraction(math.lcm(*(c.denominator for c in [*terms.values(), constant])))
        coefficients = tuple(
            (name, int(coefficient * scale))
            for name, coefficient in sorted(terms.items())
            if coefficient
        )
        return IntegerGap(coefficients, int(constant * scale), scale)

    def _difference(self, atom: ir.CmpNum) -> Linear | None:
        """`left - right` as a linear form, or, when a side is a ratio whose divisor keeps
        one sign over the declared ranges, `left - right` times that divisor (times -1
        when it is negative), which compares with zero the same way."""
        left, right = self.ratio(atom.left), self.ratio(atom.right)
        if left is None or right is None:
            return None
        (top_l, below_l), (top_r, below_r) = left, right
        crossed_l, crossed_r = _times(top_l, below_r), _times(top_r, below_l)
        both = _times(below_l, below_r)
        sign = None if both is None else self._sign(both)
        if crossed_l is None or crossed_r is None or sign is None:
            return None
        return _scale(_add(crossed_l, _scale(crossed_r, Fraction(-1))), Fraction(sign))

    def ratio(self, expr: ir.NumExpr) -> tuple[Linear, Linear] | None:
        """The expression as `top / below`, both linear (`below` is 1 for a linear one)."""
        found = self.linear(expr)
        if found is not None:
            return found, ({}, Fraction(1))
        if not isinstance(expr, ir.NumOp) or expr.op not in {"*", "/"}:
            return None
        if expr.op == "/":
            top, below = self.linear(expr.left), self.linear(expr.right)
            return None if top is None or below is None else (top, below)
        left, right = self.ratio(expr.left), self.ratio(expr.right)
        if left is None or right is None:
            return None
        top, below = _times(left[0], right[0]), _times(left[1], right[1])
        return None if top is None or below is None else (top, below)

    def _sign(self, form: Linear) -> int | None:
        """+1 or -1 when the form keeps that sign for every patient, else None."""
        low = high = form[1]
        for name, coefficient in form[0].items():
            ends = [coefficient * b for b in count_range(self.guideline.input(name))]
            low, high = low + min(ends), high + max(ends)
        if low > 0:
            return 1
        return -1 if high < 0 else None

    def gap(self, atom: ir.CmpNum) -> tuple[z3.ArithRef, Fraction] | None:
        """`scale * (left - right)` as an integer term, and the scale (None: neither
        linear nor a ratio of polynomials whose divisor keeps its sign).

        For a comparison of products and ratios of facts, the term is the scaled
        numerator of `left - right` (`compiler.analysis.polynomials`): it compares with
        zero as `left - right` does, and its products are written out over the values
        of a fact with few values, so that the solver stays in linear arithmetic."""
        found = self.integer_gap(atom)
        if found is not None:
            total: z3.ArithRef = z3.IntVal(found.constant)
            for name, coefficient in found.coefficients:
                total = total + z3.IntVal(coefficient) * self.values[name]
            return total, found.scale
        shaped = self.polynomial_gap(atom)
        if shaped is None:
            return None
        total = z3.IntVal(0)
        for monomial, coefficient in shaped.terms:
            total = total + z3.IntVal(coefficient) * self.monomial(monomial)
        return total, shaped.scale

    def polynomial_gap(self, atom: ir.CmpNum) -> poly.PolyGap | None:
        """The comparison as a whole-number polynomial in step counts (None: it is not one)."""
        key = id(atom)
        hit = self._polys.get(key)
        if hit is not None and hit[0] is atom:
            return hit[1]
        ranges = self._count_ranges(ir.atom_inputs(atom))
        found = None if ranges is None else poly.poly_gap(atom, self.step, ranges)
        self._polys[key] = (atom, found)
        return found

    def has_products(self, atom: ir.CmpNum) -> bool:
        """Whether the comparison (or a case of it) multiplies facts together."""
        cases = pieces.split(atom) if pieces.has_choice(atom) else None
        for case in [atom] if cases is None else [c for _, c in cases]:
            found = self.polynomial_gap(case)
            if found is not None and any(len(m) > 1 for m, _ in found.terms):
                return True
        return False

    def _count_ranges(self, names: list[str]) -> dict[str, tuple[int, int]] | None:
        out: dict[str, tuple[int, int]] = {}
        for name in names:
            decl = self.guideline.input(name)
            if decl.kind not in {"number", "whole", "date"}:
                return None
            out[name] = count_range(decl)
        return out

    def monomial(self, monomial: poly.Monomial) -> z3.ArithRef:
        """A product of step counts; with two factors or more, written out over the
        values of the factor with the fewest (when it has at most EXPAND_LIMIT)."""
        hit = self._monomials.get(monomial)
        if hit is not None:
            return hit
        if not monomial:
            term: z3.ArithRef = z3.IntVal(1)
        elif len(monomial) == 1:
            term = self._count(monomial[0])
        else:
            sizes = {n: _size(count_range(self.guideline.input(n))) for n in monomial}
            pivot = min(monomial, key=lambda n: (sizes[n], n))
            rest = list(monomial)
            rest.remove(pivot)
            others = self.monomial(tuple(rest))
            if sizes[pivot] > EXPAND_LIMIT:
                term = self._count(pivot) * others
            else:
                low, high = count_range(self.guideline.input(pivot))
                var = self._count(pivot)
                term = z3.IntVal(high) * others
                for value in range(high - 1, low - 1, -1):
                    term = z3.If(var == value, z3.IntVal(value) * others, term)
        self._monomials[monomial] = term
        return term

    def _count(self, name: str) -> z3.ArithRef:
        var = self.values[name]
        assert isinstance(var, z3.ArithRef)
        return var

    def atom(self, atom: ir.Atom) -> z3.BoolRef:
        """An atom's truth; linear comparisons in integers."""
        if not isinstance(atom, ir.CmpNum):
            return super().atom(atom)
        found = self.gap(atom)
        if found is None:
            return super().atom(atom)
        return ir.COMPARISONS[atom.op](found[0], 0)

    def patient(self, model: z3.ModelRef) -> dict[str, object]:
        """The patient a model describes, numbers converted back from step counts."""
        patient: dict[str, object] = {}
        for decl in self.guideline.inputs:
            known = model.eval(self.is_known(decl.name), model_completion=True)
            value = model.eval(self.values[decl.name], model_completion=True)
            patient[decl.name] = _python(decl, value) if z3.is_true(known) else None
        return patient


def _python(decl: ir.Input, value: z3.ExprRef) -> object:
    if decl.kind == "yesno":
        return bool(z3.is_true(value))
    return python_value(decl, value.as_long())


def python_value(decl: ir.Input, count: bool | int) -> object:
    """The patient's value for a solver value: a yes/no as a bool, a choice as the
    index of the choice, a number, whole number or date as a count of steps."""
    if decl.kind == "yesno":
        return bool(count)
    if decl.kind == "choice":
        return decl.choices[count].name
    if decl.kind == "date":
        return dt.date.fromordinal(count).isoformat()
    if decl.kind == "whole":
        return int(count)
    return as_fact(count * resolution(decl))


def _size(ends: tuple[int, int]) -> int:
    return ends[1] - ends[0] + 1


def _scale(form: Linear, factor: Fraction) -> Linear:
    return {k: v * factor for k, v in form[0].items()}, form[1] * factor


def _times(left: Linear, right: Linear) -> Linear | None:
    """The product of two forms, when one of them is a constant (else not linear)."""
    if not left[0]:
        return _scale(right, left[1])
    return _scale(left, right[1]) if not right[0] else None


def _add(left: Linear, right: Linear) -> Linear:
    terms = dict(left[0])
    for name, coefficient in right[0].items():
        terms[name] = terms.get(name, Fraction(0)) + coefficient
    return terms, left[1] + right[1]
