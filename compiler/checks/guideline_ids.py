"""Guideline ids name the files the build writes: an id must not clash with them.

The id is the module `generated/<id>.py`, the test file `generated/tests/test_<id>.py`
and the page `docs/guidelines/<id>.md`. `check` reports an id that would collide
with another output or that Python cannot import (H008), and two files of one build
that share an id, where the last would overwrite the outputs of the first (H009).
"""

from __future__ import annotations

import keyword
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from compiler.diagnostics import Diagnostic, error, finalize
from dsl import ast

if TYPE_CHECKING:
    from compiler.pipeline import Compiled

_HINT = "choose another id; the id names every file the build writes for this guideline"

# Ids that are ordinary words of the language but clash with an output, and why.
_CLASHES = {
    "index": "would replace the list of guidelines (docs/guidelines/index.md)",
    "tests": "would be hidden by the folder of generated tests (generated/tests/)",
    "conftest": "would be read by pytest as its own set-up file (generated/conftest.py)",
}


def clash(ident: str) -> str | None:
    """Why the id clashes with the build's outputs, or None when it does not."""
    if keyword.iskeyword(ident):
        return (
            "is a reserved word of Python, the language of the generated module: "
            "the module could not be imported and its test file would not run"
        )
    return _CLASHES.get(ident)


def check(tree: ast.Guideline) -> list[Diagnostic]:
    """H008 when the guideline's id clashes with an output of the build."""
    reason = clash(tree.header.id)
    if reason is None:
        return []
    message = f"the guideline id `{tree.header.id}` {reason}"
    return [error("H008", message, tree.header.id_span, _HINT)]


def duplicates(compiled: Sequence[Compiled]) -> list[Compiled]:
    """The files with H009 added to every one whose id an earlier file already has."""
    first: dict[str, Compiled] = {}
    out: list[Compiled] = []
    for item in compiled:
        tree = item.tree
        if tree is None:
            out.append(item)
            continue
        earlier = first.setdefault(tree.header.id, item)
        if earlier is item:
            out.append(item)
            continue
        assert earlier.tree is not None
        where = earlier.tree.header.id_span
        found = error(
            "H009",
            f"the guideline id `{tree.header.id}` is already the id of {where.path} "
            f"(line {where.line}): the build would write both to the same files",
            tree.header.id_span,
            "give each guideline its own id",
        )
        diagnostics = tuple(finalize([*item.diagnostics, found]))
        out.append(replace(item, guideline=None, diagnostics=diagnostics))
    return out
