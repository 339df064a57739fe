"""What one guideline page shows, as plain objects for the template.

Decisions and sections become a flat list of blocks in source order; a block
that contains another links to it. Every recommendation is shown once, under
the block (and branch) where the guideline places it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction

from markupsafe import Markup

from compiler.emit_docs.flowmodel import gap_anchor
from compiler.emit_docs.text import anchor, link, md
from compiler.emit_docs.words import (
    CondWords,
    kind_words,
    quantity,
    strength_words,
    value_words,
)
from compiler.semantics import ir


@dataclass(frozen=True)
class Note:
    """A note or a gap, ready to show."""

    kind: str
    text: str
    anchor: str
    cites: Markup
    bullets: tuple[tuple[str, Markup], ...]


@dataclass(frozen=True)
class RecView:
    """A recommendation with its details as (label, value) rows."""

    anchor: str
    id: str
    heading: str
    rows: tuple[tuple[str, str | Markup], ...]
    options: tuple[tuple[str, str, tuple[Note, ...]], ...]
    notes: tuple[Note, ...]
    uncited: str | None
    uncited_anchor: str


@dataclass(frozen=True)
class Item:
    """One thing in a branch or a section, in order."""

    kind: str  # "rec" | "note" | "decision" | "section" | "ask"
    rec: RecView | None = None
    note: Note | None = None
    text: str = ""
    href: str = ""


@dataclass
class BranchView:
    """One branch of a decision."""

    number: int
    anchor: str
    kind: str
    words: str
    source: str
    items: list[Item] = field(default_factory=list)


@dataclass
class Block:
    """A decision or a section, with where it sits in the tree."""

    kind: str  # "decision" | "section"
    anchor: str
    id: str
    heading: str
    reached: list[tuple[str, str, str]]
    applies: str = ""
    notes: list[Note] = field(default_factory=list)
    branches: list[BranchView] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)


class PageModel:
    """Builds the blocks, notes and recommendation views of one guideline."""

    def __init__(self, guideline: ir.Guideline) -> None:
        self.guideline = guideline
        self.words = CondWords(guideline)
        self.numbers = {r.key: r.number for r in guideline.references}
        self.blocks: list[Block] = []

    # ------------------------------------------------------------ evidence
    def cites(self, keys: tuple[str, ...]) -> Markup:
        """Links `[2]` to the numbered references, in the order given."""
        links = []
        for key in keys:
            number = self.numbers.get(key)
            shown = f"[{number if number is not None else key}]"
            links.append(link("#" + anchor("ref", key), shown, "gl-cite"))
        return Markup(", ").join(links)

    def note(self, narrative: ir.Narrative) -> Note:
        """A narrative with its citations as links."""
        bullets = tuple((text, self.cites(keys)) for text, keys in narrative.bullets)
        ident = gap_anchor(narrative) if narrative.kind == "gap" else ""
        return Note(narrative.kind, narrative.text, ident, self.cites(narrative.cites), bullets)

    def notes(self, narratives: tuple[ir.Narrative, ...]) -> list[Note]:
        """Every narrative, in order."""
        return [self.note(n) for n in narratives]

    # ----------------------------------------------------- recommendations
    def evidence(self, rec: ir.Recommendation) -> str | Markup:
        """Citations, expert opinion, or the gap of an uncited recommendation."""
        parts: list[Markup] = []
        if rec.citations:
            parts.append(self.cites(rec.citations))
        if rec.expert_opinion:
            parts.append(md("expert opinion"))
        if rec.uncited is not None:
            parts.append(Markup("<strong>none cited</strong> (see the gap below)"))
        return Markup("; ").join(parts) if parts else "none given"

    def dose(self, dose: ir.Dose) -> str:
        """The dose rule as written, what it is computed from and the unit of the result."""
        facts = ", ".join(self.words.question(n) for n in dose.inputs)
        computed = f", computed from: {facts}" if facts else ""
        cap = f", at most {dose.cap_rule} per dose" if dose.cap is not None else ""
        return f"{dose.rule}{cap} (result in {dose.unit}{computed})"

    def daily(self, daily: ir.DailyMaximum) -> str:
        """The daily maximum's rule as written and the unit of the result."""
        facts = ", ".join(self.words.question(n) for n in daily.inputs)
        computed = f", computed from: {facts}" if facts else ""
        return f"{daily.rule} (result in {daily.unit}{computed})"

    def rec(self, rec: ir.Recommendation) -> RecView:
        """A recommendation's details."""
        rows: list[tuple[str, str | Markup]] = [
            ("Kind", kind_words(rec.kind)),
            ("Strength", strength_words(rec.strength)),
        ]
        optional = [
            ("Drug", rec.drug),
            ("Dose rule", self.dose(rec.dose) if rec.dose else None),
            ("Daily maximum", self.daily(rec.daily_maximum) if rec.daily_maximum else None),
            ("Route", rec.route),
            ("Frequency", rec.frequency),
            ("Duration", rec.duration),
            ("How often", rec.every),
            ("Target", rec.target),
            ("Review", timing_words(rec.review) if rec.review else None),
            ("Recheck", "; ".join(timing_words(t) for t in rec.rechecks)),
            ("Rationale", rec.rationale),
            ("Time to effect", rec.time_to_effect),
        ]
        rows += [(label, value) for label, value in optional if value]
        rows.append(("Evidence", self.evidence(rec)))
        rows.append(("Identifier", rec.id))
        options = tuple(
            (
                o.text,
                self.words.cond(o.preferred_when) if o.preferred_when else "",
                tuple(self.notes(o.narrative)),
            )
            for o in rec.options
        )
        heading = f"{kind_words(rec.kind)}: {rec.text}"
        return RecView(
            anchor("rec", rec.id),
            rec.id,
            heading,
            tuple(rows),
            options,
            tuple(self.notes(rec.narrative)),
            rec.uncited,
            anchor("uncited", rec.id),
        )

    # -------------------------------------------------------------- blocks
    def items(self, nodes: tuple[ir.Node, ...], reached: list[tuple[str, str, str]]) -> list[Item]:
        """The items of a body; decisions and sections in it become blocks of their own."""
        out: list[Item] = []
        for node in nodes:
            if isinstance(node, ir.Emit):
                out.append(Item("rec", rec=self.rec(node.rec)))
            elif isinstance(node, ir.NarrNode):
                out.append(Item("note", note=self.note(node.narrative)))
            elif isinstance(node, ir.AskNode):
                out.append(Item("ask"))
            elif isinstance(node, ir.Decision):
                href = "#" + anchor("decision", node.id)
                out.append(Item("decision", text=node.question, href=href))
                self.decision(node, reached)
            elif isinstance(node, ir.Section):
                out.append(Item("section", text=node.title, href="#" + anchor("section", node.id)))
                self.section(node, reached)
        return out

    def decision(self, decision: ir.Decision, reached: list[tuple[str, str, str]]) -> None:
        """Add the block of a decision, then the blocks inside it."""
        block = Block(
            "decision",
            anchor("decision", decision.id),
            decision.id,
            decision.question,
            reached,
            notes=self.notes(decision.narrative),
        )
        self.blocks.append(block)
        for number, branch in enumerate(decision.branches, start=1):
            words = self.words.branch(decision, branch)
            view = BranchView(
                number,
                anchor("branch", f"{decision.id}-{number}"),
                branch.kind,
                words,
                branch.label,
            )
            block.branches.append(view)
            step = (decision.question, words, "#" + block.anchor)
            view.items = self.items(branch.body, [*reached, step])

    def section(self, section: ir.Section, reached: list[tuple[str, str, str]]) -> None:
        """Add the block of a section, then the blocks inside it."""
        applies = "everyone who reaches it"
        if section.when is not None:
            applies = "only when " + self.words.cond(section.when)
        block = Block(
            "section", anchor("section", section.id), section.id, section.title, reached, applies
        )
        self.blocks.append(block)
        block.items = self.items(section.body, reached)

    def build(self) -> list[Block]:
        """Every block of the guideline's body, in source order."""
        top = self.items(self.guideline.body, [])
        if top and any(i.kind not in {"decision", "section"} for i in top):
            start = Block("section", "pathway-start", "", "At the start of the pathway", [])
            start.applies = "everyone in scope"
            start.items = top
            self.blocks.insert(0, start)
        return self.blocks


