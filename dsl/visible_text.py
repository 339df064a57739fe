"""Text for a terminal: control, format and bidi characters shown as escapes.

A guideline's texts and a patient file's keys reach `guideline run`'s human output,
and a guideline's lines reach the diagnostics that `check` prints. Printed raw, a line
break inside a recommendation's text would print what looks like one more
recommendation, an escape sequence would drive the terminal, and a bidi override
would reorder what the reader sees. `visible()` writes every such character
as a Python-style escape (`\\n`, `\\x1b`, `\\u202e`), so each line on the screen is
one line of the result, in the order it has.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

# Cc: controls (NUL, ESC, line breaks, DEL, C1); Cf: format characters (bidi embeddings,
# overrides and isolates, the marks LRM/RLM/ALM, zero-width space and joiners, the BOM,
# soft hyphen); Zl, Zp: the line and paragraph separators; Cs: lone surrogates.
_HIDDEN = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})
_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(char: str) -> str:
    if char in _SHORT:
        return _SHORT[char]
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def visible(text: str) -> str:
    """The text with every control, format, bidi and separator character escaped."""
    if text.isprintable() and text.isascii():
        return text
    return "".join(
        _escape(c) if unicodedata.category(c) in _HIDDEN else c for c in text
    )


def visible_tree(value: object) -> object:
    """A JSON-like value with every text in it (keys too) passed through `visible()`."""
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, Mapping):
        return {visible_tree(k): visible_tree(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [visible_tree(v) for v in value]
    return value
