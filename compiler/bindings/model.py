"""What a binding file says, as data with a position for every part."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from dsl.source import SourceFile, Span

# The resource types a fact may be read from, and the input kinds each can give.
RESOURCES: dict[str, frozenset[str]] = {
    "Observation": frozenset({"number", "whole", "yesno", "choice"}),
    "Condition": frozenset({"yesno"}),
    "Patient": frozenset({"whole"}),  # the age in completed years, from `birthDate`
}

# Observation statuses that count by default: final results and their corrections.
# `entered-in-error` never counts; `preliminary` and `registered` only when a binding
# lists them.
OBSERVATION_STATUSES = ("registered", "preliminary", "final", "amended", "corrected", "cancelled",
                        "unknown")
DEFAULT_OBSERVATION_STATUSES = ("final", "amended", "corrected")
NEVER = "entered-in-error"


@dataclass(frozen=True)
class Code:
    """One `system|code` token of a binding."""

    system: str
    code: str
    span: Span

    @property
    def token(self) -> str:
        """`system|code`, as FHIR search writes a token."""
        return f"{self.system}|{self.code}"


@dataclass(frozen=True)
class Binding:
    """Where the record holds one input, or why the clinician is asked for it."""

    name: str
    span: Span  # the table header `[name]`
    ask: str | None = None  # the reason no code holds it; the fact is asked for
    resource: str | None = None
    codes: tuple[Code, ...] = ()
    unit: str | None = None  # the UCUM unit the record gives the value in
    unit_span: Span | None = None
    within: timedelta | None = None  # the look-back window
    within_text: str | None = None
    statuses: tuple[str, ...] = DEFAULT_OBSERVATION_STATUSES
    yes: tuple[Code, ...] = ()  # answer codes that mean yes (Observation.valueCodeableConcept)
    no: tuple[Code, ...] = ()
    choices: tuple[tuple[str, tuple[Code, ...], Span], ...] = ()

    @property
    def bound(self) -> bool:
        """True when the record is read for this fact (not asked)."""
        return self.resource is not None and self.ask is None


@dataclass(frozen=True)
class Order:
    """The medication codes of draft orders for one drug the guideline recommends
    (`[orders.<drug>]`): an order with one of them concerns the guideline (order-select)."""

    drug: str
    codes: tuple[Code, ...]
    span: Span


@dataclass(frozen=True)
class Bindings:
    """A whole binding file."""

    guideline: str
    source: SourceFile
    entries: tuple[Binding, ...]
    guideline_span: Span
    orders: tuple[Order, ...] = ()

    def get(self, name: str) -> Binding | None:
        """The binding of an input, or None."""
        for entry in self.entries:
            if entry.name == name:
                return entry
        return None
