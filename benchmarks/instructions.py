#!/usr/bin/env python3
"""Instructions per patient, counted by valgrind's callgrind: a figure a busy machine
cannot move, beside the timed rounds of run.py, which it can.

    .venv/bin/python benchmarks/instructions.py            # every way, 1,000 and 2,000 patients
    .venv/bin/python benchmarks/instructions.py --only decide --only floor

Each way runs in its own process under callgrind twice, over N and 2N patients, each
run setting up the same (imports, building the module, making 2N patients or opening
a file of 2N rows); the difference of the two counts, divided by N, is what one
patient costs, with the setup cancelled out.
The ways are the IMNM workload's engines of workload_engines.py (the generated module
built by run.py into build/bench/, or now if it is not there) and the batch command's
row loop (`run_batch`) on the real IMNM guideline's JSON Lines file, full and compact.
Nothing is timed; valgrind is needed (Debian's `valgrind`).
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import batch_bench, gen_patients, workload_engines, workloads
from compiler.running import batch

ROOT = Path(__file__).resolve().parent.parent
WORKLOAD = ("hand-written", "floor", "decide", "evaluate")
BATCH = ("batch compact", "batch full")
WAYS = WORKLOAD + BATCH
_TOTAL = re.compile(r"Collected\s*:\s*(\d+)")


def _workload_engine(way: str) -> Callable[[dict[str, object]], object]:
    if way == "hand-written":
        return workload_engines.handwritten
    if way == "floor":
        return workload_engines.handwritten_validated
    path = workloads.BUILD / "imnm_workload.py"
    if not path.is_file():
        workloads.build_module(workloads.compile_file(workloads.WORKLOAD_SOURCE,
                                                      "benchmarks/imnm_workload.guideline"))
    module = workloads.import_path(path, "bench_imnm_workload")
    if way == "decide":
        lean = workload_engines.module_decide(module)
        assert lean is not None
        return lean
    return workload_engines.module_evaluate(module)


def _batch_file(n: int) -> Path:
    folder = workloads.BUILD / "instructions"
    path = folder / f"imnm_patients_{n}.jsonl"
    if not path.is_file():
        guideline = workloads.compile_file(ROOT / "guidelines" / "imnm.guideline",
                                           "guidelines/imnm.guideline")
        written = batch_bench.write_files(guideline, n, folder)["JSON Lines"]
        written.rename(path)
    return path


def child(way: str, n: int, pool: int) -> None:
    """The measured process: set up (the same for every n: `pool` patients made or one
    file of `pool` rows), then run the way over the first n patients."""
    if way in WORKLOAD:
        engine = _workload_engine(way)
        patients = gen_patients.generate(pool, gen_patients.TIMING_SEED)
        for patient in patients[:n]:
            engine(patient)
        return
    path = _batch_file(pool)
    guideline = workloads.compile_file(ROOT / "guidelines" / "imnm.guideline",
                                       "guidelines/imnm.guideline")
    module = batch.load_module(guideline)
    fields = batch_bench.COMPACT if way == "batch compact" else batch_bench.FULL
    with batch.open_patients(path) as stream:
        rows = itertools.islice(batch._json_rows(stream), n)
        batch.run_batch(module, rows, lambda _line: None, fields, guideline)


def count(way: str, n: int, pool: int) -> int:
    """Instructions of the whole child process for `way` over n patients."""
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={folder}/out",
             sys.executable, __file__, "--child", way, str(n), str(pool)],
            capture_output=True, text=True, check=False,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
    found = _TOTAL.search(done.stderr)
    if done.returncode != 0 or found is None:
        tail = done.stderr.strip().splitlines()[-3:]
        raise RuntimeError(f"callgrind failed for {way}: {' | '.join(tail)}")
    return int(found.group(1))


def per_patient(way: str, n: int) -> float:
    """Instructions one patient costs: the counts at n and 2n patients, differenced."""
    if way in BATCH:  # write the file before counting, outside both runs
        _batch_file(2 * n)
    else:
        _workload_engine(way)
    return (count(way, 2 * n, 2 * n) - count(way, n, 2 * n)) / n


def main(argv: list[str] | None = None) -> int:
    """Print instructions per patient for each way, and each against the hand-written one."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--only", choices=WAYS, action="append", help="these ways only")
    parser.add_argument("--patients", type=int, default=1000, help="N (the runs are N and 2N)")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], int(args.child[1]), int(args.child[2]))
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 1
    ways = args.only or list(WAYS)
    if "hand-written" not in ways and any(w in WORKLOAD for w in ways):
        ways.insert(0, "hand-written")
    figures = {}
    for way in ways:
        print(f"  .. callgrind: {way}", file=sys.stderr, flush=True)
        figures[way] = per_patient(way, args.patients)
    print(f"Instructions per patient (callgrind; {args.patients:,} and {2 * args.patients:,} "
          "patients, differenced)")
    hand = figures.get("hand-written")
    for way, value in figures.items():
        ratio = f"  {value / hand:5.2f}x hand-written" if hand and way in WORKLOAD else ""
        print(f"  {way:14s} {value:12,.0f}{ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
