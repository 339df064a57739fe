"""docs/errors.md: a section per code, anchored, with escaped text and safe code fences."""

from __future__ import annotations

import pytest

from compiler.emit_docs import errors_page as emit_errors
from compiler.emit_docs.codes import CODES, Code
from compiler.emit_docs.errors_page import error_pages, link, render


def test_every_code_has_an_anchored_section() -> None:
    page = render()
    for code in CODES:
        assert f"### {code}: " in page
        assert f"{{#{code.lower()}}}" in page
    assert link("T002") == "docs/errors.md#t002"


def test_wrong_and_right_snippets_are_shown_in_code_blocks() -> None:
    page = render()
    entry = CODES["T002"]
    assert "**Wrong**\n\n```text\n" + entry.wrong in page
    assert "**Right**\n\n```text\n" + entry.right in page


def test_text_is_escaped_and_fences_outlast_backticks(monkeypatch: pytest.MonkeyPatch) -> None:
    odd = Code("Z999", "A <b> & `x<y>`", "Uses <html>.", wrong="note ```\n", right="x\n")
    monkeypatch.setattr(emit_errors, "CODES", {"Z999": odd})
    page = render()
    assert "### Z999: A &lt;b&gt; &amp; `x<y>` {#z999}" in page
    assert "Uses &lt;html&gt;." in page
    assert "````text\nnote ```\n````" in page


def test_the_page_is_deterministic_and_written_to_docs() -> None:
    files = error_pages([])
    assert list(files) == ["docs/errors.md"]
    assert files == error_pages([])
