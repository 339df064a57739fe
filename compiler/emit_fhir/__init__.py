"""The FHIR export: each guideline as a PlanDefinition, its ActivityDefinitions and a Library.

`guideline build` writes `generated/fhir/<id>.json`, a FHIR R4 (R4B models) Bundle of type
`collection`, declaring the HL7 Clinical Practice Guidelines (CPG) profiles. Each resource
is validated with fhir.resources before it is written; the output is deterministic.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from compiler.bindings.model import Bindings
from compiler.emit_fhir.bundle import guideline_bundle
from compiler.publishing import DEFAULT_BASE
from compiler.semantics import ir


def fhir_files(
    guidelines: list[ir.Guideline],
    bindings: Mapping[str, Bindings] | None = None,
    base: str = DEFAULT_BASE,
) -> dict[str, str]:
    """generated/fhir/<id>.json for each guideline (data requirements from its bindings),
    every canonical URL under `base` (compiler/publishing.py)."""
    found = bindings or {}
    return {
        f"generated/fhir/{g.id}.json": json.dumps(
            guideline_bundle(g, found.get(g.id), base), indent=2, ensure_ascii=False) + "\n"
        for g in guidelines
    }
