"""Batch evaluation: many patients from a JSON Lines or CSV file, one JSON result per line.

Patients are read, evaluated and written one at a time, so a file of any size runs in
constant memory. Evaluation uses the guideline's Python module (the text
`guideline build` writes to generated/<id>.py), compiled in memory from the source
being run, so it always matches that source. A bad row does not stop the run: its
line of output is an error object naming the row, and the caller counts them.
"""

from __future__ import annotations

import csv
import decimal
import json
import math
import re
import sys
import types
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, NamedTuple

from compiler.emit_python import emit
from compiler.running import fast_json
from compiler.running.result_fields import FieldsWriter, dose_units
from compiler.running.result_json import RESULT_FIELDS, general_line
from compiler.semantics import ir

_YES = frozenset({"yes", "true", "y", "1"})
_NO = frozenset({"no", "false", "n", "0"})


class Row(NamedTuple):
    """One patient read from the file: its number (from 1), its line, and its facts or a
    problem (a tuple: cheaper to make than a frozen dataclass, for every row of a file)."""

    number: int
    line: int
    patient: dict[str, object] | None
    problems: tuple[tuple[str, str], ...] = ()


class _Converted(Exception):
    """A CSV cell that cannot be read as its fact's declared type."""


def load_module(guideline: ir.Guideline) -> types.ModuleType:
    """The guideline's generated Python module, compiled and loaded in memory."""
    name = f"_guideline_batch_{guideline.id}"
    module = types.ModuleType(name)
    module.__file__ = f"<generated {guideline.id}>"
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    try:
        code = compile(emit(guideline), module.__file__, "exec")
        exec(code, module.__dict__)
    finally:
        del sys.modules[name]
    return module


# ----------------------------------------------------------------------- reading

# Bytes that are not UTF-8 are read as lone surrogates (errors="surrogateescape"), so
# that one bad row is a row error and the rows after it are still read.
_NOT_UTF8 = re.compile("[\udc80-\udcff]")
_NOT_UTF8_PROBLEM = "is not UTF-8 text (save the file as UTF-8)"
# A number as a CSV cell may write it: ASCII digits, no `_` separators, no `nan` or `inf`.
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_INTEGER = re.compile(r"[+-]?[0-9]+")


def open_patients(path: Path) -> IO[str]:
    """A patients file opened for `read_patients`: UTF-8, a leading byte-order mark dropped."""
    return path.open(encoding="utf-8-sig", errors="surrogateescape", newline="")


class _Repeated(Exception):
    """A JSON object that gives one key twice."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object's dict; a key given twice is an error, not the last one winning."""
    found: dict[str, object] = {}
    for key, value in pairs:
        if key in found:
            raise _Repeated(key)
        found[key] = value
    return found


def _integer(text: str) -> int | float:
    """A JSON integer; one too long for Python to convert is infinite (then not finite)."""
    try:
        return int(text)
    except ValueError:
        return float(text)


def as_written(text: str) -> float | decimal.Decimal:
    """A number's text as the decimal written: the float whose shortest repr it is, when
    there is one, else a `Decimal` of exactly those digits (which `evaluate` reads exactly)."""
    value = float(text)
    if not math.isfinite(value) or decimal.Decimal(text) == decimal.Decimal(repr(value)):
        return value
    return decimal.Decimal(text)


# A number that may not be the shortest repr of its float: 16 or more digits (with any
# decimal point), or an exponent. Below that, every decimal is its float's shortest repr.
_LONG_NUMBER = re.compile(r"\d[\d.]{15}|\d[eE]")

# A JSON string, and the colon after it when it is a key.
_KEY = re.compile(r'"(?:[^"\\]|\\.)*"(\s*:)?')


def _keys_written(line: str) -> int:
    """How many keys a line of JSON writes, nested ones too (a key given twice counts twice)."""
    return sum(1 for found in _KEY.finditer(line) if found.group(1))


def json_value(line: str) -> tuple[object, tuple[tuple[str, str], ...]]:
    """The JSON value of a text read by `open_patients`, or the problems that stop it
    being read (each a fact or `row`, and a message)."""
    if not line.isascii() and _NOT_UTF8.search(line):
        return None, (("row", _NOT_UTF8_PROBLEM),)
    long_number = _LONG_NUMBER.search(line) is not None
    try:
        fast = None if long_number else fast_json.loads(line)
    except (ValueError, RecursionError):  # read again below, to say why
        fast = None
    # Every key written is followed by a colon, so a line with no more colons than the
    # object has keys gives no key twice (the count is cheap; the scan is for the rest).
    if type(fast) is dict and (line.count(":") == len(fast) or len(fast) == _keys_written(line)):
        return fast, ()  # no key is given twice, so the fast reading is the reading
    try:
        return json.loads(
            line, object_pairs_hook=_unique, parse_int=_integer, parse_float=as_written
        ), ()
    except _Repeated as exc:
        return None, ((exc.key, "is given twice in this row"),)
    except json.JSONDecodeError as exc:
        return None, (("row", f"is not valid JSON: {exc.msg}"),)
    except RecursionError:
        return None, (("row", "is nested too deeply to read"),)


def _json_rows(stream: IO[str]) -> Iterator[Row]:
    number = 0
    for line_no, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        number += 1
        value, problems = json_value(line)
        if problems:
            yield Row(number, line_no, None, problems)
        elif not isinstance(value, dict):
            yield Row(number, line_no, None, (("row", "must be a JSON object of facts"),))
        else:
            yield Row(number, line_no, value)


def _cell(decl: ir.Input, text: str) -> object:
    """A CSV cell as its input's declared type; an empty cell is unknown (None)."""
    text = text.strip()
    if not text:
        return None
    if decl.kind == "yesno":
        lowered = text.lower()
        if lowered in _YES:
            return True
        if lowered in _NO:
            return False
        raise _Converted(f"expected yes or no, got {text!r}")
    if decl.kind in ("number", "whole"):
        return _cell_number(decl, text)
    return text


