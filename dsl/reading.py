"""Guideline files from bytes to text: the one reader every command uses.

A file must be UTF-8 text. A byte-order mark at its start (what some editors write) is
dropped, and line ends are read as Python reads text files (CR LF and CR as LF). Bytes
that are not UTF-8 are a diagnostic (P017) pointing at the first of them, and the text
is still returned, with those bytes shown as U+FFFD, so that the author sees the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from dsl.diagnostics import Diagnostic, error
from dsl.source import SourceFile, Span

BOM = "\ufeff"
_SURROGATE_RUN = re.compile("[\udc80-\udcff]+")


@dataclass(frozen=True)
class Read:
    """A file's text and the problems met while decoding it (empty when it is UTF-8)."""

    source: SourceFile
    diagnostics: tuple[Diagnostic, ...]
    byte_order_mark: bool = False

    @property
    def text_as_stored(self) -> str:
        """The text with its byte-order mark, if the file had one (what `fmt` compares)."""
        return BOM + self.source.text if self.byte_order_mark else self.source.text


def decode(display: str, data: bytes) -> Read:
    """The text of a guideline file's bytes, or its text and a P017 for bytes not UTF-8."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        source = SourceFile(display, _lines(data.decode("utf-8", "replace")))
        return Read(source, (_not_utf8(source, data, exc),))
    return Read(SourceFile(display, _lines(text)), (), text.startswith(BOM))


def _lines(text: str) -> str:
    return text.removeprefix(BOM).replace("\r\n", "\n").replace("\r", "\n")


def read_file(path: Path, display: str | None = None) -> Read:
    """The text of the guideline file at `path` (shown as `display`).

    A file that cannot be read at all (no permission, a folder, gone since it was listed)
    is a diagnostic (P018) with the system's reason, and an empty text.
    """
    shown = display or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        source = SourceFile(shown, "")
        return Read(source, (_unreadable(source, exc),))
    return decode(shown, data)


def _unreadable(source: SourceFile, exc: OSError) -> Diagnostic:
    reason = (exc.strerror or type(exc).__name__).lower()
    return error(
        "P018",
        f"this file cannot be read: {reason}",
        Span(source.path, 1, 1, 1, 1),
        "check that the path names a guideline file and that you may read it "
        "(on Linux and macOS: `ls -l` shows its permissions)",
    )


def _not_utf8(source: SourceFile, data: bytes, exc: UnicodeDecodeError) -> Diagnostic:
    start = exc.start
    line_start = data.rfind(b"\n", 0, start) + 1
    line = data.count(b"\n", 0, start) + 1
    before = data[line_start:start].decode("utf-8", "replace")
    if line == 1:
        before = before.removeprefix(BOM)
    column = len(before) + 1
    bad = data[start : max(exc.end, start + 1)]
    places = _bad_places(data)
    where = f" (and in {places - 1} more place{'s' * (places > 2)})" if places > 1 else ""
    return error(
        "P017",
        f"this file is not UTF-8 text: the byte {bad[0]:#04x} here cannot be read{where}",
        Span(source.path, line, column, line, column + 1),
        "save the file as UTF-8 text (in most editors: Save As, encoding UTF-8); it was "
        "probably written in an older encoding such as Windows-1252 or Latin-1",
    )


def _bad_places(data: bytes) -> int:
    """How many runs of bytes in `data` are not UTF-8 (each bad byte decodes to a surrogate)."""
    escaped = data.decode("utf-8", "surrogateescape")
    return len(_SURROGATE_RUN.findall(escaped))
