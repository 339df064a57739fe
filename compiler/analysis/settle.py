"""How a patient is chosen among all that meet the constraints, whatever answers the
questions (z3, or arithmetic when it can, see `compiler.analysis.spaces`).

The choice depends only on the constraints: wished values first (where they fit),
then every fact known where it can be, then, one fact at a time in declaration
order, no before yes, the first choice before the others, and for a numeric fact
a value that is not round near a fixed place of the interval still allowed.
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction
from typing import Protocol

from compiler.analysis import formula as f
from compiler.analysis.grid import resolution
from compiler.semantics import ir

_PLACE = Fraction(18, 100)  # where in the allowed interval a free value is put


class Space(Protocol):
    """The patients meeting some constraints, narrowed one wish at a time."""

    def feasible(self) -> bool:
        """Whether some patient is left."""

    def possible(self, wish: f.Formula) -> bool:
        """Whether some patient left meets the wish."""

    def keep(self, wish: f.Formula) -> bool:
        """Keep only the patients meeting the wish, if there are any (else change nothing)."""

    def bounds(self, name: str) -> tuple[int, int] | None:
        """The smallest and largest count of steps of a numeric fact left."""

    def values(self) -> dict[str, object]:
        """The patient left, once every fact is settled (unknown facts are None)."""


def settle(
    space: Space, decls: list[ir.Input], prefer: list[tuple[str, f.Formula]]
) -> dict[str, object] | None:
    """The chosen patient of the space (None when it holds none).

    `decls` are the space's inputs in declaration order; `prefer` gives, in order,
    a wished value for some of them, kept where it fits.
    """
    if not space.feasible():
        return None
    fixed: set[str] = set()
    for name, wish in prefer:
        if space.keep(wish):
            fixed.add(name)
    for decl in decls:
        if decl.may_be_unknown:
            space.keep(f.KnownIs(decl.name, True))
    for decl in decls:
        if decl.name not in fixed:
            _settle(space, decl)
    return space.values()


def _settle(space: Space, decl: ir.Input) -> None:
    """Fix one fact to a value chosen here, not by the solver, so that the patient
    depends only on the constraints."""
    if not space.possible(f.KnownIs(decl.name, True)):
        return
    if decl.kind == "yesno":
        wishes: list[bool | int] = [False, True]
    elif decl.kind == "choice":
        wishes = list(range(len(decl.choices)))
    else:
        found = space.bounds(decl.name)
        if found is None:
            return
        low, high = found
        for count in tries(low, high, resolution(decl), decl.kind):
            if space.keep(f.Equals(decl.name, count)):
                return
        return
    for wish in wishes:
        if space.keep(f.Equals(decl.name, wish)):
            return


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
    inside = _near(low, high)
    fine = [v for v in inside if not is_round(v, step, kind)]
    return list(dict.fromkeys(fine + inside))[:_TRIES]


def tries(low: int, high: int, step: Fraction, kind: str) -> Iterator[int]:
    """`candidates`, then `low`, one at a time (rounding is only worked out as needed)."""
    inside = _near(low, high)
    given = 0
    round_ones: list[int] = []
    for value in inside:
        if is_round(value, step, kind):
            round_ones.append(value)
            continue
        yield value
        given += 1
        if given == _TRIES:
            break
    else:
        yield from round_ones[: _TRIES - given]
    yield low


_TRIES = 12


def _near(low: int, high: int) -> list[int]:
    """Values within 39 steps of the fixed place in [low, high], nearest first."""
    target = low + round((high - low) * _PLACE)
    order = [target]
    for distance in range(1, 40):
        order += [target + distance, target - distance]
    return [v for v in order if low <= v <= high]
