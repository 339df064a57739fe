"""Gaps: a valid patient reaches a decision without `otherwise` and no branch applies.

At run time such a patient stops the guideline with GuidelineDefect, so a gap is an
error. Whole-numbered inputs and one-of inputs are solved over their exact values,
so `x < 3` / `x > 3` on a whole number leaves 3, and a choice nobody tests is found.
"""

from __future__ import annotations

from compiler.analysis import formula as f
from compiler.checks.logic_support import Logic, finding, logic_for
from compiler.semantics import ir
from dsl.diagnostics import Diagnostic, Severity


def _gap(logic: Logic, decision: ir.Decision) -> Diagnostic | None:
    guards = [b.guard for b in decision.when_branches() if b.guard is not None]
    patient = logic.patient([decision], [f.Is(g, "no") for g in guards])
    if patient is None:
        return None
    return finding(logic,
        "L010",
        Severity.ERROR,
        f"no branch of decision `{decision.id}` applies to some patients, and it has no "
        "`otherwise`: evaluation fails for them",
        decision.line,
        patient,
        "the example patient below answers `no` to every branch",
        "add a branch for these patients, or `otherwise:` (`otherwise: nothing` when "
        "nothing is recommended for them)",
    )


def check(guideline: ir.Guideline) -> list[Diagnostic]:
    """Every decision without `otherwise` that some valid patient falls through."""
    logic = logic_for(guideline)
    found: list[Diagnostic] = []
    for decision in logic.decisions():
        if decision.special("otherwise") is not None:
            continue
        diagnostic = _gap(logic, decision)
        if diagnostic is not None:
            found.append(diagnostic)
    return found
