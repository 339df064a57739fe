"""The questions the logic checks ask, answered exactly and as cheaply as possible.

Every question is about patients inside the declared ranges who satisfy every
declared assumption, and reads "can evaluation arrive at these nodes with these
constraints holding?". The constraints are data (`compiler.analysis.formula`);
`Logic` answers them:

1. witnesses (`compiler.analysis.branch_search`, `compiler.analysis.witness`): a valid
   patient who shows it is possible answers yes without the solver;
2. the local question (the nodes' chains only, `compiler.analysis.reach`): impossible
   there means impossible; a model of it that really arrives is a witness;
3. the full question (`ReachMap.full`).

A finding's example patient comes from `compiler.analysis.solver.Isolated`, so it
depends only on the question. A question the solver could not answer in time is
counted (`undecided`) and never taken as a pass.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import z3

from compiler.analysis import formula as f
from compiler.analysis import solver, witness
from compiler.analysis.branch_search import BranchSearch
from compiler.analysis.reach import ReachMap
from compiler.analysis.replay import Unconfirmed, replay
from compiler.analysis.to_z3 import to_z3
from compiler.semantics import ir

SEED = 20240601  # the random witnesses' seed: the same patients on every run
RANDOM_WITNESSES = 8


@dataclass
class Logic:
    """A guideline with its solver session, its reach conditions and its witnesses."""

    guideline: ir.Guideline
    encoder: solver.Encoder = field(init=False)
    session: solver.Session = field(init=False)  # answers, in the shared z3 context
    isolated: solver.Isolated = field(init=False)  # example patients, each on its own
    reach: ReachMap = field(init=False)
    domain: witness.Domain = field(init=False)
    pool: witness.Pool = field(init=False)
    undecided: int = 0

    def __post_init__(self) -> None:
        self.encoder = solver.MemoEncoder(self.guideline)
        self.session = solver.Session(self.encoder)
        self.isolated = solver.Isolated(self.encoder)
        self.reach = ReachMap(self.encoder, self._exhaustive)
        self.domain = witness.Domain(self.guideline)
        self.pool = witness.Pool(self.guideline)
        self._search: BranchSearch | None = None
        self._seeded = False
        self._decisions: list[ir.Decision] | None = None

    # ---------------------------------------------------------------- nodes
    def nodes(self) -> list[ir.Node]:
        """Every node of the body, depth first, in source order."""
        return self.reach.order

    def steps(self, node: ir.Node) -> tuple[tuple[str, str], ...]:
        """The enclosing (decision or section id, branch label) pairs of the node."""
        return tuple(
            (owner.id, "applies" if isinstance(owner, ir.Section) else owner.branches[number].label)
            for owner, number in self.reach.place(node).chain
        )

    def decisions(self) -> list[ir.Decision]:
        """Every decision some valid patient reaches, in source order."""
        if self._decisions is None:
            self._decisions = [
                n for n in self.reach.order if isinstance(n, ir.Decision) and self._arrives(n)
            ]
        return self._decisions

    def _arrives(self, decision: ir.Decision) -> bool:
        if id(decision) in self.search().reached:
            return True
        status = self._question([decision], [], lambda: self.pool.has_reached(decision))
        return self._counted(status) == "sat"

    def never_taken(self, decision: ir.Decision, branch: ir.Branch) -> bool:
        """No valid patient who reaches the decision takes the branch."""
        number = decision.branches.index(branch)
        if (id(decision), number) in self.search().taken:
            return False
        taken = [self.reach.taken(decision)[number]]
        status = self._question([decision], taken, lambda: self.pool.has_outcome(decision, number))
        return self._counted(status) == "unsat"

    # ------------------------------------------------------------ questions
    def possible(self, at: Sequence[ir.Node], constraints: Sequence[f.Formula]) -> bool:
        """Some valid patient arrives at every node of `at` with the constraints holding."""
        return self._counted(self._question(at, self._z3(constraints), _never)) == "sat"

    def patient(
        self, at: Sequence[ir.Node], given: Sequence[f.Formula]
    ) -> dict[str, object] | None:
        """A valid patient who arrives at every node of `at` with the constraints holding.

        The patient is replayed (`replay`) before it is returned: one that does not
        reproduce comes back as an `Unconfirmed`, which the checks report as a defect
        of the compiler.
        """
        constraints = self._z3(given)
        local = [*[self.reach.local(n) for n in at], *constraints]
        if self.session.check(local) == "unsat":
            return None
        full = [*[self.reach.full(n) for n in at], *constraints]
        found = self.isolated.find(full)
        if self._counted(found.status) != "sat" or found.patient is None:
            return None
        why = replay(self.encoder, self.pool.conditions, at, given, found.patient)
        return found.patient if why is None else Unconfirmed(found.patient, why)

    def _z3(self, constraints: Sequence[f.Formula]) -> list[z3.BoolRef]:
        return [to_z3(self.encoder, c) for c in constraints]

    def _counted(self, status: str) -> str:
        if status == "unknown":
            self.undecided += 1
        return status

    def _question(
        self, at: Sequence[ir.Node], constraints: list[z3.BoolRef], seen: Callable[[], bool]
    ) -> str:
        """`sat`, `unsat` or `unknown`: witnesses first, then the local question, then the full.

        `seen` tells whether a witness in the pool already shows the question possible.
        """
        self._seed()
        if seen():
            return "sat"
        local = [*[self.reach.local(n) for n in at], *constraints]
        status, model = self.session.model(local)
        if status == "unsat":
            return "unsat"
        if all(self.reach.sure_path(n) for n in at):
            if model is not None:
                self._learn(model)
            return status  # the full question is the local one
        if model is not None and self._shows(model, at, constraints):
            return "sat"
        status, model = self.session.model([*[self.reach.full(n) for n in at], *constraints])
        if model is not None:
            self._learn(model)
        return status

    def _shows(
        self, model: z3.ModelRef, at: Sequence[ir.Node], constraints: list[z3.BoolRef]
    ) -> bool:
        """The model's patient really arrives at the nodes, with the constraints holding."""
        trace = self._learn(model)
        if trace is None or not all(id(n) in trace.reached for n in at):
            return False
        return all(z3.is_true(model.eval(c, model_completion=True)) for c in constraints)

    def _learn(self, model: z3.ModelRef) -> witness.Trace | None:
        patient = witness.from_model(self.encoder, model)
        if patient is None or not self.domain.valid(patient):
            return None
        return self.pool.add(patient)

    # ------------------------------------------------------------ witnesses
    def search(self) -> BranchSearch:
        """Known witnesses for every branch they can reach (run once, on first use)."""
        if self._search is None:
            self._search = BranchSearch(
                self.reach, self.pool.conditions, self.domain, self._known_patient
            )
            base = witness.random_patients(self.guideline, 1, SEED, unknown_rate=0.0)
            self._search.run(base[0] if base else None)
        return self._search

    def _seed(self) -> None:
        if not self._seeded:
            self._seeded = True
            for patient in witness.random_patients(
                self.guideline, RANDOM_WITNESSES, SEED, unknown_rate=0.2
            ):
                self.pool.add(patient)

    def _known_patient(self, constraints: list[z3.BoolRef]) -> witness.Patient | None:
        _, model = self.session.model([*constraints, *self.encoder.all_known()])
        return None if model is None else witness.from_model(self.encoder, model)

    def _exhaustive(self, decision: ir.Decision) -> bool:
        """Every patient whose facts are all known has a branch of the decision."""
        guards = [b.guard for b in decision.when_branches() if b.guard is not None]
        nothing = [self.encoder.no(g) for g in guards]
        return self.session.check([*nothing, *self.encoder.all_known()]) == "unsat"

    # ------------------------------------------------------------- helpers
    def taken(self, decision: ir.Decision, branch: ir.Branch) -> f.Formula:
        """The decision takes this branch."""
        taken = self.reach.taken(decision)[decision.branches.index(branch)]
        guards = [b.guard for b in decision.when_branches() if b.guard is not None]
        return f.Raw(taken, frozenset(n for g in guards for n in ir.cond_inputs(g)))


def _never() -> bool:
    return False
