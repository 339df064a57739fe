"""FHIR resources -> the patient facts of a guideline, as its bindings say.

The rules (docs/bindings.md):

- a fact is read from the resources of its binding's type whose `code` has one of the
  binding's codes, about this patient, with a status that counts; `entered-in-error`
  never counts;
- of an Observation, the most recent in the look-back window decides: when its value
  cannot be read (a unit that does not convert, a comparator, an answer code the binding
  does not map) the fact is unknown and the reason is given, never an older value
  silently;
- a Condition that is active (or a recurrence or relapse) makes a yes/no fact yes; one
  whose verification is `refuted` makes it no; nothing else does;
- a fact the record does not hold is unknown, never no;
- numbers are converted to the input's unit exactly (a fraction, not a float).

Nothing here raises on what a record holds: malformed resources are skipped or reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation, localcontext
from fractions import Fraction

from compiler.bindings import fhir_time
from compiler.bindings.model import NEVER, Binding, Bindings, Code
from compiler.bindings.systems import UCUM, UcumError, ucum_unit
from compiler.semantics import ir
from dsl.units import conversion, format_unit, through

_ID = re.compile(r"^[A-Za-z0-9\-.]{1,64}$")
MAX_RESOURCES = 5000
SKEW = timedelta(minutes=5)  # how far past the server's clock a record may be dated
_ACTIVE = frozenset({"active", "recurrence", "relapse"})


@dataclass(frozen=True)
class Reading:
    """One fact read from the record, and where it came from."""

    name: str
    value: object  # what the generated module is given
    shown: str  # `70 kg`, `yes`, `adequate`
    source: str  # `Observation/abc` (only a valid FHIR id is ever shown)
    when: str | None  # the date of the record, `2026-11-30`


@dataclass(frozen=True)
class ReadFacts:
    """The facts for the generated module, with their sources and what could not be read."""

    facts: dict[str, object]
    readings: tuple[Reading, ...]
    problems: tuple[tuple[str, str], ...]  # (fact name, or "record"; plain words)
    asked: tuple[str, ...]  # inputs no code holds: the clinician is asked


def _dict(value: object) -> Mapping[str, object]:
    return value if isinstance(value, dict) else {}


def _list(value: object) -> list[object]:
    return value if isinstance(value, list) else []


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def collect(data: object) -> tuple[list[Mapping[str, object]], list[tuple[str, str]]]:
    """The resources of a Bundle, of one resource, or of a CDS Hooks prefetch object."""
    problems: list[tuple[str, str]] = []
    found: list[Mapping[str, object]] = []
    if not isinstance(data, dict):
        return [], [("record", "the data given is not a FHIR resource or a prefetch object")]
    values = [data] if "resourceType" in data else list(data.values())
    for value in values:
        if value is None:
            continue  # a prefetch the client could not fill
        resource = _dict(value)
        kind = resource.get("resourceType")
        if kind == "Bundle":
            for entry in _list(resource.get("entry")):
                inner = _dict(_dict(entry).get("resource"))
                if inner.get("resourceType") == "Bundle":
                    problems.append(("record", "a Bundle inside a Bundle was not read"))
                elif isinstance(inner.get("resourceType"), str):
                    found.append(inner)
                else:
                    problems.append(("record", "an entry without a resource was skipped"))
        elif isinstance(kind, str):
            found.append(resource)
        else:
            problems.append(("record", "a prefetch value that is not a FHIR resource was skipped"))
    if len(found) > MAX_RESOURCES:
        problems.append(("record", f"only the first {MAX_RESOURCES} resources were read"))
        found = found[:MAX_RESOURCES]
    return found, problems


def read_facts(
    resources: Iterable[Mapping[str, object]],
    bindings: Bindings,
    inputs: Sequence[ir.Input],
    *,
    now: datetime,
    patient_id: str | None = None,
) -> ReadFacts:
    """The facts the bindings find in `resources` for the patient `patient_id`."""
    pool = list(resources)
    problems: list[tuple[str, str]] = []
    own = [r for r in pool if _about(r, patient_id)]
    if patient_id is not None and len(own) < len(pool):
        problems.append(("record", f"{len(pool) - len(own)} resource(s) not about this patient "
                         "were ignored"))
    facts: dict[str, object] = {}
    readings: list[Reading] = []
    asked: list[str] = []
    for declared in inputs:
        binding = bindings.get(declared.name)
        if binding is None or not binding.bound:
            asked.append(declared.name)
            continue
        reading, trouble = _read(binding, declared, own, now)
        problems.extend((declared.name, t) for t in trouble)
        if reading is not None:
            facts[declared.name] = reading.value
            readings.append(reading)
    return ReadFacts(facts, tuple(readings), tuple(problems), tuple(asked))


def _about(resource: Mapping[str, object], patient_id: str | None) -> bool:
    if patient_id is None or resource.get("resourceType") == "Patient":
        return patient_id is None or resource.get("id") == patient_id
    reference = _str(_dict(resource.get("subject")).get("reference"))
    if reference is None:
        return False
    return reference == f"Patient/{patient_id}" or reference.endswith(f"/Patient/{patient_id}")


def _source(resource: Mapping[str, object]) -> str:
    kind = str(resource.get("resourceType"))
    ident = resource.get("id")
    return f"{kind}/{ident}" if isinstance(ident, str) and _ID.match(ident) else f"{kind} (no id)"


def _codings(concept: object) -> list[tuple[str, str]]:
    out = []
    for coding in _list(_dict(concept).get("coding")):
        system, code = _str(_dict(coding).get("system")), _str(_dict(coding).get("code"))
        if system is not None and code is not None:
            out.append((system, code))
    return out


def _status_codes(concept: object) -> set[str]:
    """The codes of a status concept (clinicalStatus, verificationStatus), whatever system."""
    codes = (_str(_dict(c).get("code")) for c in _list(_dict(concept).get("coding")))
    return {c for c in codes if c is not None}


def _matches(concept: object, codes: Sequence[Code]) -> bool:
    wanted = {(c.system, c.code) for c in codes}
    return any(pair in wanted for pair in _codings(concept))


def _when(resource: Mapping[str, object]) -> datetime | None:
    if resource.get("resourceType") == "Condition":
        for key in ("onsetDateTime", "recordedDate"):
            parsed = fhir_time.parse(resource.get(key))
            if parsed is not None:
                return parsed
        return None
    for key in ("effectiveDateTime", "effectiveInstant"):
        if key in resource:
            return fhir_time.parse(resource.get(key))
    period = _dict(resource.get("effectivePeriod"))
    if period:
        return fhir_time.parse(period.get("end") or period.get("start"))
    return fhir_time.parse(resource.get("issued"))


def _in_window(
    binding: Binding, when: datetime | None, now: datetime, trouble: list[str], source: str
) -> bool:
    if when is not None and when > now + SKEW:
        trouble.append(f"{source} is dated in the future and was not used")
        return False
    if binding.within is None:
        return True
    return when is not None and when >= now - binding.within


def _read(
    binding: Binding, declared: ir.Input, pool: Sequence[Mapping[str, object]], now: datetime
) -> tuple[Reading | None, list[str]]:
    trouble: list[str] = []
    if binding.resource == "Patient":
        return _age(declared, [r for r in pool if r.get("resourceType") == "Patient"], now)
    candidates: list[tuple[datetime | None, str, Mapping[str, object]]] = []
    for resource in pool:
        if resource.get("resourceType") != binding.resource:
            continue
        if not _matches(resource.get("code"), binding.codes):
            continue
        if not _counts(binding, resource):
            continue
        when = _when(resource)
        if _in_window(binding, when, now, trouble, _source(resource)):
            candidates.append((when, _source(resource), resource))
    if not candidates:
        return None, trouble
    if binding.resource == "Condition":
        return _condition(binding, declared, candidates), trouble
    candidates.sort(key=lambda c: (c[0] is not None, c[0] or now, c[1]), reverse=True)
    when, source, resource = candidates[0]
    shown_when = when.date().isoformat() if when is not None else None
    value, problem = _value(binding, declared, resource)
    if problem is not None:
        trouble.append(f"{source}: {problem}")
        return None, trouble
    assert value is not None
    return Reading(declared.name, value[0], value[1], source, shown_when), trouble


def _age(
    declared: ir.Input, patients: Sequence[Mapping[str, object]], now: datetime
) -> tuple[Reading | None, list[str]]:
    """The age in completed years on the day of `now`, from `Patient.birthDate`.

    A birth date of a year, or a year and month, gives the age only when every day it
    may stand for gives the same age; otherwise the age is unknown, and the reason given.
    """
    found: dict[str, str] = {}  # birthDate -> source
    trouble: list[str] = []
    for patient in patients:
        text = patient.get("birthDate")
        if text is None:
            continue
        if not isinstance(text, str) or fhir_time.birth_days(text) is None:
            trouble.append(f"{_source(patient)}: the birth date is not a FHIR date")
            continue
        found.setdefault(text, _source(patient))
    if len(found) != 1:
        if len(found) > 1:
            trouble.append("the record gives more than one birth date: the age is not read")
        return None, trouble
    [(text, source)] = found.items()
    days = fhir_time.birth_days(text)
    assert days is not None
    today = now.date()
    if days[0] > today:
        return None, [*trouble, f"{source}: the birth date is after today"]
    ages = {fhir_time.completed_years(day, today) for day in days if day <= today}
    if len(ages) != 1:
        low, high = min(ages), max(ages)
        return None, [*trouble, f"{source}: the birth date {text} gives an age of {low} "
                      f"to {high} years, not one age"]
    [age] = ages
    return Reading(declared.name, age, f"{age} years", source, text), trouble


def _counts(binding: Binding, resource: Mapping[str, object]) -> bool:
    if resource.get("resourceType") == "Condition":
        return NEVER not in _status_codes(resource.get("verificationStatus"))
    status = resource.get("status")
    return isinstance(status, str) and status != NEVER and status in binding.statuses


def _condition(
    binding: Binding,
    declared: ir.Input,
    candidates: list[tuple[datetime | None, str, Mapping[str, object]]],
) -> Reading | None:
    yes, no = [], []
    for when, source, resource in candidates:
        verification = _status_codes(resource.get("verificationStatus"))
        clinical = _status_codes(resource.get("clinicalStatus"))
        if "refuted" in verification:
            no.append((when, source))
        elif clinical & _ACTIVE:
            yes.append((when, source))
    for answer, shown, found in ((True, "yes", yes), (False, "no", no)):
        if found:
            found.sort(key=lambda c: (c[0] is not None, c[0] or datetime.min, c[1]), reverse=True)
            when, source = found[0]
            return Reading(declared.name, answer, shown, source,
                           when.date().isoformat() if when else None)
    return None


def _value(
    binding: Binding, declared: ir.Input, resource: Mapping[str, object]
) -> tuple[tuple[object, str] | None, str | None]:
    if "dataAbsentReason" in resource and not any(k.startswith("value") for k in resource):
        return None, "the most recent result has no value (a data-absent reason is given)"
    if declared.kind in ("number", "whole"):
        return _number(declared, resource)
    if declared.kind == "yesno":
        if "valueBoolean" in resource:
            flag = resource["valueBoolean"]
            if isinstance(flag, bool):
                return (flag, "yes" if flag else "no"), None
            return None, "its yes/no value is not true or false"
        concept = resource.get("valueCodeableConcept")
        if _matches(concept, binding.yes) and not _matches(concept, binding.no):
            return (True, "yes"), None
        if _matches(concept, binding.no) and not _matches(concept, binding.yes):
            return (False, "no"), None
        return None, "its answer is not one of the codes the binding reads as yes or no"
    concept = resource.get("valueCodeableConcept")
    chosen = {choice for choice, codes, _span in binding.choices if _matches(concept, codes)}
    if len(chosen) == 1:
        choice = chosen.pop()
        return (choice, choice), None
    if chosen:
        return None, "its answer codes name more than one choice"
    return None, "its answer is not one of the codes the binding gives the choices"


def _number(
    declared: ir.Input, resource: Mapping[str, object]
) -> tuple[tuple[object, str] | None, str | None]:
    target = declared.unit
    if "valueInteger" in resource and (target is None or not target.terms):
        raw = resource["valueInteger"]
        if isinstance(raw, int) and not isinstance(raw, bool):
            return (Fraction(raw), str(raw)), None
        return None, "its value is not a whole number"
    quantity = _dict(resource.get("valueQuantity"))
    if not quantity:
        return None, "it has no value with a unit (valueQuantity)"
    if "comparator" in quantity:
        return None, "its value is a bound (such as `< 5`), not one value"
    raw = quantity.get("value")
    exact = _exact(raw)
    if exact is None:
        return None, "its value is not a number"
    system = quantity.get("system")
    code = _str(quantity.get("code")) if system in (UCUM, None) else None
    code = code if code is not None else _str(quantity.get("unit")) if system is None else None
    if code is None:
        return None, "its unit is not a UCUM code"
    try:
        unit, factor = ucum_unit(code)
    except UcumError:
        return None, f"its unit `{_plain(code)}` is not one this service converts"
    wanted = target if target is not None else unit
    molar = declared.molar
    other = None if molar is None else through(exact * factor, unit, molar, wanted)
    if other is not None and not unit.compatible(wanted):
        value = other  # the other kind of concentration, through the declared molar mass
    elif not unit.compatible(wanted):
        return None, f"its unit `{_plain(code)}` does not measure {format_unit(wanted)}"
    else:
        value = exact * factor * conversion(unit, wanted)
    shown = f"{decimal_text(value)} {format_unit(wanted)}".strip()
    return (value, shown), None


def _exact(raw: object) -> Fraction | None:
    """The number a JSON value wrote, exactly; None for anything that is not a finite number."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return Fraction(raw) if abs(raw) < 10**30 else None
    if isinstance(raw, Decimal | float):
        try:
            number = Decimal(str(raw)) if isinstance(raw, float) else raw
            if not number.is_finite() or abs(number.adjusted()) > 30:
                return None
            return Fraction(number)
        except (InvalidOperation, ValueError, OverflowError):
            return None
    return None


def decimal_text(value: Fraction) -> str:
    """A fraction as decimal digits: exact when it ends, else to 6 significant digits."""
    with localcontext() as context:
        context.prec = 28
        exact = Decimal(value.numerator) / Decimal(value.denominator)
        if Fraction(exact) != value:
            context.prec = 6
            exact = +exact
    text = format(exact.normalize(), "f")
    return "0" if text in ("-0", "") else text


def _plain(text: str) -> str:
    """A unit code from the record for a message: short, printable ASCII only."""
    kept = "".join(c if c.isascii() and c.isprintable() and c != "`" else "?" for c in text[:20])
    return kept + ("..." if len(text) > 20 else "")
