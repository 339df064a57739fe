"""The built site in real headless Chromium, with every request to another host refused.

Builds the mkdocs site into a temporary folder, serves it on 127.0.0.1 and opens
the IMNM page: the flowchart has a node for every decision, nothing is fetched
from another host, nothing is logged as an error. Leaves a screenshot in
build/screenshots/imnm.png. Needs /usr/bin/chromium (`python3 dev.py test`
installs it).
"""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Route, sync_playwright

from compiler.semantics import ir

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
SCREENSHOT = ROOT / "build" / "screenshots" / "imnm.png"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """No request log on stderr."""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built with --strict into a temporary folder."""
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[str]:
    """The base URL of the site served on 127.0.0.1."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_imnm_page_offline_in_chromium(server: str, imnm: ir.Guideline) -> None:
    if not CHROMIUM.exists():
        pytest.fail("/usr/bin/chromium is missing: run `python3 dev.py test` to install it")
    local = urlsplit(server).netloc
    outside: list[str] = []
    errors: list[str] = []

    def only_local(route: Route) -> None:
        if urlsplit(route.request.url).netloc == local:
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        try:
            context = browser.new_context(viewport={"width": 1600, "height": 1000})
            context.route("**/*", only_local)
            page = context.new_page()
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
            SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
            box = page.locator("svg.gl-flow").bounding_box()
            assert box is not None
            height = int(box["y"] + box["height"] + 40)
            page.screenshot(
                path=str(SCREENSHOT),
                full_page=True,
                clip={"x": 0, "y": 0, "width": 1600, "height": height},
            )
        finally:
            browser.close()
    assert outside == []
    assert errors == []
