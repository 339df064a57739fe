"""The notes and gaps that concern each recommendation, for the bedside.

A recommendation carries, in the words the docs show:

1. its own notes and gaps, then those of its options;
2. those of the decisions and sections it sits in, outermost first, and those placed
   directly in the branch that holds it;
3. those of every definition, input and score its path reads: the conditions of the
   branches of each decision it sits in up to the one that holds it (an `otherwise`
   or `unknown` branch is reached after all the `when`s are read), the conditions of
   its sections, its dose, cap, daily maximum and options' preferences, and through a
   definition whatever the definition reads;
4. those of the references it cites, then those of the whole guideline.

Each is kept once, in that order. Results carry them so that a gap of the source (a
dose range with no maximum, a threshold chosen within a window) is shown where the
recommendation is, not only on the guideline's web page.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from compiler.semantics import ir
from dsl import ast, visit


def _note(item: ast.Note | ast.Gap, on: str, name: str) -> ir.RecNote:
    if isinstance(item, ast.Gap):
        return ir.RecNote("gap", item.text, (), on, name)
    return ir.RecNote("note", item.text, tuple(b.text for b in item.bullets), on, name)


def _notes(items: tuple[ast.Note | ast.Gap, ...], on: str, name: str) -> list[ir.RecNote]:
    return [_note(i, on, name) for i in items]


def _direct(items: tuple[ast.BodyItem, ...]) -> tuple[ast.Note | ast.Gap, ...]:
    return tuple(i for i in items if isinstance(i, ast.Note | ast.Gap))


@dataclass
class _Collector:
    """Walks the AST once, keeping each recommendation's notes by its id."""

    tree: ast.Guideline

    def __post_init__(self) -> None:
        self.inputs = {i.name: i for i in reversed(self.tree.inputs)}
        self.defs = {d.name: d for d in reversed(self.tree.definitions)}
        self.scores = {s.name: s for s in reversed(self.tree.scores)}
        self.refs = {r.key: r for r in self.tree.references}
        self.found: dict[str, tuple[ir.RecNote, ...]] = {}

    def body(
        self,
        items: tuple[ast.BodyItem, ...],
        context: list[ir.RecNote],
        reads: tuple[ast.Expr, ...],
        here: list[ir.RecNote],
    ) -> None:
        for item in items:
            if isinstance(item, ast.Decision):
                self.decision(item, context, reads)
            elif isinstance(item, ast.Section):
                inner = [*context, *_notes(_direct(item.items), "section", item.id)]
                more = reads if item.when is None else (*reads, item.when)
                self.body(item.items, inner, more, [])
            elif isinstance(item, ast.Recommendation):
                self.found.setdefault(item.id, self.rec(item, [*context, *here], reads))

    def decision(
        self, decision: ast.Decision, context: list[ir.RecNote], reads: tuple[ast.Expr, ...]
    ) -> None:
        inner = [*context, *_notes(decision.narrative, "decision", decision.id)]
        guards = tuple(b.guard for b in decision.branches if b.guard is not None)
        read_so_far: tuple[ast.Expr, ...] = ()
        for branch in decision.branches:
            if branch.guard is not None:
                read_so_far = (*read_so_far, branch.guard)
                seen = read_so_far
            else:
                seen = guards
            here = _notes(_direct(branch.body), "branch", "")
            self.body(branch.body, inner, (*reads, *seen), here)

    def rec(
        self, rec: ast.Recommendation, context: list[ir.RecNote], reads: tuple[ast.Expr, ...]
    ) -> tuple[ir.RecNote, ...]:
        out = _notes(rec.narrative, "recommendation", "")
        for option in rec.options:
            out += _notes(option.narrative, "option", option.id)
        out += context
        own = [f.expr for f in (rec.dose, rec.dose_cap, rec.daily_maximum) if f is not None]
        own += [o.preferred_when for o in rec.options if o.preferred_when is not None]
        out += self.read_notes((*reads, *own))
        for cite in rec.cites:
            ref = self.refs.get(cite.key)
            if ref is not None:
                out += _notes(ref.narrative, "reference", cite.key)
        out += _notes(self.tree.header.narrative, "guideline", "")
        return tuple(dict.fromkeys(out))

    def read_notes(self, exprs: tuple[ast.Expr, ...]) -> list[ir.RecNote]:
        out: list[ir.RecNote] = []
        seen: set[str] = set()
        for name in self._names(exprs, seen):
            if name in self.defs:
                out += _notes(self.defs[name].narrative, "definition", name)
            elif name in self.inputs:
                out += _notes(self.inputs[name].narrative, "input", name)
            elif name in self.scores:
                out += _notes(self.scores[name].narrative, "score", name)
        return out

    def _names(self, exprs: tuple[ast.Expr, ...], seen: set[str]) -> Iterator[str]:
        """Every name read, through definitions and scores, each once, in reading order."""
        for expr in exprs:
            for ref in visit.refs(expr):
                if ref.name in seen:
                    continue
                seen.add(ref.name)
                yield ref.name
                if ref.name in self.defs:
                    yield from self._names((self.defs[ref.name].expr,), seen)
                elif ref.name in self.scores:
                    criteria = tuple(c.condition for c in self.scores[ref.name].criteria)
                    yield from self._names(criteria, seen)


def rec_notes(tree: ast.Guideline) -> dict[str, tuple[ir.RecNote, ...]]:
    """Each recommendation's notes and gaps, by its id."""
    collector = _Collector(tree)
    collector.body(tree.body, [], (), _notes(_direct(tree.body), "guideline", ""))
    return collector.found


def with_notes(
    nodes: tuple[ir.Node, ...], notes: dict[str, tuple[ir.RecNote, ...]]
) -> tuple[ir.Node, ...]:
    """The body with each recommendation carrying its notes."""
    return tuple(_with_notes(node, notes) for node in nodes)


def _with_notes(node: ir.Node, notes: dict[str, tuple[ir.RecNote, ...]]) -> ir.Node:
    if isinstance(node, ir.Emit):
        return ir.Emit(replace(node.rec, notes=notes.get(node.rec.id, ())))
    if isinstance(node, ir.Decision):
        branches = tuple(replace(b, body=with_notes(b.body, notes)) for b in node.branches)
        return replace(node, branches=branches)
    if isinstance(node, ir.Section):
        return replace(node, body=with_notes(node.body, notes))
    return node
