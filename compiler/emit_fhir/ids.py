"""FHIR ids, names and canonical URLs for a guideline's resources."""

from __future__ import annotations

import hashlib
import re

CPG = "http://hl7.org/fhir/uv/cpg/StructureDefinition/"
_NOT_ID = re.compile(r"[^A-Za-z0-9\-.]")


def fhir_id(*parts: str) -> str:
    """A FHIR id (`[A-Za-z0-9-.]{1,64}`) from names: `_` becomes `-`, long ones are hashed."""
    text = _NOT_ID.sub("-", "-".join(parts))
    if len(text) <= 64:
        return text
    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    return text[:51] + "-" + digest


def name(ident: str) -> str:
    """A computable name (`[A-Z][A-Za-z0-9_]*`): `kdigo_aki` -> `KdigoAki`."""
    words = [w for w in re.split(r"[^A-Za-z0-9]+", ident) if w]
    joined = "".join(w[:1].upper() + w[1:] for w in words) or "Guideline"
    return joined if joined[0].isalpha() else "G" + joined


def url(base: str, resource: str, ident: str) -> str:
    """The canonical URL of a resource under the project's canonical base."""
    return f"{base}/{resource}/{ident}"
