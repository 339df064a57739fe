"""Concrete, plausible patients for a set of z3 constraints.

Values lie inside each input's declared range and on its resolution (its `step`;
whole numbers and dates step 1; a number without a step steps 0.01: numbers are
counted in steps of their resolution, see `compiler.testgen.grid`). Numeric
facts the constraints leave free are moved, one input at a time and in
declaration order, to a deterministic value that is not round, inside the
interval the constraints still allow.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction

import z3

from compiler import ir
from compiler.solver import DEFAULT_TIMEOUT_MS
from compiler.testgen.grid import GridEncoder, resolution

_PLACE = Fraction(18, 100)  # where in the allowed interval a free value is put


class SolverGaveUp(RuntimeError):
    """The solver answered `unknown` (a timeout or a problem too hard for it)."""


def is_numeric(decl: ir.Input) -> bool:
    """A number, whole or date input."""
    return decl.kind in {"number", "whole", "date"}


@dataclass
class PatientSolver:
    """Finds patients for one guideline; every answer also meets the guideline's assumptions."""

    guideline: ir.Guideline
    timeout_ms: int = DEFAULT_TIMEOUT_MS
    encoder: GridEncoder = field(init=False)
    base: list[z3.BoolRef] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        self.encoder = GridEncoder(self.guideline)
        self.base = self.encoder.domain()

    # ------------------------------------------------------------ checks
    def _solver(
        self, constraints: list[z3.BoolRef], breaking: ir.Assumption | None = None
    ) -> z3.Solver:
        solver = z3.Solver()
        solver.set("timeout", self.timeout_ms)
        solver.add(*self.base, *self.assumptions(breaking), *constraints)
        return solver

    def assumptions(self, breaking: ir.Assumption | None = None) -> list[z3.BoolRef]:
        """Every declared assumption holds (is not `no`), except `breaking`, which is `no`."""
        return [
            self.encoder.no(a.cond) if a is breaking else z3.Not(self.encoder.no(a.cond))
            for a in self.guideline.assumptions
        ]

    def _check(self, solver: z3.Solver, *extra: z3.BoolRef) -> bool:
        status = solver.check(*extra)
        if status == z3.unknown:
            raise SolverGaveUp(str(solver.reason_unknown()))
        return bool(status == z3.sat)

    def feasible(self, constraints: list[z3.BoolRef]) -> bool:
        """Whether some valid patient meets every constraint."""
        return self._check(self._solver(constraints))

    def _keep(self, solver: z3.Solver, wish: z3.BoolRef) -> bool:
        if self._check(solver, wish):
            solver.add(wish)
            return True
        return False

    # ----------------------------------------------------------- patients
    def patient(
        self,
        constraints: list[z3.BoolRef],
        *,
        all_known: bool = True,
        prefer: Mapping[str, object] | None = None,
        breaking: ir.Assumption | None = None,
    ) -> dict[str, object] | None:
        """A patient meeting the constraints (None when there is none).

        With `all_known` every fact is known; otherwise facts are known where the
        constraints allow. Facts in `prefer` keep those values where possible. With
        `breaking`, that assumption is broken (for cases that must be refused).
        """
        known = self.encoder.all_known() if all_known else []
        solver = self._solver(constraints + known, breaking)
        if not self._check(solver):
            return None
        fixed: set[str] = set()
        for name, value in (prefer or {}).items():
            wish = self.equals(name, value)
            if wish is not None and self._keep(solver, wish):
                fixed.add(name)
        for decl in self.guideline.inputs:
            self._keep(solver, self.encoder.is_known(decl.name))
        for decl in self.guideline.inputs:
            if decl.name not in fixed:
                self._settle(solver, decl)
        self._check(solver)
        return self.encoder.patient(solver.model())

    def _settle(self, solver: z3.Solver, decl: ir.Input) -> None:
        """Fix one fact to a value chosen here, not by the solver, so that the patient
        depends only on the constraints (z3's own choices vary with its history)."""
        var = self.encoder.values[decl.name]
        known = self.encoder.is_known(decl.name)
        if not self._check(solver, known):
            return
        if decl.kind == "yesno":
            wishes = [var == z3.BoolVal(False), var == z3.BoolVal(True)]
        elif decl.kind == "choice":
            wishes = [var == i for i in range(len(decl.choices))]
        else:
            self._place(solver, decl)
            return
        for wish in wishes:
            if self._keep(solver, z3.And(known, wish)):
                return

    def equals(self, name: str, value: object) -> z3.BoolRef | None:
        """The formula saying fact `name` has `value` (None: is unknown)."""
        decl = self.guideline.input(name)
        var = self.encoder.values[name]
        known = self.encoder.is_known(name)
        if value is None:
            return z3.Not(known) if name in self.encoder.known else None
        if decl.kind == "yesno" and isinstance(value, bool):
            return z3.And(known, var == z3.BoolVal(value))
        if decl.kind == "choice":
            names = [c.name for c in decl.choices]
            return z3.And(known, var == names.index(str(value))) if value in names else None
        if decl.kind == "date" and isinstance(value, str):
            return z3.And(known, var == _ordinal(value))
        if isinstance(value, int | float) and not isinstance(value, bool):
            count = Fraction(repr(float(value))) / resolution(decl)
            return z3.And(known, var == count.numerator) if count.denominator == 1 else None
        return None

    def _place(self, solver: z3.Solver, decl: ir.Input) -> None:
        """Move a free numeric fact to a value that is not round, where it is known."""
        known = self.encoder.is_known(decl.name)
        if not self._check(solver, known):
            return
        units = self.encoder.values[decl.name]
        low, high = self._bound(solver, units, False), self._bound(solver, units, True)
        if low is None or high is None:
            return
        for candidate in [*candidates(low, high, resolution(decl), decl.kind), low]:
            if self._keep(solver, z3.And(known, units == candidate)):
                return

    def _bound(self, solver: z3.Solver, units: z3.ArithRef, upper: bool) -> int | None:
        optimizer = z3.Optimize()
        optimizer.set("timeout", self.timeout_ms)
        optimizer.add(*solver.assertions())
        handle = optimizer.maximize(units) if upper else optimizer.minimize(units)
        status = optimizer.check()
        if status == z3.unknown:
            raise SolverGaveUp(str(optimizer.reason_unknown()))
        if status != z3.sat:
            return None
        value = handle.value()
        return value.as_long() if z3.is_int_value(value) else None

    def _climb(self, solver: z3.Solver, expr: z3.ArithRef) -> Fraction | None:
        """The largest value of `expr` under the solver's constraints (None: no model).

        Galloping, then bisection, with plain satisfiability checks (z3's optimizer
        is slow on sums of facts on a grid): exact when the values of `expr` lie on
        a grid, as they do for facts on their resolution; otherwise the best value
        found in a bounded number of steps.
        """
        if not self._check(solver):
            return None
        low = _value(solver.model(), expr)
        high: Fraction | None = None
        step = Fraction(1)
        for _ in range(_CLIMB_STEPS):
            if not self._check(solver, expr > _real(low)):
                return low
            low = max(low, _value(solver.model(), expr))
            if high is None:
                if self._check(solver, expr >= _real(low + step)):
                    low, step = _value(solver.model(), expr), step * 2
                else:
                    high = low + step
                continue
            middle = (low + high) / 2
            if self._check(solver, expr >= _real(middle)):
                low = _value(solver.model(), expr)
            else:
                high = middle
        return low

    # ------------------------------------------------------------ extremes
    def extreme(
        self, constraints: list[z3.BoolRef], expr: z3.ArithRef, upper: bool
    ) -> Fraction | None:
        """The largest (or smallest) value `expr` takes under the constraints, if attained."""
        solver = self._solver(constraints + self.encoder.all_known())
        value = self._climb(solver, expr if upper else -expr)
        if value is None:
            return None
        return value if upper else -value


_CLIMB_STEPS = 200


def _real(value: Fraction) -> z3.ArithRef:
    return z3.RealVal(value)


def _value(model: z3.ModelRef, expr: z3.ArithRef) -> Fraction:
    value = model.eval(expr, model_completion=True)
    if z3.is_int_value(value):
        return Fraction(value.as_long())
    fraction = value.as_fraction()
    return Fraction(fraction.numerator, fraction.denominator)


def _ordinal(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


def is_round(units: int, step: Fraction, kind: str) -> bool:
    """Values a reader could take for a default: whole numbers of a fractional input,
    multiples of ten, 0 and 1."""
    value = units * step
    if kind == "date":
        return False
    if value in {0, 1}:
        return True
    if step < 1:
        return value.denominator == 1
    return value % 10 == 0


def candidates(low: int, high: int, step: Fraction, kind: str) -> list[int]:
    """Values (in steps) to try, best first: near a fixed place in [low, high], not round."""
    target = low + round((high - low) * _PLACE)
    order = [target]
    for distance in range(1, 40):
        order += [target + distance, target - distance]
    inside = [v for v in order if low <= v <= high]
    fine = [v for v in inside if not is_round(v, step, kind)]
    return list(dict.fromkeys(fine + inside))[:12]
