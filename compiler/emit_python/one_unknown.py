"""Guards that only one fact can make unknown, written without three-valued code.

An atomic guard (or its negation) on one fact that may be unknown is unknown exactly
when that fact is. The tree emitter then writes `if v_<fact> is None:` for the
unknown case and the guard itself as the next test, and the facts still needed are
a constant: that one fact.
"""

from __future__ import annotations

from dataclasses import dataclass

from compiler.emit_python.conditions import CondEmitter
from compiler.semantics import ir


@dataclass(frozen=True)
class OneUnknown:
    """How to write a guard that only `fact` can make unknown."""

    fact: str  # the guard is unknown exactly when this fact is
    taken: str  # the Python test that it holds, read once the fact is known


def _atoms_on(cond: ir.Cond, fact: str) -> bool:
    """True for an atom (or its negation) reading `fact` and nothing else."""
    atom = cond.operand if isinstance(cond, ir.NotC) else cond
    if isinstance(atom, ir.CmpNum) and ir.is_score_atom(atom):
        return False  # unknown criteria give a range, which may still settle it
    return isinstance(atom, ir.CmpNum | ir.CmpChoice | ir.IsTrue) and set(
        ir.atom_inputs(atom)
    ) == {fact}


def one_unknown(conds: CondEmitter, guard: ir.Cond) -> OneUnknown | None:
    """The guard's plan when it is an atom (or a negated one) on one fact that may be
    unknown, else None.

    `and`/`or` chains over such a fact are left to the general code: written this way,
    their known operands would be tested twice (once for the unknown case, once for
    the branch), and the generated tests pin each threshold only where the branch is
    decided.
    """
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
    if not _atoms_on(guard, fact) or not known.has_expr(guard):
        return None
    return OneUnknown(fact, known.expr(guard))
