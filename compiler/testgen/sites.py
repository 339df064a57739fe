"""Where conditions are tested: every decision guard, conditional section and option
preference, with the condition under which evaluation reaches it."""

from __future__ import annotations

from dataclasses import dataclass

from compiler.analysis import formula as f
from compiler.analysis.branches import Conjuncts, taken
from compiler.semantics import ir
from compiler.testgen.case import join_id, slug

Chain = tuple[tuple[ir.Decision | ir.Section, ir.Branch | None], ...]


@dataclass(frozen=True)
class Site:
    """One condition and where it is tested.

    `reach` holds when evaluation reaches the test (enclosing branches taken and,
    for a guard, every earlier guard of the decision `no`); `owner` is the decision
    or section the site belongs to; `name` is a stable identifier of the site.
    """

    name: str
    title: str
    cond: ir.Cond
    reach: Conjuncts
    owner: ir.Decision | ir.Section
    line: int
    values: tuple[ir.NumExpr, ...] = ()  # a dose's bounds, read where the site is reached


def chains(guideline: ir.Guideline) -> dict[tuple[tuple[str, str], ...], Chain]:
    """Every branch in every nesting context, keyed like `solver.Context.steps`."""
    out: dict[tuple[tuple[str, str], ...], Chain] = {}

    def visit(nodes: tuple[ir.Node, ...], chain: Chain) -> None:
        for node in nodes:
            if isinstance(node, ir.Decision):
                for branch in node.branches:
                    here = (*chain, (node, branch))
                    out[steps_of(here)] = here
                    visit(branch.body, here)
            elif isinstance(node, ir.Section):
                here = (*chain, (node, None))
                if node.when is not None:
                    out[steps_of(here)] = here
                visit(node.body, here)

    visit(guideline.body, ())
    return out


def steps_of(chain: Chain) -> tuple[tuple[str, str], ...]:
    """The (node id, branch label) steps of a chain."""
    return tuple((node.id, "applies" if b is None else b.label) for node, b in chain)


def sites(guideline: ir.Guideline) -> list[Site]:
    """Every place a condition is tested, in source order."""
    out: list[Site] = []

    def visit(nodes: tuple[ir.Node, ...], reach: Conjuncts) -> None:
        for node in nodes:
            if isinstance(node, ir.Decision):
                _decision(node, reach)
            elif isinstance(node, ir.Section):
                inner = reach
                if node.when is not None:
                    out.append(
                        Site(
                            join_id(node.id, "applies"),
                            node.title,
                            node.when,
                            reach,
                            node,
                            node.line,
                        )
                    )
                    inner = (*reach, f.Is(node.when, "yes"))
                visit(node.body, inner)
            elif isinstance(node, ir.Emit):
                _options(node.rec, reach)
                _dose(node.rec, reach)

    def _decision(decision: ir.Decision, reach: Conjuncts) -> None:
        earlier: list[f.Formula] = []
        for branch in decision.when_branches():
            assert branch.guard is not None
            name = join_id(decision.id, slug(branch.label))
            here = (*reach, *earlier)
            out.append(Site(name, decision.question, branch.guard, here, decision, branch.line))
            earlier.append(f.Is(branch.guard, "no"))
        for branch in decision.branches:
            visit(branch.body, (*reach, *taken(decision, branch)))

    def _dose(rec: ir.Recommendation, reach: Conjuncts) -> None:
        """A dose with values chosen by condition: a site without a condition of its own."""
        dose = rec.dose
        if dose is not None and (ir.num_parts(dose.low) or ir.num_parts(dose.high)):
            bounds = (dose.low, dose.high)
            name = join_id(rec.id, "dose")
            out.append(Site(name, rec.text, ir.Const(True), reach, _fake(rec), rec.line, bounds))

    def _options(rec: ir.Recommendation, reach: Conjuncts) -> None:
        dose = rec.dose
        if dose is not None and dose.cap is not None:
            # where the rule's dose reaches the cap: cases below, at and above it
            text = f"dose > {dose.cap_rule}"
            above = ir.CmpNum(">", dose.high, dose.cap, text, rec.line)
            title = f"{rec.text}: its dose against the {dose.cap_rule} cap"
            out.append(Site(join_id(rec.id, slug(text)), title, above, reach, _fake(rec), rec.line))
        for option in rec.options:
            if option.preferred_when is not None:
                name = join_id(rec.id, f"{option.id}_preferred")
                title = f"{rec.text}: {option.text} preferred"
                out.append(Site(name, title, option.preferred_when, reach, _fake(rec), rec.line))

    visit(guideline.body, ())
    return out


def _fake(rec: ir.Recommendation) -> ir.Section:
    """A stand-in owner for an option preference (the recommendation itself)."""
    return ir.Section(rec.id, rec.text, None, "", (), rec.line)
