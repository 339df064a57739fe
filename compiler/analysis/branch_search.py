"""Known witnesses: for every branch, a valid patient with every fact known who takes it.

A valid patient with every fact known who satisfies a node's chain reaches the
node when every earlier node on the way completes for it: surely so for the nodes
that complete whenever all facts are known (`ReachMap.known_completes`); the
others (a decision that may fall through, an `ask`) are evaluated for the patient.
The search goes depth first from one such patient; for each branch it changes the
facts the decision reads, trying values next to the guideline's own thresholds,
until the branch is taken, the enclosing branches still are and the earlier nodes
evaluated still complete. When that fails it asks `solve` (the solver).

What it finds is exact (`compiler.analysis.witness` arithmetic), so every node it marks
reached and every branch it marks taken is possible for the solver too.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction

import z3

from compiler.analysis.reach import ReachMap, Step
from compiler.analysis.solver import exact
from compiler.analysis.witness import (
    EXACT,
    Conditions,
    Domain,
    Patient,
    Undefined,
    Value,
    completes,
)
from compiler.semantics import ir
from compiler.semantics.compiled import compile_num

Solve = Callable[[list[z3.BoolRef]], Patient | None]
_PAIRS = 64  # combinations of two changed facts tried before asking the solver


def _constant(expr: ir.NumExpr) -> Fraction | None:
    """The exact value of an expression that reads no fact."""
    if isinstance(expr, ir.NumConst):
        return exact(expr.value)
    if ir.num_inputs(expr):
        return None
    try:
        value: Fraction = compile_num(expr, EXACT)({})
        return value
    except Undefined:
        return None


def _steps(decl: ir.Input) -> tuple[Fraction, ...]:
    """How far from a threshold to try a value: one unit, or a tenth and the declared step."""
    if decl.kind in {"whole", "date"}:
        return (Fraction(1),)
    if decl.step:
        return (exact(decl.step), Fraction(1, 10))
    return (Fraction(1, 10),)


def _values(domain: Domain, conds: list[ir.Cond]) -> dict[str, list[Value]]:
    """Values worth trying for each fact the conditions read, from their own thresholds."""
    found: dict[str, list[Value]] = {}
    nested = [p.cond for c in conds for p in ir.cond_parts(c) if isinstance(p, ir.NumIf)]
    for atom in (a for c in [*conds, *nested] for a in ir.atoms(c)):
        if isinstance(atom, ir.Known):
            continue
        for name in ir.atom_inputs(atom):
            decl = domain.decls[name]
            values = found.setdefault(name, [])
            if decl.kind == "yesno":
                values += [True, False]
            elif decl.kind == "choice":
                values += [c.name for c in decl.choices]
            elif isinstance(atom, ir.CmpNum):
                values += _numeric(domain, decl, atom)
    return {
        name: [v for v in dict.fromkeys(values) if domain.inside(name, v)]
        for name, values in found.items()
    }


def _numeric(domain: Domain, decl: ir.Input, atom: ir.CmpNum) -> list[Value]:
    sides = (atom.left, atom.right)
    for mine, other in (sides, sides[::-1]):
        if isinstance(mine, ir.NumInput) and mine.name == decl.name:
            constant = _constant(other)
            if constant is not None:
                out: list[Value] = [constant]
                for step in _steps(decl):
                    out += [constant - step, constant + step]
                return out
    low, high = domain.ranges[decl.name].low, domain.ranges[decl.name].high
    return [low, high, (low + high) / 2]


_Goal = tuple[ir.Node, int | None]  # take a step (decision or section, branch) or complete a node


@dataclass(frozen=True)
class _Way:
    """How the search got here: the steps taken, and earlier nodes evaluated to complete."""

    chain: tuple[Step, ...]
    past_nodes: tuple[ir.Node, ...]

    def enter(self, step: Step) -> _Way:
        return _Way((*self.chain, step), self.past_nodes)

    def past(self, node: ir.Node) -> _Way:
        return _Way(self.chain, (*self.past_nodes, node))


@dataclass
class BranchSearch:
    """Decisions reached and branches taken by known witnesses, found depth first."""

    reach: ReachMap
    conditions: Conditions
    domain: Domain
    solve: Solve
    reached: set[int] = field(default_factory=set)
    taken: set[tuple[int, int]] = field(default_factory=set)
    asked: int = 0
    _tries: dict[tuple[int, bool], dict[str, list[Value]]] = field(default_factory=dict)

    @property
    def guideline(self) -> ir.Guideline:
        """The guideline searched."""
        return self.reach.encoder.guideline

    def run(self, base: Patient | None) -> None:
        """Search from a valid patient with every fact known (None: ask the solver for one)."""
        start = base if base is not None else self.solve([])
        if start is not None:
            self._body(self.guideline.body, start, _Way((), ()))

    def _body(self, nodes: tuple[ir.Node, ...], patient: Patient, way: _Way) -> None:
        for node in nodes:
            self.reached.add(id(node))
            if isinstance(node, ir.Decision):
                for number, branch in enumerate(node.branches):
                    if branch.kind == "unknown":
                        continue
                    found = self._find((node, number), patient, way)
                    if found is not None:
                        self.taken.add((id(node), number))
                        self._body(branch.body, found, way.enter((node, number)))
            elif isinstance(node, ir.Section):
                found = self._find((node, -1), patient, way)
                if found is not None:
                    self._body(node.body, found, way.enter((node, -1)))
            if isinstance(node, ir.AskNode):
                return  # nothing after an `ask` is reached
            if not self.reach.known_completes(node):
                # The later nodes need a patient for whom this one completes.
                found = self._find((node, None), patient, way)
                if found is None:
                    return
                patient, way = found, way.past(node)

    # -------------------------------------------------------------- one goal
    def _holds(self, goal: _Goal, patient: Patient) -> bool:
        node, number = goal
        if number is None:
            return completes(node, patient, self.conditions)
        if isinstance(node, ir.Decision):
            return self.conditions.outcome(node, patient) == number
        assert isinstance(node, ir.Section)
        return node.when is None or self.conditions.truth(node.when, patient) is True

    def _fits(self, goal: _Goal, way: _Way, patient: Patient, changed: tuple[str, ...]) -> bool:
        """The patient meets the goal, still takes the way there and is valid.

        Only what reads a changed fact is evaluated again: the patient the change
        starts from takes the way and is valid.
        """
        try:
            if not self._holds(goal, patient):
                return False
            for earlier in way.chain:
                facts = self._values(earlier)  # keyed by the facts it reads
                if any(n in facts for n in changed) and not self._holds(earlier, patient):
                    return False
        except Undefined:
            return False
        for node in way.past_nodes:
            facts = self._values((node, None))
            if any(n in facts for n in changed) and not completes(node, patient, self.conditions):
                return False
        checked = self.domain.assumption_inputs
        return not any(n in checked for n in changed) or self.domain.assumptions_hold(patient)

    def _find(self, goal: _Goal, patient: Patient, way: _Way) -> Patient | None:
        """The patient, or one changed as little as the search can, who meets the goal."""
        if self._fits(goal, way, patient, ()):
            return patient
        found = self._change(goal, dict(patient), way)
        if found is not None:
            return found
        self.asked += 1
        question = [self.reach.local(goal[0]), *self._formula(goal)]
        question += [c for c in map(self.reach.completes, way.past_nodes) if c is not None]
        found = self.solve(question)
        if found is None or not self.domain.valid(found):
            return None
        return found if self._fits(goal, way, found, tuple(self.domain.ranges)) else None

    def _formula(self, goal: _Goal) -> list[z3.BoolRef]:
        node, number = goal
        if number is None:
            done = self.reach.completes(node)
            return [] if done is None else [done]
        assert isinstance(node, ir.Decision | ir.Section)
        here = self.reach.step((node, number))
        return [] if here is None else [here]

    def _change(self, goal: _Goal, work: dict[str, Value], way: _Way) -> Patient | None:
        """Change one fact, then two, in place (no copy per try); the first that fits."""
        values = self._values(goal)
        names = list(values)
        for name in names:
            old = work[name]
            for value in values[name]:
                work[name] = value
                if value != old and self._fits(goal, way, work, (name,)):
                    return work
            work[name] = old
        tries = 0
        for a, b in itertools.combinations(names, 2):
            old_a, old_b = work[a], work[b]
            for x, y in itertools.product(values[a], values[b]):
                tries += 1
                if tries > _PAIRS:
                    return None
                work[a], work[b] = x, y
                if self._fits(goal, way, work, (a, b)):
                    return work
            work[a], work[b] = old_a, old_b
        return None

    def _values(self, goal: _Goal) -> dict[str, list[Value]]:
        """Values to try for each fact the goal depends on (its keys: the facts it reads).

        A step depends on the conditions of its decision (or section); completing a
        node depends on every condition inside it.
        """
        key = (id(goal[0]), goal[1] is None)
        if key not in self._tries:
            node, number = goal
            nodes = ir.walk((node,)) if number is None else [node]
            conds: list[ir.Cond] = []
            for inner in nodes:
                if isinstance(inner, ir.Decision):
                    conds += [b.guard for b in inner.when_branches() if b.guard is not None]
                elif isinstance(inner, ir.Section) and inner.when is not None:
                    conds.append(inner.when)
            self._tries[key] = _values(self.domain, conds)
        return self._tries[key]
