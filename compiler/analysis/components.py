"""Constraints split into groups that share no fact.

A patient meets a conjunction exactly when, for each group of constraints linked
by the facts they read, the facts of the group meet its constraints; and the
choices made for one group's facts (`compiler.analysis.settle`) do not depend on
any other group. So each group is solved on its own, and its answer reused.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from compiler.analysis import formula as f


@dataclass(frozen=True)
class Component:
    """Facts (in the order first met) and the constraints that read them."""

    names: tuple[str, ...]
    constraints: tuple[f.Formula, ...]


def split(
    constraints: Iterable[f.Formula],
    inputs: Callable[[f.Formula], frozenset[str]],
    links: Iterable[frozenset[str]] = (),
) -> tuple[list[Component], list[f.Formula]]:
    """The components of the constraints, and the constraints that read no fact.

    `links` are extra sets of facts to keep together in one component.
    """
    parent: dict[str, str] = {}

    def find(name: str) -> str:
        root = parent.setdefault(name, name)
        while root != parent[root]:
            root = parent[root]
        while parent[name] != root:
            parent[name], name = root, parent[name]
        return root

    def join(names: Iterable[str]) -> None:
        first: str | None = None
        for name in names:
            root = find(name)
            if first is None:
                first = root
            elif root != first:
                parent[root] = first

    closed: list[f.Formula] = []
    read: list[tuple[f.Formula, frozenset[str]]] = []
    for constraint in constraints:
        names = inputs(constraint)
        if names:
            read.append((constraint, names))
            join(sorted(names))
        else:
            closed.append(constraint)
    for names in links:
        join(sorted(names))
    groups: dict[str, tuple[dict[str, None], list[f.Formula]]] = {}
    for constraint, names in read:
        members, owned = groups.setdefault(find(next(iter(sorted(names)))), ({}, []))
        owned.append(constraint)
        for name in sorted(names):
            members.setdefault(name, None)
    for names in links:
        for name in sorted(names):
            members, _ = groups.setdefault(find(name), ({}, []))
            members.setdefault(name, None)
    out = [Component(tuple(members), tuple(owned)) for members, owned in groups.values()]
    return out, closed
