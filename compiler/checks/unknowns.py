"""Facts that may be unknown: doses and preferences that would need them."""

from __future__ import annotations

from dataclasses import dataclass, field

from compiler.semantics import ir
from dsl.diagnostics import Diagnostic, error
from dsl.source import Span


def _known_by(cond: ir.Cond | None) -> set[str]:
    """Inputs a condition being `yes` proves known (its `x is known` conjuncts)."""
    if isinstance(cond, ir.Known) and cond.known:
        return {cond.input}
    if isinstance(cond, ir.AndC):
        return set().union(*(_known_by(op) for op in cond.operands))
    return set()


@dataclass
class _Walker:
    guideline: ir.Guideline
    found: list[Diagnostic] = field(default_factory=list)

    def span(self, line: int) -> Span:
        return Span(self.guideline.source_path, line, 1, line, 2)

    def nodes(self, nodes: tuple[ir.Node, ...], unknowable: set[str]) -> None:
        for node in nodes:
            if isinstance(node, ir.Decision):
                self.decision(node, unknowable)
            elif isinstance(node, ir.Section):
                self.section(node, unknowable)
            elif isinstance(node, ir.Emit):
                self.rec(node.rec, unknowable)

    def decision(self, decision: ir.Decision, unknowable: set[str]) -> None:
        for branch in decision.branches:
            self.nodes(branch.body, unknowable - _known_by(branch.guard))

    def section(self, section: ir.Section, unknowable: set[str]) -> None:
        self.nodes(section.body, unknowable - _known_by(section.when))

    def rec(self, rec: ir.Recommendation, unknowable: set[str]) -> None:
        reads = list(rec.dose.inputs) if rec.dose else []
        for option in rec.options:
            if option.preferred_when is not None:
                reads += ir.cond_inputs(option.preferred_when)
        for name in dict.fromkeys(n for n in reads if n in unknowable):
            self.found.append(
                error(
                    "U002",
                    f"recommendation `{rec.id}` needs `{name}`, which may be unknown here",
                    self.span(rec.line),
                    f"place it under a branch such as `when {name} is known:`, or make the input "
                    "required",
                )
            )


def check(guideline: ir.Guideline) -> list[Diagnostic]:
    """Doses and preferences that read a fact which may be unknown where they stand.

    (A decision or section that meets an unknown fact without saying what happens
    then is found by the solver, with an example patient: compiler/checks/logic_unknowns.py.)
    """
    walker = _Walker(guideline)
    walker.nodes(guideline.body, {i.name for i in guideline.inputs if i.may_be_unknown})
    return walker.found
