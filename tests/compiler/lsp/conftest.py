"""A client connected to `guideline lsp` running as a subprocess (pytest-lsp), which
records every diagnostics notification with its document version."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass

import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

from tests.conftest import ROOT

LOGIC_DELAY = "0.3"  # seconds: short, so that the tests wait little for the logic checks
WAIT = 120.0  # seconds a test waits for the server: generous, the machine may be loaded


@dataclass(frozen=True)
class Published:
    """One `textDocument/publishDiagnostics` the server sent."""

    uri: str
    version: int | None
    diagnostics: Sequence[types.Diagnostic]


class RecordingClient(LanguageClient):
    """The pytest-lsp client, keeping every publication in order."""

    published: list[Published]


def _factory() -> RecordingClient:
    client = RecordingClient(
        converter_factory=__import__("pygls.protocol").protocol.default_converter
    )
    client.published = []

    def record(c: RecordingClient, params: types.PublishDiagnosticsParams) -> None:
        c.diagnostics[params.uri] = params.diagnostics
        c.published.append(Published(params.uri, params.version, params.diagnostics))

    features = dict(DEFAULT_CLIENT_FEATURES)
    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = record
    register_lsp_features(client, features)
    return client


CONFIG = ClientServerConfig(
    server_command=[sys.executable, "-m", "compiler.commands.main", "lsp"],
    client_factory=_factory,
    server_env={**os.environ, "GUIDELINE_LSP_LOGIC_DELAY": LOGIC_DELAY},
)


@pytest_lsp.fixture(config=CONFIG, scope="module")
async def client(lsp_client: RecordingClient) -> AsyncIterator[None]:
    """A server for the tests of one module."""
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=ROOT.as_uri(),
        )
    )
    yield
    await lsp_client.shutdown_session()


async def wait_until(check: Callable[[], bool], what: str) -> None:
    """Wait for the server until `check()` holds."""
    deadline = asyncio.get_running_loop().time() + WAIT
    while not check():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"the server did not {what} within {WAIT:.0f} s")
        await asyncio.sleep(0.02)


def logs(client: LanguageClient) -> list[str]:
    """The server's log lines so far."""
    return [m.message for m in client.log_messages]
