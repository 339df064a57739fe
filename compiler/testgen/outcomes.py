"""The interpreter's result for many patients of one guideline, without walking the
whole guideline for each.

`interpreter.evaluate` walks the top-level nodes in order and ends at the first
that raises; what a node adds to the result (recommendations, path steps, whether
it raises, the decisions in it that wait) depends only on the facts it reads
(`compiler.testgen.node_runs`). A typical patient's parts are worked out once;
another patient's result is that, with the parts of the nodes that read a fact
in which the patient differs worked out again (once per fact and value, see
`Outcomes._own`). The result equals `interpreter.evaluate(guideline, patient)`.
Results are shared, whole (patients with the same facts get the same result) or
in their recommendation and path entries, so they must not be changed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from compiler.semantics import interpreter, ir, waiting
from compiler.testgen.facts import Facts
from compiler.testgen.node_runs import NodeRuns, Part

Steps = tuple[tuple[str, str], ...]
Result = dict[str, object] | list[tuple[str, str]]


@dataclass(slots=True)
class Outcome:
    """A patient's result, and which steps its evaluation took."""

    result: Result
    _parts: Mapping[int, Part]
    _last: int
    _top: Mapping[str, int]

    def reaches(self, steps: Steps) -> bool:
        """Whether evaluation took every (node, branch) step (as the path shows it)."""
        for node, branch in steps:
            index = self._top.get(node)
            if index is None or index > self._last:
                return False
            if (node, branch) not in self._parts[index].taken():
                return False
        return True


@dataclass
class _Base:
    """A typical patient's facts and parts, with their recommendations and steps laid
    end to end, and for each fact the nodes whose part read it."""

    facts: dict[str, object]
    parts: list[Part]
    recs: list[dict[str, object]]
    path: list[dict[str, object]]
    rec_at: list[int]  # where each node's recommendations start in `recs` (and the end)
    path_at: list[int]
    stops: list[int]  # the nodes that end evaluation (they raise), in order
    readers: dict[str, list[int]]


