"""Which facts may still be unknown where each condition is evaluated.

A fact declared `or unknown` is not always unknown-able at every branch: once an
earlier branch of the same decision came out `no`, the fact may be settled (in
IMNM, `response is adequate` is only tried when `response` is known), and a decision
nested in a branch of another is reached only when that branch was taken, which may
have needed the fact (a clearance below 30 needs the creatinine). The emitter writes
unknown-handling code only where some patient can need it, so every line of a
generated module is reachable. The analysis uses the decision's own earlier
branches, the branches and section conditions that enclose it and the declared
assumptions, a superset of what can really reach the branch; when the solver cannot
decide in time, the fact is kept as unknown-able.
"""

from __future__ import annotations

import z3

from compiler.analysis import solver
from compiler.semantics import ir

Key = tuple[str, int]  # (decision or section id, index of the when-branch; -1 for a section)


def session_for(guideline: ir.Guideline) -> solver.Session:
    """One solver session (declared ranges and assumptions) for both analyses below."""
    return solver.Session(solver.Encoder(guideline))


def _may_be_unknown(session: solver.Session, context: z3.BoolRef, name: str) -> bool:
    """Some patient in `context` leaves the fact unknown (a timeout counts as yes)."""
    unknown = z3.Not(session.encoder.is_known(name))
    return session.check([context, unknown]) != "unsat"


def _candidates(cond: ir.Cond, declared: frozenset[str]) -> list[str]:
    return [n for n in ir.cond_inputs(cond) if n in declared]


def unknowable_at(session: solver.Session) -> dict[Key, frozenset[str]]:
    """For each guard, the declared-unknown facts that can really be unknown there."""
    guideline = session.encoder.guideline
    declared = frozenset(i.name for i in guideline.inputs if i.may_be_unknown)
    result: dict[Key, frozenset[str]] = {}
    if declared:
        _visit(session, declared, guideline.body, [], result)
    return result


def _visit(
    session: solver.Session,
    declared: frozenset[str],
    nodes: tuple[ir.Node, ...],
    context: list[z3.BoolRef],
    result: dict[Key, frozenset[str]],
) -> None:
    """`unknowable_at` for the nodes, reached where every formula of `context` holds:
    each enclosing branch taken and each enclosing section's condition yes."""
    encoder = session.encoder
    for node in nodes:
        if isinstance(node, ir.Decision):
            earlier: list[z3.BoolRef] = []
            for index, branch in enumerate(node.when_branches()):
                assert branch.guard is not None
                here = z3.And(*context, *earlier)
                names = _candidates(branch.guard, declared)
                result[(node.id, index)] = frozenset(
                    n for n in names if _may_be_unknown(session, here, n)
                )
                earlier.append(encoder.no(branch.guard))
            taken = solver.branch_conditions(encoder, node)
            for branch, condition in zip(node.branches, taken, strict=True):
                _visit(session, declared, branch.body, [*context, condition], result)
        elif isinstance(node, ir.Section):
            inner = context
            if node.when is not None:
                here = z3.And(*context)
                names = _candidates(node.when, declared)
                result[(node.id, -1)] = frozenset(
                    n for n in names if _may_be_unknown(session, here, n)
                )
                inner = [*context, encoder.yes(node.when)]
            _visit(session, declared, node.body, inner, result)


def certain_last_branches(session: solver.Session) -> frozenset[str]:
    """Decisions without `otherwise` whose last branch applies to everyone who reaches it.

    Proved here on the decision's own branches: when every earlier branch came out
    `no`, the last one cannot come out `no` or unknown. The module then takes it
    without testing, as the interpreter would after testing it. When the solver
    cannot prove it, the module keeps the test (and the logic checks report the gap).
    """
    encoder = session.encoder
    certain: set[str] = set()
    for node in ir.walk(encoder.guideline.body):
        if not isinstance(node, ir.Decision) or node.special("otherwise") is not None:
            continue
        guards = [b.guard for b in node.when_branches() if b.guard is not None]
        if not guards:
            continue
        last_fails = z3.Not(encoder.yes(guards[-1]))
        if session.check([*[encoder.no(g) for g in guards[:-1]], last_fails]) == "unsat":
            certain.add(node.id)
    return frozenset(certain)