def fact_words(guideline: ir.Guideline, patient: Iterable[tuple[str, object]]) -> Markup:
    """`Body weight: 70 kg`, `Response to treatment so far: unknown`, one per line.

    Facts are shown in the order the guideline declares its inputs.
    """
    decls = {i.name: i for i in guideline.inputs}
    order = {name: n for n, name in enumerate(decls)}
    parts = []
    for name, value in sorted(patient, key=lambda item: (order.get(item[0], len(order)), item[0])):
        decl = decls.get(name)
        shown = value_words(decl, value) if decl else str(value)
        parts.append(md(f"{decl.question if decl else name}: {shown}"))
    return Markup("<br>").join(parts)


def timing_words(timing: ir.Timing) -> str:
    """`in 2 to 3 months: Review the response`, `CK in 2 to 6 weeks`."""
    if timing.kind == "recheck":
        return f"{timing.text} in {timing.written}"
    return f"in {timing.written}" + (f": {timing.text}" if timing.text else "")


def dose_words(low: Fraction | float, high: Fraction | float, unit: str) -> str:
    """`35 to 70 mg/day`, or `500 mg` when both bounds agree."""
    lo, hi = quantity(low, None), quantity(high, None)
    return f"{lo} {unit}" if lo == hi else f"{lo} to {hi} {unit}"
