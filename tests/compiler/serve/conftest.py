"""The service started on 127.0.0.1 for the whole module, beside a fake EHR."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from compiler.serve.app import create_app
from compiler.serve.auth import Verifier
from compiler.serve.catalog import Service, load
from compiler.serve.thread import running
from tests.compiler.bindings.fhir_data import FIXTURE, NOW
from tests.compiler.serve.fake_ehr import ISSUER, FakeEhr, running_ehr

ROOT = Path(__file__).resolve().parents[3]


@dataclass
class Live:
    """The running service, its client, and the fake EHR behind it."""

    url: str
    client: httpx.Client
    ehr: FakeEhr
    services: dict[str, Service]
    app: object

    def endpoint(self, service: str) -> str:
        return f"{self.url}/cds-services/{service}"

    def auth(self, service: str, **kwargs: object) -> dict[str, str]:
        return {"Authorization": "Bearer " + self.ehr.token(self.endpoint(service), **kwargs)}  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def served() -> list[Service]:
    services, compiled = load(ROOT, [FIXTURE, ROOT / "guidelines" / "imnm.guideline"])
    assert services, [d.message for c in compiled for d in c.diagnostics]
    return services


@pytest.fixture(scope="module")
def live(served: list[Service], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    with running_ehr() as ehr:
        feedback = tmp_path_factory.mktemp("feedback") / "feedback.jsonl"
        app = create_app(served, verifier=Verifier({ISSUER: ehr.jwks_url}),
                         feedback_path=feedback, max_body=200_000, clock=lambda: NOW)
        with running(app) as url, httpx.Client(timeout=30) as client:
            yield Live(url, client, ehr, {s.id: s for s in served}, app)


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    return caplog
