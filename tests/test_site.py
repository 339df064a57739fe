"""The built site in real headless Chromium, with every request to another host refused.

Builds the mkdocs site into a temporary folder, serves it on 127.0.0.1 and opens
the IMNM page: the flowchart has a node for every decision, nothing is fetched
from another host, nothing is logged as an error; the chart starts with the population,
shows every text whole, the doses and each gap's first words, and the page shows the
definitions and the clinical cases before the software checks. Leaves screenshots in
build/screenshots/: imnm.png (the page's top and chart), imnm-flowchart.png (the chart
alone) and imnm-definitions.png (the definitions and their gaps). Needs
/usr/bin/chromium (`python3 dev.py test` installs it).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from compiler.semantics import ir
from tests.site_browser import build_site, chromium, local_only, serve

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "build" / "screenshots" / "imnm.png"
CHART = ROOT / "build" / "screenshots" / "imnm-flowchart.png"
CASES = ROOT / "build" / "screenshots" / "imnm-definitions.png"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built with --strict into a temporary folder."""
    out = tmp_path_factory.mktemp("site")
    build_site(ROOT, out)
    return out


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[str]:
    """The base URL of the site served on 127.0.0.1."""
    with serve(site) as url:
        yield url


def test_imnm_page_offline_in_chromium(server: str, imnm: ir.Guideline) -> None:
    outside: list[str] = []
    errors: list[str] = []
    with chromium() as browser:
        page = local_only(browser, server, outside).new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(f"{server}/guidelines/{imnm.id}.html", wait_until="networkidle")
        decisions = [n.id for n in ir.walk(imnm.body) if isinstance(n, ir.Decision)]
        for ident in decisions:
            node = page.locator(f"svg.gl-flow g.decision#node-{ident}")
            assert node.count() == 1, ident
            assert node.is_visible(), ident
        assert page.locator("svg.gl-flow g.decision").count() == len(decisions)
        assert page.locator(".admonition.gap").count() > 0
        # the chart starts with the population, draws texts whole and shows each gap's words
        start = page.locator("svg.gl-flow g.terminal").first.text_content() or ""
        assert start.startswith(f"Start: {imnm.scope[:20]}")
        rec_texts = page.locator("svg.gl-flow text.rec").all_text_contents()
        assert rec_texts and not any("…" in t for t in rec_texts)
        squeezed = ["".join(t.split()) for t in rec_texts]  # lines are tspans, not spaces
        assert any("dose0.5to1mg/kg/day×weight" in t for t in squeezed)
        assert any("Gap:givesnomaximumdose" in "".join(t.split())
                   for t in page.locator("svg.gl-flow text.gap").all_text_contents())
        # definitions with their gaps; clinical cases before the software checks
        assert page.locator("#definitions").is_visible()
        assert page.get_by_text("Refractory disease: The source gives a window of 4-6 weeks",
                                exact=False).first.is_visible()
        clinical = page.locator("#clinical-cases").bounding_box()
        software = page.locator("#software-checks").bounding_box()
        assert clinical is not None and software is not None
        assert clinical["y"] < software["y"]
        assert "not stated in the source" not in (page.content())
        CHART.parent.mkdir(parents=True, exist_ok=True)
        page.add_style_tag(content="header.md-header { display: none }")  # not over the chart
        page.locator("svg.gl-flow").screenshot(path=str(CHART))
        top = page.evaluate(
            "document.getElementById('definitions').getBoundingClientRect().top + scrollY")
        page.screenshot(path=str(CASES), full_page=True,
                        clip={"x": 0, "y": max(0, top - 20), "width": 1600, "height": 900})
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        box = page.locator("svg.gl-flow").bounding_box()
        assert box is not None
        height = int(box["y"] + box["height"] + 40)
        page.screenshot(
            path=str(SCREENSHOT),
            full_page=True,
            clip={"x": 0, "y": 0, "width": 1600, "height": height},
        )
    assert outside == []
    assert errors == []
