"""Plain-text tables for the benchmark report."""

from __future__ import annotations

from collections.abc import Sequence

from benchmarks.compile_bench import Measured
from benchmarks.eval_bench import Timed


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A titled table with aligned columns (first column left, the rest right)."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        parts = [str(cells[0]).ljust(widths[0])]
        parts += [str(c).rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True)]
        return "  ".join(parts).rstrip()

    rule = "-" * len(line(header))
    return "\n".join([title, rule, line(header), rule, *[line(r) for r in rows], rule])


def eval_table(name: str, timed: list[Timed], absent: list[str], verified: int,
               timing: int) -> str:
    """One workload: us per patient and the ratio to the first engine."""
    base = timed[0].us_per_patient
    rows = [
        [t.engine, f"{t.us_per_patient:,.2f}", _ratio(t.us_per_patient / base),
         "" if t.setup_ms is None else f"{t.setup_ms:,.1f}", t.note]
        for t in timed
    ]
    title = (f"Evaluation: {name}\n  all engines gave identical outputs on {verified:,} "
             f"verification and {timing:,} timing patients")
    for missing in absent:
        title += f"\n  absent: {missing}"
    return table(title, ["engine", "us/patient", f"vs {timed[0].engine.split(' (')[0]}",
                         "setup ms", "note"], rows)


def published_table(timed: list[Timed], published: Sequence[tuple[str, float]]) -> str:
    """Published figures for other engines beside ours, scaled by this machine's speed."""
    ours = {t.engine: t.us_per_patient for t in timed}
    hand = timed[0].us_per_patient
    speed = hand / published[0][1]
    rows = []
    for engine, us in published:
        rows.append([f"published: {engine}", f"{us:,.2f}", f"{us * speed:,.2f}",
                     *[_ratio(us * speed / ours[k]) for k in _ours(ours)]])
    for engine in _ours(ours):
        rows.append([f"measured: {engine}", "", f"{ours[engine]:,.2f}",
                     *[_ratio(ours[engine] / ours[k]) for k in _ours(ours)]])
    title = ("IMNM workload beside the figures published in imnm-workload.md\n"
             f"  this machine runs the hand-written function {speed:.2f}x the published time;"
             " published figures are scaled by that factor")
    ratios = [f"/ {k.split(' (')[0]}" for k in _ours(ours)]
    header = ["engine", "published us", "scaled us", *ratios]
    return table(title, header, rows)


def _ours(ours: dict[str, float]) -> list[str]:
    return [k for k in ours if k.startswith("generated")]


def _ratio(value: float) -> str:
    return f"{value:,.2f}x" if value < 1 else f"{value:,.1f}x"


def _growth(now: float | None, before: float | None) -> str:
    if now is None or before is None or before <= 0:
        return ""
    return f"x{now / before:,.1f}"


_SCALING_TITLE = (
    "Compile scaling on synthetic guidelines (seconds per stage; growth = factor over the "
    "previous size, about x10 when linear, x100 when quadratic)"
)
NESTING_TITLE = (
    "Compile time by nesting depth: decisions nested 5, 10, 20 and 40 deep (seconds per "
    "stage; growth = factor over the previous depth, about x2 when linear, x4 when "
    "quadratic, far more when exponential)"
)


def compile_table(
    results: list[Measured],
    branches: dict[int, int],
    title: str = _SCALING_TITLE,
    unit: str = "br",
) -> str:
    """Stage by size: seconds with growth from the previous size, and peak memory."""
    sizes = sorted(branches)
    stages = list(dict.fromkeys(m.stage for m in results))
    found = {(m.stage, m.size): m for m in results}
    header = ["stage"]
    for size in sizes:
        header += [f"{branches[size]:,} {unit} s", "growth", "peak MB"]
    rows = []
    totals: dict[int, float] = dict.fromkeys(sizes, 0.0)
    incomplete: dict[int, bool] = dict.fromkeys(sizes, False)
    notes = []
    for stage in stages:
        row = [stage]
        previous: float | None = None
        for size in sizes:
            m = found.get((stage, size))
            seconds = m.seconds if m else None
            if m is not None and m.note:
                notes.append(f"  {stage} at {size:,}: {m.note}")
            row += [
                "-" if seconds is None else f"{seconds:,.3f}",
                _growth(seconds, previous),
                "" if m is None or m.peak_bytes is None else f"{m.peak_bytes / 2**20:,.1f}",
            ]
            if not stage.startswith("end to end"):  # the stages again, as one run
                totals[size] += seconds or 0.0
                incomplete[size] = incomplete[size] or seconds is None
            previous = seconds
        rows.append(row)
    total_row = ["total of the stages (> : some stage stopped or failed)"]
    previous = None
    for size in sizes:
        mark = "> " if incomplete[size] else ""
        total_row += [f"{mark}{totals[size]:,.3f}", _growth(totals[size], previous), ""]
        previous = totals[size]
    rows.append(total_row)
    text = table(title, header, rows)
    return text + ("\n" + "\n".join(notes) if notes else "")
