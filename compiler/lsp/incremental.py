"""Parsing an edited file again by its top-level statements, reusing the unchanged ones.

A statement starts at a line at the left margin. Each is parsed together with the
header, in a text that keeps its lines where they are (the lines of the other statements
left blank), so every span is the one a parse of the whole file gives, and the pieces
join into the same tree. Whenever a piece does not parse cleanly the whole file is
parsed, so that every diagnostic is exactly the parser's.
"""

from __future__ import annotations

import dataclasses

from dsl import ast
from dsl.parser import ParseResult, parse
from dsl.source import SourceFile

Key = tuple[str, int, str]  # (header text, first line of the statement, its text)


def _starts(lines: list[str]) -> list[int]:
    """The 0-based lines where a top-level statement begins (the header's is first)."""
    starts: list[int] = []
    for number, line in enumerate(lines):
        if line[:1] not in {"", " ", "\t", "#", "\r"}:
            starts.append(number)
    return starts


def _join(pieces: list[ast.Guideline], path: str) -> ast.Guideline:
    """One tree from pieces that each hold the header and some statements."""
    first = pieces[0]
    joined: dict[str, object] = {}
    for f in dataclasses.fields(ast.Guideline):
        value = getattr(first, f.name)
        if isinstance(value, tuple):
            joined[f.name] = tuple(x for p in pieces for x in getattr(p, f.name))
        else:
            joined[f.name] = value
    joined["path"] = path
    return ast.Guideline(**joined)  # type: ignore[arg-type]


class Reparser:
    """Keeps the parse of each statement of the last text of one document."""

    def __init__(self) -> None:
        self._pieces: dict[Key, ast.Guideline] = {}

    def parse(self, source: SourceFile) -> ParseResult:
        """The text's parse, as `dsl.parser.parse` gives it."""
        text = source.text
        if text.startswith("\ufeff") or "\t" in text:
            return self._whole(source)
        lines = text.split("\n")
        starts = _starts(lines)
        header_at = next(
            (i for i, n in enumerate(starts) if lines[n].startswith("guideline")), None
        )
        if header_at != 0 or len(starts) < 3:
            return self._whole(source)
        ends = [*starts[1:], len(lines)]
        header_lines = lines[: ends[0]]
        header = "\n".join(header_lines)
        kept: dict[Key, ast.Guideline] = {}
        pieces: list[ast.Guideline] = []
        for start, end in zip(starts[1:], ends[1:], strict=True):
            # Its line breaks as in the whole text, the one before the next statement too.
            chunk = "\n".join(lines[start:end]) + ("\n" if end < len(lines) else "")
            key = (header, start, chunk)
            piece = self._pieces.get(key)
            if piece is None:
                padding = "\n" * (start - len(header_lines))
                result = parse(SourceFile(source.path, f"{header}\n{padding}{chunk}"))
                if result.guideline is None or result.diagnostics:
                    return self._whole(source)
                piece = result.guideline
            kept[key] = piece
            pieces.append(piece)
        self._pieces = kept
        return ParseResult(_join(pieces, source.path), ())

    def _whole(self, source: SourceFile) -> ParseResult:
        self._pieces = {}
        return parse(source)
