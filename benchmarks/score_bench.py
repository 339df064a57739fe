"""A 9-point weighted score, written with `score` and the way it had to be written before.

The workload: a 0-9 risk score with weighted yes/no criteria, age-dependent points (2 at
75 and over, 1 from 65 to 74) and a sex-dependent point, compared at three thresholds
(the shape of the score issue 13 describes; placeholder names, benchmark content, not
clinical). "after" writes it with a `score`; "before" writes each threshold as a
hand-made definition, the disjunction of every smallest set of criteria whose points
reach it, as an author without scores had to. Both give the same recommendations for
every patient (checked here on every combination of the criteria). The "before" form
no longer compiles as it stands: its largest condition tests 95 facts and comparisons,
past the 40 that one condition may test (P020), so it is measured with that limit
lifted for the run (`limits.MAX_TERMS`), and the report says so.

For each: `guideline check` (parse, checks, lowering), `build` (the module, the page,
the pytest file, test cases included) and `cases` (test generation alone) are timed in
one process, one after the other, and the module's size is counted in lines. Nothing
is asserted about time.

    .venv/bin/python benchmarks/score_bench.py [--budget SECONDS]   (per stage; default 600)
"""

from __future__ import annotations

import itertools
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import compile_bench
from compiler.checks import limits
from compiler.emit_docs import render_guideline
from compiler.emit_python import emit
from compiler.pipeline.stages import compile_text
from compiler.semantics import interpreter, ir
from compiler.testgen import generate_cases
from compiler.testgen.pytest_file import render

HEADER = """guideline {id} "Weighted score benchmark ({variant})"
  version 0.1.0
  status draft
  owners "Benchmarks"
  reviewed 2026-01-15
  scope "Benchmark patients (placeholder content, not clinical)"

input finding_a "Finding A": yes/no
input finding_b "Finding B": yes/no
input finding_c "Finding C": yes/no or unknown
input finding_d "Finding D": yes/no
input finding_e "Finding E": yes/no
input sex "Sex": one of female, male
input age "Age": number years from 18 to 110
"""

# (points, condition, label): 1 + 1 + 2 + 1 + 1 + 2 (or 1 for 65-74) + 1 = 9 at most
CRITERIA = (
    (1, "finding_a", "Finding A"),
    (1, "finding_b", "Finding B"),
    (2, "finding_c", "Finding C"),
    (1, "finding_d", "Finding D"),
    (1, "finding_e", "Finding E"),
    (2, "age >= 75 years", "Age 75 or more"),
    (1, "age >= 65 years and age < 75 years", "Age 65 to 74"),
    (1, "sex is female", "Female sex"),
)
EXCLUSIVE = frozenset({5, 6})  # the two age bands never hold together
THRESHOLDS = (3, 2, 1)

DECISION = """
decide risk_band "Which band is the risk in?"
  when {high}:
    consider treat "Treatment A"
      expert opinion
  when {middle}:
    consider treat_b "Treatment B"
      expert opinion
  when {low}:
    assess review "Review"
      expert opinion
  when unknown: ask
  otherwise:
    advise none "No treatment"
      expert opinion
"""


def after() -> str:
    """The score written with `score`."""
    lines = ['score risk "Weighted risk score"']
    lines += [f'  points {p} when {c} "{label}"' for p, c, label in CRITERIA]
    guards = {k: f"risk >= {t}" for k, t in zip(("high", "middle", "low"), THRESHOLDS, strict=True)}
    return (
        HEADER.format(id="score_after", variant="score")
        + "\n"
        + "\n".join(lines)
        + "\n"
        + (DECISION.format(**guards))
    )


def smallest_sets(threshold: int) -> list[tuple[int, ...]]:
    """Every set of criteria whose points reach the threshold and none of whose subsets do."""
    found: list[tuple[int, ...]] = []
    for size in range(1, len(CRITERIA) + 1):
        for chosen in itertools.combinations(range(len(CRITERIA)), size):
            if set(chosen) >= EXCLUSIVE:
                continue
            if sum(CRITERIA[i][0] for i in chosen) < threshold:
                continue
            if any(set(f) <= set(chosen) for f in found):
                continue
            found.append(chosen)
    return found


def _condition(index: int) -> str:
    condition = CRITERIA[index][1]
    return f"({condition})" if " and " in condition else condition


def before() -> str:
    """Each threshold as a hand-made definition (no scores)."""
    lines = []
    for threshold in THRESHOLDS:
        ways = [" and ".join(_condition(i) for i in s) for s in smallest_sets(threshold)]
        body = " or ".join(f"({w})" if " and " in w else w for w in ways)
        lines.append(f'define at_least_{threshold} "Risk {threshold} or more" = {body}')
    guards = {
        k: f"at_least_{t}" for k, t in zip(("high", "middle", "low"), THRESHOLDS, strict=True)
    }
    return (
        HEADER.format(id="score_before", variant="definitions")
        + "\n"
        + "\n".join(lines)
        + ("\n" + DECISION.format(**guards))
    )


