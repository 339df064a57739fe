"""compiler/running/result_fields.py: the chosen fields of a result, as the full line has them."""

from __future__ import annotations

import dataclasses
import json
import types
from pathlib import Path
from typing import Any

import pytest

from benchmarks import synth
from compiler.pipeline.stages import compile_source, read_source
from compiler.running.batch import load_module
from compiler.running.result_fields import (
    FIELDS,
    LEAN_FIELDS,
    FieldsWriter,
    UnknownField,
    dose_units,
    parse_fields,
)
from compiler.running.result_json import RESULT_FIELDS, general
from compiler.semantics import ir
from compiler.testgen import generate_cases
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
        notes = {r["id"]: r["notes"] for r in recs if r["notes"]}
        expected = {**whole, "ids": [r["id"] for r in recs], "doses": doses, "notes": notes}
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


def _patients(path: Path) -> tuple[Any, list[Any], list[dict[str, object]]]:
    compiled = compile_source(read_source(path, path.name))
    assert compiled.guideline is not None, compiled.diagnostics
    guideline = compiled.guideline
    patients = [dict(c.patient) for c in generate_cases(guideline)]
    if all(i.kind != "date" for i in guideline.inputs):  # random patients have no dates
        patients += synth.patients(guideline, 300, 5)
    return guideline, ir.recommendations(guideline), patients


@pytest.mark.parametrize("path", GUIDELINES, ids=lambda p: p.stem)
def test_a_line_of_lean_fields_from_decide_is_the_line_from_evaluate(path: Path) -> None:
    guideline, recs, patients = _patients(path)
    module = load_module(guideline)
    units = dose_units(recs)
    if any(rec.dose is not None and rec.dose.cap is not None for rec in recs):
        assert units is None  # whether a cap applied is only in evaluate()'s result
        return
    assert units is not None
    chosen = [["complete", "doses", "ids", "needs"], sorted(LEAN_FIELDS), ["needs"], ["doses"]]
    for fields in chosen:
        lean, plain = FieldsWriter(module, fields, units), FieldsWriter(module, fields)
        assert lean.lean is not None and plain.lean is None
        for patient in patients:
            try:
                expected = plain.text(module.evaluate(patient))
            except module.PatientDataError as exc:
                with pytest.raises(module.PatientDataError) as raised:
                    lean.line(patient)
                assert raised.value.problems == exc.problems
                continue
            assert lean.line(patient) == expected, patient


def test_the_lean_way_is_taken_only_for_fields_decide_answers() -> None:
    guideline, recs, _ = _patients(GUIDELINES[0])
    module = load_module(guideline)
    units = dose_units(recs)
    assert FieldsWriter(module, ["ids", "path"], units).lean is None
    assert FieldsWriter(module, RESULT_FIELDS, units).lean is None
    assert FieldsWriter(module, ["ids"], units).lean is not None
    dosed = [r for r in recs if r.dose is not None]
    twice = dataclasses.replace(dosed[0], dose=dataclasses.replace(dosed[0].dose, unit="mL"))
    assert dose_units([*recs, twice]) is None  # one id, two units: evaluate() it is


def test_a_lean_line_with_values_not_plain_floats_is_written_the_general_way() -> None:
    module = types.ModuleType("stub")
    module.GUIDELINE_ID, module.VERSION, module.SOURCE_HASH = "g", "1", "h"
    answers = iter([(("a", "b"), {"b": (1, 2.5)}, ()),
                    (("a",), {"a": (float("nan"), 1.0)}, ("x",)),
                    (("a", 7), {}, ()),
                    (("b", "a"), {"b": (0.5, 1e-07), "a": (2.0, 3.0)}, ())])
    module.decide = lambda patient: next(answers)
    module.evaluate = lambda patient: pytest.fail("evaluate() is not called")
    writer = FieldsWriter(module, LEAN_FIELDS, {"a": "mg", "b": "µg"})
    lines = [writer.line({}) for _ in range(4)]
    expected = {"b": {"capped": False, "high": 2.5, "low": 1, "unit": "µg"}}
    assert json.loads(lines[0])["doses"] == expected
    assert '"low":NaN' in lines[1] and '"complete":false' in lines[1]
    assert json.loads(lines[2])["ids"] == ["a", 7]
    assert lines[3].startswith('{"complete":true,"doses":{"a":{"capped":false,"high":3.0,'
                               '"low":2.0,"unit":"mg"},"b":{"capped":false,"high":1e-07,'
                               '"low":0.5,"unit":"\\u00b5g"}}')
    for text in lines:
        assert text == json.dumps(json.loads(text), sort_keys=True, separators=(",", ":"))
