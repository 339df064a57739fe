"""Paths no patient can take, with the conditions that contradict each other
(`compiler.analysis.cores`)."""

from __future__ import annotations

from compiler.analysis.branches import contexts
from compiler.analysis.cores import contradiction
from compiler.analysis.patients import PatientSolver, SolverGaveUp
from compiler.semantics import ir
from compiler.testgen.generate import CaseGenerationError
from compiler.testgen.sites import chains
from dsl.diagnostics import Diagnostic, error
from dsl.source import Span

IMPOSSIBLE_PATH = "L011"  # the registry's "Unreachable branch"


def infeasible_paths(guideline: ir.Guideline) -> list[Diagnostic]:
    """A diagnostic for each branch no patient can take (the first on each chain), with
    the conditions that contradict each other as its hints.

    Raises CaseGenerationError when the solver gives no answer: never taken for a pass.
    """
    ps = PatientSolver(guideline)
    table = chains(guideline)
    found: list[Diagnostic] = []
    dead: list[tuple[tuple[str, str], ...]] = []
    for ctx in contexts(guideline):
        if any(ctx.steps[: len(d)] == d for d in dead):
            continue
        chain = table[ctx.steps]
        node, branch = chain[-1]
        line = branch.line if branch is not None else node.line
        span = Span(guideline.source_path, line, 1, line, 2)
        label = "applies" if branch is None else branch.label
        where = f"branch `{label}` of `{node.id}`"
        try:
            labels = contradiction(ps, chain)
        except SolverGaveUp as exc:
            message = f"{guideline.id}: the solver gave no answer for {where}: {exc}"
            raise CaseGenerationError(message) from exc
        if labels is None:
            continue
        dead.append(ctx.steps)
        message = f"no patient can take {where}: its conditions contradict each other"
        found.append(error(IMPOSSIBLE_PATH, message, span, *labels))
    return found
