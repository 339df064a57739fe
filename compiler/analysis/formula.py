"""What the test generator asks of a patient, kept as data rather than as z3 formulas.

Each constraint is built from the guideline's own conditions. Kept as data, it
names the facts it reads at no cost (so independent facts are solved apart, see
`compiler.analysis.components`), it can be evaluated exactly without a solver
(`compiler.analysis.boxes`), and it becomes a z3 formula only when a solver is
needed (`compiler.analysis.to_z3`). Constraints compare equal when they say the
same thing, so answers can be reused.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TypeAlias

import z3

from compiler.semantics import ir


class _OnCondition:
    """Equal when about the same condition object (IR conditions are compared by
    identity: comparing their trees on every lookup would cost more than it saves)
    and equal in every other field."""

    __slots__ = ()

    def _fields(self) -> tuple[object, ...]:
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, _OnCondition)
        mine, theirs = self._fields(), other._fields()
        return mine[0] is theirs[0] and mine[1:] == theirs[1:]

    def __hash__(self) -> int:
        fields = self._fields()
        return hash((type(self), id(fields[0]), *fields[1:]))


@dataclass(frozen=True, eq=False)
class Is(_OnCondition):
    """`cond` evaluates to `value`: "yes", "no" or "unknown" (three-valued)."""

    cond: ir.Cond
    value: str

    def _fields(self) -> tuple[object, ...]:
        return (self.cond, self.value)


@dataclass(frozen=True, eq=False)
class Truth(_OnCondition):
    """The two-valued truth of an atom, its facts taken as known (a flag for `known`)."""

    atom: ir.Atom

    def _fields(self) -> tuple[object, ...]:
        return (self.atom,)


@dataclass(frozen=True, eq=False)
class Decides(_OnCondition):
    """Atom number `index` of `cond` alone decides it: flipping the atom flips `cond`
    (two-valued, every fact taken as known)."""

    cond: ir.Cond
    index: int

    def _fields(self) -> tuple[object, ...]:
        return (self.cond, self.index)


@dataclass(frozen=True)
class KnownIs:
    """Fact `name` is known (or, with `known` false, unknown)."""

    name: str
    known: bool


@dataclass(frozen=True)
class Equals:
    """Fact `name` is known and its solver value is `value`: a yes/no as a bool, a
    choice as the index of the choice, a number, whole number or date as a count of
    steps of its resolution (see `compiler.analysis.grid`)."""

    name: str
    value: bool | int


@dataclass(frozen=True, eq=False)
class Gap(_OnCondition):
    """The comparison's gap `op` `value`: for a linear comparison the whole-number
    `scale * (left - right)` of `GridEncoder.gap`, otherwise `left - right`."""

    atom: ir.CmpNum
    op: str
    value: Fraction

    def _fields(self) -> tuple[object, ...]:
        return (self.atom, self.op, self.value)


@dataclass(frozen=True)
class AllOf:
    """Every part holds (true when there is none)."""

    parts: tuple[Formula, ...]


@dataclass(frozen=True)
class AnyOf:
    """Some part holds (false when there is none)."""

    parts: tuple[Formula, ...]


@dataclass(frozen=True)
class Not:
    """The part does not hold."""

    part: Formula


@dataclass(frozen=True, eq=False)
class Raw:
    """A z3 formula given directly, with the names of the inputs it reads."""

    expr: z3.BoolRef
    inputs: frozenset[str] = field(default_factory=frozenset)


Formula: TypeAlias = Is | Truth | Decides | KnownIs | Equals | Gap | AllOf | AnyOf | Not | Raw

TRUE: Formula = AllOf(())
FALSE: Formula = AnyOf(())


def conjuncts(formulas: Iterable[Formula]) -> list[Formula]:
    """The formulas with every `AllOf` opened up, in order, without repeats."""
    out: dict[Formula, None] = {}

    def add(formula: Formula) -> None:
        if isinstance(formula, AllOf):
            for part in formula.parts:
                add(part)
        else:
            out.setdefault(formula, None)

    for formula in formulas:
        add(formula)
    return list(out)


def inputs_of(formula: Formula) -> frozenset[str]:
    """The names of the inputs the formula reads."""
    if isinstance(formula, Is | Decides):
        return _cond_inputs(formula.cond)
    if isinstance(formula, Truth):
        return frozenset(ir.atom_inputs(formula.atom))
    if isinstance(formula, Gap):
        return frozenset(ir.atom_inputs(formula.atom))
    if isinstance(formula, KnownIs | Equals):
        return frozenset((formula.name,))
    if isinstance(formula, AllOf | AnyOf):
        return frozenset().union(*(inputs_of(p) for p in formula.parts))
    if isinstance(formula, Not):
        return inputs_of(formula.part)
    return formula.inputs


_COND_INPUTS: dict[int, tuple[ir.Cond, frozenset[str]]] = {}


def _cond_inputs(cond: ir.Cond) -> frozenset[str]:
    hit = _COND_INPUTS.get(id(cond))
    if hit is not None and hit[0] is cond:
        return hit[1]
    found = frozenset(ir.cond_inputs(cond))
    if len(_COND_INPUTS) > 100_000:
        _COND_INPUTS.clear()
    _COND_INPUTS[id(cond)] = (cond, found)
    return found


def atoms_of(formula: Formula) -> list[ir.Atom]:
    """Every atom the formula tests (comparisons of `Gap` included)."""
    if isinstance(formula, Is | Decides):
        return ir.atoms(formula.cond)
    if isinstance(formula, Truth | Gap):
        return [formula.atom]
    if isinstance(formula, AllOf | AnyOf):
        return [a for p in formula.parts for a in atoms_of(p)]
    if isinstance(formula, Not):
        return atoms_of(formula.part)
    return []


def has_raw(formula: Formula) -> bool:
    """Whether the formula holds a z3 formula given directly."""
    if isinstance(formula, Raw):
        return True
    if isinstance(formula, AllOf | AnyOf):
        return any(has_raw(p) for p in formula.parts)
    if isinstance(formula, Not):
        return has_raw(formula.part)
    return False
