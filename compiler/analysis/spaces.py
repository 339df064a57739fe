"""The patients meeting a set of constraints on a few facts: answered by arithmetic
(`NativeSpace`, at most one numeric fact) or by z3 (`Z3Space`, anything).

Both answer the same questions exactly, so `compiler.analysis.settle` chooses the
same patient from either.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from fractions import Fraction

import z3

from compiler.analysis import formula as f
from compiler.analysis import intervals as iv
from compiler.analysis.boxes import (
    FINITE_KINDS,
    Assignment,
    Evaluator,
    finite_values,
    universe,
)
from compiler.analysis.grid import GridEncoder, python_value
from compiler.analysis.to_z3 import gap_term, to_z3
from compiler.semantics import ir

MAX_ASSIGNMENTS = 4096  # beyond this many values of the finite facts, z3 answers


class SolverGaveUp(RuntimeError):
    """The solver answered `unknown` (a timeout or a problem too hard for it)."""


def wide_inputs(decls: list[ir.Input]) -> list[ir.Input]:
    """The inputs whose values are too many to list (numbers, whole numbers, dates)."""
    return [d for d in decls if d.kind not in FINITE_KINDS]


def assignments_count(decls: list[ir.Input], all_known: bool) -> int:
    """How many assignments of the finite facts and `known` flags a space lists."""
    count = 1
    for decl in decls:
        if decl.kind in FINITE_KINDS:
            count *= len(finite_values(decl))
        if decl.may_be_unknown and not all_known:
            count *= 2
    return count


class NativeSpace:
    """Every assignment of the finite facts and flags, each with the values of the one
    numeric fact (if any) that meet every constraint."""

    def __init__(
        self,
        encoder: GridEncoder,
        decls: list[ir.Input],
        constraints: list[f.Formula],
        *,
        all_known: bool,
        by_name: Mapping[str, ir.Input],
        ranges: Mapping[str, iv.Intervals] | None = None,
    ) -> None:
        """`by_name`: the guideline's inputs by name; `ranges`: the declared range of
        numeric inputs, when already worked out."""
        wide = wide_inputs(decls)
        assert len(wide) <= 1
        self.wide = wide[0].name if wide else None
        if not wide:
            space = iv.point(0)
        elif ranges is not None and wide[0].name in ranges:
            space = ranges[wide[0].name]
        else:
            space = universe(wide[0])
        self.evaluator = Evaluator(encoder, by_name, self.wide, space)
        self.decls = decls
        self.states = self._states(constraints, all_known)

    def _states(
        self, constraints: list[f.Formula], all_known: bool
    ) -> list[tuple[Assignment, iv.Intervals]]:
        finite = [d for d in self.decls if d.kind in FINITE_KINDS]
        flagged = [d for d in self.decls if d.may_be_unknown]
        flags = (True,) if all_known else (True, False)
        out: list[tuple[Assignment, iv.Intervals]] = []
        value_sets = [finite_values(d) for d in finite]
        for values in itertools.product(*value_sets):
            for known in itertools.product(flags, repeat=len(flagged)):
                at = Assignment(
                    dict(zip((d.name for d in finite), values, strict=True)),
                    dict(zip((d.name for d in flagged), known, strict=True)),
                )
                allowed = self.evaluator.all
                for constraint in constraints:
                    allowed = iv.intersect(allowed, self.evaluator.holds(constraint, at))
                    if not allowed:
                        break
                if allowed:
                    out.append((at, allowed))
        return out

    def feasible(self) -> bool:
        """Whether some patient is left."""
        return bool(self.states)

    def _narrowed(self, wish: f.Formula) -> list[tuple[Assignment, iv.Intervals]]:
        out = []
        for at, allowed in self.states:
            left = iv.intersect(allowed, self.evaluator.holds(wish, at))
            if left:
                out.append((at, left))
        return out

    def possible(self, wish: f.Formula) -> bool:
        """Whether some patient left meets the wish."""
        return bool(self._narrowed(wish))

    def keep(self, wish: f.Formula) -> bool:
        """Keep only the patients meeting the wish, if there are any."""
        narrowed = self._narrowed(wish)
        if narrowed:
            self.states = narrowed
        return bool(narrowed)

    def bounds(self, name: str) -> tuple[int, int] | None:
        """The smallest and largest count of steps of the numeric fact left."""
        assert name == self.wide
        if not self.states:
            return None
        return (
            min(allowed[0][0] for _, allowed in self.states),
            max(allowed[-1][1] for _, allowed in self.states),
        )

    def extreme(self, atom: ir.CmpNum, upper: bool) -> Fraction | None:
        """The largest (or smallest) whole-number gap of the comparison left."""
        found = [self.evaluator.gap_range(atom, allowed) for _, allowed in self.states]
        ends = [r[1] if upper else r[0] for r in found if r is not None]
        if not ends:
            return None
        return Fraction(max(ends) if upper else min(ends))

    def values(self) -> dict[str, object]:
        """The patient left (every fact settled)."""
        at, allowed = self.states[0]
        out: dict[str, object] = {}
        for decl in self.decls:
            if not at.is_known(decl.name):
                out[decl.name] = None
            elif decl.name == self.wide:
                out[decl.name] = python_value(decl, allowed[0][0])
            else:
                out[decl.name] = python_value(decl, at.values[decl.name])
        return out


class Z3Space:
    """The patients meeting the constraints, as a z3 solver."""

    def __init__(
        self,
        encoder: GridEncoder,
        decls: list[ir.Input],
        constraints: list[f.Formula],
        *,
        all_known: bool,
        timeout_ms: int,
        products: bool = False,
    ) -> None:
        self.encoder = encoder
        self.decls = decls
        self.timeout_ms = timeout_ms
        self.products = products
        self.solver = z3.SimpleSolver()
        self.solver.set("timeout", timeout_ms)
        for decl in decls:
            self.solver.add(*encoder.bounds(decl))
            if all_known and decl.name in encoder.known:
                self.solver.add(encoder.known[decl.name])
        self.solver.add(*[to_z3(encoder, c) for c in constraints])

    def _check(self, *extra: z3.BoolRef) -> bool:
        status = self.solver.check(*extra)
        if status == z3.unknown:
            raise SolverGaveUp(str(self.solver.reason_unknown()))
        return bool(status == z3.sat)

    def feasible(self) -> bool:
        """Whether some patient is left."""
        return self._check()

    def possible(self, wish: f.Formula) -> bool:
        """Whether some patient left meets the wish."""
        return self._check(to_z3(self.encoder, wish))

    def keep(self, wish: f.Formula) -> bool:
        """Keep only the patients meeting the wish, if there are any."""
        formula = to_z3(self.encoder, wish)
        if self._check(formula):
            self.solver.add(formula)
            return True
        return False

    def bounds(self, name: str) -> tuple[int, int] | None:
        """The smallest and largest count of steps of a numeric fact left."""
        units = self.encoder.values[name]
        assert isinstance(units, z3.ArithRef)
        low, high = self._bound(units, False), self._bound(units, True)
        return None if low is None or high is None else (low, high)

    def _bound(self, units: z3.ArithRef, upper: bool) -> int | None:
        if self.products:  # products written out over a fact's values: the optimizer
            # takes seconds where a climb of plain checks takes a fraction of one
            found = self._climb(units if upper else -units)
            if found is None:
                return None
            return int(found if upper else -found)
        optimizer = z3.Optimize()
        optimizer.set("timeout", self.timeout_ms)
        optimizer.add(*self.solver.assertions())
        handle = optimizer.maximize(units) if upper else optimizer.minimize(units)
        status = optimizer.check()
        if status == z3.unknown:
            raise SolverGaveUp(str(optimizer.reason_unknown()))
        if status != z3.sat:
            return None
        value = handle.value()
        return value.as_long() if z3.is_int_value(value) else None

    def extreme(self, atom: ir.CmpNum, upper: bool) -> Fraction | None:
        """The largest (or smallest) value of the comparison's gap left, if attained."""
        term = gap_term(self.encoder, atom)
        value = self._climb(term if upper else -term)
        if value is None:
            return None
        return value if upper else -value

    def _climb(self, expr: z3.ArithRef) -> Fraction | None:
        """The largest value of `expr` left (None: no patient left).

        Galloping, then bisection, with plain satisfiability checks (z3's optimizer
        is slow on sums of facts on a grid): exact when the values of `expr` lie on
        a grid, as they do for facts on their resolution; otherwise the best value
        found in a bounded number of steps.
        """
        if not self._check():
            return None
        low = _value(self.solver.model(), expr)
        high: Fraction | None = None
        step = Fraction(1)
        for _ in range(_CLIMB_STEPS):
            if not self._check(expr > z3.RealVal(low)):
                return low
            low = max(low, _value(self.solver.model(), expr))
            if high is None:
                if self._check(expr >= z3.RealVal(low + step)):
                    low, step = _value(self.solver.model(), expr), step * 2
                else:
                    high = low + step
                continue
            middle = (low + high) / 2
            if self._check(expr >= z3.RealVal(middle)):
                low = _value(self.solver.model(), expr)
            else:
                high = middle
        return low

    def values(self) -> dict[str, object]:
        """The patient left (every fact settled)."""
        self._check()
        model = self.solver.model()
        out: dict[str, object] = {}
        for decl in self.decls:
            known = model.eval(self.encoder.is_known(decl.name), model_completion=True)
            if not z3.is_true(known):
                out[decl.name] = None
                continue
            value = model.eval(self.encoder.values[decl.name], model_completion=True)
            count = bool(z3.is_true(value)) if decl.kind == "yesno" else value.as_long()
            out[decl.name] = python_value(decl, count)
        return out


_CLIMB_STEPS = 200


def _value(model: z3.ModelRef, expr: z3.ArithRef) -> Fraction:
    value = model.eval(expr, model_completion=True)
    if z3.is_int_value(value):
        return Fraction(value.as_long())
    fraction = value.as_fraction()
    return Fraction(fraction.numerator, fraction.denominator)
