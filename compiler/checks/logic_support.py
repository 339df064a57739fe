"""What the logic checks share: one `Logic` per guideline (`compiler.analysis.logic`),
the findings they report, and how they name branches and recommendations."""

from __future__ import annotations

from collections.abc import Mapping

from compiler.analysis.logic import Logic
from compiler.analysis.replay import Unconfirmed

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
    """A diagnostic at the start of a source line, with its example patient.

    A patient that did not reproduce when replayed (`Unconfirmed`) is never shown as an
    example: the finding is reported as a defect of the compiler (L091) instead.
    """
    span = Span(logic.guideline.source_path, line, 1, line, 2)
    if isinstance(patient, Unconfirmed):
        return Diagnostic(
            "L091",
            Severity.ERROR,
            f"compiler defect: the checks found a patient for {code} ({message}), but that "
            f"patient does not reproduce when run: {patient.why}",
            span,
            (
                "this is a fault in the guideline compiler, not in the guideline; please "
                "report it with the guideline file",
                f"the patient the solver gave: {_facts(patient)}",
            ),
            None,
        )
    return Diagnostic(code, severity, message, span, tuple(hints), patient)


def _facts(patient: Mapping[str, object]) -> str:
    return ", ".join(f"{name} = {value}" for name, value in sorted(patient.items()))


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
