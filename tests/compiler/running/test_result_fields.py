"""compiler/running/result_fields.py: the chosen fields of a result, as the full line has them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compiler.running.result_fields import FIELDS, FieldsWriter, UnknownField, parse_fields
from compiler.running.result_json import RESULT_FIELDS, general
from tests.compiler.running.test_result_json import GUIDELINES, _results


def test_field_names_are_read_sorted_and_checked() -> None:
    assert parse_fields(" ids, doses,ids ") == ("doses", "ids")
    with pytest.raises(UnknownField, match=r"no field 'dose' \(did you mean doses\?\)"):
        parse_fields("ids,dose")
    with pytest.raises(UnknownField, match="no field named"):
        parse_fields(" , ")
    with pytest.raises(UnknownField, match="the fields are complete, doses"):
        parse_fields("<script>")


@pytest.mark.parametrize("path", GUIDELINES, ids=lambda p: p.stem)
def test_each_field_is_the_full_results_own(path: Path) -> None:
    module, results = _results(path)
    full = FieldsWriter(module)
    compact = FieldsWriter(module, ["ids", "doses", "needs", "complete"])
    single = {name: FieldsWriter(module, [name]) for name in FIELDS}
    for result in results:
        line = general(result)
        assert full.text(result) == line  # every field of the full result: the same bytes
        whole = json.loads(line)
        recs = whole["recommendations"]
        doses = {r["id"]: {k: r["dose"][k] for k in ("capped", "high", "low", "unit")}
                 for r in recs if r["dose"] is not None}
        expected = {**whole, "ids": [r["id"] for r in recs], "doses": doses}
        assert json.loads(compact.text(result)) == {
            k: expected[k] for k in ("complete", "doses", "ids", "needs")}
        for name, writer in single.items():
            assert json.loads(writer.text(result)) == {name: expected[name]}


def test_chosen_fields_are_written_keys_sorted_as_the_standard_library_writes_them() -> None:
    module, results = _results(GUIDELINES[0])
    writer = FieldsWriter(module, ["needs", "ids", "doses", "complete"])
    assert writer.fields == ("complete", "doses", "ids", "needs")
    for result in results:
        text = writer.text(result)
        assert text == json.dumps(json.loads(text), sort_keys=True, separators=(",", ":"))
    assert FieldsWriter(module, reversed(RESULT_FIELDS)).fields == RESULT_FIELDS
