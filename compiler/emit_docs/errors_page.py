"""docs/errors.md: one section per diagnostic code, with a wrong and a right snippet."""

from __future__ import annotations

import html
import re

from compiler.emit_docs.binding_examples import BINDING_GUIDELINE
from compiler.emit_docs.code_examples import HEADER, NO_EXAMPLE
from compiler.emit_docs.codes import CODES, Code
from compiler.semantics import ir

PATH = "docs/errors.md"

FAMILIES = (
    ("P", "Syntax"),
    ("N", "Names"),
    ("T", "Types and units"),
    ("C", "Citations"),
    ("H", "The header"),
    ("R", "Recommendations"),
    ("U", "Unknown facts"),
    ("L", "Logic"),
    ("X", "Authored examples"),
    ("B", "FHIR bindings"),
)

_BINDINGS_INTRO = """\
These codes are about a binding file (`guidelines/<id>.bindings.toml`, described on the
"FHIR bindings" page), not the guideline itself. Each snippet is a whole binding file for
this guideline:

"""

_INTRO = """\
# Error codes

Every problem `guideline check` reports carries a code, such as `T002`. Each code has
a section here: what it means, a snippet that reports it (**wrong**) and the same
snippet put right (**right**). A snippet that does not start with `guideline` is the
body of a file that starts with this header:

"""


def anchor(code: str) -> str:
    """The anchor of a code's section: `t002` for T002."""
    return code.lower()


def link(code: str) -> str:
    """Where a code is explained, relative to the project root."""
    return f"{PATH}#{anchor(code)}"


def _escape(text: str) -> str:
    """Markdown text with HTML special characters escaped outside `code spans`."""
    parts = re.split(r"(`[^`]*`)", text)
    return "".join(p if p.startswith("`") else html.escape(p, quote=False) for p in parts)


def _block(snippet: str) -> str:
    """A fenced code block, its fence longer than any run of backticks inside."""
    longest = max((len(run) for run in re.findall(r"`+", snippet)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{snippet.rstrip(chr(10))}\n{fence}\n"


def _section(entry: Code) -> str:
    out = f"### {entry.code}: {_escape(entry.title)} {{#{anchor(entry.code)}}}\n\n"
    out += _escape(entry.explanation) + "\n\n"
    if entry.wrong:
        out += "**Wrong**\n\n" + _block(entry.wrong) + "\n"
        out += "**Right**\n\n" + _block(entry.right) + "\n"
    elif entry.code in NO_EXAMPLE:
        out += _escape(NO_EXAMPLE[entry.code]) + "\n\n"
    return out


def render() -> str:
    """The whole page, codes grouped by family and sorted."""
    out = _INTRO + _block(HEADER) + "\n"
    for letter, name in FAMILIES:
        entries = sorted((c for c in CODES.values() if c.code.startswith(letter)), key=_key)
        if entries:
            out += f"## {name}\n\n"
            if letter == "B":
                out += _BINDINGS_INTRO + _block(BINDING_GUIDELINE) + "\n"
            out += "".join(_section(e) for e in entries)
    others = sorted((c for c in CODES.values() if c.code[0] not in dict(FAMILIES)), key=_key)
    if others:
        out += "## Other\n\n" + "".join(_section(e) for e in others)
    return out.rstrip("\n") + "\n"


def _key(entry: Code) -> str:
    return entry.code


def error_pages(guidelines: list[ir.Guideline]) -> dict[str, str]:
    """The emitter: docs/errors.md (the same for every set of guidelines)."""
    return {PATH: render()}
