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

    kind: str  # "rec" | "gap"
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
                entry = self._entry(node)
                if entry is None:
                    continue
                if box is None:
                    box = Box("recs", title)
                    out.append(box)
                    title = ""
                box.entries.append(entry)
                continue
            box = None
            out.extend(self._block(node))
        return out

    def _block(self, node: ir.Node) -> Flow:
        if isinstance(node, ir.AskNode):
            return [Box("ask", ASK_TEXT)]
        if isinstance(node, ir.Decision):
            return [self.decision(node)]
        if isinstance(node, ir.Section):
            return self.section(node)
        return []

    def _entry(self, node: ir.Emit | ir.NarrNode) -> Entry | None:
        if isinstance(node, ir.Emit):
            rec = node.rec
            text = f"{kind_words(rec.kind)}: {rec.text}"
            return Entry("rec", text, "#" + anchor("rec", rec.id), text)
        if node.narrative.kind != "gap":
            return None
        narr = node.narrative
        return Entry("gap", "Gap in the source", "#" + gap_anchor(narr), narr.text)

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
