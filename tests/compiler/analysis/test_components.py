"""Constraints split into groups that share no fact."""

from __future__ import annotations

from compiler.analysis import formula as f
from compiler.analysis.components import split


def test_groups_link_constraints_through_shared_facts() -> None:
    a, b, c = f.Equals("a", 1), f.Equals("b", 2), f.Equals("c", 3)
    ab = f.AnyOf((f.Equals("a", 0), f.Equals("b", 0)))
    groups, closed = split([a, c, ab, b, f.TRUE], f.inputs_of)
    assert closed == [f.TRUE]
    assert {(g.names, g.constraints) for g in groups} == {
        (("a", "b"), (a, ab, b)),
        (("c",), (c,)),
    }


def test_links_join_groups_and_add_facts() -> None:
    a, c = f.Equals("a", 1), f.Equals("c", 3)
    groups, _ = split([a, c], f.inputs_of, [frozenset({"a", "c", "d"})])
    assert len(groups) == 1
    assert set(groups[0].names) == {"a", "c", "d"}
    assert groups[0].constraints == (a, c)


def test_no_constraints_no_groups() -> None:
    assert split([], f.inputs_of) == ([], [])
