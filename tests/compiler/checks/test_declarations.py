"""Declaration checks: names used twice, repeated choices, unused inputs and definitions."""

from __future__ import annotations

from compiler.checks import declarations
from dsl.diagnostics import Diagnostic
from dsl.parser import parse_text
from tests.conftest import MINIMAL_HEADER

LINE = MINIMAL_HEADER.count("\n")  # body line n is LINE + n


def _check(body: str) -> list[Diagnostic]:
    parsed = parse_text(MINIMAL_HEADER + body)
    assert parsed.guideline is not None, parsed.diagnostics
    return declarations.check(parsed.guideline)


def test_used_declarations_are_clean() -> None:
    body = 'input a "A": yes/no\ndefine b = not a\nsection s "S" when b\n  advise r "R"\n'
    assert _check(body) == []


def test_input_and_definition_share_a_name() -> None:
    body = 'input a "A": yes/no\ndefine a = yes\nsection s "S" when a\n  advise r "R"\n'
    (d,) = _check(body)
    assert d.code == "N002"
    assert d.message == f"the name `a` is already used by input `a` on line {LINE + 1}"
    assert d.hints == ("give this definition a different name",)
    assert d.span.line == LINE + 2


def test_ids_of_recommendations_decisions_sections_and_examples_share_one_space() -> None:
    body = (
        'input a "A": yes/no\n'
        'decide s "D"\n  when a:\n    advise s "R"\n  otherwise:\n    advise r "R"\n'
        'section r "S"\n  advise x "X"\n'
        'example x "E"\n  expect nothing\n'
    )
    found = _check(body)
    assert [(d.code, d.span.line) for d in found] == [
        ("N002", LINE + 4),
        ("N002", LINE + 7),
        ("N002", LINE + 9),
    ]
    assert "decision `s`" in found[0].message and "recommendation `r`" in found[1].message


def test_options_of_one_recommendation_need_distinct_ids() -> None:
    body = 'section s "S"\n  choose c "C"\n    option a "A"\n    option a "B"\n'
    (d,) = _check(body)
    assert d.code == "N002" and d.hints == ("give this option a different name",)


def test_repeated_choice() -> None:
    body = 'input k "K": one of a, b, a\nsection s "S" when k is a\n  advise r "R"\n'
    (d,) = _check(body)
    assert (d.code, d.span.column) == ("N008", 27)


def test_unused_input_and_definition_are_warnings() -> None:
    body = 'input a "A": yes/no\ninput b "B": yes/no\ndefine c = b\n'
    found = _check(body)
    assert [(d.code, d.severity.value, d.span.line) for d in found] == [
        ("N009", "warning", LINE + 1),
        ("N010", "warning", LINE + 3),
    ]


def test_doses_and_preferences_count_as_uses() -> None:
    body = (
        'input w "W": number kg from 1 to 2\ninput k "K": yes/no\n'
        'section s "S"\n  choose c "C"\n    option a "A"\n      preferred when k\n'
        '    option b "B"\n  start d "D"\n    dose 1 mg/kg * w\n'
    )
    assert _check(body) == []
