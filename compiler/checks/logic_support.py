"""What the logic checks share: one `Logic` per guideline (`compiler.analysis.logic`),
the findings they report, and how they name branches and recommendations."""

from __future__ import annotations

from collections.abc import Mapping

from compiler.analysis.logic import Logic

__all__ = ["Logic", "body_recommendations", "finding", "logic_for", "unknown_facts", "when"]
from compiler.semantics import ir
from dsl.diagnostics import Diagnostic, Severity
from dsl.source import Span


def finding(  # noqa: PLR0917 - a Diagnostic's fields, in its order
    logic: Logic,
    code: str,
    severity: Severity,
    message: str,
    line: int,
    patient: Mapping[str, object] | None,
    *hints: str,
) -> Diagnostic:
    """A diagnostic at the start of a source line, with its example patient."""
    span = Span(logic.guideline.source_path, line, 1, line, 2)
    return Diagnostic(code, severity, message, span, tuple(hints), patient)


_CACHE: list[Logic] = []


def logic_for(guideline: ir.Guideline) -> Logic:
    """The Logic of this guideline object, shared by the logic checks of one compilation."""
    if not _CACHE or _CACHE[0].guideline is not guideline:
        _CACHE[:] = [Logic(guideline)]
    return _CACHE[0]


def when(branch: ir.Branch) -> str:
    """How the author wrote the branch: `when <condition>`, `when unknown` or `otherwise`."""
    if branch.kind == "otherwise":
        return "`otherwise`"
    if branch.kind == "unknown":
        return "`when unknown`"
    return f"`when {branch.label}`"


def body_recommendations(nodes: tuple[ir.Node, ...]) -> list[ir.Recommendation]:
    """Every recommendation anywhere in a body, in source order."""
    return [n.rec for n in ir.walk(nodes) if isinstance(n, ir.Emit)]


def unknown_facts(cond: ir.Cond, patient: Mapping[str, object]) -> list[str]:
    """The facts a condition reads that the patient leaves unknown."""
    return [n for n in ir.cond_inputs(cond) if patient.get(n) is None]
