"""Positions in a binding file, for diagnostics.

The standard library's TOML reader gives values, not where they are written. A binding
file is a few flat tables of `key = value` lines, so the positions are found by reading
the lines: the `[table]` headers, the `key =` at the start of a line, and a quoted
string inside a value. Anything not found points at its table (or the first line).
"""

from __future__ import annotations

import re

from dsl.source import SourceFile, Span

_HEADER = re.compile(r"""^\s*\[\s*([^\[\]]+?)\s*\]""")
_KEY = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_-]+)\s*=""")


def _bare(name: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in name.split("."))


class Locator:
    """Where each table, key and string of a binding file is written."""

    def __init__(self, source: SourceFile) -> None:
        self.source = source
        self.tables: dict[str, int] = {}
        self.keys: dict[tuple[str, str], int] = {}
        self._lines = source.lines()
        table = ""
        for number, line in enumerate(self._lines, start=1):
            header = _HEADER.match(line)
            if header:
                table = _bare(header.group(1))
                self.tables.setdefault(table, number)
                continue
            key = _KEY.match(line)
            if key:
                self.keys.setdefault((table, key.group(1).strip("\"'")), number)

    def _line_span(self, number: int, start: int = 0, end: int | None = None) -> Span:
        text = self._lines[number - 1] if 0 < number <= len(self._lines) else ""
        stop = len(text) if end is None else end
        first = len(text) - len(text.lstrip()) if start == 0 else start
        return Span(self.source.path, number, first + 1, number, max(first + 2, stop + 1))

    def table(self, name: str) -> Span:
        """The `[name]` header (the first line when there is none)."""
        number = self.tables.get(name, 1)
        return self._line_span(number)

    def key(self, table: str, key: str) -> Span:
        """The `key = value` line in `table`, or the table's header."""
        number = self.keys.get((table, key))
        if number is None:
            return self.table(table)
        return self._line_span(number)

    def value(self, table: str, key: str, text: str | None = None) -> Span:
        """The quoted `text` in the value of `key` (following lines too), or the key's line."""
        number = self.keys.get((table, key))
        if number is None:
            return self.table(table)
        if text is not None:
            for line_no in range(number, min(number + 50, len(self._lines)) + 1):
                line = self._lines[line_no - 1]
                if line_no > number and (_KEY.match(line) or _HEADER.match(line)):
                    break
                for quoted in (f'"{text}"', f"'{text}'"):
                    at = line.find(quoted)
                    if at >= 0:
                        return self._line_span(line_no, at, at + len(quoted))
        line = self._lines[number - 1]
        at = line.find("=") + 1
        while at < len(line) and line[at] == " ":
            at += 1
        return self._line_span(number, at)
