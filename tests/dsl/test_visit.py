"""AST walks: every item, recommendation, narrative and expression, in source order."""

from __future__ import annotations

import pytest

from dsl import ast, visit
from dsl.parser import parse_text
from tests.conftest import MINIMAL_HEADER

BODY = """  note "header note"
references
  1 "Ref"
    note "reference note"
input a "A": yes/no
  note "input note"
input w "W": number kg from 1 to 400
define heavy = w >= 100 kg
  gap "definition gap"
assume sane "Sane": w > 0 kg
decide outer "Outer"
  note "decision note"
  when a and heavy:
    start first "First"
      dose 1 mg/kg * w
      note "recommendation note"
    decide inner "Inner"
      when w < 200 kg:
        choose second "Second"
          option x "X"
            preferred when a
            note "option note"
          option y "Y"
      otherwise: nothing
  otherwise:
    nothing
section s "S" when not a
  monitor third "Third"
  note "section note"
    - "bullet"
example e "E"
  note "example note"
  expect nothing
"""


@pytest.fixture(scope="module")
def tree() -> ast.Guideline:
    text = MINIMAL_HEADER.rstrip("\n") + "\n" + BODY
    result = parse_text(text)
    assert result.diagnostics == ()
    assert result.guideline is not None
    return result.guideline


def test_body_items_depth_first(tree: ast.Guideline) -> None:
    kinds = [type(i).__name__ for i in visit.all_items(tree)]
    assert kinds == [
        "Decision",
        "Recommendation",
        "Decision",
        "Recommendation",
        "Nothing",
        "Nothing",
        "Section",
        "Recommendation",
        "Note",
    ]


def test_recommendations_in_source_order(tree: ast.Guideline) -> None:
    assert [r.id for r in visit.recommendations(tree)] == ["first", "second", "third"]


def test_decisions_include_nested_ones(tree: ast.Guideline) -> None:
    assert [d.id for d in visit.decisions(tree)] == ["outer", "inner"]


def test_narratives_reach_every_place(tree: ast.Guideline) -> None:
    texts = [n.text for n in visit.narratives(tree)]
    assert texts == [
        "header note",
        "reference note",
        "input note",
        "definition gap",
        "decision note",
        "recommendation note",
        "option note",
        "section note",
        "example note",
    ]


def test_expressions_are_guards_definitions_doses_and_preferences(tree: ast.Guideline) -> None:
    found = list(visit.expressions(tree))
    names = sorted({r.name for expr in found for r in visit.refs(expr)})
    assert names == ["a", "heavy", "w"]
    assert len(found) == 7  # define, assume, 2 guards, dose, preference, section when


@pytest.mark.parametrize(
    ("expr", "names"),
    [
        ("a", ["a"]),
        ("not a", ["a"]),
        ("a and (b or c)", ["a", "b", "c"]),
        ("x + y * -z >= 3 kg", ["x", "y", "z"]),
        ("k is one of p, q", ["k"]),
        ("k is unknown", ["k"]),
        ("3 kg > 2 kg", []),
    ],
)
def test_refs(expr: str, names: list[str]) -> None:
    result = parse_text(MINIMAL_HEADER + f"define probe = {expr}\n")
    assert result.guideline is not None
    found = visit.refs(result.guideline.definitions[0].expr)
    assert [r.name for r in found] == names
