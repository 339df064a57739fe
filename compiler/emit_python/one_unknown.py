"""Guards that only one fact can make unknown, written without three-valued code.

Where a guard reads one fact that may be unknown (and others that are known), its
three-valued outcome needs no temporaries: with that fact unknown, an atom on it is
unknown; `A and B` is unknown unless a known operand is false, `A or B` unless a
known operand is true. The tree emitter then writes `if v_<fact> is None and <the
rest leaves it open>:` for the unknown case and one expression for the branch, and
the facts still needed are a constant: that one fact.
"""

from __future__ import annotations

from dataclasses import dataclass

from compiler import ir
from compiler.emit_python.conditions import CondEmitter, var


@dataclass(frozen=True)
class OneUnknown:
    """How to write a guard that only `fact` can make unknown."""

    fact: str
    unknown: str  # the Python test that the guard is unknown
    taken: str  # the Python test that it holds (it is never unknown there)


def _atoms_on(cond: ir.Cond, fact: str) -> bool:
    """True for an atom (or its negation) reading `fact` and nothing else."""
    atom = cond.operand if isinstance(cond, ir.NotC) else cond
    return isinstance(atom, ir.CmpNum | ir.CmpChoice | ir.IsTrue) and set(
        ir.atom_inputs(atom)
    ) == {fact}


def one_unknown(conds: CondEmitter, guard: ir.Cond) -> OneUnknown | None:
    """The guard's plan when exactly one fact may make it unknown, else None."""
    risky = {
        name
        for atom in ir.atoms(guard)
        if not isinstance(atom, ir.Known)
        for name in ir.atom_inputs(atom)
        if name in conds.unknowable
    }
    if len(risky) != 1:
        return None
    fact = risky.pop()
    known = conds.within(conds.unknowable - {fact})
    is_none = f"{var(fact)} is None"
    if _atoms_on(guard, fact):
        return OneUnknown(fact, is_none, known.expr(guard)) if known.has_expr(guard) else None
    if not isinstance(guard, ir.AndC | ir.OrC) or not known.has_expr(guard):
        return None
    on_fact = [_atoms_on(o, fact) for o in guard.operands]
    others = [o for o, on in zip(guard.operands, on_fact, strict=True) if not on]
    if any(fact in ir.cond_inputs(o) for o in others):
        return None  # the fact inside a sub-condition: left to the general code
    if isinstance(guard, ir.AndC):  # unknown when every known operand holds
        rest = known.expr(ir.AndC(tuple(others))) if len(others) > 1 else (
            known.operand(others[0]) if others else "")
        unknown = f"{is_none} and {rest}" if rest else is_none
        taken = f"{var(fact)} is not None and {known.expr(guard)}" if rest else known.expr(guard)
        return OneUnknown(fact, unknown, taken)
    # `or`: unknown when no known operand holds; holds when one does, or the fact's does
    rest = known.expr(ir.OrC(tuple(others))) if len(others) > 1 else (
        known.expr(others[0]) if others else "")
    unknown = f"{is_none} and not ({rest})" if rest else is_none
    parts = [
        f"({var(fact)} is not None and {known.expr(o)})" if on and rest else known.operand(o)
        for o, on in zip(guard.operands, on_fact, strict=True)
    ]
    return OneUnknown(fact, unknown, " or ".join(parts))
