"""The condition of taking each branch, as constraints (`compiler.analysis.formula`).

The same conditions as `compiler.analysis.solver.branch_conditions`, kept as
lists of constraints that each read one decision's facts, so that the facts of
different decisions are solved apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from compiler.analysis import formula as f
from compiler.semantics import ir

Steps = tuple[tuple[str, str], ...]
Conjuncts = tuple[f.Formula, ...]


@dataclass(frozen=True)
class Context:
    """One branch reached through one chain of enclosing branches, with the condition
    (every constraint holds) of getting there."""

    steps: Steps  # (decision or section id, branch label)
    condition: Conjuncts
    node: ir.Decision | ir.Section
    branch: ir.Branch | None


def taken(decision: ir.Decision, branch: ir.Branch) -> Conjuncts:
    """The condition, in the decision alone, under which `branch` is taken."""
    guards = [b.guard for b in decision.when_branches() if b.guard is not None]
    if branch.kind == "when":
        assert branch.guard is not None
        index = decision.when_branches().index(branch)
        return (*[f.Is(g, "no") for g in guards[:index]], f.Is(branch.guard, "yes"))
    if branch.kind == "otherwise":
        return tuple(f.Is(g, "no") for g in guards)
    options = [
        f.AllOf((*[f.Is(g, "no") for g in guards[:j]], f.Is(guard, "unknown")))
        for j, guard in enumerate(guards)
    ]
    return (f.AnyOf(tuple(options)),)


def contexts(guideline: ir.Guideline) -> list[Context]:
    """Every branch of every decision (and every conditional section), in each nesting
    context; the condition of a context is that of its enclosing branches only."""
    out: list[Context] = []

    def visit(nodes: tuple[ir.Node, ...], steps: Steps, cond: Conjuncts) -> None:
        for node in nodes:
            if isinstance(node, ir.Decision):
                for branch in node.branches:
                    here = (*cond, *taken(node, branch))
                    path = (*steps, (node.id, branch.label))
                    out.append(Context(path, here, node, branch))
                    visit(branch.body, path, here)
            elif isinstance(node, ir.Section):
                here = cond if node.when is None else (*cond, f.Is(node.when, "yes"))
                path = (*steps, (node.id, "applies"))
                if node.when is not None:
                    out.append(Context(path, here, node, None))
                visit(node.body, path, here)

    visit(guideline.body, (), ())
    return out


def condition_at(steps: Steps, conditions: dict[Steps, Conjuncts]) -> Conjuncts:
    """The condition of reaching `steps` (sections without `when` add nothing)."""
    while steps and steps not in conditions:
        steps = steps[:-1]
    return conditions.get(steps, ())
