"""Reading a patients file never stops at a bad row: every row that cannot be read is a
row error naming the fact or the row, and the rows before and after it still run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compiler.running import batch
from compiler.semantics import interpreter, ir
from tests.conftest import compile_snippet

GOOD = {
    "category": "immune_mediated",
    "weight": 70,
    "anti_hmgcr": True,
    "statin_associated": True,
    "skin_disease": False,
    "weeks_on_treatment": 0,
}
HEADER = "category,weight,anti_hmgcr,statin_associated,skin_disease,weeks_on_treatment"
CSV_GOOD = "immune_mediated,70,yes,yes,no,0"


def _rows(tmp_path: Path, name: str, data: bytes, imnm: ir.Guideline) -> list[batch.Row]:
    path = tmp_path / name
    path.write_bytes(data)
    with batch.open_patients(path) as stream:
        return list(batch.read_patients(path, imnm, stream))


def _problems(row: batch.Row) -> dict[str, str]:
    assert row.patient is None, row
    return dict(row.problems)


def _good_json(row: batch.Row, imnm: ir.Guideline) -> None:
    assert row.patient is not None and row.problems == ()
    assert interpreter.evaluate(imnm, row.patient) == interpreter.evaluate(imnm, GOOD)


@pytest.mark.parametrize(
    ("bad", "fact", "problem"),
    [
        (b'{"weight": ' + b"7" * 5000 + b"}", None, None),  # read; validation says not finite
        (b'{"category": "imm\xe9"}', "row", "is not UTF-8 text"),
        (b"[" * 100_000 + b"]" * 100_000, "row", "is nested too deeply"),
        (b'{"weight": 70, "weight": 80}', "weight", "is given twice in this row"),
        # as many colons as keys written, one of them inside a text: still found
        (b'{"note": "a:b", "note": "c"}', "note", "is given twice in this row"),
        (b'{"weight": {"value": 70, "unit": "kg", "unit": "g"}}', "unit", "is given twice"),
        (b'{"weight": 70', "row", "is not valid JSON"),
    ],
)
def test_a_bad_json_line_is_a_row_error_between_good_rows(
    tmp_path: Path, imnm: ir.Guideline, bad: bytes, fact: str | None, problem: str | None
) -> None:
    good = json.dumps(GOOD).encode()
    first, middle, last = _rows(tmp_path, "p.jsonl", b"\n".join([good, bad, good]), imnm)
    _good_json(first, imnm)
    _good_json(last, imnm)
    assert (middle.number, middle.line, last.number) == (2, 2, 3)
    if fact is None:  # read as a number too large for a float, which validation refuses
        assert middle.patient == {"weight": float("inf")}
        with pytest.raises(interpreter.PatientDataError, match="must be a finite number"):
            interpreter.evaluate(imnm, dict(GOOD, **middle.patient))
    else:
        assert problem is not None and _problems(middle)[fact].startswith(problem)


def test_a_byte_order_mark_is_dropped_in_json_lines_and_csv(
    tmp_path: Path, imnm: ir.Guideline
) -> None:
    (row,) = _rows(tmp_path, "p.jsonl", b"\xef\xbb\xbf" + json.dumps(GOOD).encode(), imnm)
    _good_json(row, imnm)
    (row,) = _rows(tmp_path, "p.csv", f"\ufeff{HEADER}\n{CSV_GOOD}\n".encode(), imnm)
    _good_json(row, imnm)


@pytest.mark.parametrize(
    ("cell", "problem"),
    [
        ("7_0", "expected a number, got '7_0'"),  # float() reads 70
        ("\uff17\uff10", "expected a number"),  # full-width digits: float() reads 70
        ("nan", "expected a number, got 'nan'"),
        ("1e", "expected a number"),
    ],
)
def test_a_number_cell_is_written_in_ascii_digits(
    tmp_path: Path, imnm: ir.Guideline, cell: str, problem: str
) -> None:
    data = f"{HEADER}\nimmune_mediated,{cell},yes,yes,no,0\n{CSV_GOOD}\n".encode()
    bad, good = _rows(tmp_path, "p.csv", data, imnm)
    assert _problems(bad)["weight"].startswith(problem)
    _good_json(good, imnm)


def test_numbers_in_cells_are_exact(imnm: ir.Guideline) -> None:
    whole = next(i for i in imnm.inputs if i.kind == "whole")
    assert batch._cell(whole, "9007199254740993") == 9007199254740993  # float() is off by one
    assert batch._cell(whole, "+4") == 4 and batch._cell(whole, "1e1") == 10
    assert batch._cell(whole, "9" * 5000) == float("inf")  # past int()'s 4300 digits
    weight = next(i for i in imnm.inputs if i.name == "weight")
    assert batch._cell(weight, "70.1") == 70.1 and batch._cell(weight, ".5") == 0.5


def test_bad_bytes_and_a_huge_cell_are_row_errors(tmp_path: Path, imnm: ir.Guideline) -> None:
    huge = "x" * 200_000
    lines = [HEADER, CSV_GOOD, "imm\xe9_mediated,70,yes,yes,no,0", f"{huge},70,yes,yes,no,0"]
    data = "\n".join([*lines, CSV_GOOD]).encode("utf-8").replace(b"imm\xc3\xa9", b"imm\xe9")
    first, bad_bytes, too_long, last = _rows(tmp_path, "p.csv", data, imnm)
    _good_json(first, imnm)
    _good_json(last, imnm)
    assert _problems(bad_bytes) == {"category": "is not UTF-8 text (save the file as UTF-8)"}
    assert _problems(too_long)["row"].startswith("has a cell longer than")
    assert [r.number for r in (first, bad_bytes, too_long, last)] == [1, 2, 3, 4]


def test_a_column_named_twice_spoils_every_row(tmp_path: Path, imnm: ir.Guideline) -> None:
    data = f"{HEADER},weight\n{CSV_GOOD},80\n{CSV_GOOD},70\n".encode()
    rows = _rows(tmp_path, "p.csv", data, imnm)
    assert len(rows) == 2
    for row in rows:
        assert _problems(row) == {"weight": "is the name of more than one column (columns 2 and 7)"}


def test_a_header_that_cannot_be_read_spoils_every_row(
    tmp_path: Path, imnm: ir.Guideline
) -> None:
    data = f"{'y' * 200_000}\n{CSV_GOOD}\n".encode()
    (row,) = _rows(tmp_path, "p.csv", data, imnm)
    assert _problems(row)["header"].startswith("has a cell longer than")
    (row,) = _rows(tmp_path, "p.csv", HEADER.encode() + b"\xff\n" + CSV_GOOD.encode(), imnm)
    assert _problems(row)["header"].startswith("is not UTF-8 text")


def test_a_number_cell_may_carry_its_unit(tmp_path: Path, imnm: ir.Guideline) -> None:
    data = f"{HEADER}\nimmune_mediated,70000 g,yes,yes,no,0\nimmune_mediated,70 mmHg,yes,yes,no,0\n"
    good, other = _rows(tmp_path, "p.csv", data.encode(), imnm)
    assert good.patient is not None and good.patient["weight"] == {"value": 70000, "unit": "g"}
    _good_json(good, imnm)
    assert other.patient is not None
    with pytest.raises(interpreter.PatientDataError) as refused:
        interpreter.evaluate(imnm, other.patient)
    assert refused.value.problems == [("weight", "expected a value in kg, got 'mmHg'")]


def test_a_csv_value_in_the_other_kind_of_concentration_converts(tmp_path: Path) -> None:
    body = (
        'input cr "Creatinine": number umol/L from 9 to 1770 convert 1 mg/dL = 88.4 umol/L\n\n'
        'decide kidney "Kidney"\n  when cr >= 4 mg/dL:\n    advise high "High"\n'
        "      expert opinion\n  otherwise:\n    advise normal \"Normal\"\n      expert opinion\n"
    )
    compiled = compile_snippet(body)
    assert compiled.guideline is not None, compiled.diagnostics
    guideline = compiled.guideline
    rows = _rows(tmp_path, "p.csv", b"cr\n4.0 mg/dL\n3.99 mg/dL\n353.6\n1.2 mg\n", guideline)
    module = batch.load_module(guideline)
    ids = []
    for row in rows[:3]:
        assert row.patient is not None
        ids.append(module.decide(row.patient)[0])
    assert ids == [("high",), ("normal",), ("high",)]
    assert rows[3].patient is not None
    with pytest.raises(module.PatientDataError) as refused:
        module.evaluate(rows[3].patient)
    assert refused.value.problems[0][0] == "cr"