@dataclass(frozen=True)
class Figures:
    """What one variant costs (None: the stage did not finish in its budget)."""

    check: float | None
    cases: float | None
    build: float | None
    cases_count: int | None
    module_lines: int
    page_kb: float


def _cases(guideline: ir.Guideline) -> int:
    return len(generate_cases(guideline, 60_000))


def _build(guideline: ir.Guideline) -> None:
    """What `guideline build` writes for it: the module, the page (with its cases) and the
    pytest file (the cases generated once, as one build does)."""
    emit(guideline)
    render_guideline(guideline)
    render(guideline)


def largest_condition(text: str) -> int:
    """How many facts and comparisons the largest condition of the text tests."""
    compiled = compile_text(text, "count.guideline")
    found = [d.message for d in compiled.diagnostics if d.code == "P020"]
    return max((int(m.split(" tests ")[1].split()[0]) for m in found), default=0)


def measure(text: str, name: str, budget: float) -> tuple[Figures, ir.Guideline]:
    """check, cases and build of one guideline text, each in a forked process of its own
    stopped after `budget` seconds (the limit of one condition's size lifted, see the
    module's docstring); the module's size and the page's (without cases) from here."""
    kept = limits.MAX_TERMS
    limits.MAX_TERMS = 10_000
    try:
        return _measure(text, name, budget)
    finally:
        limits.MAX_TERMS = kept


def _measure(text: str, name: str, budget: float) -> tuple[Figures, ir.Guideline]:
    path = f"{name}.guideline"
    _, _, guideline = compile_bench.prepare(text, path)
    timed = {
        stage: compile_bench.measure(stage, 0, thunk, budget, False).seconds
        for stage, thunk in (
            ("check", lambda: compile_text(text, path)),
            ("cases", lambda: _cases(guideline)),
            ("build", lambda: _build(guideline)),
        )
    }
    count = _cases(guideline) if timed["cases"] is not None else None
    figures = Figures(
        timed["check"],
        timed["cases"],
        timed["build"],
        count,
        len(emit(guideline).splitlines()),
        len(render_guideline(guideline, with_cases=False).encode()) / 1024,
    )
    return figures, guideline


def agree(first: ir.Guideline, second: ir.Guideline) -> int:
    """Both give the same recommendations and needs for every combination of the facts."""
    count = 0
    choices = [
        [True, False],
        [True, False],
        [True, False, None],
        [True, False],
        [True, False],
        ["female", "male"],
        [40, 65, 80],
    ]
    names = [d.name for d in first.inputs]
    for values in itertools.product(*choices):
        patient = dict(zip(names, values, strict=True))
        a, b = interpreter.evaluate(first, patient), interpreter.evaluate(second, patient)
        ids = [[r["id"] for r in x["recommendations"]] for x in (a, b)]  # type: ignore[union-attr]
        assert ids[0] == ids[1] and a["needs"] == b["needs"], (patient, a, b)
        count += 1
    return count


def _seconds(value: float | None, budget: float) -> str:
    return f"{value:.2f}" if value is not None else f"over {budget:.0f}"


def table(rows: list[tuple[str, Figures]], budget: float) -> str:
    """The figures side by side."""
    head = ["", *(name for name, _ in rows)]
    lines = [
        ("check (s)", [_seconds(f.check, budget) for _, f in rows]),
        ("cases (s)", [_seconds(f.cases, budget) for _, f in rows]),
        ("build, cases included (s)", [_seconds(f.build, budget) for _, f in rows]),
        ("test cases", [str(f.cases_count or "-") for _, f in rows]),
        ("module (lines)", [f"{f.module_lines:,}" for _, f in rows]),
        ("docs page without cases (KB)", [f"{f.page_kb:,.1f}" for _, f in rows]),
    ]
    width = max(len(label) for label, _ in lines)
    out = [f"{head[0]:<{width}}  " + "  ".join(f"{h:>22}" for h in head[1:])]
    for label, values in lines:
        out.append(f"{label:<{width}}  " + "  ".join(f"{v:>22}" for v in values))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Measure both variants and print them side by side."""
    args = sys.argv[1:] if argv is None else argv
    budget = float(args[args.index("--budget") + 1]) if "--budget" in args else 600.0
    sizes = {t: len(smallest_sets(t)) for t in THRESHOLDS}
    terms = largest_condition(before())
    rows = []
    guidelines = []
    for label, text in (("before: definitions", before()), ("after: score", after())):
        print(f"measuring {label} ...", file=sys.stderr, flush=True)
        figures, guideline = measure(text, label.split(":")[0].replace(" ", "_"), budget)
        rows.append((label, figures))
        guidelines.append(guideline)
    patients = agree(guidelines[0], guidelines[1])
    print("A 9-point weighted score (weighted, age- and sex-dependent points), three thresholds")
    print("before: " + ", ".join(f"`risk >= {t}` as {n} conjunctions" for t, n in sizes.items()))
    print(
        f"before: its largest condition tests {terms} facts and comparisons (P020 above "
        f"{limits.MAX_TERMS}): measured with the limit lifted"
    )
    print(f"both give the same recommendations and needs on {patients} patients")
    print(table(rows, budget))
    return 0


if __name__ == "__main__":
    sys.exit(main())
