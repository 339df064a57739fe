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
shown for every patient), and so are those every path reads: those are required up
front. A required fact that nothing reads may be left out.
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
    """The required facts every patient must give: those an assumption or a score reads,
    and those every path reads (`read_by_every_path`)."""
    names: set[str] = set(read_by_every_path(guideline.body))
    for assumption in guideline.assumptions:
        names.update(ir.cond_inputs(assumption.cond))
    for score in guideline.scores:
        names.update(ir.score_inputs(score))
    return frozenset(n for n in names if not guideline.input(n).may_be_unknown)


def path_required(guideline: ir.Guideline) -> tuple[str, ...]:
    """The required facts that only the paths reading them need, in declaration order.
    A required fact that nothing reads is needed by no path: it may be left out."""
    up_front = required_up_front(guideline)
    read = _read_anywhere(guideline.body)
    return tuple(
        i.name
        for i in guideline.inputs
        if not i.may_be_unknown and i.name not in up_front and i.name in read
    )


def read_by_every_path(nodes: tuple[ir.Node, ...]) -> set[str]:
    """Facts that evaluating the nodes reads whatever the patient: the first condition of
    a decision, the condition of a section, what every way through a decision reads,
    the recommendations given to everyone (up to an `ask`, which ends its body)."""
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ir.AskNode):
            break
        if isinstance(node, ir.Emit):
            found.update(rec_reads(node.rec))
        elif isinstance(node, ir.Section):
            found.update(read_by_every_path(node.body) if node.when is None
                         else ir.cond_inputs(node.when))
        elif isinstance(node, ir.Decision):
            found.update(_decision_reads(node))
    return found


def _decision_reads(decision: ir.Decision) -> set[str]:
    """What every way through the decision reads: the guards tried up to the branch taken
    (or to the one that came out unknown), and what its body surely reads."""
    handler, otherwise = decision.special("unknown"), decision.special("otherwise")
    ways: list[set[str]] = []
    tried: set[str] = set()
    for branch in decision.when_branches():
        assert branch.guard is not None
        tried = tried | set(ir.cond_inputs(branch.guard))
        ways.append(tried | read_by_every_path(branch.body))
        ways.append(tried | (read_by_every_path(handler.body) if handler else set()))
    ways.append(tried | (read_by_every_path(otherwise.body) if otherwise else set()))
    return set.intersection(*ways)


def _read_anywhere(nodes: tuple[ir.Node, ...]) -> set[str]:
    """Facts some node reads: a condition, or a recommendation's dose or options."""
    found: set[str] = set()
    for node in ir.walk(nodes):
        if isinstance(node, ir.Emit):
            found.update(rec_reads(node.rec))
        elif isinstance(node, ir.Section) and node.when is not None:
            found.update(ir.cond_inputs(node.when))
        elif isinstance(node, ir.Decision):
            for branch in node.when_branches():
                if branch.guard is not None:
                    found.update(ir.cond_inputs(branch.guard))
    return found
