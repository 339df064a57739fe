"""What evaluating one top-level node adds to the interpreter's result, and which facts
that depends on.

This follows `compiler.semantics.interpreter` step for step (its `_Run`): the same branch
tests with `interpreter.truth`, the same path steps, the same recommendations
from `interpreter.recommendation`, the same waits, defects and refusals of a missing
required fact that the path reads. What it adds is
memory: a decision's step, given the values of the facts its conditions read, is
worked out once, and so is a recommendation given the facts its dose and options
read; and each part records the facts it read, so that a patient who differs
only in other facts gets the same part. `tests/compiler/testgen/test_node_runs.py`
checks that results put together from parts equal `interpreter.evaluate`.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from compiler.semantics import interpreter, ir, waiting
from compiler.semantics.compiled import Test, compile_cond

Facts = Mapping[str, object]


@dataclass(slots=True)
class Part:
    """What one top-level node adds to the result for some facts."""

    recs: list[dict[str, object]]
    path: list[dict[str, object]]
    stops: bool  # evaluation ends in this node: it raises
    waits: list[waiting.Wait]  # the decisions in it that wait, with the facts they need
    error: Exception | None  # what evaluation raises here (a decision without a branch)
    reads: frozenset[str]  # the facts the part depends on
    _taken: set[tuple[str, str]] | None = field(default=None, repr=False)

    def taken(self) -> set[tuple[str, str]]:
        """The (node, branch) steps of the part's path, `applies` for sections that
        apply to everyone."""
        if self._taken is None:
            found = {(str(s["node"]), str(s["branch"])) for s in self.path}
            found |= {(node, "applies") for node, b in found if b == "applies to everyone"}
            self._taken = found
        return self._taken


@dataclass(slots=True)
class _Decided:
    """A decision's step for some facts: the branch taken, or why there is none."""

    step: dict[str, object]
    read: tuple[str, ...]
    branch: ir.Branch | None  # the branch whose body is evaluated next
    unknown: bool  # the branch is the `when unknown` handler (or there is none)
    needs: list[str]
    defect: str | None = None


class NodeRuns:
    """Parts of top-level nodes of one guideline, with what they share remembered.

    With `remember` false nothing is kept (for facts whose values compare equal to
    others but do not print the same, such as -0.0).
    """

    def __init__(self, remember: bool = True, required: tuple[str, ...] = ()) -> None:
        """`required`: the required facts that only a path reading them needs
        (`waiting.path_required`); one missing is refused where the path reads it."""
        self.remember = remember
        self.required = required
        self._plans: dict[int, _Plan] = {}
        self._recs: dict[int, _Rec] = {}

    def part(self, node: ir.Node, facts: Facts) -> Part:
        """What evaluating `node` adds to the result for the (validated) facts."""
        run = _Run(self, facts)
        try:
            run.nodes((node,))
        except Exception as exc:  # raised again when evaluation gets to this part
            return Part(run.recs, run.path, True, run.waits, exc, frozenset(run.read))
        return Part(run.recs, run.path, False, run.waits, None, frozenset(run.read))

    def plan(self, decision: ir.Decision) -> _Plan:
        """The decision's tests, worked out once, with its steps found so far."""
        plan = self._plans.get(id(decision))
        if plan is None or plan.decision is not decision:
            plan = self._plans[id(decision)] = _Plan(decision)
        return plan

    def rec_entry(self, rec: ir.Recommendation) -> _Rec:
        """The recommendation, the facts its dose and options read, and its entries."""
        entry = self._recs.get(id(rec))
        if entry is None or entry.rec is not rec:
            entry = self._recs[id(rec)] = _Rec(rec)
        return entry


def _getter(names: tuple[str, ...]) -> Callable[[Facts], object]:
    """The values of the facts `names`, as a key (the same shape for the same names)."""
    if not names:
        return lambda facts: ()
    return operator.itemgetter(*names)


class _Rec:
    """A recommendation, the facts its dose and options read, and its entries so far."""

    def __init__(self, rec: ir.Recommendation) -> None:
        self.rec = rec
        self.reads = waiting.rec_reads(rec)
        self.key = _getter(self.reads)
        self.known: dict[object, dict[str, object]] = {}


class _Plan:
    """A decision's branch tests, worked out once: what each test reads, what the
    step shows up to it; and the steps found so far, by the values of its facts."""

    def __init__(self, decision: ir.Decision) -> None:
        self.decision = decision
        self.tests: list[tuple[ir.Branch, Test, tuple[str, ...]]] = []
        read: list[str] = []
        for branch in decision.when_branches():
            assert branch.guard is not None
            read.extend(ir.cond_inputs(branch.guard))
            self.tests.append((branch, compile_cond(branch.guard), tuple(dict.fromkeys(read))))
        self.names = tuple(dict.fromkeys(read))
        self.key = _getter(self.names)
        self.handler = decision.special("unknown")
        self.otherwise = decision.special("otherwise")
        self.known: dict[object, _Decided] = {}

    def decide(self, facts: Facts) -> _Decided:
        """The step `interpreter._Run.decision` takes for the facts."""
        decision = self.decision
        for branch, test, read in self.tests:
            unknown: list[str] = []
            value = test(facts, unknown)
            if value is None:
                step = _step(decision.id, decision.question, "unknown", read, facts)
                return _Decided(step, read, self.handler, True, sorted(set(unknown)))
            if value:
                step = _step(decision.id, decision.question, branch.label, read, facts)
                return _Decided(step, read, branch, False, [])
        if self.otherwise is None:
            message = f"no branch of decision {decision.id} applies"
            return _Decided({}, self.names, None, False, [], message)
        step = _step(decision.id, decision.question, self.otherwise.label, self.names, facts)
        return _Decided(step, self.names, self.otherwise, False, [])


