"""Structure checks: branches after `otherwise`, repeated special branches, no `when`."""

from __future__ import annotations

from compiler.checks import structure
from dsl.diagnostics import Diagnostic
from dsl.parser import parse_text
from tests.conftest import MINIMAL_HEADER

LINE = MINIMAL_HEADER.count("\n")
HEAD = 'input a "A": yes/no or unknown\ninput b "B": yes/no\ndecide d "D"\n'


def _check(body: str) -> list[Diagnostic]:
    parsed = parse_text(MINIMAL_HEADER + body)
    assert parsed.guideline is not None, parsed.diagnostics
    return structure.check(parsed.guideline)


def test_a_well_formed_decision_is_clean() -> None:
    body = HEAD + "  when a: nothing\n  when unknown: ask\n  otherwise: nothing\n"
    assert _check(body) == []


def test_a_decision_without_otherwise_is_allowed() -> None:
    assert _check(HEAD + "  when a: nothing\n") == []


def test_branch_after_otherwise() -> None:
    body = HEAD + "  otherwise: nothing\n  when a: nothing\n  when b: nothing\n"
    found = _check(body)
    assert [(d.code, d.span.line) for d in found] == [("L003", LINE + 5), ("L003", LINE + 6)]
    assert found[0].hints == ("move `otherwise:` to the end of the decision",)


def test_unknown_branch_after_otherwise_is_not_unreachable() -> None:
    assert _check(HEAD + "  when a: nothing\n  otherwise: nothing\n  when unknown: ask\n") == []


def test_repeated_special_branches() -> None:
    body = HEAD + (
        "  when a: nothing\n  when unknown: ask\n  when unknown: nothing\n"
        "  otherwise: nothing\n  otherwise: nothing\n"
    )
    found = _check(body)
    assert [(d.code, d.span.line) for d in found] == [("L004", LINE + 8), ("L004", LINE + 6)]
    assert "`otherwise`" in found[0].message and "`when unknown`" in found[1].message


def test_decision_without_when() -> None:
    (d,) = _check(HEAD + "  otherwise: nothing\n")
    assert (d.code, d.message) == ("L005", "decision `d` has no `when` branch")
    assert (d.span.line, d.span.column) == (LINE + 3, 8)


def test_nested_decisions_are_checked() -> None:
    body = (
        HEAD + '  when a:\n    decide inner "I"\n      otherwise: nothing\n  otherwise: nothing\n'
    )
    (d,) = _check(body)
    assert "`inner`" in d.message
