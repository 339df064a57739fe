"""Canonical text of expressions and strings."""

from __future__ import annotations

import pytest
from lark import Token, Tree

from dsl.format_expr import decode_string, encode_string, expr
from dsl.parser import _lark


def _define(text: str) -> Tree[Token]:
    tree = _lark().parse(f'guideline g "G"\n  version 0.1.0\ndefine d = {text}\n')
    definition = tree.children[1]
    assert isinstance(definition, Tree)
    node = definition.children[1]
    assert isinstance(node, Tree)
    return node


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("a-(b-c)", "a - (b - c)"),
        ("(a-b)-c", "(a - b) - c"),  # the author's brackets stay, for readability
        ("a/(b*c)", "a / (b * c)"),
        ("-(a+1)", "-(a + 1)"),
        ("not(a and b)", "not (a and b)"),
        ("(not a) and b", "(not a) and b"),
        ("(a and b) or c", "(a and b) or c"),
        ("a and b or c", "a and b or c"),
        ("a or (b or c)", "a or (b or c)"),
        ("(a+1) is one of x,y", "(a + 1) is one of x, y"),
        ("(a > 1) = yes", "(a > 1) = yes"),
        ("0.5  to 1 mg/kg/day*w", "0.5 to 1 mg/kg/day * w"),
    ],
)
def test_brackets_as_written_and_spacing_canonical(written: str, canonical: str) -> None:
    assert expr(_define(written)) == canonical


@pytest.mark.parametrize("text", ["plain", 'quote " in', "back \\ slash", "tab\tnew\nline", ""])
def test_strings_round_trip(text: str) -> None:
    assert decode_string(encode_string(text)) == text
    assert "\n" not in encode_string(text)
