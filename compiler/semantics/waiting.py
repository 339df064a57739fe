"""Decisions that wait for unknown facts, and the facts a patient must give.

The rule (the interpreter's, which every backend follows): an unknown fact stops only
what depends on it. A decision or section whose condition an unknown fact leaves
undecided, with no `when unknown:` branch, *waits*: it and what is nested in it give
nothing, and evaluation goes on with the nodes after it. A `when unknown:` branch that
ends in `ask` gives what comes before the `ask`, then its decision waits too.

A result lists every fact needed (`needs`, sorted by id) and, for each, its question
and the decisions waiting on it (`waiting`). A required fact (declared without `or
unknown`) that is missing is an error only when the path reads it: a step of the path
that reads it, or a recommendation given whose dose or options read it. The facts an
assumption or a score reads are read for everyone (assumptions are checked and scores
shown for every patient), so those are required up front.
"""

from __future__ import annotations

from collections.abc import Iterable

from compiler.semantics import ir

Wait = tuple[str, str, tuple[str, ...]]  # (decision or section id, its question, facts)

MISSING = "is required but missing"


def needs_of(waits: Iterable[Wait]) -> list[str]:
    """Every fact some waiting decision needs, each once, sorted by id."""
    return sorted({name for _, _, facts in waits for name in facts})


def waiting_of(guideline: ir.Guideline, waits: list[Wait]) -> list[dict[str, object]]:
    """Per needed fact (in the order of `needs_of`): its question and the decisions
    waiting on it, in the order evaluation met them."""
    out: list[dict[str, object]] = []
    for name in needs_of(waits):
        decisions = [
            {"id": node, "question": question} for node, question, facts in waits if name in facts
        ]
        out.append(
            {"fact": name, "question": guideline.input(name).question, "decisions": decisions}
        )
    return out


def rec_reads(rec: ir.Recommendation) -> tuple[str, ...]:
    """The facts a recommendation reads when it is given: its dose, daily maximum and
    the conditions of its preferred options."""
    found: dict[str, None] = {}
    if rec.dose is not None:
        for expr in (rec.dose.low, rec.dose.high, rec.dose.cap):
            if expr is not None:
                found.update(dict.fromkeys(ir.num_inputs(expr)))
        found.update(dict.fromkeys(rec.dose.inputs))
    if rec.daily_maximum is not None:
        found.update(dict.fromkeys(ir.num_inputs(rec.daily_maximum.value)))
        found.update(dict.fromkeys(rec.daily_maximum.inputs))
    for option in rec.options:
        if option.preferred_when is not None:
            found.update(dict.fromkeys(ir.cond_inputs(option.preferred_when)))
    return tuple(found)


def required_up_front(guideline: ir.Guideline) -> frozenset[str]:
    """The required facts every patient must give: those an assumption or a score reads."""
    names: set[str] = set()
    for assumption in guideline.assumptions:
        names.update(ir.cond_inputs(assumption.cond))
    for score in guideline.scores:
        names.update(ir.score_inputs(score))
    return frozenset(n for n in names if not guideline.input(n).may_be_unknown)


def path_required(guideline: ir.Guideline) -> tuple[str, ...]:
    """The required facts that only the paths reading them need, in declaration order."""
    up_front = required_up_front(guideline)
    return tuple(
        i.name for i in guideline.inputs if not i.may_be_unknown and i.name not in up_front
    )
