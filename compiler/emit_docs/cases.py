"""The generated test cases as tables a clinician can review (from compiler.testgen).

Clinical cases (the authored examples, every path, both sides of each threshold, each
choice, the ends of each range, each score value) come first; software checks (data
that must be rejected, each part of a combined condition on its own) follow under their
own heading. The recommendations every clinical case gets are listed once, above the
tables; each case then shows, as text, only what it adds, with the dose in its own
column. In rejected data a text is shown in quotes, so that "1" and 1 differ.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from markupsafe import Markup

from compiler.emit_docs.page import fact_words
from compiler.emit_docs.text import anchor, md
from compiler.emit_docs.words import CondWords
from compiler.semantics import ir
from compiler.testgen import CaseGenerationError, generate_cases
from compiler.testgen.case import Case
from compiler.testgen.pytest_compact import is_compact


@dataclass(frozen=True)
class CaseRow:
    """One generated case: what it tests, the patient, and the expected outcome."""

    id: str
    title: str
    facts: Markup
    expected: Markup | str
    dose: Markup | str = ""


@dataclass(frozen=True)
class CaseGroup:
    """The cases of one kind; `software` for the checks of the code, not of the care."""

    kind: str
    heading: str
    rows: tuple[CaseRow, ...]
    software: bool = False


@dataclass(frozen=True)
class CaseTable:
    """Every generated case by kind, or why there are none. `too_many`: the cases are
    too many to list (the groups then hold no rows, only their counts)."""

    groups: tuple[CaseGroup, ...]
    problem: str
    too_many: Markup | str = ""
    counts: tuple[int, ...] = ()
    common: tuple[Markup, ...] = ()  # what every clinical case recommends, listed once


_HEADINGS = {
    "example": "The authored examples",
    "path": "Every path through the decision tree",
    "boundary": "Both sides of every numeric threshold",
    "choice": "Every choice of every one-of fact",
    "range": "The ends of every plausible range",
    "score": "Each value a score reaches, and criteria not known",
    "reject": "Patient data that must be rejected",
    "mcdc": "Each part of a combined condition deciding on its own",
}
SOFTWARE_KINDS = frozenset({"reject", "mcdc"})


def _rec_text(rec: dict[str, object]) -> Markup:
    href = "#" + str(anchor("rec", str(rec["id"])))
    return Markup(f'<a href="{href}">') + md(str(rec["text"])) + Markup("</a>")


def _outcome(
    guideline: ir.Guideline, expected: object, common: tuple[str, ...], texts: dict[str, str]
) -> tuple[Markup | str, Markup | str]:
    """What the outcome adds to (or leaves out of) the common list, as text; the doses."""
    words = CondWords(guideline)
    if isinstance(expected, list):
        problems = "; ".join(f"{words.question(str(f))}: {m}" for f, m in expected)
        return md("rejected: " + problems), ""
    assert isinstance(expected, dict)
    recs = expected.get("recommendations", [])
    assert isinstance(recs, list)
    given = {str(r["id"]) for r in recs}
    parts = [_rec_text(r) for r in recs if r["id"] not in common]
    missing = [c for c in common if c not in given]
    if common and len(missing) == len(common):
        parts.insert(0, md("none of the list above"))
    elif missing:
        parts.append(md("without: " + "; ".join(texts.get(m, m) for m in missing)))
    out = Markup("<br>").join(parts) if parts else md("the list above only")
    if not recs:
        out = md("no recommendation")
    doses = [md(f"{r['dose'].get('calculation') or r['dose']['text']}") for r in recs
             if r.get("dose")]
    needs = expected.get("needs") or []
    assert isinstance(needs, list)
    if not expected.get("complete", True):
        asked = "; ".join(words.question(str(n)) for n in needs)
        out += Markup("<br>") + md("then asks for: " + asked)
    return out, Markup("<br>").join(doses)


def _raw_facts(guideline: ir.Guideline, patient: dict[str, object]) -> Markup:
    """Rejected data as written: a text in quotes, a number bare (`"1"` is not `1`)."""
    decls = {i.name: i for i in guideline.inputs}
    order = {name: n for n, name in enumerate(decls)}
    parts = []
    for name, value in sorted(patient.items(), key=lambda kv: (order.get(kv[0], len(order)),
                                                               kv[0])):
        decl = decls.get(name)
        try:
            shown = json.dumps(value)
        except (TypeError, ValueError):
            shown = repr(value)
        parts.append(md(f"{decl.question if decl else name}: {shown}"))
    return Markup("<br>").join(parts)


def _common(cases: list[Case]) -> list[dict[str, object]]:
    """The recommendations most clinical cases get (more than half of them), in the
    order the first case giving each gives them."""
    results = [c.expected for c in cases
               if c.kind not in SOFTWARE_KINDS and isinstance(c.expected, dict)]
    counts: dict[str, int] = {}
    first: dict[str, dict[str, object]] = {}
    for res in results:
        recs = res.get("recommendations", [])
        assert isinstance(recs, list)
        for rec in recs:
            counts[str(rec["id"])] = counts.get(str(rec["id"]), 0) + 1
            first.setdefault(str(rec["id"]), rec)
    if len(results) < 2:
        return []
    return [first[k] for k, n in counts.items() if 2 * n > len(results)]


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
    common = _common(cases)
    ids = tuple(str(r["id"]) for r in common)
    texts = {str(r["id"]): str(r["text"]) for r in common}
    groups = []
    for kind in kinds:
        rows = []
        for c in cases:
            if c.kind != kind:
                continue
            outcome, dose = _outcome(guideline, c.expected, ids, texts)
            facts = (_raw_facts(guideline, c.patient) if c.kind == "reject"
                     else fact_words(guideline, c.patient.items()))
            rows.append(CaseRow(c.id, c.title, facts, outcome, dose))
        if rows:
            groups.append(CaseGroup(kind, _HEADINGS.get(kind, kind), tuple(rows),
                                    kind in SOFTWARE_KINDS))
    groups.sort(key=lambda g: g.software)
    return CaseTable(tuple(groups), "", common=tuple(_rec_text(r) for r in common))
