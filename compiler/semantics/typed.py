"""The type of a lowered expression, shared by the resolver and its parts."""

from __future__ import annotations

from dataclasses import dataclass

from compiler.semantics import ir
from dsl.units import NONE, Molar, Unit, format_unit


@dataclass(frozen=True)
class Typed:
    """A lowered expression and its type."""

    kind: str  # bool | num | range | choice | date | error
    cond: ir.Cond | None = None
    num: ir.NumExpr | None = None
    high: ir.NumExpr | None = None
    unit: Unit = NONE
    choice_input: str | None = None
    molar: Molar | None = None  # an input's declared molar mass: its value and unit


ERROR = Typed("error")

_KIND_WORDS = {
    "bool": "a yes/no condition",
    "num": "a number",
    "range": "a range of values",
    "choice": "one of a set of choices",
    "date": "a date",
}


def words(t: Typed) -> str:
    """What a lowered expression is, in plain words (`a measurement in mg`)."""
    if t.kind == "num" and not t.unit.is_dimensionless():
        return f"a measurement in {format_unit(t.unit)}"
    return _KIND_WORDS.get(t.kind, "an expression")
