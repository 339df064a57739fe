"""The age read from the Patient's birth date, through the service (KDIGO binds it)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import httpx
import pytest

from compiler.serve.app import create_app
from compiler.serve.catalog import load
from compiler.serve.thread import running
from tests.compiler.bindings.fhir_data import NOW
from tests.compiler.serve.conftest import ROOT
from tests.compiler.serve.fake_ehr import FakeEhr, running_ehr

KDIGO = ROOT / "guidelines" / "kdigo_aki.guideline"
EMPTY = {"resourceType": "Bundle", "type": "searchset", "entry": []}
PATIENT = {"resourceType": "Patient", "id": "p9", "birthDate": "2010-12-03"}  # 15 tomorrow


@pytest.fixture(scope="module")
def service() -> Iterator[tuple[str, FakeEhr]]:
    services, compiled = load(ROOT, [KDIGO])
    assert services, [d.message for c in compiled for d in c.diagnostics]
    app = create_app(services, verifier=None, clock=lambda: NOW)
    with running_ehr() as ehr, running(app) as url:
        yield url, ehr


def _call(url: str, **body: object) -> list[dict[str, object]]:
    request = {"hook": "patient-view", "hookInstance": str(uuid.uuid4()),
               "context": {"userId": "Practitioner/1", "patientId": "p9"}, **body}
    answer = httpx.post(f"{url}/cds-services/kdigo_aki", content=json.dumps(request),
                        headers={"Content-Type": "application/json"}, timeout=30)
    assert answer.status_code == 200, answer.text
    cards: list[dict[str, object]] = answer.json()["cards"]
    return cards


def test_discovery_asks_for_the_patient_itself(service: tuple[str, FakeEhr]) -> None:
    url, _ = service
    [entry] = httpx.get(f"{url}/cds-services", timeout=30).json()["services"]
    assert entry["prefetch"]["patient"] == "Patient/{{context.patientId}}"


def test_the_age_from_a_prefetched_patient_is_shown_with_its_source(
    service: tuple[str, FakeEhr],
) -> None:
    url, _ = service
    cards = _call(url, prefetch={"patient": PATIENT, "observations": EMPTY})
    details = " ".join(str(c.get("detail", "")) for c in cards)
    assert "15 years (Patient/p9, 2010-12-03)" in details
    asks = [c for c in cards if "needed" in str(c["summary"])]
    assert asks and all("Age (age)" not in str(c.get("detail", "")) for c in asks)
    hidden = _call(url, prefetch={"patient": {**PATIENT, "birthDate": None}, "observations": EMPTY})
    # Not read from the record, and no decision reached reads it yet (the creatinine
    # decisions wait): a required fact is asked for only where the path reads it.
    assert hidden and all("Age (age)" not in str(c.get("detail", "")) for c in hidden)
    assert any("needed" in str(c["summary"]) for c in hidden)


def test_without_prefetch_the_patient_is_fetched_by_its_id(service: tuple[str, FakeEhr]) -> None:
    url, ehr = service
    ehr.records["p9"] = [PATIENT]
    ehr.requests.clear()
    cards = _call(url, fhirServer=ehr.fhir)
    assert sorted(p.split("?")[0] for p, _a in ehr.requests) == ["/fhir/Observation",
                                                                  "/fhir/Patient"]
    assert any("_id=p9" in p for p, _a in ehr.requests)
    assert "15 years (Patient/p9" in " ".join(str(c.get("detail", "")) for c in cards)


def test_a_hostile_birth_date_leaves_the_age_unknown_and_says_so(
    service: tuple[str, FakeEhr],
) -> None:
    url, _ = service
    hostile = {**PATIENT, "birthDate": "<img src=x onerror=alert(1)>"}
    cards = _call(url, prefetch={"patient": hostile, "observations": EMPTY})
    text = json.dumps(cards)
    assert "<img" not in text and "the birth date is not a FHIR date" in text
