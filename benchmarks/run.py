#!/usr/bin/env python3
"""Benchmarks: compile scaling, evaluation speed against other engines, batch throughput.

    .venv/bin/python benchmarks/run.py            # the full run (tens of minutes)
    .venv/bin/python benchmarks/run.py --quick    # a short run (a few minutes)

Prints tables of figures and ratios. Nothing is asserted about time.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import batch_bench, compile_bench, eval_bench, targets, workloads
from benchmarks.report import (
    NESTING_TITLE,
    compile_table,
    eval_table,
    published_table,
    table,
)


def _progress(message: str) -> None:
    print(f"  .. {message}", file=sys.stderr, flush=True)


def evaluation(args: argparse.Namespace, verdicts: list[targets.Verdict]) -> list[str]:
    """Every workload: verify that the engines agree, then time them."""
    out: list[str] = []
    builders: list[Callable[[], workloads.Workload]] = [
        lambda: workloads.imnm_workload(args.patients, args.verify),
        lambda: workloads.imnm_guideline(args.patients, args.verify),
        lambda: workloads.synthetic(args.synthetic, args.patients // 4, args.verify // 4),
    ]
    for build in builders:
        workload = build()
        _progress(f"verify: {workload.name}")
        eval_bench.verify(workload.engines, workload.verify_patients, workload.same)
        eval_bench.verify(workload.engines, workload.timing_patients, workload.same)
        _progress(f"time: {workload.name}")
        timed = eval_bench.time_engines(
            workload.name, workload.engines, workload.timing_patients, args.repeats,
            setup_ms=workload.setup_ms, prefix=workload.prefix,
        )
        out.append(eval_table(workload.name, timed, workload.absent,
                              len(workload.verify_patients), len(workload.timing_patients)))
        published: tuple[tuple[str, float], ...] = ()
        if workload.name.startswith("IMNM workload"):
            published = workloads.PUBLISHED_US
            out.append(published_table(timed, published))
        verdicts += targets.evaluation(timed, published)
    return out


def batch_section(args: argparse.Namespace) -> str:
    """Throughput of `guideline run --patients` on the real IMNM guideline."""
    guideline = workloads.compile_file(
        workloads.ROOT / "guidelines" / "imnm.guideline", "guidelines/imnm.guideline"
    )
    files = batch_bench.write_files(guideline, args.batch, workloads.BUILD)
    rows = []
    for kind, path in files.items():
        _progress(f"batch: {kind}")
        rate, count, bad = batch_bench.throughput(guideline, path, min(args.repeats, 3))
        rows.append([kind, f"{count:,}", f"{bad:,}", f"{rate:,.0f}", f"{1e6 / rate:.1f}"])
    return table(
        "Batch evaluation: guideline run imnm --patients FILE (read, evaluate, write JSON)",
        ["input", "rows", "bad rows", "patients/s", "us/patient"],
        rows,
    )


def compilation(args: argparse.Namespace, verdicts: list[targets.Verdict]) -> list[str]:
    """Stage times and peak memory at each size, and the deepest nesting that works."""
    results, branches = compile_bench.scaling(
        args.sizes, args.stage_budget, not args.no_memory, _progress
    )
    verdicts += targets.compilation(results, branches)
    out = [compile_table(results, branches)]
    depths = list(compile_bench.NESTING_DEPTHS)
    nested = compile_bench.nesting(depths, args.stage_budget, not args.no_memory, _progress)
    out.append(compile_table(nested, {d: d for d in depths}, NESTING_TITLE, "deep"))
    _progress("compile: deep nesting")
    depth, note = compile_bench.deepest_nesting(args.max_depth)
    lines = [f"Deep nesting: decisions nested {depth} deep compile and evaluate end to end."]
    if note:
        lines.append(f"  one level deeper fails: {note}")
    absent = compile_bench.absent_stages()
    lines.append("Stages absent from this tree: " + (", ".join(absent) if absent else "none"))
    out.append("\n".join(lines))
    return out


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Options; --quick sets small sizes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="a short run with small sizes")
    parser.add_argument("--only", choices=["compile", "eval", "batch"], action="append",
                        help="run only these sections (repeatable)")
    parser.add_argument("--sizes", type=int, nargs="+", help="branch counts for compile scaling")
    parser.add_argument("--patients", type=int, help="timing patients (workload: 100,000)")
    parser.add_argument("--stage-budget", type=float, help="seconds before a stage is stopped")
    parser.add_argument("--no-memory", action="store_true", help="skip tracemalloc peaks")
    args = parser.parse_args(argv)
    quick = args.quick
    args.sizes = args.sizes or ([10, 100, 1000] if quick else [10, 100, 1000, 10000])
    args.patients = args.patients or (10_000 if quick else 100_000)
    args.verify = 2_000 if quick else 10_000
    args.repeats = 3 if quick else 5
    args.synthetic = 300 if quick else 1000
    args.batch = 5_000 if quick else 50_000
    args.max_depth = 200 if quick else 400
    args.stage_budget = args.stage_budget or (60.0 if quick else 900.0)
    args.only = args.only or ["compile", "eval", "batch"]
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the chosen sections and print their tables."""
    args = parse_args(argv)
    sections: list[str] = []
    verdicts: list[targets.Verdict] = []
    if "eval" in args.only:
        sections += evaluation(args, verdicts)
    if "batch" in args.only:
        sections.append(batch_section(args))
    if "compile" in args.only:
        sections += compilation(args, verdicts)
    if verdicts:
        sections.append(table("Targets (reported, not asserted)", ["target", "measured", ""],
                              targets.targets_table(verdicts)))
    print("\n\n".join(sections))
    return 0


if __name__ == "__main__":
    sys.exit(main())
