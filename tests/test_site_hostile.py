"""Hostile text in every slot of a guideline runs nothing and fetches nothing in Chromium.

The corpus of tests/hostile_corpus.py goes into every quoted text of one guideline
(all payloads joined, so each slot carries every payload). Its page, the list of
guidelines and the rest of the site are built with `mkdocs build --strict`, served
on 127.0.0.1 and opened in headless Chromium, with the search run as well. The test
fails on any dialog (`alert`, `confirm`, `prompt`), on any script that the same site
built from plain text does not have, on any event-handler attribute or `javascript:`
URL in the page, and on any request to a host other than the local server.

A payload that the compiler refuses (with a diagnostic, never an exception) cannot
reach a page and is left out. `HOSTILE_PROFILE=long` adds a site per payload, each
alone in every slot, and a site per very long text (in one slot).
"""

from __future__ import annotations

import functools
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from compiler.emit_docs import render_guideline, render_index
from compiler.pipeline.stages import compile_text
from compiler.semantics import ir
from dsl.diagnostics import has_errors
from tests.conftest import MINIMAL_HEADER
from tests.hostile_corpus import (
    LONG_PAYLOADS,
    OUTSIDE,
    PAYLOADS,
    SCOPE,
    dsl_text,
    hostile_guideline,
)
from tests.site_browser import build_site, chromium, local_only, serve

ROOT = Path(__file__).resolve().parent.parent
LONG = os.environ.get("HOSTILE_PROFILE") == "long"
PAGES = ("guidelines/hostile_site.html", "guidelines/index.html", "index.html")

# Every script element (its src, or its text when inline), every attribute that
# runs script, and every attribute whose value is a javascript:, vbscript: or data: URL.
_SCAN = """() => {
  const scripts = [...document.querySelectorAll('script')]
    .map(s => s.getAttribute('src') || s.textContent);
  const handlers = [];
  const urls = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (a.name.toLowerCase().startsWith('on')) handlers.push(el.tagName + ' ' + a.name);
      if (/^\\s*(javascript|vbscript|data):/i.test(a.value)) urls.push(el.tagName + ' ' + a.name);
    }
  }
  return {scripts: scripts.sort(), handlers, urls};
}"""


@functools.cache
def _accepted(payloads: tuple[str, ...]) -> tuple[str, ...]:
    """The payloads the compiler accepts as text; it must refuse the rest with a diagnostic.

    Tried in the header's texts only (a whole guideline per payload would cost seconds).
    """
    kept = []
    for payload in payloads:
        text = dsl_text(payload)
        header = MINIMAL_HEADER.replace('"Demo"', text, 1).replace('"Adults"', text, 1)
        if not has_errors(compile_text(header).diagnostics):
            kept.append(payload)
    return tuple(kept)


def _guideline(text: str, slots: frozenset[int] | None = None) -> ir.Guideline:
    source = hostile_guideline(text, slots=slots)
    compiled = compile_text(source, "guidelines/hostile_site.guideline")
    assert compiled.guideline is not None, compiled.diagnostics
    return compiled.guideline


def _site(tmp: Path, text: str, slots: frozenset[int] | None = None) -> Path:
    """The site's theme and settings, a home page and the guideline of `text`, built."""
    project = tmp / "project"
    shutil.copytree(ROOT / "docs" / "stylesheets", project / "docs" / "stylesheets")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    home = "# Clinical guidelines\n\nThe [list of guidelines](guidelines/index.md).\n"
    (project / "docs" / "index.md").write_text(home, encoding="utf-8")
    guideline = _guideline(text, slots)
    pages = project / "docs" / "guidelines"
    pages.mkdir()
    (pages / "hostile_site.md").write_text(render_guideline(guideline), encoding="utf-8")
    (pages / "index.md").write_text(render_index([guideline]), encoding="utf-8")
    build_site(project, tmp / "site")
    return tmp / "site"


