"""Escaping of guideline text for Markdown and SVG."""

from __future__ import annotations

import html as html_module

import markdown
import yaml

from compiler.emit_docs.text import anchor, front_matter, link, md, safe_url, slug, xml


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
    assert xml('<a href="x">') == "&#60;a href=&#34;x&#34;&#62;"


def test_xml_uses_the_markdown_map_too() -> None:
    out = xml("![x](y) [a]: b `c` \\ | {: #i }")
    for char in "[]`\\|{}#":
        assert char not in out.replace("&#", ""), char


def test_xml_leaves_markup_alone() -> None:
    assert xml(anchor("node", "scope_check")) == "node-scope_check"


def test_control_and_bidi_characters_show_as_escapes() -> None:
    # STX and ETX mark Python-Markdown's stashed HTML; a bidi override made the page
    # read otherwise than the text the module returns.
    for char in ("\x00", "\x02", "\x03", "\x1b", "\x7f", "\x85", "\u202e", "\u2066", "\u200b"):
        assert char not in xml(f"a{char}b") and char not in md(f"a{char}b"), repr(char)
    assert xml("a\x02b\u202ec") == "a&#92;x02b&#92;u202ec"
    assert html_module.unescape(str(md("dose \u202egm 01"))) == "dose \\u202egm 01"


def test_link_href_is_not_rewritten_by_markdown() -> None:
    # A reference's doi, pmid or url ends up in an href: Markdown ran its image
    # syntax inside the attribute, which closed it and added an event handler.
    payload = "![ autofocus onfocus=alert(document.domain) x](y)"
    html = _html(str(link("https://doi.org/" + payload, payload)))
    assert "<img" not in html and "onfocus=" not in html.replace("onfocus=alert", "", 2)
    assert html.count("<a ") == 1 and html.count('"') == 2
    assert html_module.unescape(html).count(payload) == 2


def test_link_href_cannot_fetch_an_image() -> None:
    html = _html(str(link("https://doi.org/![i](http://elsewhere.example/x.png)", "t")))
    assert "<img" not in html and "src=" not in html


def test_front_matter_is_yaml_of_html_text() -> None:
    title = "</title><script>alert(document.domain)</script> \\ \"q\" 'a' & é 😀\x1b"
    value = yaml.safe_load("title: " + front_matter(title))["title"]
    assert "<" not in value and ">" not in value and "\x1b" not in value
    assert html_module.unescape(value) == title.replace("\x1b", "\\x1b")
    assert all(" " <= c <= "~" for c in value)


def test_slug_and_anchor() -> None:
    assert slug("a b/c") == "a-b-c"
    assert anchor("rec", "stop_statin") == "rec-stop_statin"


def test_safe_url_refuses_scripts() -> None:
    assert safe_url("https://doi.org/10.1/x") == "https://doi.org/10.1/x"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url('https://x" onclick="y') is None
