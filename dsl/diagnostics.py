"""One diagnostic type for the whole pipeline, and its two renderings."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction

from dsl.source import SourceFile, Span
from dsl.visible_text import visible


class Severity(StrEnum):
    """How serious a finding is. Errors stop the build; warnings do not."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Diagnostic:
    """A problem found in a guideline, pointing at the author's text."""

    code: str
    severity: Severity
    message: str
    span: Span
    hints: tuple[str, ...] = ()
    example_patient: Mapping[str, object] | None = field(default=None, compare=False)

    def sort_key(self) -> tuple[str, int, int, str, str]:
        """Order by file, position, then code and message."""
        return (self.span.path, self.span.line, self.span.column, self.code, self.message)


def error(code: str, message: str, span: Span, *hints: str) -> Diagnostic:
    """Build an error diagnostic."""
    return Diagnostic(code, Severity.ERROR, message, span, tuple(hints))


def warning(code: str, message: str, span: Span, *hints: str) -> Diagnostic:
    """Build a warning diagnostic."""
    return Diagnostic(code, Severity.WARNING, message, span, tuple(hints))


def finalize(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Sort and de-duplicate diagnostics."""
    unique = {(d.sort_key(), d.severity): d for d in diagnostics}
    return [unique[key] for key in sorted(unique)]


def has_errors(diagnostics: Iterable[Diagnostic]) -> bool:
    """True when any diagnostic is an error."""
    return any(d.severity is Severity.ERROR for d in diagnostics)


def _underline(source: SourceFile | None, span: Span) -> list[str]:
    if source is None:
        return []
    text = source.line_text(span.line)
    if not text and span.line > len(source.text.splitlines()):
        return []
    width = (
        span.end_column - span.column if span.end_line == span.line else len(text) - span.column + 1
    )
    text, column, width = _window(text, span.column, max(1, width))
    gutter = f"{span.line:>4} | "
    pad = " " * (len(gutter) - 2) + "| "
    start = column - 1
    under = text[start : start + width]
    carets = len(visible(under)) + width - len(under)  # a span may end past the line
    return [gutter + visible(text), pad + " " * len(visible(text[:start])) + "^" * carets]


SHOWN = 500  # the most characters of a source line a diagnostic shows


def _window(text: str, column: int, width: int) -> tuple[str, int, int]:
    """The part of a long line around `column`, cut with `…`, and the caret's place in it."""
    if len(text) <= SHOWN:
        return text, column, width
    start = max(0, min(column - 1 - SHOWN // 3, len(text) - SHOWN))
    before = "…" if start else ""
    after = "…" if start + SHOWN < len(text) else ""
    column = column - start + len(before)
    width = max(1, min(width, SHOWN + len(before) - column + 1))
    return before + text[start : start + SHOWN] + after, column, width


def _fact(value: object) -> str:
    """A fact as the language writes it: yes, no, unknown, numbers without trailing .0."""
    if value is None:
        return "unknown"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)  # a fraction no float is as `n/d`, exactly


def _json_fact(value: object) -> object:
    """A fact as JSON holds it: an exact fraction no float is, as its `n/d` text."""
    return str(value) if isinstance(value, Fraction) else value


def example_text(example_patient: Mapping[str, object]) -> str:
    """An example patient's facts as `name = value, ...`, in name order."""
    return ", ".join(f"{k} = {_fact(v)}" for k, v in sorted(example_patient.items()))


def render_human(diagnostic: Diagnostic, source: SourceFile | None) -> str:
    """`path:line:col: error[CODE]: message`, the line, a caret underline, `help:` lines.

    Control, format and bidi characters are shown as escapes (`dsl.visible_text`), in the
    line too, with the caret under the escaped form.
    """
    d = diagnostic
    lines = [f"{visible(d.span.label())}: {d.severity.value}[{d.code}]: {visible(d.message)}"]
    lines.extend(_underline(source, d.span))
    lines.extend(f"  help: {visible(hint)}" for hint in d.hints)
    if d.example_patient is not None:
        lines.append(f"  example patient: {example_text(d.example_patient)}")
    return "\n".join(lines)


def to_json_obj(diagnostic: Diagnostic) -> dict[str, object]:
    """A JSON-ready dict of one diagnostic."""
    d = diagnostic
    return {
        "code": d.code,
        "severity": d.severity.value,
        "message": d.message,
        "path": d.span.path,
        "line": d.span.line,
        "column": d.span.column,
        "end_line": d.span.end_line,
        "end_column": d.span.end_column,
        "hints": list(d.hints),
        "example_patient": (
            {k: _json_fact(v) for k, v in d.example_patient.items()}
            if d.example_patient is not None
            else None
        ),
    }


def render_json(diagnostics: Iterable[Diagnostic]) -> str:
    """All diagnostics as one JSON document."""
    return json.dumps([to_json_obj(d) for d in diagnostics], indent=2, sort_keys=True)


def summary(diagnostics: list[Diagnostic]) -> str:
    """`2 errors, 1 warning` style count line."""
    errors = sum(d.severity is Severity.ERROR for d in diagnostics)
    warnings = len(diagnostics) - errors
    return f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
