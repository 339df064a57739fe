"""The FHIR export: valid R4B resources with the CPG profiles, deterministic, from the IR."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle

from compiler.emit_fhir import fhir_files
from compiler.emit_fhir.ids import fhir_id, name
from compiler.pipeline.build import compile_paths, discover
from compiler.pipeline.stages import compile_file
from compiler.semantics import ir

ROOT = Path(__file__).resolve().parents[3]
HOSTILE = ROOT / "tests" / "fixtures" / "hostile" / "hostile.guideline"


def _exports() -> dict[str, Any]:
    compiled = compile_paths(ROOT, discover(ROOT))
    guidelines = [c.guideline for c in compiled if c.guideline is not None]
    bindings = {c.guideline.id: c.bindings for c in compiled if c.guideline and c.bindings}
    return {"guidelines": guidelines, "bindings": bindings,
            "files": fhir_files(guidelines, bindings)}


@pytest.fixture(scope="module")
def exports() -> dict[str, Any]:
    return _exports()


def _resources(text: str) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for entry in json.loads(text)["entry"]:
        found.setdefault(entry["resource"]["resourceType"], []).append(entry["resource"])
    return found


def test_every_guideline_is_exported_and_valid_fhir(exports: dict[str, Any]) -> None:
    files = exports["files"]
    assert set(files) == {f"generated/fhir/{g.id}.json" for g in exports["guidelines"]}
    for text in files.values():
        Bundle.model_validate(json.loads(text))
        kinds = _resources(text)
        assert len(kinds["PlanDefinition"]) == 1 and len(kinds["Library"]) == 1
        assert kinds["PlanDefinition"][0]["library"] == [kinds["Library"][0]["url"]]
        assert "http://hl7.org/fhir/uv/cpg/StructureDefinition/cpg-computableplandefinition" in (
            kinds["PlanDefinition"][0]["meta"]["profile"])


def test_the_committed_exports_are_current(exports: dict[str, Any]) -> None:
    for rel, text in exports["files"].items():
        assert (ROOT / rel).read_text(encoding="utf-8") == text, f"{rel}: run guideline build"


def test_the_export_is_deterministic(exports: dict[str, Any]) -> None:
    assert _exports()["files"] == exports["files"]


def test_one_activity_per_recommendation_each_with_its_action(exports: dict[str, Any]) -> None:
    text = exports["files"]["generated/fhir/imnm.json"]
    kinds = _resources(text)
    activities = {a["url"]: a for a in kinds["ActivityDefinition"]}
    canonicals: list[str] = []

    def walk(actions: list[dict[str, Any]]) -> None:
        for action in actions:
            if "definitionCanonical" in action:
                canonicals.append(action["definitionCanonical"])
            walk(action.get("action", []))

    walk(kinds["PlanDefinition"][0]["action"])
    assert set(canonicals) == set(activities)
    prednisone = activities["https://guidelines.example.org/fhir/ActivityDefinition/imnm-prednisone"]
    assert prednisone["kind"] == "MedicationRequest"
    assert prednisone["productCodeableConcept"] == {"text": "prednisone"}
    assert prednisone["dosage"][0]["text"].startswith("0.5 to 1 mg/kg/day")
    assert "cpg-medicationrequestactivity" in prednisone["meta"]["profile"][0]


def test_strength_is_exported_only_where_the_guideline_grades(exports: dict[str, Any]) -> None:
    assert "cqf-strengthOfRecommendation" not in exports["files"]["generated/fhir/imnm.json"]
    kdigo = exports["files"]["generated/fhir/kdigo_aki.json"]
    assert '"text": "grade_2c"' in kdigo and '"text": "not_graded"' not in kdigo


def test_data_requirements_come_from_the_bindings(exports: dict[str, Any]) -> None:
    (library,) = _resources(exports["files"]["generated/fhir/imnm.json"])["Library"]
    (weight,) = library["dataRequirement"]
    assert weight["type"] == "Observation"
    assert weight["codeFilter"] == [{"path": "code", "code": [
        {"system": "http://loinc.org", "code": "29463-7"}]}]
    assert weight["dateFilter"] == [{"path": "effective", "valueDuration": {
        "value": 30, "unit": "days", "system": "http://unitsofmeasure.org", "code": "d"}}]


def test_hostile_texts_export_as_valid_fhir() -> None:
    compiled = compile_file(HOSTILE)
    assert isinstance(compiled.guideline, ir.Guideline)
    (text,) = fhir_files([compiled.guideline]).values()
    Bundle.model_validate(json.loads(text))


def test_ids_and_names() -> None:
    assert fhir_id("kdigo_aki", "logic") == "kdigo-aki-logic"
    long = fhir_id("x" * 80)
    assert len(long) == 64 and long != fhir_id("x" * 81)
    assert name("kdigo_aki") == "KdigoAki"
    assert name("3x") == "G3x"