def _cell_number(decl: ir.Input, text: str) -> object:
    number, _space, unit = text.partition(" ")
    if unit.strip() and _NUMBER.fullmatch(number):
        # a number with its unit (`1.2 mg/dL`): the module converts it, or names the field
        return {"value": _cell_number(decl, number), "unit": unit.strip()}
    if not _NUMBER.fullmatch(text):
        raise _Converted(f"expected a number, got {text!r}")
    if decl.kind == "whole" and _INTEGER.fullmatch(text):
        return _integer(text)  # exactly, also beyond 2**53
    value = as_written(text)
    if decl.kind == "whole" and math.isfinite(value) and value == int(value):
        return int(value)
    return value


@dataclass(frozen=True)
class _Columns:
    """A CSV file's header: column names, the inputs, and problems that spoil every row."""

    names: list[str]
    inputs: dict[str, ir.Input]
    problems: tuple[tuple[str, str], ...]


def _header(reader: Iterator[list[str]], inputs: dict[str, ir.Input]) -> _Columns | None:
    try:
        header = next(reader, None)
    except csv.Error as exc:
        return _Columns([], inputs, (("header", _csv_problem(exc)),))
    if header is None:
        return None
    names = [h.strip() for h in header]
    problems: list[tuple[str, str]] = []
    if _NOT_UTF8.search("".join(names)):
        problems.append(("header", _NOT_UTF8_PROBLEM))
    for name in sorted({n for n in names if names.count(n) > 1}):
        columns = " and ".join(str(i) for i, n in enumerate(names, start=1) if n == name)
        problems.append((name, f"is the name of more than one column (columns {columns})"))
    return _Columns(names, inputs, tuple(problems))


def _csv_problem(exc: csv.Error) -> str:
    if "field larger than field limit" in str(exc):
        return f"has a cell longer than {csv.field_size_limit()} characters"
    return f"cannot be read as CSV: {exc}"


def _csv_rows(stream: IO[str], inputs: dict[str, ir.Input]) -> Iterator[Row]:
    reader = csv.reader(stream)
    columns = _header(reader, inputs)
    if columns is None:
        return
    number = 0
    while True:
        number += 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Row(number, reader.line_num, None, (("row", _csv_problem(exc)),))
            continue
        if any(c.strip() for c in cells):
            yield _csv_row(number, reader.line_num, columns, cells)


def _csv_row(number: int, line_no: int, columns: _Columns, cells: list[str]) -> Row:
    if columns.problems:
        return Row(number, line_no, None, columns.problems)
    if len(cells) != len(columns.names):
        problem = f"has {len(cells)} cells but the header has {len(columns.names)}"
        return Row(number, line_no, None, (("row", problem),))
    patient: dict[str, object] = {}
    problems: list[tuple[str, str]] = []
    bad_bytes = bool(_NOT_UTF8.search("".join(cells)))
    for name, text in zip(columns.names, cells, strict=True):
        decl = columns.inputs.get(name)
        if bad_bytes and _NOT_UTF8.search(text):
            problems.append((name, _NOT_UTF8_PROBLEM))
            continue
        try:
            patient[name] = _cell(decl, text) if decl is not None else text or None
        except _Converted as exc:
            problems.append((name, str(exc)))
    return Row(number, line_no, None if problems else patient, tuple(problems))


def read_patients(path: Path, guideline: ir.Guideline, stream: IO[str]) -> Iterator[Row]:
    """The patients of a `.csv` file (header row of fact names) or a JSON Lines file.

    `stream` is the file as `open_patients` opens it. Nothing in the file stops the
    reading: each row that cannot be read is a row with its problems.
    """
    if path.suffix.lower() == ".csv":
        return _csv_rows(stream, {i.name: i for i in guideline.inputs})
    return _json_rows(stream)


# -------------------------------------------------------------------- evaluating


def _error(row: Row, kind: str, problems: Iterable[tuple[str, str]]) -> str:
    listed = [{"fact": fact, "problem": problem} for fact, problem in problems]
    return general_line({"row": row.number, "line": row.line, "error": kind, "problems": listed})


def evaluate_row(module: types.ModuleType, row: Row, writer: FieldsWriter) -> tuple[str, bool]:
    """The JSON line (without its newline) for one row, and whether the row was good."""
    if row.patient is None:
        return _error(row, "invalid patient data", row.problems), False
    try:
        return writer.line(row.patient), True
    except module.PatientDataError as exc:
        return _error(row, "invalid patient data", exc.problems), False
    except module.GuidelineDefect as exc:
        return _error(row, "guideline defect", [("guideline", str(exc))]), False


@dataclass
class BatchCounts:
    """How many rows were evaluated, and how many of them were bad."""

    rows: int = 0
    bad: int = 0


def run_batch(
    module: types.ModuleType,
    rows: Iterable[Row],
    write: Callable[[str], object],
    fields: Iterable[str] = RESULT_FIELDS,
    guideline: ir.Guideline | None = None,
) -> BatchCounts:
    """Evaluate every row in order, writing one JSON line per row (the result's `fields`:
    by default all of them); never stops on a bad row. Given the module's `guideline`,
    a line of only the fields `decide()` answers is written from `decide()`."""
    counts = BatchCounts()
    units = None if guideline is None else dose_units(ir.recommendations(guideline))
    writer = FieldsWriter(module, fields, units)
    for row in rows:
        line, good = evaluate_row(module, row, writer)
        counts.rows += 1
        counts.bad += 0 if good else 1
        write(line + "\n")
    return counts
