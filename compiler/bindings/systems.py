"""The code systems a binding may name, and UCUM units as the language's units.

Only well-known terminologies: a binding that names another system is B003, since a
misspelt system URI would silently match nothing in the record.
"""

from __future__ import annotations

import re
from fractions import Fraction

from dsl.units import Unit, UnitError, parse_unit

UCUM = "http://unitsofmeasure.org"

SYSTEMS: dict[str, str] = {
    "http://loinc.org": "LOINC",
    "http://snomed.info/sct": "SNOMED CT",
    "http://www.nlm.nih.gov/research/umls/rxnorm": "RxNorm",
    "http://hl7.org/fhir/sid/icd-10": "ICD-10",
    "http://hl7.org/fhir/sid/icd-10-cm": "ICD-10-CM",
    "http://www.whocc.no/atc": "ATC",
}

# UCUM atoms with the language's symbol for them and an exact factor into that symbol.
_ATOMS: dict[str, tuple[str, Fraction]] = {
    "kg": ("kg", Fraction(1)),
    "g": ("g", Fraction(1)),
    "mg": ("mg", Fraction(1)),
    "ug": ("ug", Fraction(1)),
    "ng": ("ng", Fraction(1)),
    "[lb_av]": ("kg", Fraction(45359237, 10**8)),  # the avoirdupois pound, by definition
    "[oz_av]": ("kg", Fraction(45359237, 16 * 10**8)),
    "a": ("year", Fraction(1)),
    "mo": ("month", Fraction(1)),
    "wk": ("week", Fraction(1)),
    "d": ("day", Fraction(1)),
    "h": ("hour", Fraction(1)),
    "min": ("minute", Fraction(1)),
    "L": ("L", Fraction(1)),
    "l": ("L", Fraction(1)),
    "dL": ("dL", Fraction(1)),
    "mL": ("mL", Fraction(1)),
    "m": ("m", Fraction(1)),
    "cm": ("cm", Fraction(1)),
    "mm": ("mm", Fraction(1)),
    "[in_i]": ("cm", Fraction(254, 100)),  # the international inch, by definition
    "U": ("U", Fraction(1)),
    "[iU]": ("IU", Fraction(1)),
    "[IU]": ("IU", Fraction(1)),
    "mol": ("mol", Fraction(1)),
    "mmol": ("mmol", Fraction(1)),
    "umol": ("umol", Fraction(1)),
    "nmol": ("nmol", Fraction(1)),
    "mm[Hg]": ("mmHg", Fraction(1)),
    "kPa": ("kPa", Fraction(1)),
    "%": ("%", Fraction(1)),
    "1": ("", Fraction(1)),
}
_ANNOTATION = re.compile(r"\{[^{}]*\}")


class UcumError(ValueError):
    """A UCUM code this project cannot convert (unknown atom, prefix or syntax)."""


def ucum_unit(code: str) -> tuple[Unit, Fraction]:
    """A UCUM code (`kg`, `mg/dL`, `[lb_av]`, `/min`, `{beats}/min`) as a unit and factor.

    A value in `code` times the factor is the same amount in the returned unit. Only the
    atoms above, joined by `/` and `.`, are read; anything else raises UcumError.
    """
    text = _ANNOTATION.sub("", code.strip())
    if not text or len(text) > 40 or text.count("/") > 2:
        if text == "" and code.strip().startswith("{"):
            return Unit(), Fraction(1)
        raise UcumError(code)
    parts = text.split("/")
    if any("." in part for part in parts) or any(part == "" for part in parts[1:]):
        raise UcumError(code)  # products, and `//`, are not read
    factor = Fraction(1)
    spelled = ""
    for index, part in enumerate(parts):
        known = _ATOMS.get(part or "1")
        if known is None:
            raise UcumError(code)
        symbol, scale = known
        factor = factor * scale if index == 0 else factor / scale
        spelled += symbol if index == 0 else "/" + symbol
    try:
        return parse_unit(spelled), factor
    except UnitError as exc:  # pragma: no cover - every atom above maps to a known symbol
        raise UcumError(code) from exc
