"""The generated test cases as tables a clinician can review (from compiler.testgen)."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from compiler.emit_docs.page import fact_words
from compiler.emit_docs.text import md
from compiler.emit_docs.views import rec_links
from compiler.emit_docs.words import CondWords
from compiler.semantics import ir
from compiler.testgen import CaseGenerationError, generate_cases
from compiler.testgen.pytest_compact import is_compact


@dataclass(frozen=True)
class CaseRow:
    """One generated case: what it tests, the patient, and the expected outcome."""

    id: str
    title: str
    facts: Markup
    expected: Markup | str


@dataclass(frozen=True)
class CaseGroup:
    """The cases of one kind."""

    kind: str
    heading: str
    rows: tuple[CaseRow, ...]


@dataclass(frozen=True)
class CaseTable:
    """Every generated case by kind, or why there are none. `too_many`: the cases are
    too many to list (the groups then hold no rows, only their counts)."""

    groups: tuple[CaseGroup, ...]
    problem: str
    too_many: Markup | str = ""
    counts: tuple[int, ...] = ()


_HEADINGS = {
    "path": "Every path through the decision tree",
    "boundary": "Both sides of every numeric threshold",
    "choice": "Every choice of every one-of fact",
    "range": "The ends of every plausible range",
    "mcdc": "Each part of a combined condition deciding on its own",
    "score": "Each value a score reaches, and criteria not known",
    "reject": "Patient data that must be rejected",
    "example": "The authored examples",
}


def _outcome(guideline: ir.Guideline, expected: object) -> Markup | str:
    words = CondWords(guideline)
    if isinstance(expected, list):
        problems = "; ".join(f"{words.question(str(f))}: {m}" for f, m in expected)
        return md("rejected: " + problems)
    assert isinstance(expected, dict)
    recs = expected.get("recommendations", [])
    assert isinstance(recs, list)
    out = Markup(rec_links([str(r["id"]) for r in recs]))
    doses = [f"{r['id']} {r['dose']['text']}" for r in recs if r.get("dose")]
    if doses:
        out += Markup(" ") + md("(dose: " + "; ".join(doses) + ")")
    needs = expected.get("needs") or []
    assert isinstance(needs, list)
    if not expected.get("complete", True):
        asked = "; ".join(words.question(str(n)) for n in needs)
        out += Markup("; ") + md("then asks for: " + asked)
    return out


def case_table(guideline: ir.Guideline) -> CaseTable:
    """The generated cases of the guideline, grouped by kind, ready to show."""
    try:
        cases = generate_cases(guideline)
    except CaseGenerationError as exc:
        return CaseTable((), f"The test cases could not be generated: {exc}")
    kinds = list(_HEADINGS) + sorted({c.kind for c in cases} - set(_HEADINGS))
    if is_compact(cases):  # every outcome lists most of the guideline: a page of megabytes
        counts = [(k, sum(c.kind == k for c in cases)) for k in kinds]
        shown = [(k, n) for k, n in counts if n]
        return CaseTable(
            tuple(CaseGroup(k, _HEADINGS.get(k, k), ()) for k, _ in shown),
            "",
            md(f"This guideline has {len(cases):,} generated cases, and the outcome of each "
               "runs through most of the guideline: too many to show on this page. Review "
               "them with ")
            + Markup(" <code>") + md(f"guideline cases {guideline.id}") + Markup("</code>; ")
            + md("the generated tests check every one."),
            tuple(n for _, n in shown),
        )
    groups = []
    for kind in kinds:
        rows = tuple(
            CaseRow(
                c.id,
                c.title,
                fact_words(guideline, c.patient.items()),
                _outcome(guideline, c.expected),
            )
            for c in cases
            if c.kind == kind
        )
        if rows:
            groups.append(CaseGroup(kind, _HEADINGS.get(kind, kind), rows))
    return CaseTable(tuple(groups), "")
