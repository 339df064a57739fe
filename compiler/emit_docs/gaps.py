"""Everything the source leaves open: `gap` narratives and uncited recommendations."""

from __future__ import annotations

from dataclasses import dataclass

from compiler.emit_docs.flowmodel import gap_anchor
from compiler.emit_docs.text import anchor
from compiler.semantics import ir


@dataclass(frozen=True)
class Gap:
    """One gap, where it is, and where on the page it is shown."""

    text: str
    where: str
    href: str
    anchor: str


def _narr_gaps(narratives: tuple[ir.Narrative, ...], where: str, href: str) -> list[Gap]:
    return [Gap(n.text, where, href, gap_anchor(n)) for n in narratives if n.kind == "gap"]


def _rec_gaps(rec: ir.Recommendation) -> list[Gap]:
    href = "#" + anchor("rec", rec.id)
    where = f"Recommendation: {rec.text}"
    found = []
    if rec.uncited is not None:
        text = f"No citation for this recommendation. Stated reason: {rec.uncited}"
        found.append(Gap(text, where, href, anchor("uncited", rec.id)))
    found += _narr_gaps(rec.narrative, where, href)
    for option in rec.options:
        found += _narr_gaps(option.narrative, f"{where} (option: {option.text})", href)
    return found


def _body_gaps(nodes: tuple[ir.Node, ...], where: str, href: str) -> list[Gap]:
    found: list[Gap] = []
    for node in nodes:
        if isinstance(node, ir.NarrNode):
            found += _narr_gaps((node.narrative,), where, href)
        elif isinstance(node, ir.Emit):
            found += _rec_gaps(node.rec)
        elif isinstance(node, ir.Decision):
            found += _decision_gaps(node)
        elif isinstance(node, ir.Section):
            s_href = "#" + anchor("section", node.id)
            found += _body_gaps(node.body, f"Section: {node.title}", s_href)
    return found


def _decision_gaps(decision: ir.Decision) -> list[Gap]:
    href = "#" + anchor("decision", decision.id)
    where = f"Decision: {decision.question}"
    found = _narr_gaps(decision.narrative, where, href)
    for number, branch in enumerate(decision.branches, start=1):
        b_href = "#" + anchor("branch", f"{decision.id}-{number}")
        found += _body_gaps(branch.body, f"{where} (branch {number})", b_href)
    return found


def collect_gaps(guideline: ir.Guideline) -> list[Gap]:
    """Every gap of the guideline, in the order the page shows them."""
    found = _narr_gaps(guideline.narrative, "The guideline as a whole", "#background")
    for decl in guideline.inputs:
        where = f"Patient fact: {decl.question}"
        found += _narr_gaps(decl.narrative, where, "#" + anchor("input", decl.name))
    for definition in guideline.definitions:
        where = f"Definition: {definition.label}"
        href = "#" + anchor("define", definition.name)
        found += _narr_gaps(definition.narrative, where, href)
    for score in guideline.scores:
        href = "#" + anchor("score", score.name)
        for criterion in score.criteria:
            where = f"Score: {score.title} ({criterion.label})"
            found += _narr_gaps(criterion.narrative, where, href)
        found += _narr_gaps(score.narrative, f"Score: {score.title}", href)
    found += _body_gaps(guideline.body, "Pathway", "#decisions-and-recommendations")
    for example in guideline.examples:
        href = "#" + anchor("example", example.id)
        found += _narr_gaps(example.narrative, f"Example: {example.title}", href)
    for ref in guideline.references:
        where = f"Reference [{ref.number}]"
        found += _narr_gaps(ref.narrative, where, "#" + anchor("ref", ref.key))
    return found
