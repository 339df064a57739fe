"""compiler/emit_python/schema.py: the JSON Schema of a guideline's patient facts."""

from __future__ import annotations

import json

import pytest

from compiler.emit_python.schema import input_schema, schema
from compiler.semantics import ir


def test_every_kind_of_input(imnm: ir.Guideline) -> None:
    props = schema(imnm)["properties"]
    assert isinstance(props, dict)
    assert props["skin_disease"] == {
        "type": "boolean",
        "description": "Skin disease as well as muscle disease",
    }
    assert props["category"]["enum"] == ["immune_mediated", "non_immune_mediated"]
    weight = props["weight"]
    plain, with_unit = weight["oneOf"]
    assert plain == {"type": "number", "minimum": 1.0, "maximum": 400.0}
    assert with_unit["required"] == ["value", "unit"]
    assert "g" in with_unit["properties"]["unit"]["enum"]
    assert "mL" not in with_unit["properties"]["unit"]["enum"]
    assert weight["x-unit"] == "kg"
    assert props["weeks_on_treatment"]["oneOf"][0]["type"] == "integer"


def test_facts_that_may_be_unknown_allow_null(imnm: ir.Guideline) -> None:
    response = input_schema(imnm.input("response"))
    assert response["anyOf"][1] == {"type": "null"}
    assert response["description"] == imnm.input("response").question
    assert "anyOf" not in input_schema(imnm.input("skin_disease"))


def test_date_inputs() -> None:
    decl = ir.Input("onset", "Onset", "date", None, "", None, None, None, (), False, (), 1)
    assert input_schema(decl) == {"type": "string", "format": "date", "description": "Onset"}


def test_whole_schema(imnm: ir.Guideline) -> None:
    whole = schema(imnm)
    assert whole["additionalProperties"] is False
    assert whole["required"] == [i.name for i in imnm.inputs if not i.may_be_unknown]
    assert "0.1.0" in str(whole["title"])
    assert json.dumps(whole, sort_keys=True) == json.dumps(schema(imnm), sort_keys=True)


def test_schema_is_a_valid_draft_2020_12_schema(imnm: ir.Guideline) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(schema(imnm))
