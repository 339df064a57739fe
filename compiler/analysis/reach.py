"""Where evaluation arrives at each node of a guideline, and under which condition.

A node is reached when its enclosing branches are taken (its *chain*) and every
earlier node of each enclosing body completed without ending evaluation. A decision
or section that waits for an unknown fact completes (the nodes after it go on); what
ends a body is a decision without a branch for the patient, and an `ask`, which ends
its `when unknown:` branch. `ReachMap` knows both parts of every node and builds their
solver formulas only when asked:

* `local(node)`: the chain alone, a small formula. A question that is impossible
  with the chain alone is impossible with the full condition.
* `full(node)`: the exact reach condition (the tests build the same conditions
  eagerly, in `tests/compiler/analysis/eager_reach.py`). Nodes that surely complete
  (no decision that can fall through) are left out: their completion condition is
  `True`.

It also tells which nodes complete for every patient whose facts are all known
(`known_path`): such a patient who satisfies a node's chain reaches the node.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import z3

from compiler.analysis.solver import Encoder, branch_conditions
from compiler.semantics import ir

Step = tuple[ir.Decision | ir.Section, int]  # (decision, branch index) or (section, -1)


@dataclass(frozen=True)
class Place:
    """Where a node sits: its enclosing steps, its body and its index in that body."""

    node: ir.Node
    chain: tuple[Step, ...]
    body: tuple[ir.Node, ...]
    index: int
    parent: ir.Node | None


def can_be_unknown(guideline: ir.Guideline, cond: ir.Cond) -> bool:
    """Some valid patient may make the condition unknown (it reads a fact that may be)."""
    for atom in ir.atoms(cond):
        if isinstance(atom, ir.Known):
            continue
        if any(guideline.input(n).may_be_unknown for n in ir.atom_inputs(atom)):
            return True
    return False


@dataclass
class ReachMap:
    """The place of every node and, on demand, its local and full reach conditions.

    `exhaustive(decision)` answers whether a decision without `otherwise` always has
    a branch for a patient whose facts are all known (a solver question, asked by
    the caller); it is used only to widen `known_path`.
    """

    encoder: Encoder
    exhaustive: Callable[[ir.Decision], bool]
    places: dict[int, Place] = field(default_factory=dict)
    order: list[ir.Node] = field(default_factory=list)
    _taken: dict[int, list[z3.BoolRef]] = field(default_factory=dict)
    _local: dict[int, z3.BoolRef] = field(default_factory=dict)
    _entry: dict[int, z3.BoolRef] = field(default_factory=dict)
    _full: dict[int, z3.BoolRef] = field(default_factory=dict)
    _completes: dict[int, z3.BoolRef | None] = field(default_factory=dict)
    _surely: dict[int, bool] = field(default_factory=dict)
    _known: dict[int, bool] = field(default_factory=dict)
    _known_path: dict[int, bool] = field(default_factory=dict)
    _sure_path: dict[int, bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._place(self.encoder.guideline.body, (), None)

    def _place(
        self, body: tuple[ir.Node, ...], chain: tuple[Step, ...], parent: ir.Node | None
    ) -> None:
        for index, node in enumerate(body):
            self.places[id(node)] = Place(node, chain, body, index, parent)
            self.order.append(node)
            if isinstance(node, ir.Decision):
                for number, branch in enumerate(node.branches):
                    self._place(branch.body, (*chain, (node, number)), node)
            elif isinstance(node, ir.Section):
                self._place(node.body, (*chain, (node, -1)), node)

    def place(self, node: ir.Node) -> Place:
        """Where the node sits."""
        return self.places[id(node)]

    # ------------------------------------------------------------ formulas
    def taken(self, decision: ir.Decision) -> list[z3.BoolRef]:
        """The condition, in the decision alone, of each of its branches."""
        key = id(decision)
        if key not in self._taken:
            self._taken[key] = branch_conditions(self.encoder, decision)
        return self._taken[key]

    def step(self, step: Step) -> z3.BoolRef | None:
        """The condition of one step of a chain (None when it always holds)."""
        owner, number = step
        if isinstance(owner, ir.Decision):
            return self.taken(owner)[number]
        return None if owner.when is None else self.encoder.yes(owner.when)

    def local(self, node: ir.Node) -> z3.BoolRef:
        """The node's chain: its enclosing branches are taken."""
        key = id(node)
        if key not in self._local:
            place = self.places[key]
            if place.parent is None:
                self._local[key] = z3.BoolVal(True)
            else:
                here = self.step(place.chain[-1])
                above = self.local(place.parent)
                self._local[key] = above if here is None else z3.And(above, here)
        return self._local[key]

    def full(self, node: ir.Node) -> z3.BoolRef:
        """The exact condition under which evaluation arrives at the node."""
        key = id(node)
        if key in self._full:
            return self._full[key]
        place = self.places[key]
        start = place.index
        while start > 0 and id(place.body[start]) not in self._full:
            start -= 1  # back to the nearest node already built (a loop: bodies can be long)
        first = place.body[start]
        if id(first) not in self._full:
            self._full[id(first)] = self._entry_condition(place)
        here = self._full[id(first)]
        for before, current in _pairs(place.body, start, place.index):
            done = self.completes(before)
            if done is not None:
                here = z3.And(here, done)
            self._full[id(current)] = here
        return here

    def _entry_condition(self, place: Place) -> z3.BoolRef:
        if place.parent is None:
            return z3.BoolVal(True)
        here = self.step(place.chain[-1])
        above = self.full(place.parent)
        return above if here is None else z3.And(above, here)

    def completes(self, node: ir.Node) -> z3.BoolRef | None:
        """When evaluating the node lets the nodes after it go on (None: always)."""
        key = id(node)
        if key in self._completes:
            return self._completes[key]
        found: z3.BoolRef | None
        if self.surely_completes(node):
            found = None
        elif isinstance(node, ir.AskNode):
            found = z3.BoolVal(False)
        elif isinstance(node, ir.Section):
            body = self._body_completes(node.body)
            if node.when is None or body is None:
                found = body
            else:
                found = z3.Or(z3.Not(self.encoder.yes(node.when)), body)
        else:
            assert isinstance(node, ir.Decision)
            parts = []
            for taken, branch in zip(self.taken(node), node.branches, strict=True):
                body = self._body_completes(branch.body)
                if body is not None:
                    parts.append(z3.Or(z3.Not(taken), body))
            if node.special("otherwise") is None:
                guards = [b.guard for b in node.when_branches() if b.guard is not None]
                parts.append(z3.Not(z3.And(*(self.encoder.no(g) for g in guards))))
            found = z3.And(*parts) if parts else None
        self._completes[key] = found
        return found

    def _body_completes(self, body: tuple[ir.Node, ...]) -> z3.BoolRef | None:
        """When a body completes: its nodes up to an `ask`, which ends it, complete."""
        parts = [c for c in (self.completes(n) for n in until_ask(body)) if c is not None]
        return z3.And(*parts) if parts else None

    # ------------------------------------------------------------ structure
    def surely_completes(self, node: ir.Node) -> bool:
        """Evaluating the node never ends evaluation, whatever the patient."""
        key = id(node)
        if key not in self._surely:
            self._surely[key] = self._sure(node)
        return self._surely[key]

    def _sure(self, node: ir.Node) -> bool:
        if isinstance(node, ir.AskNode):
            return False
        if isinstance(node, ir.Section):
            return all(self.surely_completes(n) for n in until_ask(node.body))
        if isinstance(node, ir.Decision):
            if node.special("otherwise") is None:
                return False
            return all(
                self.surely_completes(n) for b in node.branches for n in until_ask(b.body)
            )
        return True

    def known_completes(self, node: ir.Node) -> bool:
        """Evaluating the node never stops for a valid patient whose facts are all known."""
        key = id(node)
        if key not in self._known:
            self._known[key] = self._known_sure(node)
        return self._known[key]

    def _known_sure(self, node: ir.Node) -> bool:
        if isinstance(node, ir.AskNode):
            return False
        if isinstance(node, ir.Section):
            return all(self.known_completes(n) for n in until_ask(node.body))
        if isinstance(node, ir.Decision):
            bodies = [until_ask(b.body) for b in node.branches if b.kind != "unknown"]
            if not all(self.known_completes(n) for body in bodies for n in body):
                return False
            return node.special("otherwise") is not None or self.exhaustive(node)
        return True

    def known_path(self, node: ir.Node) -> bool:
        """Every earlier node on the way to this one completes when all facts are known.

        A valid patient with every fact known who satisfies the node's chain then
        reaches the node.
        """
        return self._path(node, self.known_completes, self._known_path)

    def sure_path(self, node: ir.Node) -> bool:
        """Every earlier node on the way to this one surely completes: `full` is `local`."""
        return self._path(node, self.surely_completes, self._sure_path)

    def _path(
        self, node: ir.Node, completes: Callable[[ir.Node], bool], memo: dict[int, bool]
    ) -> bool:
        key = id(node)
        if key in memo:
            return memo[key]
        place = self.places[key]
        start = place.index
        while start > 0 and id(place.body[start]) not in memo:
            start -= 1  # back to the nearest node already known (a loop: bodies can be long)
        first = place.body[start]
        if id(first) not in memo:
            memo[id(first)] = place.parent is None or self._path(place.parent, completes, memo)
        ok = memo[id(first)]
        for before, current in _pairs(place.body, start, place.index):
            ok = ok and completes(before)
            memo[id(current)] = ok
        return ok


def until_ask(body: tuple[ir.Node, ...]) -> tuple[ir.Node, ...]:
    """The nodes of a body before its first `ask` (all of them when it has none)."""
    for index, node in enumerate(body):
        if isinstance(node, ir.AskNode):
            return body[:index]
    return body


def _pairs(body: tuple[ir.Node, ...], start: int, stop: int) -> Iterator[tuple[ir.Node, ir.Node]]:
    """(body[i - 1], body[i]) for i from start + 1 to stop."""
    for index in range(start + 1, stop + 1):
        yield body[index - 1], body[index]
