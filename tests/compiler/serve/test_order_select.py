"""The order-select hook, over real HTTP: a guideline whose binding file names order
codes answers when a selected draft order is for one of its drugs."""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from compiler.serve.app import create_app
from compiler.serve.catalog import load
from compiler.serve.thread import running
from tests.compiler.bindings.fhir_data import FIXTURE, NOW
from tests.compiler.serve.test_service import check_cards, full_prefetch

RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
# Synthetic codes: the fixture's drugs are not real medicines.
ORDERS = f'\n[orders.drug_b]\ncodes = ["{RXNORM}|900001"]\n'


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("orders")
    (root / "guidelines").mkdir()
    shutil.copy(FIXTURE, root / "guidelines" / FIXTURE.name)
    bindings = FIXTURE.with_suffix(".bindings.toml")
    text = bindings.read_text(encoding="utf-8") + ORDERS
    (root / "guidelines" / bindings.name).write_text(text, encoding="utf-8")
    services, compiled = load(root, [root / "guidelines" / FIXTURE.name])
    assert services, [d.message for c in compiled for d in c.diagnostics]
    with running(create_app(services, verifier=None, clock=lambda: NOW)) as found:
        yield found


def _order(ident: str, code: str, system: str = RXNORM) -> dict[str, Any]:
    return {"resource": {"resourceType": "MedicationRequest", "id": ident, "status": "draft",
                         "intent": "order", "subject": {"reference": "Patient/p1"},
                         "medicationCodeableConcept": {"coding": [{"system": system,
                                                                    "code": code}]}}}


def _call(url: str, context: dict[str, Any], hook: str = "order-select") -> httpx.Response:
    body = {"hook": hook, "hookInstance": str(uuid.uuid4()),
            "context": {"userId": "Practitioner/1", "patientId": "p1", **context},
            "prefetch": full_prefetch()}
    return httpx.post(f"{url}/cds-services/cdsdemo-order-select",
                      content=json.dumps(body, default=float),
                      headers={"Content-Type": "application/json"}, timeout=30)


def _drafts(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"resourceType": "Bundle", "type": "collection", "entry": list(entries)}


def test_discovery_lists_the_order_select_service_beside_patient_view(url: str) -> None:
    services = httpx.get(f"{url}/cds-services", timeout=30).json()["services"]
    hooks = {s["id"]: s["hook"] for s in services}
    assert hooks == {"cdsdemo": "patient-view", "cdsdemo-order-select": "order-select"}


def test_an_order_for_a_bound_drug_gets_the_guidelines_cards_that_drug_first(url: str) -> None:
    answer = _call(url, {"selections": ["MedicationRequest/m1"],
                         "draftOrders": _drafts(_order("m1", "900001"))})
    assert answer.status_code == 200, answer.text
    summaries = [c["summary"] for c in check_cards(answer.json())]
    assert summaries == ["Consider: Drug B", "Start: Drug A for raised CK",
                         "Caution: Check the glucose",
                         "Service test guideline: 1 more fact(s) needed to finish"]


@pytest.mark.parametrize(
    "context",
    [
        {"selections": ["MedicationRequest/m1"], "draftOrders": _drafts(_order("m1", "42"))},
        {"selections": ["MedicationRequest/m2"],  # the bound order is not the selected one
         "draftOrders": _drafts(_order("m1", "900001"), _order("m2", "42"))},
        {"selections": ["MedicationRequest/m1"],  # the right code in another system
         "draftOrders": _drafts(_order("m1", "900001", "http://snomed.info/sct"))},
    ],
)
def test_an_order_the_guideline_is_not_about_gets_no_cards(
    url: str, context: dict[str, Any]
) -> None:
    answer = _call(url, context)
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"cards": []}


@pytest.mark.parametrize(
    "context",
    [
        {},
        {"selections": [], "draftOrders": _drafts()},
        {"selections": "MedicationRequest/m1", "draftOrders": _drafts()},
        {"selections": ["MedicationRequest/m1"], "draftOrders": {"entry": []}},
        {"selections": ["MedicationRequest/m1"], "draftOrders": _drafts() | {"entry": "x"}},
        {"selections": ["x" * 5000], "draftOrders": _drafts()},
        {"selections": [1, 2], "draftOrders": _drafts()},
    ],
)
def test_malformed_order_contexts_are_400(url: str, context: dict[str, Any]) -> None:
    answer = _call(url, context)
    assert answer.status_code == 400, answer.text
    assert "context." in answer.json()["error"]


def test_hostile_draft_orders_are_skipped_never_raised(url: str) -> None:
    hostile = [{"resource": None}, {"resource": {"resourceType": "MedicationRequest"}},
               {"resource": {"resourceType": "MedicationRequest", "id": "m1",
                             "medicationCodeableConcept": {"coding": "<script>"}}},
               "junk", {"resource": {"resourceType": "MedicationRequest", "id": 5}}]
    answer = _call(url, {"selections": ["MedicationRequest/m1"], "draftOrders": _drafts(*hostile)})
    assert answer.status_code == 200 and answer.json() == {"cards": []}


def test_the_other_hook_is_refused_by_each_service(url: str) -> None:
    answer = _call(url, {"selections": ["MedicationRequest/m1"], "draftOrders": _drafts()},
                   hook="patient-view")
    assert answer.status_code == 400
