"""benchmarks/dmn_workbook.py: the decision table's rows are the workload's rules."""

from __future__ import annotations

import operator
from typing import Any

import pytest

from benchmarks import dmn_workbook, gen_patients, workload_engines

_COMPARE = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}


def _test(cell: Any, value: object) -> bool:
    """The few S-FEEL tests the rows use, read the way the DMN standard reads them."""
    if cell == dmn_workbook.ANY:
        return True
    if isinstance(cell, bool):
        return value is cell
    if cell.startswith("not("):
        return not _test(cell[4:-1], value)
    if cell.startswith('"'):
        return value in [c.strip().strip('"') for c in cell.split(",")]
    op, number = cell.split()
    return bool(_COMPARE[op](value, float(number)))


def _fired(patient: dict[str, object]) -> list[str]:
    fired = {rec for rec, tests in dmn_workbook.ROWS
             if all(_test(tests.get(n, dmn_workbook.ANY), patient[n]) for n in dmn_workbook.INPUTS)}
    return sorted(fired)


def test_the_rows_collect_what_the_hand_written_function_recommends() -> None:
    for patient in gen_patients.generate(3000, gen_patients.VERIFY_SEED):
        assert _fired(patient) == workload_engines.handwritten(patient)["recommendations"]


def test_the_workbook_holds_one_table_of_the_rows_with_its_inputs_parted_by_a_double_line() -> None:
    pytest.importorskip("openpyxl", reason="openpyxl comes with the bench extra")
    sheet = dmn_workbook.workbook()["IMNM"]
    assert sheet["A1"].value == dmn_workbook.TABLE and sheet["A2"].value == "C"
    headings = [c.value for c in sheet[2]]
    assert headings == ["C", *dmn_workbook.INPUTS, dmn_workbook.OUTPUT]
    last_input = sheet.cell(row=2, column=len(dmn_workbook.INPUTS) + 1)
    assert last_input.border.right.style == "double"
    assert all(c.border.bottom.style == "double" for c in sheet[2])
    outputs = [sheet.cell(row=r, column=len(headings)).value for r in range(3, sheet.max_row + 1)]
    assert outputs == [f'"{rec}"' for rec, _ in dmn_workbook.ROWS]