def _step(
    node_id: str, question: str, label: str, read: tuple[str, ...], facts: Facts
) -> dict[str, object]:
    """A path step; `read` holds each fact once, in the order first read."""
    shown = {name: facts[name] for name in read}
    return {"node": node_id, "question": question, "branch": label, "facts": shown}


class _Run:
    """`interpreter._Run`, with steps and recommendations from `NodeRuns`."""

    __slots__ = ("facts", "missing", "path", "read", "recs", "runs", "waits")

    def __init__(self, runs: NodeRuns, facts: Facts) -> None:
        self.runs = runs
        self.facts = facts
        self.recs: list[dict[str, object]] = []
        self.path: list[dict[str, object]] = []
        self.read: set[str] = set()
        self.waits: list[waiting.Wait] = []
        self.missing = frozenset(n for n in runs.required if facts[n] is None)

    def _reads(self, names: tuple[str, ...]) -> None:
        """As `interpreter._Run._reads`: a missing required fact read is refused."""
        if self.missing and not self.missing.isdisjoint(names):
            problems = [(n, waiting.MISSING) for n in self.runs.required if n in self.missing]
            raise interpreter.PatientDataError(problems)

    def nodes(self, nodes: tuple[ir.Node, ...]) -> None:
        for node in nodes:
            kind = type(node)
            if kind is ir.AskNode:
                return
            if kind is ir.Decision:
                assert isinstance(node, ir.Decision)
                self.decision(node)
            elif kind is ir.Emit:
                assert isinstance(node, ir.Emit)
                self.emit(node)
            elif kind is ir.Section:
                assert isinstance(node, ir.Section)
                self.section(node)
            elif kind is not ir.NarrNode:
                self.other(node)

    def other(self, node: ir.Node) -> None:
        """A node of a type derived from the IR's (as the interpreter takes it)."""
        if isinstance(node, ir.Decision):
            self.decision(node)
        elif isinstance(node, ir.Section):
            self.section(node)
        elif isinstance(node, ir.Emit):
            self.emit(node)

    def emit(self, node: ir.Emit) -> None:
        runs, rec = self.runs, node.rec
        entry = runs.rec_entry(rec)
        if entry.reads:
            self.read.update(entry.reads)
            self._reads(entry.reads)
        if not runs.remember:
            self.recs.append(interpreter.recommendation(rec, self.facts))
            return
        key = entry.key(self.facts)
        found = entry.known.get(key)
        if found is None:
            found = entry.known[key] = interpreter.recommendation(rec, self.facts)
        self.recs.append(found)

    def decision(self, decision: ir.Decision) -> None:
        plan = self.runs.plan(decision)
        known = plan.known if self.runs.remember else {}
        key = plan.key(self.facts)
        decided = known.get(key)
        if decided is None:
            try:
                decided = known[key] = plan.decide(self.facts)
            except Exception:
                self.read.update(plan.names)
                raise
        self.read.update(decided.read)
        if decided.defect is None:
            self._reads(decided.read)
        else:
            raise interpreter.GuidelineDefect(decided.defect)
        self.path.append(decided.step)
        if not decided.unknown:
            assert decided.branch is not None
            self.nodes(decided.branch.body)
            return
        body = () if decided.branch is None else decided.branch.body
        self.nodes(body)
        if decided.branch is None or any(type(n) is ir.AskNode for n in body):
            self.waits.append((decision.id, decision.question, tuple(decided.needs)))

    def section(self, section: ir.Section) -> None:
        if section.when is None:
            step = _step(section.id, section.title, "applies to everyone", (), self.facts)
            self.path.append(step)
            self.nodes(section.body)
            return
        read = tuple(dict.fromkeys(ir.cond_inputs(section.when)))
        self.read.update(read)
        unknown: list[str] = []
        value = interpreter.truth(section.when, self.facts, unknown)
        self._reads(read)
        if value is None:
            self.path.append(_step(section.id, section.title, "unknown", read, self.facts))
            self.waits.append((section.id, section.title, tuple(sorted(set(unknown)))))
            return
        label = "applies" if value else "does not apply"
        self.path.append(_step(section.id, section.title, label, read, self.facts))
        if value:
            self.nodes(section.body)
