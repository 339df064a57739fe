"""Throughput of batch evaluation (`guideline run --patients`) on JSON Lines and CSV files."""

from __future__ import annotations

import csv
import json
import time
from pathlib import Path

from benchmarks import synth
from compiler.running import batch
from compiler.semantics import ir


def write_files(guideline: ir.Guideline, n: int, folder: Path) -> dict[str, Path]:
    """The same seeded patients as a JSON Lines file and a CSV file."""
    folder.mkdir(parents=True, exist_ok=True)
    patients = synth.patients(guideline, n, 3)
    jsonl = folder / f"{guideline.id}_patients.jsonl"
    with jsonl.open("w", encoding="utf-8") as out:
        for patient in patients:
            out.write(json.dumps({k: v for k, v in patient.items() if v is not None}) + "\n")
    table = folder / f"{guideline.id}_patients.csv"
    names = [i.name for i in guideline.inputs]
    with table.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(names)
        for patient in patients:
            writer.writerow(["" if patient[n] is None else _cell(patient[n]) for n in names])
    return {"JSON Lines": jsonl, "CSV": table}


def _cell(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def throughput(guideline: ir.Guideline, path: Path, repeats: int) -> tuple[float, int, int]:
    """Best patients per second reading, evaluating and writing every row; rows; bad rows."""
    module = batch.load_module(guideline)
    best, counts = float("inf"), batch.BatchCounts()
    for _ in range(repeats):
        sink: list[str] = []
        start = time.perf_counter()
        with path.open(encoding="utf-8", newline="") as stream:
            counts = batch.run_batch(module, batch.read_patients(path, guideline, stream),
                                     sink.append)
        best = min(best, time.perf_counter() - start)
    return counts.rows / best, counts.rows, counts.bad
