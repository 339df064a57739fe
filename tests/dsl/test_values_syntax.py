"""The syntax of values chosen by condition: precedence, the tree, and the formatter."""

from __future__ import annotations

import pytest

from dsl import ast
from dsl.formatter import format_source
from dsl.parser import parse_text
from tests.conftest import MINIMAL_HEADER


def _define(text: str) -> ast.Expr:
    parsed = parse_text(MINIMAL_HEADER + f"define x = {text}\n")
    assert parsed.guideline is not None, parsed.diagnostics
    return parsed.guideline.definitions[0].expr


def test_at_most_binds_more_loosely_than_arithmetic() -> None:
    expr = _define("15 mg/kg * weight at most 700 mg + 50 mg")
    assert isinstance(expr, ast.Limit) and expr.kind == "most"
    assert isinstance(expr.value, ast.Arith) and expr.value.op == "*"
    assert isinstance(expr.limit, ast.Arith) and expr.limit.op == "+"


def test_at_most_binds_more_tightly_than_a_comparison() -> None:
    expr = _define("weight at least 40 kg >= 50 kg")
    assert isinstance(expr, ast.Compare) and isinstance(expr.left, ast.Limit)


def test_if_is_the_loosest_and_chains() -> None:
    expr = _define("if a or b then 1 else if c then 2 else 3")
    assert isinstance(expr, ast.IfValue) and isinstance(expr.cond, ast.BoolOp)
    assert isinstance(expr.otherwise, ast.IfValue)


def test_lookup_arms_and_otherwise() -> None:
    expr = _define("lookup step: one -> 1, two -> 2 mg, otherwise -> 3 mg")
    assert isinstance(expr, ast.Lookup) and expr.subject.name == "step"
    assert [a.choice.name if a.choice else None for a in expr.arms] == ["one", "two", None]


def test_min_and_max_are_calls() -> None:
    expr = _define("min(a, b at most c, 3 mg)")
    assert isinstance(expr, ast.Call) and expr.name == "min" and len(expr.args) == 3
    assert isinstance(expr.args[1], ast.Limit)


@pytest.mark.parametrize(
    "text",
    [
        "weight * if a then 1 else 2",  # an `if` inside arithmetic needs brackets
        "if a then 1",  # `else` is required
        "lookup s: a -> if b then 1 else 2",  # an `if` as a lookup value needs brackets
        "lookup s:",
        "weight at most",
    ],
)
def test_forms_that_do_not_parse(text: str) -> None:
    parsed = parse_text(MINIMAL_HEADER + f"define x = {text}\n")
    assert parsed.diagnostics


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("if  a  then 1 else   2", "if a then 1 else 2"),
        ("min( a ,b,  3 mg )", "min(a, b, 3 mg)"),
        ("lookup s :a->1,b  ->  2,otherwise->3", "lookup s: a -> 1, b -> 2, otherwise -> 3"),
        ("(if a then 1 else 2) * w", "(if a then 1 else 2) * w"),
        ("if a then (if b then 1 else 2) else (lookup s: x -> 1, y -> 2)",
         "if a then (if b then 1 else 2) else (lookup s: x -> 1, y -> 2)"),
        ("if a then 1 else (if b then 2 else 3)", "if a then 1 else (if b then 2 else 3)"),
        ("x at most (y + 1 mg)", "x at most (y + 1 mg)"),
        ("(x at most y) at least z", "(x at most y) at least z"),
        ("(lookup s:\n    a -> 1,\n    b -> 2)", "(lookup s: a -> 1, b -> 2)"),
    ],
)  # fmt: skip
def test_the_formatter_is_canonical_keeps_brackets_and_is_idempotent(
    written: str, canonical: str
) -> None:
    once = format_source(MINIMAL_HEADER + f"define x = {written}\n", "x.guideline")
    assert f"define x = {canonical}\n" in once
    assert format_source(once, "x.guideline") == once
