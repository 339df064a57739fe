"""The speed targets beside what this run measured: reported, never asserted.

Evaluation: the generated `evaluate()` within 3x of the hand-written function per
patient, the lean `decide()` within 1.8x, and both at least 50x faster than the
fastest other engine (a peer) measured in the same run. Ratios carry the targets,
not absolute times. Compilation: `check` + `build`
(without test generation) of a 1,000-branch guideline under 2 s, and no stage
growing faster than n log n from 1,000 to 10,000 branches. Batch: the compact output
of a JSON Lines file at 100,000 patients/s end to end, the full output at twice the
speed it had against a plain loop over `evaluate()`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from benchmarks.compile_bench import Measured
from benchmarks.eval_bench import Timed

HAND = "hand-written"
# The hand-written function after the module's own checks of plain data: no engine
# that refuses bad data can be faster (benchmarks/workload_engines.py).
FLOOR = "hand-written + validation (floor)"
EVALUATE, DECIDE = "generated evaluate()", "generated decide() (lean)"
LIMITS = ((EVALUATE, 3.0), (DECIDE, 1.8))
FASTER_THAN_ENGINES = 50.0
END_TO_END, END_TO_END_SECONDS = "end to end", 2.0
COMPACT_RATE = 100_000.0  # patients/s, --output-fields ids,doses,needs,complete
# The full output ran 2.15x the plain loop over evaluate() before the fast writer.
FULL_BEFORE = 2.15
FULL_VS_PLAIN = 2 * FULL_BEFORE
NOISE_SECONDS = 0.1
# Stages that exist only to generate test cases (the 2 s target leaves them out).
TEST_GENERATION = ("testgen", "emit pytest_files")


@dataclass(frozen=True)
class Verdict:
    """One target: what it asks, what was measured, and whether it was met."""

    target: str
    measured: str
    met: bool | None  # None: a figure reported, no target to meet


def evaluation(timed: Sequence[Timed]) -> list[Verdict]:
    """The per-patient targets on one workload (when it has a hand-written function);
    with peers among `timed`, the margin over the fastest of them too."""
    us = {t.engine: t.us_per_patient for t in timed}
    hand = next((v for k, v in us.items() if k.startswith(HAND) and k != FLOOR), None)
    if hand is None:
        return []
    workload = timed[0].workload.split(" (")[0]
    out = []
    if FLOOR in us:
        ratio = us[FLOOR] / hand
        out.append(Verdict(f"{workload}: {FLOOR}, the best a validating engine can do",
                           f"{ratio:.2f}x ({us[FLOOR]:.2f} us)", None))
    for engine, limit in LIMITS:
        if engine in us:
            ratio = us[engine] / hand
            out.append(Verdict(f"{workload}: {engine} within {limit}x of hand-written",
                               f"{ratio:.2f}x ({us[engine]:.2f} us)", ratio <= limit))
    peers = [t for t in timed if t.peer]
    if not peers:
        return out
    fastest = min(peers, key=lambda t: t.us_per_patient)
    for engine, _ in LIMITS:
        if engine in us:
            times = fastest.us_per_patient / us[engine]
            out.append(Verdict(
                f"{workload}: {engine} {FASTER_THAN_ENGINES:.0f}x faster than the fastest "
                f"peer measured ({fastest.engine})",
                f"{times:.1f}x ({fastest.us_per_patient:.2f} us)",
                times >= FASTER_THAN_ENGINES))
    return out


def batch(compact_rate: float, full_vs_plain: float,
          compact_vs_hand: float | None = None) -> list[Verdict]:
    """The batch targets: the compact output of a JSON Lines file at 100,000 patients/s end
    to end; the full output at twice the speed it had before, against the plain loop.
    Reported beside them: the compact output against the plain loop over the hand-written
    function (json.loads, the function, json.dumps), a ratio no load moves."""
    reported = [] if compact_vs_hand is None else [Verdict(
        "batch, JSON Lines, compact output against the plain loop over the hand-written "
        "function", f"{compact_vs_hand:.2f}x", None)]
    return [
        *reported,
        Verdict(f"batch, JSON Lines, compact output: at least {COMPACT_RATE:,.0f} patients/s",
                f"{compact_rate:,.0f} patients/s", compact_rate >= COMPACT_RATE),
        Verdict(f"batch, JSON Lines, full output: at least {FULL_VS_PLAIN:.1f}x the plain loop "
                f"over evaluate() (twice the {FULL_BEFORE}x it measured before)",
                f"{full_vs_plain:.2f}x", full_vs_plain >= FULL_VS_PLAIN),
    ]


# Batch memory is bounded when a file of many times the rows peaks within this of the small one.
MEMORY_SLACK_MB = 5.0


def memory(peaks: Sequence[tuple[str, int, float]]) -> list[Verdict]:
    """Bounded batch memory: for each output, the peak resident memory of the largest file
    within MEMORY_SLACK_MB of the smallest's (rows: output, row count, peak MB)."""
    out = []
    for output in dict.fromkeys(o for o, _, _ in peaks):
        sized = sorted((rows, peak) for o, rows, peak in peaks if o == output)
        (small, low), (large, high) = sized[0], sized[-1]
        if large == small:
            continue
        out.append(Verdict(
            f"batch, {output} output: bounded memory (peak at {large:,} rows within "
            f"{MEMORY_SLACK_MB:.0f} MB of the peak at {small:,})",
            f"{low:,.1f} MB -> {high:,.1f} MB", high - low <= MEMORY_SLACK_MB))
    return out


