"""Each B code's wrong binding file reports it; the right one has no errors."""

from __future__ import annotations

import pytest

from compiler.bindings.check import check
from compiler.bindings.load import load
from compiler.emit_docs.binding_examples import BINDING_EXAMPLES, BINDING_GUIDELINE
from compiler.pipeline.stages import compile_text
from compiler.semantics import ir
from dsl.diagnostics import Diagnostic, has_errors
from dsl.source import SourceFile


def _guideline() -> ir.Guideline:
    compiled = compile_text(BINDING_GUIDELINE, "demo.guideline")
    assert compiled.guideline is not None, [d.message for d in compiled.diagnostics]
    return compiled.guideline


def _diagnostics(text: str) -> list[Diagnostic]:
    bindings, found = load(SourceFile("demo.bindings.toml", text))
    if bindings is not None:
        found += check(bindings, _guideline())
    return found


@pytest.mark.parametrize("code", sorted(BINDING_EXAMPLES))
def test_the_wrong_file_reports_its_code(code: str) -> None:
    wrong, _right = BINDING_EXAMPLES[code]
    assert code in {d.code for d in _diagnostics(wrong)}


@pytest.mark.parametrize("code", sorted(BINDING_EXAMPLES))
def test_the_right_file_has_no_errors(code: str) -> None:
    _wrong, right = BINDING_EXAMPLES[code]
    found = _diagnostics(right)
    assert not has_errors(found), [(d.code, d.message) for d in found]
