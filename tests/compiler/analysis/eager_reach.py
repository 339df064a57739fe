"""The reach condition of every node, built eagerly in one walk: the reference that
`compiler.analysis.reach.ReachMap` (on demand, smaller) and `compiler.analysis.logic`
are tested against."""

from __future__ import annotations

from dataclasses import dataclass, field

import z3

from compiler.analysis.solver import Encoder, branch_conditions
from compiler.semantics import ir


@dataclass(frozen=True)
class Reach:
    """A node and the condition under which evaluation arrives at it.

    The condition holds exactly when the enclosing branches are taken and every
    earlier node of each enclosing body finished without ending evaluation (no `ask`
    earlier in the same body, no decision without an applicable branch); a decision
    or section that waits for an unknown fact lets the later nodes go on.
    """

    node: ir.Node
    steps: tuple[tuple[str, str], ...]
    condition: z3.BoolRef


@dataclass
class _Reacher:
    encoder: Encoder
    done: dict[int, z3.BoolRef] = field(default_factory=dict)
    branches: dict[int, list[z3.BoolRef]] = field(default_factory=dict)
    found: list[Reach] = field(default_factory=list)

    def completes(self, nodes: tuple[ir.Node, ...]) -> z3.BoolRef:
        """A body completes when its nodes up to an `ask` (which ends the body) do."""
        before: list[ir.Node] = []
        for node in nodes:
            if isinstance(node, ir.AskNode):
                break
            before.append(node)
        return z3.And(*[self.node_completes(n) for n in before])

    def node_completes(self, node: ir.Node) -> z3.BoolRef:
        key = id(node)
        if key not in self.done:
            self.done[key] = self._completes(node)
        return self.done[key]

    def _completes(self, node: ir.Node) -> z3.BoolRef:
        enc = self.encoder
        if isinstance(node, ir.AskNode):
            return z3.BoolVal(False)  # for the nodes after it in its body
        if isinstance(node, ir.Section):
            if node.when is None:
                return self.completes(node.body)
            # does not apply, or waits (unknown), or applies and its body completes
            return z3.Or(z3.Not(enc.yes(node.when)), self.completes(node.body))
        if isinstance(node, ir.Decision):
            taken = self.taken(node)
            guards = [b.guard for b in node.when_branches() if b.guard is not None]
            gap = (z3.And(*[enc.no(g) for g in guards]) if node.special("otherwise") is None
                   else z3.BoolVal(False))
            waits = z3.And(z3.Not(z3.Or(*taken)), z3.Not(gap))  # unknown, no `when unknown`
            return z3.Or(
                *[
                    z3.And(t, self.completes(b.body))
                    for t, b in zip(taken, node.branches, strict=True)
                ],
                waits,
            )
        return z3.BoolVal(True)

    def taken(self, decision: ir.Decision) -> list[z3.BoolRef]:
        key = id(decision)
        if key not in self.branches:
            self.branches[key] = branch_conditions(self.encoder, decision)
        return self.branches[key]

    def body(
        self, nodes: tuple[ir.Node, ...], steps: tuple[tuple[str, str], ...], cond: z3.BoolRef
    ) -> None:
        here = cond
        for node in nodes:
            self.found.append(Reach(node, steps, here))
            self.inside(node, steps, here)
            here = z3.And(here, self.node_completes(node))

    def inside(self, node: ir.Node, steps: tuple[tuple[str, str], ...], cond: z3.BoolRef) -> None:
        enc = self.encoder
        if isinstance(node, ir.Decision):
            for branch, taken in zip(node.branches, self.taken(node), strict=True):
                self.body(branch.body, (*steps, (node.id, branch.label)), z3.And(cond, taken))
        elif isinstance(node, ir.Section):
            applies = cond if node.when is None else z3.And(cond, enc.yes(node.when))
            self.body(node.body, (*steps, (node.id, "applies")), applies)


def completes(encoder: Encoder, nodes: tuple[ir.Node, ...]) -> z3.BoolRef:
    """Evaluating `nodes` finishes without stopping and without a decision that has no branch."""
    return _Reacher(encoder).completes(nodes)


def reaches(encoder: Encoder) -> list[Reach]:
    """Every node of the guideline body (depth first, in source order) with its reach condition.

    Built eagerly, each condition growing with the node's position. The logic checks
    build the same conditions on demand, smaller (`compiler.analysis.reach.ReachMap`).
    """
    reacher = _Reacher(encoder)
    reacher.body(encoder.guideline.body, (), z3.BoolVal(True))
    return reacher.found
