"""The flowchart's structure: the decision tree as boxes, forks and arms.

A flow is what happens in order: boxes listing recommendations (one per
section, so its title shows), forks (a decision, or a section that applies only
under a condition) whose arms are flows of their own, and an `ask` box where a
decision waits to ask for missing facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from compiler.emit_docs.text import anchor
from compiler.emit_docs.words import CondWords, kind_words
from compiler.semantics import ir


@dataclass(frozen=True)
class Entry:
    """One line of a box: a recommendation or a gap marker."""

    kind: str  # "rec" | "gap" | "heading" (a section's title in a box of several)
    text: str
    href: str
    tooltip: str


@dataclass
class Box:
    """Recommendations given together, or the stop that asks for facts."""

    kind: str  # "recs" | "ask"
    title: str
    entries: list[Entry] = field(default_factory=list)


@dataclass(frozen=True)
class Arm:
    """One branch of a fork: its label and what follows when it is taken."""

    label: str
    flow: list[Box | Fork]


@dataclass(frozen=True)
class Fork:
    """A decision (or a conditional section) with its arms, tried in order."""

    css: str  # "decision" | "section-condition"
    node_id: str
    text: str
    href: str
    arms: tuple[Arm, ...]


Flow = list[Box | Fork]

ASK_TEXT = "Stop: ask for the missing facts"
GAP_WORDS = 10  # the first words of a gap that the chart shows; the page has it whole


def gap_words(text: str) -> str:
    """`Gap: gives no maximum dose`: the first clause of a gap (at most GAP_WORDS words,
    without a leading "The source"), for the chart; the page and the tooltip have it whole."""
    words = text.split()
    if [w.lower() for w in words[:2]] == ["the", "source"] and len(words) > 2:
        words = words[2:]
    for n, word in enumerate(words[:GAP_WORDS]):
        if word.endswith((":", ";", ".")) and n:
            return "Gap: " + " ".join([*words[:n], word[:-1]])
    head = " ".join(words[:GAP_WORDS])
    return f"Gap: {head}…" if len(words) > GAP_WORDS else f"Gap: {head}"


def rec_words(rec: ir.Recommendation) -> str:
    """A recommendation as the chart shows it, whole: its kind, text and dose rule."""
    text = f"{kind_words(rec.kind)}: {rec.text}"
    if rec.dose is not None:
        text += f" (dose {rec.dose.rule.replace(' * ', ' × ')})"
    return text


def merge_boxes(flow: Flow) -> Flow:
    """Consecutive boxes of recommendations given together drawn as one box, each
    section's title heading its part: the parts every patient here gets, in one place."""
    out: Flow = []
    for item in flow:
        last = out[-1] if out else None
        if (isinstance(item, Box) and item.kind == "recs" and isinstance(last, Box)
                and last.kind == "recs"):
            if last.title:
                last.entries.insert(0, Entry("heading", last.title, "", last.title))
                last.title = ""
            if item.title:
                last.entries.append(Entry("heading", item.title, "", item.title))
            last.entries.extend(item.entries)
            continue
        out.append(item)
    return out


def gap_anchor(narrative: ir.Narrative) -> str:
    """The anchor of a gap narrative where the page shows it."""
    return anchor("gap-line", str(narrative.line))


class FlowBuilder:
    """Turns the IR body of one guideline into a flow."""

    def __init__(self, guideline: ir.Guideline) -> None:
        self.words = CondWords(guideline)

    def flow(self, nodes: tuple[ir.Node, ...], title: str = "") -> Flow:
        """The flow of a body; `title` heads the first box (the section's title)."""
        out: Flow = []
        box: Box | None = None
        for node in nodes:
            if isinstance(node, ir.Emit | ir.NarrNode):
                entries = self._entry(node)
                if not entries:
                    continue
                if box is None:
                    box = Box("recs", title)
                    out.append(box)
                    title = ""
                box.entries.extend(entries)
                continue
            box = None
            out.extend(self._block(node))
        return merge_boxes(out)

    def _block(self, node: ir.Node) -> Flow:
        if isinstance(node, ir.AskNode):
            return [Box("ask", ASK_TEXT)]
        if isinstance(node, ir.Decision):
            return [self.decision(node)]
        if isinstance(node, ir.Section):
            return self.section(node)
        return []

    def _entry(self, node: ir.Emit | ir.NarrNode) -> list[Entry]:
        if isinstance(node, ir.Emit):
            rec = node.rec
            text = rec_words(rec)
            gaps = [*rec.narrative, *(n for o in rec.options for n in o.narrative)]
            return [Entry("rec", text, "#" + anchor("rec", rec.id), text),
                    *(self._gap(n) for n in gaps if n.kind == "gap")]
        if node.narrative.kind != "gap":
            return []
        return [self._gap(node.narrative)]

    @staticmethod
    def _gap(narr: ir.Narrative) -> Entry:
        return Entry("gap", gap_words(narr.text), "#" + gap_anchor(narr), narr.text)

    def decision(self, decision: ir.Decision) -> Fork:
        """A decision and its branches."""
        arms = tuple(
            Arm(self.words.branch(decision, b), self.flow(b.body)) for b in decision.branches
        )
        href = "#" + anchor("decision", decision.id)
        return Fork("decision", anchor("node", decision.id), decision.question, href, arms)

    def section(self, section: ir.Section) -> Flow:
        """A section: its boxes inline, or a fork when it applies only under a condition."""
        if section.when is None:
            return self.flow(section.body, section.title)
        arms = (
            Arm(self.words.cond(section.when), self.flow(section.body, section.title)),
            Arm("Otherwise: the section does not apply", []),
        )
        href = "#" + anchor("section", section.id)
        text = f"Does “{section.title}” apply?"
        return [Fork("section-condition", anchor("node-section", section.id), text, href, arms)]
