"""Python source text for plain data (what generated tests write)."""

from __future__ import annotations

import math
from fractions import Fraction

# Types whose repr is their literal (a float only when finite).
_REPR_IS_LITERAL = frozenset({str, int, bool, float, type(None)})


def literal(value: object) -> str:
    """Source text that evaluates to `value` (dicts keep their order)."""
    if type(value) is dict and _plain_values(value):  # a patient, most often
        return repr(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "math.nan"
        if math.isinf(value):
            return "math.inf" if value > 0 else "-math.inf"
        return repr(value)
    if isinstance(value, dict):
        items = ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items())
        return "{" + items + "}"
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, tuple):
        inner = ", ".join(literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if value is None or isinstance(value, bool | int | str):
        return repr(value)
    if type(value) is Fraction:  # an exact number no float is (the file imports Fraction)
        return f"Fraction({value.numerator}, {value.denominator})"
    raise TypeError(f"no literal for {type(value).__name__}")


def _plain_values(value: dict[object, object]) -> bool:
    """Whether the dict's keys are text and its values plain (repr gives the literal)."""
    return all(type(k) is str for k in value) and all(
        type(v) in _REPR_IS_LITERAL and (type(v) is not float or math.isfinite(v))
        for v in value.values()
    )
