"""Hostile guideline text shows as text on the rendered page and breaks no table."""

from __future__ import annotations

import html
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml

from compiler.emit_docs import render_guideline
from compiler.pipeline.stages import compile_source, read_source

ROOT = Path(__file__).resolve().parents[3]
FIXTURE = ROOT / "tests" / "fixtures" / "docs" / "hostile_docs.guideline"
TITLE = "Title </title><script>alert(1)</script> | *bold* _em_ `code` [link](http://x)"


def _site_markdown(text: str) -> str:
    """Markdown to HTML with the extensions mkdocs.yml configures."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    names: list[str] = []
    settings: dict[str, object] = {}
    for entry in config["markdown_extensions"]:
        name = entry if isinstance(entry, str) else next(iter(entry))
        names.append(name)
        if isinstance(entry, dict):
            settings[name] = entry[name]
    body = text.split("---\n", 2)[2]  # without the front matter
    return str(markdown.markdown(body, extensions=names, extension_configs=settings))


def _front_matter(text: str) -> dict[str, object]:
    loaded = yaml.safe_load(text.split("---\n", 2)[1])
    assert isinstance(loaded, dict)
    return loaded


class _Page(HTMLParser):
    """Tags, ids, hrefs, table row widths and the text of the page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.rows: list[int] = []
        self.widths: list[list[int]] = []
        self.text: list[str] = []
        self.heading = ""
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        found = dict(attrs)
        if found.get("id"):
            self.ids.append(str(found["id"]))
        if found.get("href"):
            self.hrefs.append(str(found["href"]))
        if tag == "table":
            self.widths.append([])
        elif tag == "tr":
            self.widths[-1].append(0)
        elif tag in {"td", "th"}:
            self.widths[-1][-1] += 1
        self._in_h1 = self._in_h1 or tag == "h1"

    def handle_endtag(self, tag: str) -> None:
        if tag == "h1":
            self._in_h1 = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in_h1:
            self.heading += data


@pytest.fixture(scope="module")
def markdown_page() -> str:
    compiled = compile_source(read_source(FIXTURE, "tests/fixtures/docs/hostile_docs.guideline"))
    assert compiled.guideline is not None, compiled.diagnostics
    return render_guideline(compiled.guideline)


@pytest.fixture(scope="module")
def page(markdown_page: str) -> _Page:
    parser = _Page()
    parser.feed(_site_markdown(markdown_page))
    return parser


def test_title_for_the_html_title_is_escaped_html(markdown_page: str) -> None:
    # The theme prints the front matter's title unescaped into <title>; without it,
    # it printed the heading through `striptags`, which undid the escaping.
    title = _front_matter(markdown_page)["title"]
    assert isinstance(title, str)
    assert "<" not in title and ">" not in title
    assert html.unescape(title) == TITLE


def test_reference_identifiers_stay_inside_their_links(page: _Page) -> None:
    assert "img" not in page.tags
    assert any(h.startswith("https://doi.org/![ autofocus") for h in page.hrefs)
    assert any(h.startswith("https://pubmed.ncbi.nlm.nih.gov/![pixel]") for h in page.hrefs)


def test_title_shows_literally(page: _Page) -> None:
    assert page.heading.removesuffix("¶") == TITLE  # the permalink sign follows


def test_no_markup_from_the_source(page: _Page) -> None:
    for tag in ("script", "img", "b", "i", "u", "em"):
        assert tag not in page.tags, tag
    assert "injected" not in page.ids
    assert not any(h.lower().startswith("javascript:") for h in page.hrefs)
    assert not any(h.startswith("http://x") for h in page.hrefs)


def test_every_table_row_has_the_header_width(page: _Page) -> None:
    assert len(page.widths) >= 4
    for table in page.widths:
        assert len(set(table)) == 1, table


def test_hostile_strings_appear_as_text(page: _Page) -> None:
    text = " ".join(page.text)
    for snippet in (
        "Rec <script>alert(7)</script> | *x* _y_ `z`",
        "Kind | <u>question</u> *",
        "none | <script>alert(10)</script>",
        "1. not a numbered list | gap <script>alert(2)</script> ## end",
        '!!! warning "not an admonition"',
        "- not a list item <img src=x onerror=alert(1)>",
        "javascript:alert(5)",
    ):
        assert snippet in text, snippet
