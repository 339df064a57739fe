"""Every diagnostic code is registered, and its wrong and right snippets do what they say."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from compiler.emit_docs.code_examples import HEADER, NO_EXAMPLE
from compiler.emit_docs.codes import CODES
from compiler.pipeline.stages import Compiled, compile_text
from dsl.diagnostics import has_errors
from dsl.formatter import format_source
from tests.conftest import MINIMAL_HEADER, compile_snippet

ROOT = Path(__file__).resolve().parents[3]
# A code is a capital letter and three digits in quotes, as passed to error()/warning().
_CODE = re.compile(r"""["']([PNTCHRULXB]\d{3})["']""")


def _used_codes() -> dict[str, str]:
    """Every code written in dsl/ and compiler/, with one file that uses it."""
    found: dict[str, str] = {}
    for folder in ("dsl", "compiler"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path.name in {"codes.py", "code_examples.py"}:
                continue
            for code in _CODE.findall(path.read_text(encoding="utf-8")):
                found.setdefault(code, str(path.relative_to(ROOT)))
    return found


def _compile(snippet: str) -> Compiled:
    if snippet.startswith("guideline "):
        return compile_text(snippet, "demo.guideline")
    return compile_snippet(snippet)


def test_every_code_used_is_registered() -> None:
    used = _used_codes()
    assert len(used) > 20
    missing = {code: where for code, where in used.items() if code not in CODES}
    assert not missing, f"codes used but not in compiler/emit_docs/codes.py: {missing}"


def test_every_code_has_a_wrong_and_a_right_snippet() -> None:
    lacking = [c.code for c in CODES.values() if not c.wrong and c.code not in NO_EXAMPLE]
    assert not lacking, f"add wrong/right snippets in emit_docs/code_examples.py for {lacking}"
    assert all(c.right for c in CODES.values() if c.wrong)


def test_snippets_follow_the_tests_header() -> None:
    assert HEADER == MINIMAL_HEADER


# The B codes' snippets are binding files: tests/compiler/bindings/test_binding_examples.py.
_GUIDELINE_CODES = sorted(c for c in CODES if not c.startswith("B"))


@pytest.mark.parametrize("code", [c for c in _GUIDELINE_CODES if CODES[c].wrong])
def test_the_wrong_snippet_reports_its_code(code: str) -> None:
    found = {d.code for d in _compile(CODES[code].wrong).diagnostics}
    assert code in found


@pytest.mark.parametrize("code", [c for c in _GUIDELINE_CODES if CODES[c].right])
def test_the_right_snippet_is_free_of_it_and_of_errors(code: str) -> None:
    compiled = _compile(CODES[code].right)
    assert code not in {d.code for d in compiled.diagnostics}
    assert not has_errors(compiled.diagnostics), [d.message for d in compiled.diagnostics]


@pytest.mark.parametrize("code", [c for c in _GUIDELINE_CODES if CODES[c].right])
def test_the_right_snippet_is_in_canonical_layout(code: str) -> None:
    right = CODES[code].right
    text = right if right.startswith("guideline ") else MINIMAL_HEADER + "\n" + right
    assert format_source(text, "demo.guideline") == text
