"""The order-select hook: which of the clinician's selected draft orders concern a guideline.

An order concerns the guideline when it is a selected draft `MedicationRequest` whose
medication has one of the codes of an `[orders.<drug>]` table of the binding file
(docs/bindings.md). Nothing here raises on what a request holds: a malformed part is a
`RequestShapeError` with a message safe to return (400).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from compiler.bindings.model import Order

HOOK = "order-select"
SUFFIX = "-order-select"  # a guideline's order-select service is `<id>-order-select`
MAX_SELECTIONS = 100


class RequestShapeError(ValueError):
    """The hook's context is not in the specification's shape."""


def ordered_drugs(context: Mapping[str, object], orders: Sequence[Order]) -> list[str]:
    """The guideline's drugs that the selected draft orders are for, in the file's order."""
    selections = context.get("selections")
    if not isinstance(selections, list) or not 0 < len(selections) <= MAX_SELECTIONS or not all(
        isinstance(s, str) and 0 < len(s) <= 200 for s in selections
    ):
        raise RequestShapeError("context.selections must list the selected orders, as "
                                "`MedicationRequest/<id>` references")
    drafts = context.get("draftOrders")
    if not isinstance(drafts, dict) or drafts.get("resourceType") != "Bundle":
        raise RequestShapeError("context.draftOrders must be a FHIR Bundle")
    entries = drafts.get("entry", [])
    if not isinstance(entries, list):
        raise RequestShapeError("context.draftOrders.entry must be a list")
    chosen = set(selections)
    codes: set[tuple[str, str]] = set()
    for entry in entries:
        resource = entry.get("resource") if isinstance(entry, dict) else None
        if not isinstance(resource, dict) or resource.get("resourceType") != "MedicationRequest":
            continue
        ident = resource.get("id")
        if not isinstance(ident, str) or f"MedicationRequest/{ident}" not in chosen:
            continue
        codes.update(_codings(resource.get("medicationCodeableConcept")))
    return [o.drug for o in orders if any((c.system, c.code) in codes for c in o.codes)]


def _codings(concept: object) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    codings = concept.get("coding") if isinstance(concept, dict) else None
    for coding in codings if isinstance(codings, list) else []:
        if isinstance(coding, dict):
            system, code = coding.get("system"), coding.get("code")
            if isinstance(system, str) and isinstance(code, str):
                found.add((system, code))
    return found
