"""Positions between the compiler (lines and columns from 1, in characters) and the
protocol (lines and characters from 0, in UTF-16 code units)."""

from __future__ import annotations

from lsprotocol import types

from dsl.source import SourceFile, Span


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def to_position(source: SourceFile, line: int, column: int) -> types.Position:
    """The protocol position of a compiler (line, column)."""
    if line > len(source.lines()):  # past the last line: the end of the file
        lines = source.lines()
        return types.Position(len(lines) - 1, _utf16(lines[-1]))
    text = source.line_text(line)
    return types.Position(max(0, line - 1), _utf16(text[: max(0, column - 1)]))


def to_range(source: SourceFile, span: Span) -> types.Range:
    """The protocol range of a span; an empty span shows as one character."""
    start = to_position(source, span.line, span.column)
    end = to_position(source, span.end_line, span.end_column)
    if (end.line, end.character) <= (start.line, start.character):
        end = types.Position(start.line, start.character + 1)
    return types.Range(start, end)


def to_column(source: SourceFile, position: types.Position) -> tuple[int, int]:
    """The compiler (line, column) of a protocol position."""
    text = source.line_text(position.line + 1)
    units = 0
    for index, char in enumerate(text):
        if units >= position.character:
            return position.line + 1, index + 1
        units += 2 if ord(char) > 0xFFFF else 1
    return position.line + 1, len(text) + 1


def contains(span: Span, line: int, column: int) -> bool:
    """True when (line, column) lies inside the span (its end included)."""
    return (span.line, span.column) <= (line, column) <= (span.end_line, span.end_column)


def whole_file(source: SourceFile) -> types.Range:
    """A range covering every character of the file."""
    lines = source.text.split("\n")
    return types.Range(types.Position(0, 0), types.Position(len(lines) - 1, _utf16(lines[-1])))
