"""Helpers of the site tests: build the mkdocs site, serve it locally, drive Chromium.

Chromium is Debian's (/usr/bin/chromium; `python3 dev.py test` installs it), driven
with playwright, every request to another host refused.
"""

from __future__ import annotations

import contextlib
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
from playwright.sync_api import Browser, BrowserContext, Route, sync_playwright

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


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """No request log on stderr."""


def build_site(project: Path, out: Path) -> None:
    """`mkdocs build --strict` of the project's mkdocs.yml into `out`."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """The base URL of the folder served on 127.0.0.1, for the duration."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@contextlib.contextmanager
def chromium() -> Iterator[Browser]:
    """Headless Chromium, closed afterwards."""
    if not CHROMIUM.exists():
        pytest.fail("/usr/bin/chromium is missing: run `python3 dev.py test` to install it")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


def local_only(browser: Browser, server: str, outside: list[str]) -> BrowserContext:
    """A browser context that lets through requests to `server` only, noting the others."""
    local = urlsplit(server).netloc
    context = browser.new_context(viewport={"width": 1600, "height": 1000})

    def route(route: Route) -> None:
        if urlsplit(route.request.url).netloc == local:
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    return context
