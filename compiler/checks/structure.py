"""The shape of decisions: one `otherwise`, one `when unknown`, nothing after `otherwise`."""

from __future__ import annotations

from dsl import ast, visit
from dsl.diagnostics import Diagnostic, error


def _decision(decision: ast.Decision) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    kinds = [b.kind for b in decision.branches]
    for kind, word in (("otherwise", "otherwise"), ("unknown", "when unknown")):
        extra = [b for b in decision.branches if b.kind == kind][1:]
        found.extend(
            error(
                "L004",
                f"this decision has more than one `{word}` branch",
                b.span,
                f"merge them into one `{word}:` branch",
            )
            for b in extra
        )
    if "otherwise" in kinds:
        after = decision.branches[kinds.index("otherwise") + 1 :]
        found.extend(
            error(
                "L003",
                "this branch comes after `otherwise`, so no patient can ever reach it",
                b.span,
                "move `otherwise:` to the end of the decision",
            )
            for b in after
            if b.kind == "when"
        )
    if not any(k == "when" for k in kinds):
        found.append(
            error(
                "L005",
                f"decision `{decision.id}` has no `when` branch",
                decision.id_span,
                "add at least one `when condition:` branch",
            )
        )
    return found


def check(tree: ast.Guideline) -> list[Diagnostic]:
    """Every structural problem of the decisions."""
    found: list[Diagnostic] = []
    for decision in visit.decisions(tree):
        found.extend(_decision(decision))
    return found
