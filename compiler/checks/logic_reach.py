"""Unreachable branches: no valid patient who reaches a decision takes the branch; and
sections whose condition no valid patient who reaches them meets (L012).

A branch is unreachable when its condition can never hold where the decision is
reached, or when earlier branches (one, or several together) take every patient
it fits. Branches inside an unreachable branch are not reported again. An
`otherwise` or `when unknown` branch no patient needs is not reported: it is a
harmless safety net.
"""

from __future__ import annotations

from compiler.analysis import formula as f
from compiler.checks.logic_support import Logic, finding, logic_for, when
from compiler.semantics import ir
from dsl.diagnostics import Diagnostic, Severity


def _hiders(logic: Logic, decision: ir.Decision, branch: ir.Branch) -> list[ir.Branch]:
    """The earlier branches that take some patient this branch's condition fits."""
    assert branch.guard is not None
    fits = f.Is(branch.guard, "yes")
    earlier = decision.when_branches()[: decision.when_branches().index(branch)]
    return [b for b in earlier if logic.possible([decision], [fits, logic.taken(decision, b)])]


def _unreachable(logic: Logic, decision: ir.Decision, branch: ir.Branch) -> Diagnostic:
    assert branch.guard is not None
    patient = logic.patient([decision], [f.Is(branch.guard, "yes")])
    hint = "remove the branch, or correct its condition or the conditions before it"
    if patient is None:
        return finding(logic,
            "L011",
            Severity.ERROR,
            f"branch {when(branch)} of decision `{decision.id}` can never be taken: its "
            "condition never holds for a patient who reaches this decision",
            branch.line,
            logic.patient([decision], []),
            "the example patient reaches the decision; no valid patient who does "
            "(inside the declared ranges and assumptions) fits this condition",
            hint,
        )
    names = ", ".join(when(b) for b in _hiders(logic, decision, branch))
    return finding(logic,
        "L011",
        Severity.ERROR,
        f"branch {when(branch)} of decision `{decision.id}` can never be taken: every "
        f"patient it fits is taken first by {names}",
        branch.line,
        patient,
        "branches are tried in order and the first that applies wins; the example "
        "patient fits this branch but is taken by an earlier one",
        hint,
    )


def _never_applies(logic: Logic, section: ir.Section) -> Diagnostic | None:
    """A section some valid patient reaches whose `when` none of them meets."""
    assert section.when is not None
    if logic.possible([section], [f.Is(section.when, "yes")]):
        return None
    reached = logic.patient([section], [])
    if reached is None:
        return None  # inside a branch no patient takes: reported there
    return finding(
        logic,
        "L012",
        Severity.ERROR,
        f"section `{section.id}` never applies: its condition never holds for a patient "
        "who reaches it, so nothing in it is ever recommended",
        section.line,
        reached,
        "the example patient reaches the section; no valid patient who does (inside the "
        "declared ranges and assumptions) fits its condition",
        "remove the section, or correct its condition or the ranges of the facts it reads",
    )


def check(guideline: ir.Guideline) -> list[Diagnostic]:
    """Every `when` branch that no valid patient can take, and every section that never
    applies."""
    logic = logic_for(guideline)
    found: list[Diagnostic] = []
    for decision in logic.decisions():
        for branch in decision.when_branches():
            if logic.never_taken(decision, branch):
                found.append(_unreachable(logic, decision, branch))
    for node in logic.nodes():
        if isinstance(node, ir.Section) and node.when is not None:
            diagnostic = _never_applies(logic, node)
            if diagnostic is not None:
                found.append(diagnostic)
    return found
