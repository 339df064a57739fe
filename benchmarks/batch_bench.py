"""Throughput of batch evaluation (`guideline run --patients`) on JSON Lines and CSV files.

Each file is run with the full output (every field of each result, the default) and
with the compact output of `--output-fields ids,doses,needs,complete`, beside two
plain loops over the same JSON Lines file that read each line with `json.loads` and
write a line with `json.dumps`: one over the module's `evaluate()` (the full result,
the same bytes as the batch command) and one over the hand-written function.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from benchmarks import imnm_real, synth
from compiler.running import batch
from compiler.running.result_json import RESULT_FIELDS
from compiler.semantics import ir

COMPACT = ("complete", "doses", "ids", "needs")
FULL = RESULT_FIELDS
PLAIN_EVALUATE = "plain loop over evaluate() (the full result), JSON Lines"
PLAIN_HANDWRITTEN = "plain loop over the hand-written function, JSON Lines"
READ_ONLY = "reading alone: orjson.loads of each line, JSON Lines"


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


@dataclass
class Measured:
    """One way of running the file: its best rate over the rounds, rows, bad rows, bytes."""

    name: str
    run: Callable[[], tuple[int, int, int]]  # rows, bad rows, bytes written
    rates: list[float] = field(default_factory=list)
    rows: int = 0
    bad: int = 0
    bytes: int = 0

    @property
    def rate(self) -> float:
        """Patients per second in the best round."""
        return max(self.rates)


def batch_run(guideline: ir.Guideline, module: types.ModuleType, path: Path,
              fields: tuple[str, ...]) -> Callable[[], tuple[int, int, int]]:
    """`guideline run --patients path` with these output fields, into a counting sink."""

    def run() -> tuple[int, int, int]:
        size = 0

        def write(line: str) -> None:
            nonlocal size
            size += len(line)

        with path.open(encoding="utf-8", newline="") as stream:
            counts = batch.run_batch(module, batch.read_patients(path, guideline, stream),
                                     write, fields, guideline)
        return counts.rows, counts.bad, size

    return run


def plain_loop(path: Path, engine: Callable[[dict[str, object]], object]
               ) -> Callable[[], tuple[int, int, int]]:
    """A plain loop over a JSON Lines file: json.loads, the engine, json.dumps."""
    dumps = json.JSONEncoder(sort_keys=True, separators=(",", ":")).encode

    def run() -> tuple[int, int, int]:
        rows = size = 0
        with path.open(encoding="utf-8") as stream:
            for line in stream:
                size += len(dumps(engine(json.loads(line)))) + 1
                rows += 1
        return rows, 0, size

    return run


def read_loop(path: Path) -> Callable[[], tuple[int, int, int]]:
    """Only the reading: each line of a JSON Lines file parsed by orjson, nothing else."""
    loads = orjson.loads

    def run() -> tuple[int, int, int]:
        rows = 0
        with path.open(encoding="utf-8") as stream:
            for line in stream:
                loads(line)
                rows += 1
        return rows, 0, 0

    return run


def measure(guideline: ir.Guideline, files: dict[str, Path], repeats: int) -> list[Measured]:
    """Every way of running the files, in `repeats` interleaved rounds (A B C, A B C, ...);
    the plain loop over `evaluate()` comes first."""
    module = batch.load_module(guideline)
    jsonl = files["JSON Lines"]
    ways = [
        Measured(PLAIN_EVALUATE, plain_loop(jsonl, lambda p: module.evaluate(p).to_dict())),
        Measured(PLAIN_HANDWRITTEN, plain_loop(jsonl, imnm_real.handwritten)),
        Measured(READ_ONLY, read_loop(jsonl)),
    ]
    for kind, path in files.items():
        for label, fields in (("full", FULL), ("compact", COMPACT)):
            ways.append(Measured(f"guideline run, {kind}, {label} output",
                                 batch_run(guideline, module, path, fields)))
    for _ in range(repeats):
        for way in ways:
            start = time.perf_counter()
            way.rows, way.bad, way.bytes = way.run()
            way.rates.append(way.rows / (time.perf_counter() - start))
    return ways


@dataclass(frozen=True)
class Memory:
    """Peak resident memory of one `guideline run --patients` process."""

    output: str  # "full" or "compact"
    rows: int
    peak_mb: float
    seconds: float


def peak_rss(command: list[str]) -> tuple[float, float]:
    """Peak resident set size (MB) of the command's process, and its wall time (s)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode not in (0, 1):  # 1: some rows were bad, which is still a run
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}): {errors[-300:]}")
    return usage.ru_maxrss / 1024, seconds  # ru_maxrss is in KiB on Linux


def memory(guideline: ir.Guideline, source: Path, sizes: tuple[int, ...],
           folder: Path) -> list[Memory]:
    """`guideline run SOURCE --patients FILE --output /dev/null` at each size of file, full
    and compact output, each in a fresh process: its peak resident memory."""
    out = []
    for size in sizes:
        path = write_files(guideline, size, folder / f"memory_{size}")["JSON Lines"]
        for label, fields in (("full", None), ("compact", COMPACT)):
            command = [sys.executable, "-m", "compiler.commands.main", "run", str(source),
                       "--patients", str(path), "--output", os.devnull]
            if fields is not None:
                command += ["--output-fields", ",".join(fields)]
            peak, seconds = peak_rss(command)
            out.append(Memory(label, size, peak, seconds))
    return out
