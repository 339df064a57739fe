#!/usr/bin/env python3
"""Benchmarks: compile scaling, evaluation speed against other engines, batch throughput.

    .venv/bin/python benchmarks/run.py            # the full run (tens of minutes)
    .venv/bin/python benchmarks/run.py --quick    # a short run (a few minutes)

Prints tables of figures and ratios. Nothing is asserted about time.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import (
    batch_bench,
    compile_bench,
    eval_bench,
    install_peers,
    node_peer,
    rounds,
    targets,
    workloads,
)
from benchmarks.report import NESTING_TITLE, compile_table, eval_table, margin_table, table


def _progress(message: str) -> None:
    print(f"  .. {message}", file=sys.stderr, flush=True)


def imnm_workload(args: argparse.Namespace, verdicts: list[targets.Verdict]) -> list[str]:
    """The IMNM workload: every engine in its own process, timed in interleaved rounds."""
    notes = install_peers.ensure(not args.no_install)
    for line in notes:
        _progress(f"peers: {line}")
    specs = workloads.imnm_workload_specs()
    _progress("peers: npm packages of benchmarks/cql (cql-execution)")
    node_absent = node_peer.ensure(not args.no_install)
    if node_absent:
        _progress(f"peers: {node_peer.NAME}: {node_absent}")
    else:
        specs.append(node_peer.spec(workloads.SLOW_PREFIX))
    outcomes = rounds.run(specs, args.verify, args.patients, args.repeats,
                          timeout=args.engine_timeout, progress=_progress)
    name = "IMNM workload (synthetic, imnm-workload.md)"
    reference = outcomes[0]
    if reference.absent or not reference.seconds:
        raise RuntimeError(f"the hand-written reference was not timed: {reference.absent}")
    timed, absent = [], [f"peers: {line}" for line in notes]
    for outcome in outcomes:
        if outcome.absent or len(outcome.seconds) < args.repeats:
            absent.append(f"{outcome.spec.name}: {outcome.absent}")
            continue
        note = f"first {outcome.patients:,} patients" if outcome.patients < args.patients else ""
        timed.append(eval_bench.from_rounds(
            name, outcome.spec.name, outcome.patients, outcome.seconds,
            (reference.seconds, reference.patients), setup_ms=outcome.setup_ms,
            note=note, peer=outcome.spec.peer))
    if node_absent:
        absent.append(f"{node_peer.NAME}: {node_absent}")
    checked = (f"one process per engine, {args.repeats} rounds (A B C ..., A B C ...); every "
               f"engine gave the hand-written function's output on all {args.verify:,} "
               "verification patients before it was timed")
    verdicts += targets.evaluation(timed)
    return [eval_table(name, timed, absent, args.verify, args.patients, checked=checked),
            margin_table(timed, workloads.PUBLISHED_US)]


def evaluation(args: argparse.Namespace, verdicts: list[targets.Verdict]) -> list[str]:
    """Every workload: verify that the engines agree, then time them in rounds."""
    out = imnm_workload(args, verdicts)
    builders: list[Callable[[], workloads.Workload]] = [
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
        verdicts += targets.evaluation(timed)
    return out


def batch_section(args: argparse.Namespace, verdicts: list[targets.Verdict]) -> str:
    """Throughput of `guideline run --patients` on the real IMNM guideline, full and compact,
    beside plain loops over the same file, in interleaved rounds."""
    guideline = workloads.compile_file(
        workloads.ROOT / "guidelines" / "imnm.guideline", "guidelines/imnm.guideline"
    )
    files = batch_bench.write_files(guideline, args.batch, workloads.BUILD)
    _progress("batch: every way, in rounds")
    ways = batch_bench.measure(guideline, files, min(args.repeats, 3))
    naive = ways[0].rate
    hand = next(w.rate for w in ways if w.name == batch_bench.PLAIN_HANDWRITTEN)
    rows = [[w.name, f"{w.rows:,}", f"{w.bad:,}", f"{w.rate:,.0f}", f"{min(w.rates):,.0f}",
             f"{1e6 / w.rate:.2f}", f"{w.bytes // max(w.rows, 1):,}", _times(w.rate / naive),
             _times(w.rate / hand)]
            for w in ways]
    rate = {w.name: w.rate for w in ways}
    verdicts += targets.batch(rate["guideline run, JSON Lines, compact output"],
                              rate["guideline run, JSON Lines, full output"] / naive,
                              rate["guideline run, JSON Lines, compact output"] / hand)
    out = [table(
        "Batch evaluation: guideline run imnm --patients FILE (read, evaluate, write JSON)\n"
        "  full: every field of each result (the default); compact: --output-fields "
        + ",".join(batch_bench.COMPACT),
        ["run", "rows", "bad rows", "patients/s", "slowest round", "us/patient", "bytes/row",
         "vs plain evaluate() loop", "vs plain hand-written loop"],
        rows,
    )]
    if not args.no_memory:
        _progress("batch: peak memory at two sizes")
        source = workloads.ROOT / "guidelines" / "imnm.guideline"
        peaks = batch_bench.memory(guideline, source, args.memory_sizes, workloads.BUILD)
        verdicts += targets.memory([(m.output, m.rows, m.peak_mb) for m in peaks])
        out.append(table(
            "Batch memory: peak resident memory of guideline run imnm --patients FILE "
            "--output /dev/null\n  (the whole process, from the start: interpreter, compiler, "
            "module; one fresh process each)",
            ["output", "rows", "peak MB", "seconds"],
            [[m.output, f"{m.rows:,}", f"{m.peak_mb:,.1f}", f"{m.seconds:,.1f}"]
             for m in peaks]))
    return "\n\n".join(out)


def _times(value: float) -> str:
    return f"{value:,.2f}x"


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
    parser.add_argument("--no-memory", action="store_true",
                        help="skip tracemalloc peaks and the batch's peak memory")
    parser.add_argument("--no-install", action="store_true",
                        help="do not install missing peer engines (the bench extra)")
    parser.add_argument("--engine-timeout", type=float, default=900.0,
                        help="seconds an engine's process may take to answer")
    args = parser.parse_args(argv)
    quick = args.quick
    args.sizes = args.sizes or ([10, 100, 1000] if quick else [10, 100, 1000, 10000])
    args.patients = args.patients or (10_000 if quick else 100_000)
    args.verify = 2_000 if quick else 10_000
    args.repeats = 3 if quick else 5
    args.synthetic = 300 if quick else 1000
    args.batch = 5_000 if quick else 50_000
    args.memory_sizes = (2_000, 20_000) if quick else (10_000, 100_000)
    args.max_depth = 200 if quick else 400
    args.stage_budget = args.stage_budget or (60.0 if quick else 900.0)
    args.only = args.only or ["compile", "eval", "batch"]
    return args


def _load() -> str:
    """The load average (1, 5 and 15 minutes) beside the number of cores."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} / {five:.2f} / {fifteen:.2f} on {os.cpu_count()} cores"


def _show(sections: list[str]) -> None:
    print("\n\n".join(sections) + "\n", flush=True)


def main(argv: list[str] | None = None) -> int:
    """Run the chosen sections and print each one's tables as soon as it is done, with the
    targets it judged (a long compile scaling run never holds back the other figures)."""
    args = parse_args(argv)
    runs: list[tuple[str, Callable[[list[targets.Verdict]], list[str]]]] = [
        ("eval", lambda v: evaluation(args, v)),
        ("batch", lambda v: [batch_section(args, v)]),
        ("compile", lambda v: compilation(args, v)),
    ]
    for name, run in runs:
        if name not in args.only:
            continue
        verdicts: list[targets.Verdict] = []
        before = _load()
        sections = run(verdicts)
        sections.insert(0, f"Machine load, section {name}: {before} at its start, "
                           f"{_load()} at its end")
        if verdicts:
            sections.append(table(f"Targets, {name} (reported, not asserted)",
                                  ["target", "measured", ""], targets.targets_table(verdicts)))
        _show(sections)
    return 0


if __name__ == "__main__":
    sys.exit(main())
