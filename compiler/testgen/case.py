"""The generated test case, and how cases are named."""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

KINDS = ("path", "boundary", "choice", "range", "mcdc", "score", "reject", "example")

_OPERATORS = (
    (">=", " ge "),
    ("<=", " le "),
    ("!=", " ne "),
    (">", " gt "),
    ("<", " lt "),
    ("=", " eq "),
    ("+", " plus "),
    ("*", " times "),
    ("/", " per "),
)


@dataclass(frozen=True)
class Case:
    """One test case: a patient and what the guideline's interpreter says for them.

    `expected` is the canonical result dict of `compiler.semantics.interpreter.evaluate`, or,
    for `reject` cases, the list of (fact, message) problems of the PatientDataError.
    """

    id: str
    title: str
    kind: str
    patient: dict[str, object]
    expected: dict[str, object] | list[tuple[str, str]]


def slug(text: str) -> str:
    """ASCII identifier words for a condition or label: `weeks >= 4` -> `weeks_ge_4`."""
    out = text.lower()
    for symbol, word in _OPERATORS:
        out = out.replace(symbol, word)
    out = re.sub(r"(?<=\d)\.(?=\d)", "p", out)
    out = re.sub(r"(?<![a-z0-9_])-(?=\d)", " minus ", out)
    out = out.replace("-", " minus ")
    out = re.sub(r"[^a-z0-9]+", "_", out).strip("_")
    return out or "x"


def value_slug(value: Fraction | float | int) -> str:
    """A number as identifier characters: 3.9 -> `3p9`, -2 -> `minus_2`."""
    text = show_number(value)
    sign = "minus_" if text.startswith("-") else ""
    return sign + text.lstrip("-").replace(".", "p")


def show_number(value: Fraction | float | int) -> str:
    """A number as a clinician writes it (no trailing zeros)."""
    number = float(value)
    text = f"{number:.6f}".rstrip("0").rstrip(".")
    return "0" if text in {"-0", ""} else text


def join_id(*parts: str) -> str:
    """A pytest id from its parts, joined by a double underscore."""
    return "__".join(p for p in parts if p)