class Outcomes:
    """`interpreter.evaluate` for many patients of one guideline."""

    def __init__(
        self, guideline: ir.Guideline, typical: Mapping[str, object] | None = None
    ) -> None:
        """`typical`: a patient like most to come (their results share its parts)."""
        self.guideline = guideline
        self.nodes = guideline.body
        self.required = waiting.path_required(guideline)
        self.runs = NodeRuns(required=self.required)
        self.top = {
            inner.id: index
            for index, node in enumerate(self.nodes)
            for inner in ir.walk((node,))
            if isinstance(inner, ir.Decision | ir.Section)
        }
        self.facts = Facts(guideline)
        self.groups: dict[tuple[str, object], _Group] = {}
        self.seen: dict[tuple[tuple[str, object], ...], Outcome] = {}  # by facts changed
        self.base: _Base | None = None
        if typical is not None:
            facts = self.facts.validate(typical)
            if isinstance(facts, dict) and not _negative_zero(facts.values()):
                self.base = self._base(facts)
                self.facts.remember(typical, facts)

    def evaluate(self, patient: Mapping[str, object]) -> Outcome:
        """The patient's result (the list of data problems when the data are refused).

        Raises `interpreter.GuidelineDefect` as `interpreter.evaluate` does.
        """
        facts = self.facts.validate(patient)
        if isinstance(facts, list):
            return Outcome(facts, {}, -1, self.top)
        try:
            return self._evaluate(facts)
        except interpreter.PatientDataError as refused:  # a missing required fact read
            return Outcome(refused.problems, {}, -1, self.top)

    def _evaluate(self, facts: dict[str, object]) -> Outcome:
        base = self.base
        if base is None:
            if _negative_zero(facts.values()):
                return self._alone(facts)
            base = self.base = self._base(facts)
        before = base.facts
        changed = [n for n, v in facts.items() if v is not before[n] and not _same(v, before[n])]
        if _negative_zero(facts[n] for n in changed):  # equals 0.0 but prints differently
            return self._alone(facts)
        key = tuple([(n, facts[n]) for n in changed])
        found = self.seen.get(key)
        if found is None:
            found = self.seen[key] = self._assembled(base, facts, changed)
        return found

    def _assembled(self, base: _Base, facts: dict[str, object], changed: list[str]) -> Outcome:
        """The outcome for facts that differ from the base's in `changed`."""
        own = self._own(base, facts, changed)
        touched = sorted(own)
        last = self._last(base, own)
        recs = base.recs[: base.rec_at[last + 1]]
        path = base.path[: base.path_at[last + 1]]
        for index in reversed(touched):  # from the end: earlier offsets stay right
            if index <= last:
                recs[base.rec_at[index] : base.rec_at[index + 1]] = own[index].recs
                path[base.path_at[index] : base.path_at[index + 1]] = own[index].path
        parts = _Overlay(base.parts, own)
        return self._outcome(recs, path, parts, last, facts)

    def _own(self, base: _Base, facts: dict[str, object], changed: list[str]) -> dict[int, Part]:
        """The parts of the nodes whose base part read a fact that changed.

        For each changed fact, the parts of the nodes that read it, when only that
        fact changes, are worked out once; such a part holds when no other changed
        fact is among those it read, and is worked out anew otherwise.
        """
        own: dict[int, Part] = {}
        redo: set[int] = set()
        for name in changed:
            group = self._group(base, name, facts[name])
            others = [n for n in changed if n != name and n in group.reads]
            if not others:
                own.update(group.parts)
                continue
            for index, part in group.parts.items():
                if part.reads.isdisjoint(others):
                    own[index] = part
                else:
                    redo.add(index)
        for index in sorted(redo - own.keys()):
            own[index] = self.runs.part(self.nodes[index], facts)
        return own

    def _group(self, base: _Base, name: str, value: object) -> _Group:
        """The parts of the nodes whose base part read `name`, for the base facts with
        `name` set to `value`."""
        key = (name, value)
        found = self.groups.get(key)
        if found is None:
            facts = {**base.facts, name: value}
            parts = {i: self.runs.part(self.nodes[i], facts) for i in base.readers.get(name, ())}
            reads = frozenset().union(*(p.reads for p in parts.values()))
            found = self.groups[key] = _Group(parts, reads)
        return found

    def _alone(self, facts: dict[str, object]) -> Outcome:
        runs = NodeRuns(remember=False, required=self.required)
        parts: dict[int, Part] = {}
        recs: list[dict[str, object]] = []
        path: list[dict[str, object]] = []
        last = len(self.nodes) - 1
        for index, node in enumerate(self.nodes):
            part = parts[index] = runs.part(node, facts)
            recs += part.recs
            path += part.path
            if part.stops:
                last = index
                break
        return self._outcome(recs, path, parts, last, facts)

    def _outcome(
        self,
        recs: list[dict[str, object]],
        path: list[dict[str, object]],
        parts: Mapping[int, Part],
        last: int,
        facts: Mapping[str, object],
    ) -> Outcome:
        stopper = parts[last] if 0 <= last < len(self.nodes) else None
        if stopper is not None and stopper.error is not None:
            raise stopper.error
        waits = [w for index in range(last + 1) for w in parts[index].waits]
        result: dict[str, object] = {
            "guideline": self.guideline.id,
            "version": self.guideline.version,
            "source_hash": self.guideline.source_hash,
            "complete": not waits,
            "needs": waiting.needs_of(waits),
            "recommendations": recs,
            "path": path,
            "scores": [interpreter.score_result(s, facts) for s in self.guideline.scores],
            "waiting": waiting.waiting_of(self.guideline, waits),
        }
        return Outcome(result, parts, last, self.top)

    def _last(self, base: _Base, own: dict[int, Part]) -> int:
        """The last node evaluated: the first that stops, or the last node."""
        first = len(self.nodes) - 1
        for index in base.stops:
            if index not in own:
                first = min(first, index)
                break
        for index in sorted(own):
            if own[index].stops:
                first = min(first, index)
                break
        return first

    def _base(self, facts: dict[str, object]) -> _Base:
        parts = [self.runs.part(node, facts) for node in self.nodes]
        recs: list[dict[str, object]] = []
        path: list[dict[str, object]] = []
        rec_at, path_at = [0], [0]
        readers: dict[str, list[int]] = {}
        for index, part in enumerate(parts):
            recs += part.recs
            path += part.path
            rec_at.append(len(recs))
            path_at.append(len(path))
            for name in part.reads:
                readers.setdefault(name, []).append(index)
        stops = [i for i, part in enumerate(parts) if part.stops]
        return _Base(dict(facts), parts, recs, path, rec_at, path_at, stops, readers)


@dataclass(frozen=True)
class _Group:
    """The parts of the nodes that read one fact, for one value of it, the other facts
    as in the base; and every fact those parts read."""

    parts: dict[int, Part]
    reads: frozenset[str]


class _Overlay(dict[int, Part]):
    """The base parts, with the patient's own parts over them."""

    def __init__(self, base: list[Part], own: dict[int, Part]) -> None:
        super().__init__(own)
        self.under = base

    def __missing__(self, index: int) -> Part:
        return self.under[index]


def _same(left: object, right: object) -> bool:
    """The same fact value: equal, of the same type and (for 0.0 and -0.0) sign."""
    if left is right:
        return True
    if type(left) is not type(right) or left != right:
        return False
    if isinstance(left, float) and isinstance(right, float) and left == 0:
        return math.copysign(1.0, left) == math.copysign(1.0, right)
    return True


def _negative_zero(values: Iterable[object]) -> bool:
    """Whether some value is -0.0 (equal to 0.0, but shown differently)."""
    return any(isinstance(v, float) and v == 0 and math.copysign(1.0, v) < 0 for v in values)
