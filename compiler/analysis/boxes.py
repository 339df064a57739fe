"""Constraints evaluated exactly without a solver, when at most one numeric fact is free.

With every yes/no and one-of fact and every `known` flag given a value, the values
of the one remaining numeric fact (a count of steps, see `compiler.analysis.grid`)
that meet a constraint are a union of intervals: each linear comparison is a
half-line or a point, and the three-valued logic of the encoder
(`compiler.analysis.solver.Encoder`) combines them with intersections, unions and
complements. This is the same question z3 answers, answered by arithmetic.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from compiler.analysis import formula as f
from compiler.analysis import intervals as iv
from compiler.analysis.grid import GridEncoder, count_range
from compiler.semantics import ir

FINITE_KINDS = frozenset({"yesno", "choice"})


def finite_values(decl: ir.Input) -> tuple[bool | int, ...]:
    """The solver values of a yes/no (False, True) or one-of input (choice indexes)."""
    if decl.kind == "yesno":
        return (False, True)
    return tuple(range(len(decl.choices)))


def universe(decl: ir.Input) -> iv.Intervals:
    """The declared range of a number, whole or date input, in steps of its resolution."""
    return iv.span(*count_range(decl))


@dataclass(frozen=True)
class Assignment:
    """Values of the finite facts and of the `known` flags (a fact without a flag is known)."""

    values: Mapping[str, bool | int]
    known: Mapping[str, bool]

    def is_known(self, name: str) -> bool:
        """Whether the fact is known under this assignment."""
        return self.known.get(name, True)


class Evaluator:
    """The values of the free numeric fact `wide` (all of `space` when there is none)
    for which a constraint holds under an assignment of the other facts."""

    def __init__(
        self,
        encoder: GridEncoder,
        decls: Mapping[str, ir.Input],
        wide: str | None,
        space: iv.Intervals,
    ) -> None:
        self.encoder = encoder
        self.decls = decls
        self.wide = wide
        self.all = space

    def holds(self, formula: f.Formula, at: Assignment) -> iv.Intervals:
        """Where the constraint holds."""
        everything = self.all
        if isinstance(formula, f.Is):
            yes, no = self.three(formula.cond, at)
            if formula.value == "yes":
                return yes
            if formula.value == "no":
                return no
            return iv.minus(everything, iv.union(yes, no))
        if isinstance(formula, f.Truth):
            return self.truth(formula.atom, at)
        if isinstance(formula, f.Decides):
            flipped_on = self._shaped(formula.cond, at, formula.index, everything, [0])
            flipped_off = self._shaped(formula.cond, at, formula.index, iv.EMPTY, [0])
            return iv.union(iv.minus(flipped_on, flipped_off), iv.minus(flipped_off, flipped_on))
        if isinstance(formula, f.KnownIs):
            return everything if at.is_known(formula.name) == formula.known else iv.EMPTY
        if isinstance(formula, f.Equals):
            return self._equals(formula, at)
        if isinstance(formula, f.Gap):
            return self._gap(formula, at)
        if isinstance(formula, f.AllOf):
            out = everything
            for part in formula.parts:
                out = iv.intersect(out, self.holds(part, at))
                if not out:
                    break
            return out
        if isinstance(formula, f.AnyOf):
            out = iv.EMPTY
            for part in formula.parts:
                out = iv.union(out, self.holds(part, at))
            return out
        if isinstance(formula, f.Not):
            return iv.minus(everything, self.holds(formula.part, at))
        raise TypeError("a z3 formula cannot be evaluated without the solver")

    def three(self, cond: ir.Cond, at: Assignment) -> tuple[iv.Intervals, iv.Intervals]:
        """Where `cond` is yes, and where it is no (neither: unknown)."""
        if isinstance(cond, ir.Const):
            return (self.all, iv.EMPTY) if cond.value else (iv.EMPTY, self.all)
        if isinstance(cond, ir.NotC):
            yes, no = self.three(cond.operand, at)
            return no, yes
        if isinstance(cond, ir.AndC | ir.OrC):
            parts = [self.three(op, at) for op in cond.operands]
            yes, no = parts[0]
            both = isinstance(cond, ir.AndC)
            for part_yes, part_no in parts[1:]:
                if both:
                    yes, no = iv.intersect(yes, part_yes), iv.union(no, part_no)
                else:
                    yes, no = iv.union(yes, part_yes), iv.intersect(no, part_no)
            return yes, no
        if not isinstance(cond, ir.Known) and not all(
            at.is_known(name) for name in ir.atom_inputs(cond)
        ):
            return iv.EMPTY, iv.EMPTY
        truth = self.truth(cond, at)
        return truth, iv.minus(self.all, truth)

    def truth(self, atom: ir.Atom, at: Assignment) -> iv.Intervals:
        """Where the atom is true, its facts taken as known."""
        if isinstance(atom, ir.Known):
            return self._when(at.is_known(atom.input) == atom.known)
        if isinstance(atom, ir.IsTrue):
            return self._when(at.values[atom.input] is True)
        if isinstance(atom, ir.CmpChoice):
            decl = self.decls[atom.input]
            index = at.values[atom.input]
            assert isinstance(index, int)
            return self._when((decl.choices[index].name in atom.choices) != atom.negated)
        return self._compare(atom, atom.op, Fraction(0))

    def _when(self, value: bool) -> iv.Intervals:
        return self.all if value else iv.EMPTY

    def _shaped(
        self, cond: ir.Cond, at: Assignment, index: int, swap: iv.Intervals, counter: list[int]
    ) -> iv.Intervals:
        """Two-valued truth of `cond` with atom number `index` replaced by `swap`."""
        if isinstance(cond, ir.Const):
            return self._when(cond.value)
        if isinstance(cond, ir.NotC):
            return iv.minus(self.all, self._shaped(cond.operand, at, index, swap, counter))
        if isinstance(cond, ir.AndC | ir.OrC):
            parts = [self._shaped(op, at, index, swap, counter) for op in cond.operands]
            out = parts[0]
            for part in parts[1:]:
                out = iv.intersect(out, part) if isinstance(cond, ir.AndC) else iv.union(out, part)
            return out
        position = counter[0]
        counter[0] += 1
        return swap if position == index else self.truth(cond, at)

    def _equals(self, formula: f.Equals, at: Assignment) -> iv.Intervals:
        if not at.is_known(formula.name):
            return iv.EMPTY
        if formula.name == self.wide:
            assert not isinstance(formula.value, bool)
            return iv.intersect(self.all, iv.point(formula.value))
        return self._when(at.values[formula.name] == formula.value)

    def _gap(self, formula: f.Gap, at: Assignment) -> iv.Intervals:
        return self._compare(formula.atom, formula.op, formula.value)

    def _compare(self, atom: ir.CmpNum, op: str, value: Fraction) -> iv.Intervals:
        """Where the comparison's whole-number gap `op` `value`."""
        gap = self.encoder.integer_gap(atom)
        if gap is None:
            raise TypeError("a comparison that is not linear needs the solver")
        coefficient = 0
        for name, factor in gap.coefficients:
            if name != self.wide:
                raise TypeError("a comparison of two numeric facts needs the solver")
            coefficient = factor
        return iv.solve_linear(Fraction(coefficient), gap.constant - value, op, self.all)

    def gap_range(self, atom: ir.CmpNum, values: iv.Intervals) -> tuple[int, int] | None:
        """The smallest and largest whole-number gap of the comparison over `values`."""
        if not values:
            return None
        gap = self.encoder.integer_gap(atom)
        assert gap is not None
        coefficient = sum(c for n, c in gap.coefficients if n == self.wide)
        ends = [coefficient * values[0][0], coefficient * values[-1][1]]
        return gap.constant + min(ends), gap.constant + max(ends)