def nlogn(small: int, large: int) -> float:
    """The growth n log n allows from `small` to `large` branches."""
    return (large * math.log(large)) / (small * math.log(small))


def compilation(results: Sequence[Measured], branches: dict[int, int]) -> list[Verdict]:
    """The 2 s end-to-end target near 1,000 branches, growth from 1,000 to 10,000 for
    every stage, and the slowest stage at the largest size."""
    found = {(m.stage, m.size): m.seconds for m in results}
    stages = list(dict.fromkeys(m.stage for m in results))
    out = []
    if 1000 in branches:
        for stage in stages:
            seconds = found.get((stage, 1000))
            if stage.startswith(END_TO_END) and seconds is not None:
                out.append(Verdict(f"{stage}, {branches[1000]:,} branches, under 2 s",
                                   f"{seconds:.2f} s", seconds < END_TO_END_SECONDS))
    if 1000 in branches and 10000 in branches:
        allowed = nlogn(branches[1000], branches[10000])
        for stage in stages:
            before, after = found.get((stage, 1000)), found.get((stage, 10000))
            if before is None or not before:
                continue
            kind = " (test generation)" if stage.startswith(TEST_GENERATION) else ""
            met: bool | None
            if after is not None and after < NOISE_SECONDS:  # too short for its growth to mean much
                measured, met = f"{after:.3f} s at 10,000", None
            else:
                measured = "stopped at 10,000" if after is None else f"x{after / before:.1f}"
                met = after is not None and after / before <= allowed
            out.append(Verdict(f"{stage}{kind}: growth 1,000 -> 10,000 at most x{allowed:.1f}",
                               measured, met))
    slowest = _slowest(results, max(branches), branches) if branches else None
    return out + ([slowest] if slowest is not None else [])


def _slowest(results: Sequence[Measured], size: int, branches: dict[int, int]) -> Verdict | None:
    """The stage taking longest at `size` (a stage stopped for its budget comes first)."""
    rows = [m for m in results if m.size == size and not m.stage.startswith(END_TO_END)]
    if not rows:
        return None
    stopped = [m for m in rows if m.seconds is None]
    if stopped:
        measured = f"{stopped[0].stage}: {stopped[0].note or 'did not finish'}"
    else:
        worst = max(rows, key=lambda m: m.seconds or 0.0)
        measured = f"{worst.stage}: {worst.seconds or 0.0:.2f} s"
    return Verdict(f"slowest stage at {branches[size]:,} branches", measured, None)


def targets_table(verdicts: Sequence[Verdict]) -> list[list[str]]:
    """Rows for the report: target, measured, met."""
    status = {True: "met", False: "NOT MET", None: "reported"}
    return [[v.target, v.measured, status[v.met]] for v in verdicts]
