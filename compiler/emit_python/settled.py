"""Which facts may still be unknown where each condition is evaluated.

A fact declared `or unknown` is not always unknown-able at every branch: once an
earlier branch of the same decision came out `no`, the fact may be settled (in
IMNM, `response is adequate` is only tried when `response` is known). The emitter
writes unknown-handling code only where some patient can need it, so every line of
a generated module is reachable. The analysis uses the decision's own earlier
branches and the declared assumptions, a superset of what can really reach the
branch; when the solver cannot decide in time, the fact is kept as unknown-able.
"""

from __future__ import annotations

import z3

from compiler import ir, solver

TIMEOUT_MS = 2000

Key = tuple[str, int]  # (decision or section id, index of the when-branch; -1 for a section)


def _may_be_unknown(
    session: z3.Solver, encoder: solver.Encoder, context: z3.BoolRef, name: str
) -> bool:
    session.push()
    session.add(context, z3.Not(encoder.is_known(name)))
    verdict = session.check()
    session.pop()
    return bool(verdict != z3.unsat)


def _candidates(cond: ir.Cond, declared: frozenset[str]) -> list[str]:
    return [n for n in ir.cond_inputs(cond) if n in declared]


def unknowable_at(guideline: ir.Guideline) -> dict[Key, frozenset[str]]:
    """For each guard, the declared-unknown facts that can really be unknown there."""
    declared = frozenset(i.name for i in guideline.inputs if i.may_be_unknown)
    result: dict[Key, frozenset[str]] = {}
    if not declared:
        return result
    encoder = solver.Encoder(guideline)
    session = z3.Solver()
    session.set("timeout", TIMEOUT_MS)
    session.add(*encoder.domain(), *solver.assumptions_hold(encoder))
    for node in ir.walk(guideline.body):
        if isinstance(node, ir.Decision):
            earlier: list[z3.BoolRef] = []
            for index, branch in enumerate(node.when_branches()):
                assert branch.guard is not None
                context = z3.And(*earlier) if earlier else z3.BoolVal(True)
                names = _candidates(branch.guard, declared)
                result[(node.id, index)] = frozenset(
                    n for n in names if _may_be_unknown(session, encoder, context, n)
                )
                earlier.append(encoder.no(branch.guard))
        elif isinstance(node, ir.Section) and node.when is not None:
            names = _candidates(node.when, declared)
            result[(node.id, -1)] = frozenset(
                n for n in names if _may_be_unknown(session, encoder, z3.BoolVal(True), n)
            )
    return result


def certain_last_branches(guideline: ir.Guideline) -> frozenset[str]:
    """Decisions without `otherwise` whose last branch applies to everyone who reaches it.

    Proved here on the decision's own branches: when every earlier branch came out
    `no`, the last one cannot come out `no` or unknown. The module then takes it
    without testing, as the interpreter would after testing it. When the solver
    cannot prove it, the module keeps the test (and the logic checks report the gap).
    """
    encoder = solver.Encoder(guideline)
    session = z3.Solver()
    session.set("timeout", TIMEOUT_MS)
    session.add(*encoder.domain(), *solver.assumptions_hold(encoder))
    certain: set[str] = set()
    for node in ir.walk(guideline.body):
        if not isinstance(node, ir.Decision) or node.special("otherwise") is not None:
            continue
        guards = [b.guard for b in node.when_branches() if b.guard is not None]
        if not guards:
            continue
        session.push()
        session.add(*[encoder.no(g) for g in guards[:-1]], z3.Not(encoder.yes(guards[-1])))
        if session.check() == z3.unsat:
            certain.add(node.id)
        session.pop()
    return frozenset(certain)
