"""Conformance of the CDS Hooks service, over real HTTP on 127.0.0.1.

The specification's rules for discovery and cards; JWT accepted and refused; prefetch
present, absent and partial; records with missing, entered-in-error and out-of-window
results; hostile record contents; size limits; feedback; logs without patient data.
"""

from __future__ import annotations

import json
import uuid
from decimal import Decimal
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from compiler.bindings.reader import collect, read_facts
from tests.compiler.bindings.fhir_data import NOW, bundle, condition, full_patient, obs
from tests.compiler.serve.conftest import Live

INDICATORS = {"info", "warning", "critical"}


def _default(value: object) -> object:
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(type(value).__name__)


def request(patient: str = "p1", prefetch: dict[str, Any] | None = None,
            **extra: object) -> dict[str, object]:
    body: dict[str, object] = {"hook": "patient-view", "hookInstance": str(uuid.uuid4()),
                               "context": {"userId": "Practitioner/1", "patientId": patient}}
    if prefetch is not None:
        body["prefetch"] = prefetch
    body.update(extra)
    return body


def full_prefetch(resources: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    resources = full_patient() if resources is None else resources
    return {
        "observations": bundle(*[r for r in resources if r["resourceType"] == "Observation"]),
        "conditions": bundle(*[r for r in resources if r["resourceType"] == "Condition"]),
    }


def post(live: Live, service: str, body: object, headers: dict[str, str] | None = None,
         **kwargs: Any) -> Any:
    content = json.dumps(body, default=_default).encode()
    return live.client.post(
        live.endpoint(service), content=content,
        headers={"Content-Type": "application/json",
                 **(live.auth(service) if headers is None else headers)}, **kwargs)


def check_cards(answer: dict[str, Any]) -> list[dict[str, Any]]:
    """The specification's rules for a response and its cards."""
    assert set(answer) <= {"cards", "systemActions"}
    for card in answer["cards"]:
        assert isinstance(card["summary"], str) and 0 < len(card["summary"]) < 140
        assert card["indicator"] in INDICATORS
        assert isinstance(card["source"]["label"], str) and card["source"]["label"]
        topic = card["source"].get("topic")
        assert topic is None or (topic["system"] and topic["code"])  # a Coding: both required
        uuid.UUID(card["uuid"])
        assert "suggestions" not in card or card.get("selectionBehavior")
        assert isinstance(card.get("detail", ""), str)
    return list(answer["cards"])


# ---------------------------------------------------------------- discovery
def test_discovery_lists_one_patient_view_service_per_guideline(live: Live) -> None:
    answer = live.client.get(f"{live.url}/cds-services")
    assert answer.status_code == 200
    services = {s["id"]: s for s in answer.json()["services"]}
    assert set(services) == {"cdsdemo", "imnm"}
    for entry in services.values():
        assert entry["hook"] == "patient-view"
        assert isinstance(entry["description"], str) and entry["description"]
    assert services["cdsdemo"]["prefetch"] == {
        "observations": "Observation?patient={{context.patientId}}&code=http://loinc.org|29463-7,"
        "http://loinc.org|2157-6,http://loinc.org|99999-9",
        "conditions": "Condition?patient={{context.patientId}}&code=http://snomed.info/sct|73211009",
    }
    assert services["imnm"]["prefetch"] == {
        "observations": "Observation?patient={{context.patientId}}&code=http://loinc.org|29463-7"}


# ------------------------------------------------------------------- cards
def test_full_prefetch_gives_the_modules_recommendations(live: Live) -> None:
    answer = post(live, "cdsdemo", request(prefetch=full_prefetch()))
    assert answer.status_code == 200, answer.text
    cards = check_cards(answer.json())
    summaries = [c["summary"] for c in cards]
    assert summaries == ["Start: Drug A for raised CK", "Caution: Check the glucose",
                         "Consider: Drug B",
                         "Service test guideline: 1 more fact(s) needed to finish"]
    service = live.services["cdsdemo"]
    resources, _ = collect(full_prefetch())
    facts = read_facts(resources, service.bindings, service.guideline.inputs, now=NOW,
                       patient_id="p1").facts
    expected = service.module.evaluate(facts)
    assert len(cards) - 1 == len(expected.recommendations)
    detail = cards[0]["detail"]
    assert "70&#46;5 to 141 mg/day" in detail  # the computed dose
    # the notes and gaps the result carries, as `guideline run` words them
    assert "- Gap in the source (on this recommendation): Synthetic gap: no maximum dose." \
        in detail
    assert "- Note (on input ck): Synthetic note on the CK fact." in detail
    assert "Strength: recommend" in detail and "Synthetic reference" in detail
    assert "1. Is CK raised?: ck &#62; 1000 U/L (ck = 2500)" in detail  # the why-trace
    assert expected.source_hash in detail and "version 1.2.0" in detail
    assert "Body weight: 70&#46;5 kg (Observation/w1, 2026-11-30)" in detail
    ask = cards[-1]
    assert "Current smoker (smoker)" in ask["detail"]
    assert cards[1]["indicator"] == "warning"  # a caution


def test_a_guideline_whose_facts_are_mostly_not_coded_asks_for_them(live: Live) -> None:
    prefetch = {"observations": bundle(obs("w", "29463-7", value=70, unit="kg"))}
    answer = post(live, "imnm", request(prefetch=prefetch))
    (card,) = check_cards(answer.json())
    # Only the category is read by every path; the rest are asked once a path reads them.
    assert card["summary"] == ("Treatment for necrotizing myopathy: 1 fact(s) needed before it "
                               "can recommend")
    assert card["indicator"] == "warning"
    assert "Category of necrotizing myopathy" in card["detail"]
    assert "Skin disease as well as muscle disease" not in card["detail"]
    assert "Body weight: 70 kg (Observation/w, 2026-11-30)" in card["detail"]


def test_missing_entered_in_error_and_out_of_window_results(live: Live) -> None:
    resources = [
        obs("w", "29463-7", value=80, unit="kg"),
        obs("ck-wrong", "2157-6", value=9000, unit="U/L", status="entered-in-error"),
        obs("ck-old", "2157-6", value=5000, unit="U/L", when="2026-10-01"),
        # no Condition, no antibody
    ]
    answer = post(live, "cdsdemo", request(prefetch=full_prefetch(resources)))
    (card,) = check_cards(answer.json())
    assert "fact(s) needed before it can recommend" in card["summary"]
    assert "Creatine kinase (ck): the record holds no value for it" in card["detail"]
    assert "9000" not in card["detail"] and "5000" not in card["detail"]


def test_an_implausible_value_from_the_record_is_reported_and_asked(live: Live) -> None:
    resources = [*full_patient(), obs("w2", "29463-7", value=900, unit="kg",
                                      when="2026-12-01T08:00:00Z")]
    cards = check_cards(post(live, "cdsdemo", request(prefetch=full_prefetch(resources))).json())
    assert "fact(s) needed before it can recommend" in cards[-1]["summary"]
    assert "the record&#39;s value 900 kg was not used" in cards[-1]["detail"]


def test_hostile_record_contents_never_reach_a_card_unescaped(live: Live) -> None:
    script = "<script>alert(1)</script>"
    resources = full_patient()
    resources[0]["id"] = script
    resources[1]["valueQuantity"] = {"value": 5, "code": script}  # a unit that is a script
    resources[1]["note"] = [{"text": script}]
    resources.append({"resourceType": "Observation", "id": "x", "status": "final",
                      "code": {"coding": [{"system": "http://loinc.org", "code": "2157-6",
                                           "display": script}]}, "valueString": script})
    answer = post(live, "cdsdemo", request(prefetch=full_prefetch(resources)))
    assert answer.status_code == 200
    assert "<script" not in answer.text and "<" not in answer.text
    assert "&#60;script&#62;" in answer.text  # the unit, shown escaped as a problem


# -------------------------------------------------------- prefetch and fetch
def test_absent_prefetch_is_fetched_from_the_fhir_server_with_the_token(live: Live) -> None:
    live.ehr.records["p2"] = full_patient()
    for resource in live.ehr.records["p2"]:
        resource["subject"] = {"reference": "Patient/p2"}
    live.ehr.requests.clear()
    body = request("p2", fhirServer=live.ehr.fhir,
                   fhirAuthorization={"access_token": "secret-token", "token_type": "Bearer",
                                      "expires_in": 300, "scope": "patient/*.read",
                                      "subject": "client-1"})
    cards = check_cards(post(live, "cdsdemo", body).json())
    assert cards[0]["summary"] == "Start: Drug A for raised CK"
    paths = sorted(p for p, _a in live.ehr.requests)
    assert [p.split("?")[0] for p in paths] == ["/fhir/Condition", "/fhir/Observation"]
    assert all(a == "Bearer secret-token" for _p, a in live.ehr.requests)
    assert all("patient=p2" in p for p in paths)


def test_partial_prefetch_fetches_only_what_is_missing(live: Live) -> None:
    live.ehr.records["p1"] = [condition("dm1")]
    live.ehr.requests.clear()
    prefetch = {"observations": full_prefetch()["observations"], "conditions": None}
    body = request(prefetch=prefetch, fhirServer=live.ehr.fhir)
    cards = check_cards(post(live, "cdsdemo", body).json())
    assert [p.split("?")[0] for p, _a in live.ehr.requests] == ["/fhir/Condition"]
    assert cards[1]["summary"] == "Caution: Check the glucose"


def test_no_prefetch_and_no_fhir_server_is_412(live: Live) -> None:
    answer = post(live, "cdsdemo", request())
    assert answer.status_code == 412


def test_a_failing_fhir_server_is_412(live: Live) -> None:
    live.ehr.fail = 500
    try:
        answer = post(live, "cdsdemo", request(fhirServer=live.ehr.fhir))
    finally:
        live.ehr.fail = None
    assert answer.status_code == 412
    assert answer.json() == {"error": "the FHIR server answered 500"}


# ---------------------------------------------------------------------- JWT
def test_a_valid_rs384_token_is_accepted(live: Live) -> None:
    headers = live.auth("cdsdemo", alg="RS384", kid="rsa-1")
    assert post(live, "cdsdemo", request(prefetch=full_prefetch()), headers).status_code == 200


@pytest.mark.parametrize(
    ("case", "kwargs"),
    [
        ("expired", {"exp": 1_000_000}),
        ("untrusted issuer", {"issuer": "https://other.test"}),
        ("no jti", {"drop": ("jti",)}),
        ("no exp", {"drop": ("exp",)}),
        ("jku elsewhere", {"headers": {"jku": "https://attacker.test/jwks.json"}}),
        ("unknown kid", {"kid": "nope"}),
    ],
)
def test_tokens_that_are_refused(live: Live, case: str, kwargs: dict[str, Any]) -> None:
    headers = live.auth("cdsdemo", **kwargs)
    answer = post(live, "cdsdemo", request(prefetch=full_prefetch()), headers)
    assert answer.status_code == 401, case
    assert "cards" not in answer.json()


def test_a_token_for_another_service_is_refused(live: Live) -> None:
    headers = live.auth("imnm")  # aud is the imnm endpoint
    assert post(live, "cdsdemo", request(prefetch=full_prefetch()), headers).status_code == 401


def test_a_token_signed_by_another_key_is_refused(live: Live) -> None:
    headers = live.auth("cdsdemo", key=ec.generate_private_key(ec.SECP384R1()))
    assert post(live, "cdsdemo", request(prefetch=full_prefetch()), headers).status_code == 401


def test_symmetric_and_unsigned_tokens_are_refused(live: Live) -> None:
    claims = {"iss": "https://ehr.test/cds-client", "aud": live.endpoint("cdsdemo"),
              "exp": 4_000_000_000, "iat": 1, "jti": "x"}
    for token in (jwt.encode(claims, "a shared secret of thirty-two bytes!", algorithm="HS256"),
                  jwt.encode(claims, None, algorithm="none")):  # type: ignore[arg-type]
        answer = post(live, "cdsdemo", request(prefetch=full_prefetch()),
                      {"Authorization": f"Bearer {token}"})
        assert answer.status_code == 401


def test_no_token_and_a_replayed_token_are_refused(live: Live) -> None:
    assert post(live, "cdsdemo", request(prefetch=full_prefetch()), {}).status_code == 401
    headers = live.auth("cdsdemo")
    assert post(live, "cdsdemo", request(prefetch=full_prefetch()), headers).status_code == 200
    assert post(live, "cdsdemo", request(prefetch=full_prefetch()), headers).status_code == 401


# ------------------------------------------------------------ bad requests
@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"{not json", 400),
        (b'{"hook": "patient-view", "x": NaN}', 400),
        (b"[" * 100_001 + b"]" * 100_001, 413),
        (b"[" * 50_000 + b"]" * 50_000, 400),
        (b'"a string"', 400),
        (json.dumps({"hook": "order-select", "hookInstance": "1",
                     "context": {"patientId": "p1"}}).encode(), 400),
        (json.dumps({"hook": "patient-view", "hookInstance": "1",
                     "context": {"patientId": "../../etc"}}).encode(), 400),
        (json.dumps({"hook": "patient-view", "context": {"patientId": "p1"}}).encode(), 400),
        (json.dumps({"hook": "patient-view", "hookInstance": "1", "context": {"patientId": "p1"},
                     "prefetch": [1]}).encode(), 400),
    ],
)
def test_malformed_requests(live: Live, body: bytes, status: int) -> None:
    answer = live.client.post(live.endpoint("cdsdemo"), content=body,
                              headers=live.auth("cdsdemo"))
    assert answer.status_code == status


