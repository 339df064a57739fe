"""Batch evaluation: many patients from a JSON Lines or CSV file, one JSON result per line.

Patients are read, evaluated and written one at a time, so a file of any size runs in
constant memory. Evaluation uses the guideline's Python module (the text
`guideline build` writes to generated/<id>.py), compiled in memory from the source
being run, so it always matches that source. A bad row does not stop the run: its
line of output is an error object naming the row, and the caller counts them.
"""

from __future__ import annotations

import csv
import json
import math
import sys
import types
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, NamedTuple

from compiler.emit_python import emit
from compiler.running import fast_json
from compiler.running.result_fields import FieldsWriter
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


def _json_rows(stream: IO[str]) -> Iterator[Row]:
    number = 0
    for line_no, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        number += 1
        try:
            value = fast_json.loads(line)
        except json.JSONDecodeError as exc:
            yield Row(number, line_no, None, (("row", f"is not valid JSON: {exc.msg}"),))
            continue
        if not isinstance(value, dict):
            yield Row(number, line_no, None, (("row", "must be a JSON object of facts"),))
            continue
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
        try:
            value = float(text)
        except ValueError:
            raise _Converted(f"expected a number, got {text!r}") from None
        if decl.kind == "whole" and math.isfinite(value) and value == int(value):
            return int(value)
        return value
    return text


def _csv_rows(stream: IO[str], inputs: dict[str, ir.Input]) -> Iterator[Row]:
    reader = csv.reader(stream)
    header = next(reader, None)
    if header is None:
        return
    names = [h.strip() for h in header]
    for number, cells in enumerate(reader, start=1):
        line_no = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(names):
            problem = f"has {len(cells)} cells but the header has {len(names)}"
            yield Row(number, line_no, None, (("row", problem),))
            continue
        patient: dict[str, object] = {}
        problems: list[tuple[str, str]] = []
        for name, text in zip(names, cells, strict=True):
            decl = inputs.get(name)
            try:
                patient[name] = _cell(decl, text) if decl is not None else text or None
            except _Converted as exc:
                problems.append((name, str(exc)))
        yield Row(number, line_no, None if problems else patient, tuple(problems))


def read_patients(path: Path, guideline: ir.Guideline, stream: IO[str]) -> Iterator[Row]:
    """The patients of a `.csv` file (header row of fact names) or a JSON Lines file."""
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
        result: Any = module.evaluate(row.patient)
    except module.PatientDataError as exc:
        return _error(row, "invalid patient data", exc.problems), False
    except module.GuidelineDefect as exc:
        return _error(row, "guideline defect", [("guideline", str(exc))]), False
    return writer.text(result), True


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
) -> BatchCounts:
    """Evaluate every row in order, writing one JSON line per row (the result's `fields`:
    by default all of them); never stops on a bad row."""
    counts = BatchCounts()
    writer = FieldsWriter(module, fields)
    for row in rows:
        line, good = evaluate_row(module, row, writer)
        counts.rows += 1
        counts.bad += 0 if good else 1
        write(line + "\n")
    return counts
