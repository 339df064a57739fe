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
               timing: int, *, checked: str = "") -> str:
    """One workload: each engine's best round, its slowest, and its ratio to the first
    engine (from the best rounds, and the range of the round-by-round ratios)."""
    base = timed[0].us_per_patient
    rows = [
        [t.engine, f"{t.us_per_patient:,.2f}",
         "" if t.worst_us is None else f"{t.worst_us:,.2f}",
         _ratio(t.us_per_patient / base), _span(t.ratio_range),
         "" if t.setup_ms is None else f"{t.setup_ms:,.1f}", t.note]
        for t in timed
    ]
    checked = checked or (f"all engines gave identical outputs on {verified:,} verification "
                          f"and {timing:,} timing patients")
    title = f"Evaluation: {name}\n  {checked}"
    for missing in absent:
        title += f"\n  absent: {missing}"
    first = timed[0].engine.split(" (")[0]
    return table(title, ["engine", "us/patient", "slowest round", f"vs {first}",
                         "round by round", "setup ms", "note"], rows)


def _span(span: tuple[float, float] | None) -> str:
    return "" if span is None else f"{_ratio(span[0])} - {_ratio(span[1])}"


def margin_table(timed: list[Timed], published: Sequence[tuple[str, str, float]]) -> str:
    """The project's engines against the fastest peer measured in this run, and the
    published figures beside the measured ones (labelled, never used in a ratio)."""
    ours = [t for t in timed if t.engine.startswith("generated")]
    peers = [t for t in timed if t.peer]
    measured = {t.engine: t.us_per_patient for t in timed}
    rows = []
    for key, label, us in published:
        here = measured.get(key)
        rows.append([label, f"{us:,.2f}", "" if here is None else f"{here:,.2f}",
                     *["" if here is None else _ratio(here / o.us_per_patient) for o in ours]])
    title = "IMNM workload: the project's engines against the other engines measured in this run"
    if peers:
        fastest = min(peers, key=lambda t: t.us_per_patient)
        title += f"\n  fastest peer measured: {fastest.engine}, {fastest.us_per_patient:,.2f} us"
        for o in ours:
            title += (f"\n  {o.engine}: {fastest.us_per_patient / o.us_per_patient:,.1f}x "
                      f"faster than {fastest.engine}")
    else:
        title += "\n  no peer was measured in this run"
    title += ("\n  published: imnm-workload.md's figures (another machine), for reference only;"
              " every ratio uses the measured column")
    header = ["engine", "published us", "measured us",
              *[f"measured / {o.engine.split(' (')[0]}" for o in ours]]
    return table(title, header, rows)


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