def test_a_body_over_the_limit_is_413_even_when_chunked(live: Live) -> None:
    def chunks() -> Any:
        for _ in range(30):
            yield b" " * 10_000

    answer = live.client.post(live.endpoint("cdsdemo"), content=chunks(),
                              headers=live.auth("cdsdemo"))
    assert answer.status_code == 413


def test_an_unknown_service_is_404(live: Live) -> None:
    answer = live.client.post(f"{live.url}/cds-services/nope", json=request(),
                              headers=live.auth("nope"))
    assert answer.status_code == 404


# ----------------------------------------------------------------- feedback
def test_feedback_is_recorded(live: Live) -> None:
    card = check_cards(post(live, "cdsdemo", request(prefetch=full_prefetch())).json())[0]
    body = {"feedback": [{"card": card["uuid"], "outcome": "overridden",
                          "overrideReason": {"reason": {"code": "patient-declined",
                                                        "system": "http://example.org"},
                                             "userComment": "declined"},
                          "outcomeTimestamp": "2026-12-01T12:00:00Z"}]}
    url = live.endpoint("cdsdemo") + "/feedback"
    token = live.ehr.token(url)
    answer = live.client.post(url, json=body, headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200
    state = live.app.app.state.cds  # type: ignore[attr-defined]
    assert state.feedback.records[-1]["card"] == card["uuid"]
    assert state.feedback.records[-1]["outcome"] == "overridden"
    assert live.client.post(url, json=body).status_code == 401
    bad = live.client.post(url, json={"feedback": [{"card": "x", "outcome": "maybe"}]},
                           headers={"Authorization": f"Bearer {live.ehr.token(url)}"})
    assert bad.status_code == 400


# --------------------------------------------------------------------- logs
def test_logs_hold_no_patient_data(live: Live, logs: pytest.LogCaptureFixture) -> None:
    patient = "patient-7f3e9a"
    resources = full_patient(weight="63.7")
    for resource in resources:
        resource["subject"] = {"reference": f"Patient/{patient}"}
    post(live, "cdsdemo", request(patient, prefetch=full_prefetch(resources)))
    post(live, "cdsdemo", request(patient, prefetch={"observations": 5}))
    text = "\n".join(r.getMessage() for r in logs.records)
    assert "service cdsdemo: 200" in text
    assert patient not in text and "63.7" not in text and "Observation" not in text
