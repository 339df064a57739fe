"""Compiler diagnostics as protocol diagnostics: the code, the message, the help lines
and the example patient; the hints travel in `data` for the code actions."""

from __future__ import annotations

from collections.abc import Iterable

from lsprotocol import types

from compiler.lsp.positions import to_range
from dsl.diagnostics import Diagnostic, Severity, example_text
from dsl.source import SourceFile

SOURCE = "guideline"


def message(diagnostic: Diagnostic) -> str:
    """The message with its help lines and example patient, as `guideline check` shows."""
    lines = [diagnostic.message]
    lines += [f"help: {hint}" for hint in diagnostic.hints]
    if diagnostic.example_patient is not None:
        lines.append(f"example patient: {example_text(diagnostic.example_patient)}")
    return "\n".join(lines)


def convert(diagnostic: Diagnostic, source: SourceFile) -> types.Diagnostic:
    """One protocol diagnostic."""
    severity = (
        types.DiagnosticSeverity.Error
        if diagnostic.severity is Severity.ERROR
        else types.DiagnosticSeverity.Warning
    )
    return types.Diagnostic(
        range=to_range(source, diagnostic.span),
        message=message(diagnostic),
        severity=severity,
        code=diagnostic.code,
        source=SOURCE,
        data={"hints": list(diagnostic.hints)},
    )


def convert_all(diagnostics: Iterable[Diagnostic], source: SourceFile) -> list[types.Diagnostic]:
    """The file's diagnostics (those of other files, such as an imported one, left out)."""
    return [convert(d, source) for d in diagnostics if d.span.path == source.path]