@dataclass
class Visit:
    """What the browser saw on the pages of one site."""

    dialogs: list[str]
    outside: list[str]
    scans: dict[str, dict[str, list[str]]]
    search_hits: int


def _open(page: Page, url: str, dialogs: list[str]) -> dict[str, list[str]]:
    page.goto(url, wait_until="load")  # the whole page parsed, its scripts run
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(200)  # autofocus and load handlers run by now
    scan = page.evaluate(_SCAN)
    assert isinstance(scan, dict)
    return scan


def _search(page: Page, query: str) -> int:
    """Type into the site's search box; the number of results shown."""
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query, delay=30)
    page.locator(".md-search-result__item").first.wait_for(timeout=15_000)
    page.wait_for_timeout(200)
    return page.locator(".md-search-result__item").count()


def _visit(browser: Browser, site: Path, query: str) -> Visit:
    dialogs: list[str] = []
    outside: list[str] = []
    with serve(site) as server:
        context = local_only(browser, server, outside)
        page = context.new_page()
        page.set_default_timeout(60_000)  # a page with a 1 MB text takes a while
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        scans = {path: _open(page, f"{server}/{path}", dialogs) for path in PAGES}
        hits = _search(page, query)
        scans["after search"] = page.evaluate(_SCAN)
        context.close()
    return Visit(dialogs, outside, scans, hits)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as opened:
        yield opened


@pytest.fixture(scope="module")
def plain(browser: Browser, tmp_path_factory: pytest.TempPathFactory) -> Visit:
    """The same site with plain text in every slot: its scripts are the site's own."""
    site = _site(tmp_path_factory.mktemp("plain"), "Plain text")
    return _visit(browser, site, "Plain")


def _assert_harmless(visit: Visit, plain: Visit) -> None:
    assert visit.dialogs == [], visit.dialogs
    assert visit.outside == [], visit.outside
    for where, scan in visit.scans.items():
        assert scan["scripts"] == plain.scans[where]["scripts"], where
        assert scan["handlers"] == [], (where, scan["handlers"])
        assert scan["urls"] == [], (where, scan["urls"])


def test_every_payload_is_accepted_or_refused_with_a_diagnostic() -> None:
    kept = _accepted(PAYLOADS)
    # Only a control character may be refused; everything else is text to show.
    refused = [p for p in PAYLOADS if p not in kept]
    assert all(any(ord(c) < 32 and c not in "\n\t" for c in p) for p in refused), refused


def test_the_corpus_in_every_slot_runs_and_fetches_nothing(
    browser: Browser, plain: Visit, tmp_path: Path
) -> None:
    text = " ".join(_accepted(PAYLOADS))
    assert f"http://{OUTSIDE}/" in text and "</title><script>" in text
    visit = _visit(browser, _site(tmp_path, text), "quote")
    assert visit.search_hits > 0, "the search found nothing: the test did not exercise it"
    _assert_harmless(visit, plain)


@pytest.mark.skipif(not LONG, reason="long profile only: HOSTILE_PROFILE=long")
@pytest.mark.parametrize("index", range(len(PAYLOADS)))
def test_each_payload_alone_in_every_slot(
    browser: Browser, plain: Visit, tmp_path: Path, index: int
) -> None:
    payload = PAYLOADS[index]
    if not _accepted((payload,)):
        pytest.skip("refused with a diagnostic")
    _assert_harmless(_visit(browser, _site(tmp_path, payload), "Plain"), plain)


@pytest.mark.skipif(not LONG, reason="long profile only: HOSTILE_PROFILE=long")
@pytest.mark.parametrize("index", range(len(LONG_PAYLOADS)))
def test_a_very_long_text_in_one_slot(
    browser: Browser, plain: Visit, tmp_path: Path, index: int
) -> None:
    payload = LONG_PAYLOADS[index]
    if not _accepted((payload,)):
        pytest.skip("refused with a diagnostic")
    site = _site(tmp_path, payload, frozenset({SCOPE}))
    _assert_harmless(_visit(browser, site, "Plain"), plain)
