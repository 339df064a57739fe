"""The words of a file outside texts and comments, with their places.

This reads any text, also one the parser rejects (a file being typed), so that
navigation and completion keep working between two valid versions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PIECE = re.compile(r'"(?:[^"\\\n]|\\.)*"?|#[^\n]*|[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?')


@dataclass(frozen=True)
class Word:
    """A name, keyword or number: its text, line and first column (from 1)."""

    text: str
    line: int
    column: int

    @property
    def end(self) -> int:
        """The column just after the word."""
        return self.column + len(self.text)


def words(text: str) -> list[Word]:
    """Every word in order, texts in quotes and comments skipped."""
    found: list[Word] = []
    for number, line in enumerate(text.split("\n"), start=1):
        for match in _PIECE.finditer(line):
            piece = match.group()
            if piece[0] not in '"#':
                found.append(Word(piece, number, match.start() + 1))
    return found


def line_words(line: str) -> list[str]:
    """The words of one line, texts and comments skipped."""
    return [w.text for w in words(line)]


def in_text_or_comment(line: str, column: int) -> bool:
    """True when the column (from 1) is inside a text in quotes or a comment."""
    for match in _PIECE.finditer(line):
        piece = match.group()
        if piece[0] in '"#' and match.start() < column - 1 < match.end() + (piece[-1] != '"'):
            return True
        if piece[0] == '"' and match.start() < column - 1 <= match.end() and piece[-1] != '"':
            return True
    return False


def word_at(text: str, line: int, column: int) -> Word | None:
    """The word under (line, column), or just before it."""
    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        return None
    for word in words(lines[line - 1]):
        if word.column <= column <= word.end:
            return Word(word.text, line, word.column)
    return None
