"""Escaping of guideline text for Markdown and SVG."""

from __future__ import annotations

import html as html_module

import markdown

from compiler.emit_docs.text import anchor, md, safe_url, slug, xml


def _html(text: str) -> str:
    return str(markdown.markdown(text, extensions=["tables", "attr_list", "admonition"]))


def test_md_leaves_no_markdown_or_html_syntax() -> None:
    out = md("<script>alert(1)</script> | *b* _i_ `c` [l](u) {: #x }")
    for char in "<>|*_`[]{}#":
        assert char not in out.replace("&#", ""), char


def test_md_text_renders_literally() -> None:
    text = "<script>alert(1)</script> *b* _i_ `c` [l](http://x)"
    html = _html(str(md(text)))
    assert "<script" not in html
    assert "<em>" not in html and "<code>" not in html and "<a " not in html
    assert html_module.unescape(html.removeprefix("<p>").removesuffix("</p>")) == text


def test_md_cannot_start_a_block() -> None:
    for text in ("- item", "1. first", "# heading", "> quote", "!!! note", "+ plus"):
        html = _html(str(md(text)))
        assert html.startswith("<p>"), (text, html)


def test_md_keeps_a_table_row_whole() -> None:
    html = _html(f"| a | b |\n|---|---|\n| {md('x | y')} | z |\n")
    assert html.count("<td>") == 2


def test_md_collapses_line_breaks() -> None:
    assert "\n" not in md("one\n\ntwo")


def test_xml_escapes_quotes_and_tags() -> None:
    assert xml('<a href="x">') == "&lt;a href=&quot;x&quot;&gt;"


def test_slug_and_anchor() -> None:
    assert slug("a b/c") == "a-b-c"
    assert anchor("rec", "stop_statin") == "rec-stop_statin"


def test_safe_url_refuses_scripts() -> None:
    assert safe_url("https://doi.org/10.1/x") == "https://doi.org/10.1/x"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url('https://x" onclick="y') is None
