"""Source files and the spans that point into them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True, order=True)
class Span:
    """A region of a source file; lines and columns count from 1."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int

    def start(self) -> tuple[int, int]:
        """The (line, column) where the span begins."""
        return (self.line, self.column)

    def label(self) -> str:
        """`path:line:column`, as editors expect it."""
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class SourceFile:
    """The text of one guideline file, with its display path."""

    path: str
    text: str

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its newline ('' when out of range)."""
        lines = self._lines
        if 1 <= line <= len(lines):
            return lines[line - 1]
        return ""

    def lines(self) -> list[str]:
        """The lines as the parser counts them: split at line feeds only (computed once)."""
        return list(self._lines)

    @cached_property
    def _lines(self) -> tuple[str, ...]:
        text = self.text[:-1] if self.text.endswith("\n") else self.text
        return tuple(line.removesuffix("\r") for line in text.split("\n"))

    def end_span(self) -> Span:
        """A zero-width span at the end of the file."""
        lines = self.lines()
        last = len(lines)
        column = len(lines[-1]) + 1
        return Span(self.path, last, column, last, column)
