"""Unknown facts that reach a decision (or a conditional section) with nothing to handle them.

It reports only what a valid patient can meet (facts
the enclosing branches prove known are not reported) and gives that patient. Such
a patient gets an incomplete result: the decision waits (it and what is nested in it
give nothing, the later decisions go on) and the result asks for the facts.
"""

from __future__ import annotations

from compiler.analysis import formula as f
from compiler.analysis.reach import can_be_unknown
from compiler.checks.logic_support import Logic, finding, logic_for, unknown_facts
from compiler.semantics import ir
from dsl.diagnostics import Diagnostic, Severity


def _names(conds: list[ir.Cond], patient: dict[str, object]) -> str:
    names = dict.fromkeys(n for c in conds for n in unknown_facts(c, patient))
    return ", ".join(f"`{n}`" for n in names)


def _decision(logic: Logic, decision: ir.Decision) -> Diagnostic | None:
    if decision.special("unknown") is not None:
        return None
    guards = _guards(decision)
    if not any(can_be_unknown(logic.guideline, g) for g in guards):
        return None  # no guard can be unknown: no patient meets an unknown here
    meets = [
        f.AllOf((*[f.Is(g, "no") for g in guards[:i]], f.Is(guard, "unknown")))
        for i, guard in enumerate(guards)
    ]
    if not meets:
        return None
    patient = logic.patient([decision], [f.AnyOf(tuple(meets))])
    if patient is None:
        return None
    return finding(logic,
        "L040",
        Severity.WARNING,
        f"decision `{decision.id}` can be reached with {_names(guards, patient)} unknown "
        "and does not say what happens then: it waits for them, and what is nested in it "
        "gives nothing",
        decision.line,
        patient,
        "add a `when unknown:` branch (write `when unknown: ask` to ask for it)",
    )


def _guards(decision: ir.Decision) -> list[ir.Cond]:
    return [b.guard for b in decision.when_branches() if b.guard is not None]


def _section(logic: Logic, section: ir.Section) -> Diagnostic | None:
    if section.when is None or not can_be_unknown(logic.guideline, section.when):
        return None
    patient = logic.patient([section], [f.Is(section.when, "unknown")])
    if patient is None:
        return None
    return finding(logic,
        "L040",
        Severity.WARNING,
        f"section `{section.id}` can be reached with {_names([section.when], patient)} "
        "unknown: it waits for them, and nothing in it is given",
        section.line,
        patient,
        "test `is known` first, or make the input required",
    )


def check(guideline: ir.Guideline) -> list[Diagnostic]:
    """Every decision and section a valid patient reaches with a deciding fact unknown."""
    logic = logic_for(guideline)
    found: list[Diagnostic] = []
    for node in logic.nodes():
        diagnostic = None
        if isinstance(node, ir.Decision):
            diagnostic = _decision(logic, node)
        elif isinstance(node, ir.Section):
            diagnostic = _section(logic, node)
        if diagnostic is not None:
            found.append(diagnostic)
    return found
