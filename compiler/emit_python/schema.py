"""JSON Schema (draft 2020-12) of a guideline's patient facts."""

from __future__ import annotations

from fractions import Fraction

from compiler.semantics import ir
from compiler.semantics.scores import extremes
from dsl.units import accepted_units


def json_number(value: Fraction | None) -> int | float | None:
    """An exact bound as JSON writes a number: whole as an integer, else the nearest float."""
    if value is None:
        return None
    return int(value) if value.denominator == 1 else float(value)


def _number(decl: ir.Input) -> dict[str, object]:
    assert decl.unit is not None
    plain: dict[str, object] = {
        "type": "integer" if decl.kind == "whole" else "number",
        "minimum": json_number(decl.low),
        "maximum": json_number(decl.high),
    }
    with_unit = {
        "type": "object",
        "properties": {
            "value": {"type": "number"},
            "unit": {"enum": sorted(accepted_units(decl.unit, decl.molar))},
        },
        "required": ["value", "unit"],
        "additionalProperties": False,
    }
    return {"oneOf": [plain, with_unit], "x-unit": decl.unit_text}


def input_schema(decl: ir.Input) -> dict[str, object]:
    """The schema of one fact."""
    if decl.kind == "yesno":
        schema: dict[str, object] = {"type": "boolean"}
    elif decl.kind == "choice":
        schema = {"enum": [c.name for c in decl.choices]}
    elif decl.kind == "date":
        schema = {"type": "string", "format": "date"}
    else:
        schema = _number(decl)
    schema["description"] = decl.question
    if decl.may_be_unknown:
        schema = {"anyOf": [schema, {"type": "null"}], "description": decl.question}
    return schema


def score_schema(score: ir.Score) -> dict[str, object]:
    """What the result says of a score: its title and the values its points allow."""
    low, high = extremes(score)
    return {
        "title": score.title,
        "minimum": int(low) if low == int(low) else float(low),
        "maximum": int(high) if high == int(high) else float(high),
        "criteria": [{"label": c.label, "points": float(c.points)} for c in score.criteria],
    }


def schema(guideline: ir.Guideline) -> dict[str, object]:
    """The schema of a whole patient; a guideline with scores lists them under
    `x-scores` (computed from the facts, never given)."""
    found: dict[str, object] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"{guideline.title} (version {guideline.version}): patient facts",
        "type": "object",
        "properties": {i.name: input_schema(i) for i in guideline.inputs},
        "required": [i.name for i in guideline.inputs if not i.may_be_unknown],
        "additionalProperties": False,
    }
    if guideline.scores:
        found["x-scores"] = {s.name: score_schema(s) for s in guideline.scores}
    return found
