"""FHIR resources for the tests: the synthetic guideline tests/fixtures/cds/cdsdemo.*."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from compiler.bindings.model import Bindings
from compiler.pipeline.stages import Compiled, compile_file
from compiler.pipeline.with_bindings import attach

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "cds" / "cdsdemo.guideline"
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
PATIENT = "p1"
LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"


def compiled() -> tuple[Compiled, Bindings]:
    """The synthetic guideline with its bindings."""
    result = attach(compile_file(FIXTURE, "cdsdemo.guideline"), FIXTURE)
    assert result.ok and result.bindings is not None, [d.message for d in result.diagnostics]
    return result, result.bindings


def obs(
    ident: str,
    code: str,
    *,
    value: object = None,
    unit: str | None = None,
    when: str | None = "2026-11-30T08:00:00Z",
    status: str = "final",
    patient: str = PATIENT,
    concept: tuple[str, str] | None = None,
) -> dict[str, object]:
    """An Observation with a LOINC code, a quantity or an answer code."""
    resource: dict[str, object] = {
        "resourceType": "Observation",
        "id": ident,
        "status": status,
        "code": {"coding": [{"system": LOINC, "code": code}]},
        "subject": {"reference": f"Patient/{patient}"},
    }
    if when is not None:
        resource["effectiveDateTime"] = when
    if value is not None:
        quantity: dict[str, object] = {"value": value}
        if unit is not None:
            quantity.update({"unit": unit, "system": UCUM, "code": unit})
        resource["valueQuantity"] = quantity
    if concept is not None:
        resource["valueCodeableConcept"] = {"coding": [{"system": concept[0], "code": concept[1]}]}
    return resource


def condition(
    ident: str, *, clinical: str = "active", verification: str = "confirmed",
    patient: str = PATIENT, code: str = "73211009",
) -> dict[str, object]:
    """A Condition coded in SNOMED CT."""
    return {
        "resourceType": "Condition",
        "id": ident,
        "clinicalStatus": {"coding": [{"code": clinical}]},
        "verificationStatus": {"coding": [{"code": verification}]},
        "code": {"coding": [{"system": SNOMED, "code": code}]},
        "subject": {"reference": f"Patient/{patient}"},
        "recordedDate": "2025-01-01",
    }


def bundle(*resources: dict[str, object]) -> dict[str, object]:
    """A searchset Bundle of the resources."""
    return {"resourceType": "Bundle", "type": "searchset",
            "entry": [{"resource": r} for r in resources]}


def full_patient(weight: str = "70.5", ck: int = 2500) -> list[dict[str, object]]:
    """A patient whose record holds every bound fact."""
    return [
        obs("w1", "29463-7", value=Decimal(weight), unit="kg"),
        obs("ck1", "2157-6", value=ck, unit="U/L"),
        condition("dm1"),
        obs("ab1", "99999-9", concept=(SNOMED, "10828004")),
    ]
