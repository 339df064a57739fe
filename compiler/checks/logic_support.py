"""What the logic checks share: one solver session per guideline, spans, findings.

Every question is asked of patients inside the declared ranges who satisfy every
declared assumption (`compiler.solver.Session`), and every finding carries the
patient the solver found.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import z3

from compiler import ir, solver
from compiler.diagnostics import Diagnostic, Severity
from dsl.source import Span


@dataclass
class Logic:
    """A guideline with its solver session and the reach condition of every node."""

    guideline: ir.Guideline
    encoder: solver.Encoder = field(init=False)
    session: solver.Session = field(init=False)
    reached: list[solver.Reach] = field(init=False)

    branches: dict[int, list[z3.BoolRef]] = field(default_factory=dict)
    undecided: int = 0

    def __post_init__(self) -> None:
        self.encoder = solver.MemoEncoder(self.guideline)
        self.session = solver.Session(self.encoder)
        self.reached = solver.reaches(self.encoder)
        self._decisions: list[tuple[ir.Decision, z3.BoolRef]] | None = None

    def decisions(self) -> list[tuple[ir.Decision, z3.BoolRef]]:
        """Every decision some patient reaches, with its reach condition."""
        if self._decisions is None:
            self._decisions = [
                (reach.node, reach.condition)
                for reach in self.reached
                if isinstance(reach.node, ir.Decision) and self.possible([reach.condition])
            ]
        return self._decisions

    def _status(self, status: str) -> str:
        if status == "unknown":
            self.undecided += 1
        return status

    def possible(self, constraints: list[z3.BoolRef]) -> bool:
        """Some valid patient satisfies the constraints (a timeout is counted as undecided)."""
        return self._status(self.session.check(constraints)) == "sat"

    def impossible(self, constraints: list[z3.BoolRef]) -> bool:
        """No valid patient satisfies the constraints (a timeout is counted as undecided)."""
        return self._status(self.session.check(constraints)) == "unsat"

    def patient(self, constraints: list[z3.BoolRef]) -> dict[str, object] | None:
        """A valid patient satisfying the constraints, or None."""
        found = self.session.find(constraints)
        return found.patient if self._status(found.status) == "sat" else None

    def taken(self, decision: ir.Decision, branch: ir.Branch) -> z3.BoolRef:
        """The decision takes this branch."""
        key = id(decision)
        if key not in self.branches:
            self.branches[key] = solver.branch_conditions(self.encoder, decision)
        return self.branches[key][decision.branches.index(branch)]

    def finding(
        self,
        code: str,
        severity: Severity,
        message: str,
        line: int,
        patient: Mapping[str, object] | None,
        *hints: str,
    ) -> Diagnostic:
        """A diagnostic at the start of a source line, with its example patient."""
        span = Span(self.guideline.source_path, line, 1, line, 2)
        return Diagnostic(code, severity, message, span, tuple(hints), patient)


_CACHE: list[Logic] = []


def logic_for(guideline: ir.Guideline) -> Logic:
    """The Logic of this guideline object, shared by the logic checks of one compilation."""
    if not _CACHE or _CACHE[0].guideline is not guideline:
        _CACHE[:] = [Logic(guideline)]
    return _CACHE[0]


def when(branch: ir.Branch) -> str:
    """How the author wrote the branch: `when <condition>`, `when unknown` or `otherwise`."""
    if branch.kind == "otherwise":
        return "`otherwise`"
    if branch.kind == "unknown":
        return "`when unknown`"
    return f"`when {branch.label}`"


def body_recommendations(nodes: tuple[ir.Node, ...]) -> list[ir.Recommendation]:
    """Every recommendation anywhere in a body, in source order."""
    return [n.rec for n in ir.walk(nodes) if isinstance(n, ir.Emit)]


def unknown_facts(cond: ir.Cond, patient: Mapping[str, object]) -> list[str]:
    """The facts a condition reads that the patient leaves unknown."""
    return [n for n in ir.cond_inputs(cond) if patient.get(n) is None]
