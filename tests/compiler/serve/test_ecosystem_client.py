"""The service answers an independent client from the CDS Hooks ecosystem.

HealthChain's sandbox client (pinned in `dev.py`, in `.venv-healthchain`) builds a
patient-view request from prefetched FHIR resources, sends it over real HTTP, and
parses discovery and the answer with its own models of the specification. Skipped,
with the reason, where that environment could not be made.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from compiler.serve.app import create_app
from compiler.serve.catalog import Service
from compiler.serve.thread import running
from tests.compiler.bindings.fhir_data import NOW
from tests.compiler.serve.test_service import full_prefetch

ROOT = Path(__file__).resolve().parents[3]
PYTHON = ROOT / ".venv-healthchain" / "bin" / "python"
SCRIPT = Path(__file__).resolve().parent / "ecosystem" / "healthchain_call.py"


@pytest.fixture(scope="module")
def open_service(served: list[Service]) -> Iterator[str]:
    """The service without tokens (the sandbox client sends none), on 127.0.0.1."""
    if not PYTHON.exists():
        pytest.skip("HealthChain's environment (.venv-healthchain) is missing: "
                    "`python3 dev.py test` makes it where PyPI is reachable")
    app = create_app(served, verifier=None, clock=lambda: NOW)
    with running(app) as url:
        yield url


def call(url: str, service: str, prefetch: object, tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "prefetch.json"
    path.write_text(json.dumps(prefetch, default=float), encoding="utf-8")
    done = subprocess.run(
        [str(PYTHON), str(SCRIPT), f"{url}/cds-services", f"{url}/cds-services/{service}",
         "p1", str(path)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    found: dict[str, object] = json.loads(done.stdout)
    return found


def test_healthchain_reads_discovery_and_the_cards(
    open_service: str, served: list[Service], tmp_path: Path
) -> None:
    found = call(open_service, "cdsdemo", full_prefetch(), tmp_path)
    assert found["services"] == [s.id for s in served]
    request = found["request"]
    assert isinstance(request, dict) and request["hook"] == "patient-view"
    answer = found["answer"]
    assert isinstance(answer, dict)
    summaries = [c["summary"] for c in answer["cards"]]
    assert summaries == ["Start: Drug A for raised CK", "Caution: Check the glucose",
                         "Consider: Drug B",
                         "Service test guideline: 1 more fact(s) needed to finish"]
    assert all(c["source"]["label"] for c in answer["cards"])


def test_healthchain_with_an_empty_record_gets_the_questions(
    open_service: str, tmp_path: Path
) -> None:
    empty = {"observations": {"resourceType": "Bundle", "type": "searchset", "entry": []},
             "conditions": {"resourceType": "Bundle", "type": "searchset", "entry": []}}
    found = call(open_service, "cdsdemo", empty, tmp_path)
    answer = found["answer"]
    assert isinstance(answer, dict)
    [ask] = [c for c in answer["cards"] if "needed" in c["summary"]]
    assert "Creatine kinase (ck)" in ask["detail"]  # read by every path: asked first
