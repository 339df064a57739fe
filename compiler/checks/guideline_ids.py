"""Guideline ids name the files the build writes: an id must not clash with them.

The id is the module `generated/<id>.py`, the test file `generated/tests/test_<id>.py`
and the page `docs/guidelines/<id>.md`. `check` reports an id that would collide
with another output or that Python cannot import (H008). Two files of one build that
share an id are reported across files, by compiler/pipeline/duplicate_ids.py (H009).
"""

from __future__ import annotations

import keyword

from dsl import ast
from dsl.diagnostics import Diagnostic, error

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
