"""The outputs `guideline build` writes. Adding a backend means adding one entry here.

Each emitter takes every compiled guideline (sorted by id) and returns the files it
writes, as {path relative to the project root: text}.
"""

from __future__ import annotations

from collections.abc import Callable

from compiler.emit_docs import emit_docs
from compiler.emit_docs.errors_page import error_pages
from compiler.emit_python import emit as emit_python
from compiler.semantics import ir
from compiler.testgen.pytest_file import pytest_files

Emitter = Callable[[list[ir.Guideline]], dict[str, str]]


def python_modules(guidelines: list[ir.Guideline]) -> dict[str, str]:
    """generated/<id>.py for each guideline."""
    return {f"generated/{g.id}.py": emit_python(g) for g in guidelines}


EMITTERS: tuple[Emitter, ...] = (python_modules, pytest_files, emit_docs, error_pages)
