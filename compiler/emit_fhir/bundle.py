"""One guideline -> a Bundle of its Library, PlanDefinition and ActivityDefinitions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fhir.resources.R4B.activitydefinition import ActivityDefinition
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.library import Library
from fhir.resources.R4B.plandefinition import PlanDefinition

from compiler.bindings.model import Bindings
from compiler.bindings.prefetch import requirements
from compiler.emit_fhir.ids import CPG, fhir_id, name, url
from compiler.publishing import DEFAULT_BASE
from compiler.semantics import ir
from compiler.semantics.lower import DEFAULT_GRADING

STRENGTH = "http://hl7.org/fhir/StructureDefinition/cqf-strengthOfRecommendation"
KNOWLEDGE = "http://hl7.org/fhir/uv/cpg/StructureDefinition/cpg-knowledgeCapability"
_STATUS = {"draft": "draft", "active": "active", "approved": "active", "retired": "retired"}
_PROFILES = {
    "MedicationRequest": CPG + "cpg-medicationrequestactivity",
    "ServiceRequest": CPG + "cpg-servicerequestactivity",
    "CommunicationRequest": CPG + "cpg-communicationrequestactivity",
}
_VALIDATE: dict[str, Any] = {"Library": Library, "PlanDefinition": PlanDefinition,
                             "ActivityDefinition": ActivityDefinition, "Bundle": Bundle}


def _text(value: object) -> str | None:
    """A FHIR string: None for empty text (FHIR has no empty strings)."""
    if not isinstance(value, str) or not value.strip():
        return None
    return value


def _clean(data: Any) -> Any:
    """The structure without None values, empty lists or empty objects."""
    if isinstance(data, dict):
        kept = {k: _clean(v) for k, v in data.items()}
        return {k: v for k, v in kept.items() if v not in (None, [], {})}
    if isinstance(data, list):
        return [c for c in (_clean(v) for v in data) if c not in (None, [], {})]
    return data


def _meta(guideline: ir.Guideline, *profiles: str) -> dict[str, Any]:
    return {
        "version": guideline.version,
        "status": _STATUS.get(guideline.status, "unknown"),
        "experimental": guideline.status == "draft",
        "date": guideline.reviewed,
        "publisher": "; ".join(o for o in guideline.owners if o.strip()) or None,
        "extension": [{"url": KNOWLEDGE, "valueCode": "shareable"},
                      {"url": KNOWLEDGE, "valueCode": "computable"}],
        "_profiles": [CPG + p for p in profiles],
    }


def _resource(kind: str, ident: str, guideline: ir.Guideline, profiles: tuple[str, ...],
              fields: dict[str, Any], *, base: str) -> dict[str, Any]:
    meta = _meta(guideline, *profiles)
    data: dict[str, Any] = {
        "resourceType": kind,
        "id": ident,
        "meta": {"profile": meta.pop("_profiles")},
        "extension": meta.pop("extension"),
        "url": url(base, kind, ident),
        **meta,
        **fields,
    }
    cleaned: dict[str, Any] = _clean(data)
    return cleaned


def _references(guideline: ir.Guideline) -> list[dict[str, Any]]:
    return [{"type": "citation", "label": str(r.number), "display": _text(r.text),
             "citation": _text(r.text), "url": r.url or None} for r in guideline.references]


def _documentation(narrative: tuple[ir.Narrative, ...]) -> list[dict[str, Any]]:
    return [{"type": "documentation", "label": n.kind, "display": _text(n.text)}
            for n in narrative if _text(n.text)]


def _activity_kind(rec: ir.Recommendation) -> str:
    if rec.drug and rec.kind in ("start", "consider"):
        return "MedicationRequest"
    if rec.kind in ("refer", "monitor", "assess"):
        return "ServiceRequest"
    return "CommunicationRequest"


def _activity(guideline: ir.Guideline, base: str, rec: ir.Recommendation) -> dict[str, Any]:
    kind = _activity_kind(rec)
    dosage = None
    if rec.dose is not None or rec.frequency or rec.route:
        cap = f"at most {rec.dose.cap_rule} per dose" if rec.dose and rec.dose.cap else None
        daily = f"daily maximum {rec.daily_maximum.rule}" if rec.daily_maximum else None
        dosage = [{"text": _text(", ".join(t for t in (
            rec.dose.rule if rec.dose else None, cap, daily, rec.route, rec.frequency,
            rec.duration) if t)),
                   "timing": None}]
    return _resource(
        "ActivityDefinition", fhir_id(guideline.id, rec.id), guideline,
        ("cpg-shareableactivitydefinition", "cpg-computableactivity"),
        {
            "meta": None,
            "name": name(f"{guideline.id}_{rec.id}"),
            "title": _text(rec.text),
            "description": _text(rec.text),
            "kind": kind,
            "intent": "proposal",
            "doNotPerform": True if rec.kind == "stop" and kind == "MedicationRequest" else None,
            "productCodeableConcept": {"text": rec.drug} if kind == "MedicationRequest" else None,
            "dosage": dosage,
            "relatedArtifact": _documentation(rec.narrative),
        }, base=base,
    ) | {"meta": {"profile": [_PROFILES[kind], CPG + "cpg-shareableactivitydefinition",
                              CPG + "cpg-computableactivity"]}}


def _recommendations(node: object) -> Iterator[ir.Recommendation]:
    if isinstance(node, ir.Emit):
        yield node.rec
    for child in _children(node):
        yield from _recommendations(child)


def _children(node: object) -> tuple[object, ...]:
    if isinstance(node, ir.Decision):
        return node.branches
    if isinstance(node, ir.Branch | ir.Section):
        return node.body
    return ()


def _action(guideline: ir.Guideline, base: str, node: object) -> dict[str, Any] | None:
    if isinstance(node, ir.Emit):
        rec = node.rec
        # Only a grade of the guideline's own grading: the language's defaults grade nothing.
        graded = guideline.grading != DEFAULT_GRADING and rec.strength in guideline.grading
        return {
            "id": fhir_id(rec.id),
            "title": _text(rec.text),
            "description": _text(rec.text),
            "extension": [{"url": STRENGTH, "valueCodeableConcept": {"text": rec.strength}}]
            if graded else None,
            "documentation": [
                *[{"type": "citation", "label": c, "resource": None} for c in rec.citations],
                *_documentation(rec.narrative),
            ],
            "definitionCanonical": url(base, "ActivityDefinition", fhir_id(guideline.id, rec.id)),
        }
    if isinstance(node, ir.Decision):
        return {
            "id": fhir_id(node.id),
            "title": _text(node.question),
            "selectionBehavior": "exactly-one" if node.exclusive else "all",
            "documentation": _documentation(node.narrative),
            "action": [_branch(guideline, base, b) for b in node.branches],
        }
    if isinstance(node, ir.Section):
        return {
            "id": fhir_id(node.id),
            "title": _text(node.title),
            "condition": _condition(node.when_label) if node.when is not None else None,
            "action": _actions(guideline, base, node.body),
        }
    if isinstance(node, ir.NarrNode) and _text(node.narrative.text):
        return {"title": node.narrative.kind, "description": node.narrative.text}
    return None


def _condition(label: str) -> list[dict[str, Any]]:
    return [{"kind": "applicability",
             "expression": {"language": "text/x-guideline", "expression": _text(label),
                            "description": _text(label)}}]


def _branch(guideline: ir.Guideline, base: str, branch: ir.Branch) -> dict[str, Any]:
    label = {"otherwise": "otherwise", "unknown": "when a fact it needs is unknown"}.get(
        branch.kind, branch.label)
    body = _actions(guideline, base, branch.body)
    if any(isinstance(n, ir.AskNode) for n in branch.body):
        body.append({"title": "ask", "description": "Ask for the facts the decision needs"})
    return {
        "title": _text(label),
        "condition": _condition(branch.label) if branch.kind == "when" else None,
        "action": body,
    }


def _actions(guideline: ir.Guideline, base: str, body: tuple[object, ...]) -> list[dict[str, Any]]:
    return [a for a in (_action(guideline, base, n) for n in body) if a is not None]


_UCUM_TIME = {"minute": "min", "hour": "h", "day": "d", "week": "wk", "month": "mo",
              "year": "a"}


def _window(text: str | None) -> dict[str, Any] | None:
    """`30 days` as a FHIR Duration (UCUM `d`)."""
    if text is None:
        return None
    count, _sep, unit = text.strip().partition(" ")
    singular = unit.strip().removesuffix("s")
    singular = {"min": "minute", "h": "hour", "d": "day", "wk": "week", "yr": "year"}.get(
        singular, singular)
    code = _UCUM_TIME.get(singular)
    if not count.isdigit() or code is None:
        return None
    return {"value": int(count), "unit": unit.strip(), "system": "http://unitsofmeasure.org",
            "code": code}


def _data_requirements(bindings: Bindings | None) -> list[dict[str, Any]]:
    if bindings is None:
        return []
    queries = {r.resource: r.query() for r in requirements(bindings)}
    out = []
    for binding in bindings.entries:
        if not binding.bound or binding.resource not in queries:
            continue
        window = _window(binding.within_text)
        codes = [{"system": c.system, "code": c.code} for c in binding.codes]
        out.append({
            "type": binding.resource,
            "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/"
                           "cqf-fhirQueryPattern", "valueString": queries[binding.resource]}],
            "mustSupport": ["birthDate"] if binding.resource == "Patient" else None,
            "codeFilter": [{"path": "code", "code": codes}] if codes else None,
            "dateFilter": [{"path": "effective", "valueDuration": window}] if window else None,
        })
    return out


def _library(guideline: ir.Guideline, base: str, bindings: Bindings | None) -> dict[str, Any]:
    data = _data_requirements(bindings)
    return _resource(
        "Library", fhir_id(guideline.id, "logic"), guideline,
        ("cpg-shareablelibrary", "cpg-computablelibrary"),
        {
            "name": name(f"{guideline.id}_logic"),
            "title": _text(guideline.title),
            "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/library-type",
                                 "code": "logic-library"}]},
            "description": _text(f"The decision logic of {guideline.title}, in the guideline "
                                 "language; the data it reads from the record."),
            "relatedArtifact": _references(guideline),
            "dataRequirement": data,
            "identifier": [{"system": "urn:ietf:rfc:3986", "value":
                            f"urn:sha256:{guideline.source_hash}"}],
            "content": [{"contentType": "text/x-python", "url": f"generated/{guideline.id}.py",
                         "title": "The decision tree as a Python module (guideline build)"}],
        }, base=base,
    )


def guideline_bundle(
    guideline: ir.Guideline, bindings: Bindings | None, base: str = DEFAULT_BASE
) -> dict[str, Any]:
    """The Bundle, every resource validated against FHIR R4B."""
    library = _library(guideline, base, bindings)
    plan = _resource(
        "PlanDefinition", fhir_id(guideline.id), guideline,
        ("cpg-shareableplandefinition", "cpg-computableplandefinition"),
        {
            "name": name(guideline.id),
            "title": _text(guideline.title),
            "type": {"coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/plan-definition-type",
                "code": "clinical-protocol"}]},
            "description": _text(guideline.scope),
            "usage": _text("; ".join(f"Excludes: {e}" for e in guideline.excludes)),
            "relatedArtifact": [*_references(guideline),
                                *_documentation(guideline.narrative)],
            "library": [library["url"]],
            "action": _actions(guideline, base, guideline.body),
        }, base=base,
    )
    recs = [rec for node in guideline.body for rec in _recommendations(node)]
    activities = [_activity(guideline, base, rec) for rec in {r.id: r for r in recs}.values()]
    resources = [library, plan, *activities]
    for resource in resources:
        _VALIDATE[resource["resourceType"]].model_validate(resource)
    bundle = {"resourceType": "Bundle", "id": fhir_id(guideline.id, "bundle"),
              "type": "collection",
              "entry": [{"fullUrl": r["url"], "resource": r} for r in resources]}
    _VALIDATE["Bundle"].model_validate(bundle)
    return bundle
