"""Concrete, plausible patients for a set of constraints.

Values lie inside each input's declared range and on its resolution (its `step`;
whole numbers and dates step 1; a number without a step steps 0.01: numbers are
counted in steps of their resolution, see `compiler.analysis.grid`). Numeric
facts the constraints leave free are moved, one input at a time and in
declaration order, to a deterministic value that is not round, inside the
interval the constraints still allow (`compiler.analysis.settle`).

The constraints are split into groups that share no fact
(`compiler.analysis.components`); each group is answered by arithmetic when it
has at most one numeric fact and by z3 otherwise, and its answer is reused by
every later question with the same group. The patient depends only on the
constraints, never on the questions asked before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TypeAlias

from compiler.analysis import formula as f
from compiler.analysis.boxes import universe
from compiler.analysis.components import Component, split
from compiler.analysis.grid import GridEncoder, resolution
from compiler.analysis.settle import candidates, is_round, settle
from compiler.analysis.solver import DEFAULT_TIMEOUT_MS
from compiler.analysis.spaces import (
    MAX_ASSIGNMENTS,
    NativeSpace,
    SolverGaveUp,
    Z3Space,
    assignments_count,
    wide_inputs,
)
from compiler.semantics import ir

__all__ = ["PatientSolver", "SolverGaveUp", "candidates", "is_numeric", "is_round"]

Constraint: TypeAlias = f.Formula
Patient: TypeAlias = dict[str, object]
_Key: TypeAlias = tuple[frozenset[f.Formula], tuple[str, ...], bool, tuple[f.Formula, ...]]
_MISSING = object()


def is_numeric(decl: ir.Input) -> bool:
    """A number, whole or date input."""
    return decl.kind in {"number", "whole", "date"}


@dataclass
class PatientSolver:
    """Finds patients for one guideline; every answer also meets the guideline's assumptions."""

    guideline: ir.Guideline
    timeout_ms: int = DEFAULT_TIMEOUT_MS
    encoder: GridEncoder = field(init=False)

    def __post_init__(self) -> None:
        self.encoder = GridEncoder(self.guideline)
        self.by_name = {d.name: d for d in self.guideline.inputs}
        self._order = {d.name: i for i, d in enumerate(self.guideline.inputs)}
        self._inputs: dict[f.Formula, frozenset[str]] = {}
        self._native: dict[f.Formula, bool] = {}
        self._products: dict[f.Formula, bool] = {}
        self._answers: dict[_Key, Patient | None] = {}
        self._free: dict[tuple[str, bool, f.Formula | None], object] = {}
        self._default: dict[bool, Patient] = {}
        self._said: dict[tuple[str, type, object], object] = {}
        self._held = self.assumptions()
        self._ranges = {d.name: universe(d) for d in self.guideline.inputs if is_numeric(d)}
        self._ranges_open = all(
            self._space(Component((d.name,), ()), False).feasible() for d in self.guideline.inputs
        )

    # ----------------------------------------------------------- questions
    def assumptions(self, breaking: ir.Assumption | None = None) -> list[f.Formula]:
        """Every declared assumption holds (is not `no`), except `breaking`, which is `no`."""
        return [
            f.Is(a.cond, "no") if a is breaking else f.Not(f.Is(a.cond, "no"))
            for a in self.guideline.assumptions
        ]

    def equals(self, name: str, value: object) -> f.Formula | None:
        """The constraint saying fact `name` has `value` (None: it cannot say so)."""
        decl = self.by_name[name]
        if value is None:
            return f.KnownIs(name, False) if decl.may_be_unknown else None
        if decl.kind == "yesno":
            return f.Equals(name, value) if isinstance(value, bool) else None
        if decl.kind == "choice":
            names = [c.name for c in decl.choices]
            return f.Equals(name, names.index(value)) if value in names else None
        if decl.kind == "date":
            return f.Equals(name, _ordinal(value)) if isinstance(value, str) else None
        if isinstance(value, int | float | Fraction) and not isinstance(value, bool):
            count = ir.exact_decimal(value) / resolution(decl)
            return f.Equals(name, count.numerator) if count.denominator == 1 else None
        return None

    def feasible(self, constraints: Iterable[Constraint]) -> bool:
        """Whether some valid patient meets every constraint."""
        return self.patient(constraints, all_known=False) is not None

    def patient(
        self,
        constraints: Iterable[Constraint],
        *,
        all_known: bool = True,
        prefer: Mapping[str, object] | None = None,
        breaking: ir.Assumption | None = None,
    ) -> Patient | None:
        """A patient meeting the constraints (None when there is none).

        With `all_known` every fact is known; otherwise facts are known where the
        constraints allow. Facts in `prefer` keep those values where possible. With
        `breaking`, that assumption is broken (for cases that must be refused).
        """
        if not self._ranges_open:
            return None
        components = self._components(constraints, breaking)
        wishes = self._wishes(prefer or {})
        found: Patient = {}
        for component in components:
            answer = self._answer(component, all_known, wishes)
            if answer is None:
                return None
            found.update(answer)
        if not wishes:
            out = dict(self._defaults(all_known))
            out.update(found)
            return out
        out = {}
        for decl in self.guideline.inputs:
            name = decl.name
            if name in found:
                out[name] = found[name]
                continue
            out[name] = self._alone(decl, all_known, wishes.get(name))
        return out

    def _alone(self, decl: ir.Input, all_known: bool, wish: f.Formula | None) -> object:
        """The value of a fact no constraint reads (the wished one where it fits)."""
        key = (decl.name, all_known, wish)
        value = self._free.get(key, _MISSING)
        if value is _MISSING:
            prefer = [(decl.name, wish)] if wish is not None else []
            space = self._space(Component((decl.name,), ()), all_known)
            answer = settle(space, [decl], prefer)
            assert answer is not None, f"no value of {decl.name} in its range"
            value = self._free[key] = answer[decl.name]
        return value

    def _defaults(self, all_known: bool) -> Patient:
        """Every fact's value when no constraint reads it and nothing is wished."""
        found = self._default.get(all_known)
        if found is None:
            found = self._default[all_known] = {
                d.name: self._alone(d, all_known, None) for d in self.guideline.inputs
            }
        return found

    def extreme(
        self, constraints: Iterable[Constraint], atom: ir.CmpNum, upper: bool
    ) -> Fraction | None:
        """The largest (or smallest) gap of the comparison (see `formula.Gap`) among the
        patients meeting the constraints, every fact known (None: there is none)."""
        if not self._ranges_open:
            return None
        target = frozenset(ir.atom_inputs(atom))
        components = self._components(constraints, None, target)
        if not target:  # a constant gap
            if any(self._answer(c, True, {}) is None for c in components):
                return None
            return self._space(Component((), ()), True, atom).extreme(atom, upper)
        best: Fraction | None = None
        for component in components:
            if target & set(component.names):
                best = self._space(component, True, atom).extreme(atom, upper)
                if best is None:
                    return None
            elif self._answer(component, True, {}) is None:
                return None
        return best

    # ------------------------------------------------------------ plumbing
    def _components(
        self,
        constraints: Iterable[Constraint],
        breaking: ir.Assumption | None,
        target: frozenset[str] = frozenset(),
    ) -> list[Component]:
        """The groups of constraints to answer apart (constraints that read no fact
        form a group of their own); inputs no constraint reads are in none."""
        given = list(constraints)
        held = self._held if breaking is None else self.assumptions(breaking)
        parts = f.conjuncts([*held, *given])
        links = [target] if target else []
        groups, closed = split(parts, self._inputs_of, links)
        extra = [Component((), tuple(closed))] if closed else []
        return [*extra, *groups]

    def _inputs_of(self, formula: f.Formula) -> frozenset[str]:
        found = self._inputs.get(formula)
        if found is None:
            found = self._inputs[formula] = f.inputs_of(formula)
        return found

    def _wishes(self, prefer: Mapping[str, object]) -> dict[str, f.Formula]:
        """The wished values as constraints, in the order given (those that can be said)."""
        out: dict[str, f.Formula] = {}
        for name, value in prefer.items():
            if name not in self.by_name:
                continue
            key = (name, type(value), value)
            try:
                wish = self._said.get(key, _MISSING)
            except TypeError:  # a value that cannot be a key says nothing equals can say
                continue
            if wish is _MISSING:
                wish = self._said[key] = self.equals(name, value)
            if wish is not None:
                assert isinstance(wish, f.Formula)
                out[name] = wish
        return out

    def _answer(
        self, component: Component, all_known: bool, wishes: Mapping[str, f.Formula]
    ) -> Patient | None:
        """The settled values of a component's facts (None: no patient meets it)."""
        names = set(component.names)
        prefer = [(n, w) for n, w in wishes.items() if n in names]
        key = (
            frozenset(component.constraints),
            tuple(sorted(component.names)),
            all_known,
            tuple(w for _, w in prefer),
        )
        if key in self._answers:
            return self._answers[key]
        space = self._space(component, all_known)
        answer = settle(space, self._decls(component), prefer)
        self._answers[key] = answer
        return answer

    def _decls(self, component: Component) -> list[ir.Input]:
        real = [n for n in component.names if n in self.by_name]
        return [self.by_name[n] for n in sorted(real, key=self._order.__getitem__)]

    def _space(
        self, component: Component, all_known: bool, target: ir.CmpNum | None = None
    ) -> NativeSpace | Z3Space:
        """Arithmetic answers when the component has at most one numeric fact and every
        comparison it makes (and the `target` of `extreme`) is linear; z3 otherwise."""
        decls = self._decls(component)
        native = (
            (target is None or self.encoder.integer_gap(target) is not None)
            and len(decls) == len(component.names)
            and len(wide_inputs(decls)) <= 1
            and assignments_count(decls, all_known) <= MAX_ASSIGNMENTS
            and all(self._is_native(c) for c in component.constraints)
        )
        if native:
            return NativeSpace(
                self.encoder,
                decls,
                list(component.constraints),
                all_known=all_known,
                by_name=self.by_name,
                ranges=self._ranges,
            )
        return Z3Space(
            self.encoder,
            decls,
            list(component.constraints),
            all_known=all_known,
            timeout_ms=self.timeout_ms,
            products=any(self._has_products(c) for c in component.constraints),
        )

    def _has_products(self, formula: f.Formula) -> bool:
        """Whether the formula compares products of facts (`compiler.analysis.polynomials`)."""
        found = self._products.get(formula)
        if found is None:
            atoms = [a for a in f.atoms_of(formula) if isinstance(a, ir.CmpNum)]
            found = self._products[formula] = any(self.encoder.has_products(a) for a in atoms)
        return found

    def _is_native(self, formula: f.Formula) -> bool:
        found = self._native.get(formula)
        if found is None:
            found = not f.has_raw(formula) and all(
                self.encoder.integer_gap(a) is not None
                for a in f.atoms_of(formula)
                if isinstance(a, ir.CmpNum)
            )
            self._native[formula] = found
        return found


def _ordinal(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()
