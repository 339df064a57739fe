"""CDS Hooks prefetch templates and FHIR data requirements, from a guideline's bindings.

One FHIR search per resource type that a binding reads, asking for this patient's
resources with the bindings' codes: the hospital grants the service these searches and
nothing more. Statuses and look-back windows are applied by the reader (`reader.py`), so
the searches stay within what every CDS client can fill.
"""

from __future__ import annotations

from dataclasses import dataclass

from compiler.bindings.model import Bindings, Code

PATIENT_TOKEN = "{{context.patientId}}"
_KEYS = {"Observation": "observations", "Condition": "conditions", "Patient": "patient"}


@dataclass(frozen=True)
class Requirement:
    """The data one resource type must supply: its codes, and which inputs read them."""

    resource: str
    codes: tuple[Code, ...]
    inputs: tuple[str, ...]

    @property
    def key(self) -> str:
        """The prefetch key: `observations`, `conditions`."""
        return _KEYS[self.resource]

    def query(self, patient: str = PATIENT_TOKEN) -> str:
        """The FHIR search, relative to the FHIR server's base URL (the patient itself,
        by its id, for the birth date)."""
        if self.resource == "Patient":
            return f"Patient?_id={patient}"
        tokens = ",".join(_token(c) for c in self.codes)
        return f"{self.resource}?patient={patient}&code={tokens}"

    def template(self) -> str:
        """The prefetch template: the search, or for the patient the usual read."""
        return f"Patient/{PATIENT_TOKEN}" if self.resource == "Patient" else self.query()


def _token(code: Code) -> str:
    """`system|code` with the characters that would end a search parameter escaped."""
    return f"{code.system}|{code.code}".replace("%", "%25").replace("&", "%26").replace(
        ",", "%2C").replace("#", "%23").replace(" ", "%20")


def requirements(bindings: Bindings) -> tuple[Requirement, ...]:
    """Each resource type read, with every code of its bindings, in the file's order."""
    found: dict[str, tuple[list[Code], list[str]]] = {}
    for binding in bindings.entries:
        if not binding.bound or binding.resource not in _KEYS:
            continue
        codes, inputs = found.setdefault(binding.resource, ([], []))
        inputs.append(binding.name)
        codes.extend(c for c in binding.codes if c.token not in {k.token for k in codes})
    return tuple(Requirement(r, tuple(c), tuple(i)) for r, (c, i) in found.items())


def templates(bindings: Bindings) -> dict[str, str]:
    """The prefetch object of the service's discovery entry."""
    return {req.key: req.template() for req in requirements(bindings)}
