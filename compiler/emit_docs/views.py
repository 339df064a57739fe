"""Rows for the page's tables: patient facts, assumptions, examples, references."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from compiler.emit_docs.page import Note, PageModel, dose_words, fact_words
from compiler.emit_docs.text import anchor, link, md, safe_url
from compiler.emit_docs.words import CondWords, range_words, type_words
from compiler.semantics import ir
from compiler.semantics.scores import extremes


@dataclass(frozen=True)
class InputRow:
    """One patient fact."""

    anchor: str
    name: str
    question: str
    type: str
    unit: str
    range: str
    unknown: str
    notes: tuple[Note, ...]


@dataclass(frozen=True)
class ExampleRow:
    """One authored example patient and what it expects."""

    anchor: str
    id: str
    title: str
    facts: Markup
    recs: Markup | str
    doses: str
    needs: str
    notes: tuple[Note, ...]


@dataclass(frozen=True)
class ReferenceView:
    """One numbered reference with its links and who cites it."""

    anchor: str
    number: int
    text: str
    links: Markup
    cited_by: Markup | str
    notes: tuple[Note, ...]


def input_rows(guideline: ir.Guideline, model: PageModel) -> list[InputRow]:
    """Every patient fact, in declaration order."""
    return [
        InputRow(
            anchor("input", i.name),
            i.name,
            i.question,
            type_words(i),
            f"{i.unit_text} (converted at {i.converts})" if i.converts else i.unit_text,
            range_words(i),
            "yes" if i.may_be_unknown else "no",
            tuple(model.notes(i.narrative)),
        )
        for i in guideline.inputs
    ]


@dataclass(frozen=True)
class DefinitionRow:
    """One definition: its name, what it stands for, as written, and its notes and gaps."""

    anchor: str
    name: str
    label: str
    text: str
    notes: tuple[Note, ...]


def definition_rows(guideline: ir.Guideline, model: PageModel) -> list[DefinitionRow]:
    """Every definition, in declaration order."""
    return [
        DefinitionRow(anchor("define", d.name), d.name, d.label, d.text,
                      tuple(model.notes(d.narrative)))
        for d in guideline.definitions
    ]


@dataclass(frozen=True)
class CriterionRow:
    """One criterion of a score: its points, what it means and how it is written."""

    points: str
    label: str
    words: str
    source: str
    notes: tuple[Note, ...]


@dataclass(frozen=True)
class ScoreView:
    """One score: its criteria as a points table, and the values it can take."""

    anchor: str
    name: str
    title: str
    rows: tuple[CriterionRow, ...]
    span: str
    notes: tuple[Note, ...]


def points_words(points: object) -> str:
    """`+1`, `−2`, `+1.5`: points with their sign."""
    value = float(points)  # type: ignore[arg-type]
    text = f"{abs(value):.4f}".rstrip("0").rstrip(".")
    return ("−" if value < 0 else "+") + text


def score_views(guideline: ir.Guideline, model: PageModel) -> list[ScoreView]:
    """Every score, in declaration order."""
    words = CondWords(guideline)
    out = []
    for score in guideline.scores:
        rows = tuple(
            CriterionRow(
                points_words(c.points), c.label, words.cond(c.cond), c.text,
                tuple(model.notes(c.narrative)),
            )
            for c in score.criteria
        )
        low, high = extremes(score)
        span = f"{points_words(low).lstrip('+')} to {points_words(high).lstrip('+')}"
        out.append(
            ScoreView(
                anchor("score", score.name), score.name, score.title, rows, span,
                tuple(model.notes(score.narrative)),
            )
        )
    return out


def assumption_rows(guideline: ir.Guideline) -> list[tuple[str, str, str, str]]:
    """(anchor, text, condition in words, condition as written) per assumption."""
    words = CondWords(guideline)
    return [
        (anchor("assumption", a.id), a.text, words.cond(a.cond), a.label)
        for a in guideline.assumptions
    ]


def rec_links(ids: tuple[str, ...] | list[str]) -> Markup | str:
    """Links to recommendations by id, or `none` when there are none."""
    if not ids:
        return "none"
    return Markup(", ").join(link("#" + anchor("rec", i), i) for i in ids)


def example_rows(guideline: ir.Guideline, model: PageModel) -> list[ExampleRow]:
    """Every authored example, in source order."""
    words = CondWords(guideline)
    rows = []
    for ex in guideline.examples:
        recs: Markup | str = "not checked" if ex.expect_recs is None else rec_links(ex.expect_recs)
        doses = "; ".join(
            f"{rid}: {dose_words(lo, hi, unit)}" for rid, lo, hi, unit in ex.expect_doses
        )
        needs = "; ".join(words.question(n) for n in ex.expect_needs or ())
        rows.append(
            ExampleRow(
                anchor("example", ex.id),
                ex.id,
                ex.title,
                fact_words(guideline, ex.patient),
                recs,
                doses,
                needs,
                tuple(model.notes(ex.narrative)),
            )
        )
    return rows


def _ref_links(ref: ir.Reference) -> Markup:
    found = []
    if ref.doi:
        url = "https://doi.org/" + ref.doi.strip()
        found.append(Markup("DOI: ") + link(url, ref.doi))
    if ref.pmid:
        url = "https://pubmed.ncbi.nlm.nih.gov/" + ref.pmid.strip() + "/"
        found.append(Markup("PMID: ") + link(url, ref.pmid))
    if ref.url:
        safe = safe_url(ref.url)
        found.append(link(safe, ref.url) if safe else Markup("URL: ") + md(ref.url))
    return Markup(". ").join(found)


def reference_views(guideline: ir.Guideline, model: PageModel) -> list[ReferenceView]:
    """Every reference, by number, with the recommendations that cite it."""
    citing: dict[str, list[str]] = {}
    for rec in ir.recommendations(guideline):
        for key in rec.citations:
            citing.setdefault(key, []).append(rec.id)
    return [
        ReferenceView(
            anchor("ref", r.key),
            r.number,
            r.text,
            _ref_links(r),
            rec_links(citing.get(r.key, [])),
            tuple(model.notes(r.narrative)),
        )
        for r in sorted(guideline.references, key=lambda r: r.number)
    ]
