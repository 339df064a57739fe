"""Unknown facts: decisions and sections that may meet an unknown fact, doses that need one."""

from __future__ import annotations

import pytest

from compiler.checks import unknowns
from compiler.pipeline.stages import lower_tree
from dsl.diagnostics import Diagnostic
from dsl.parser import parse_text
from dsl.source import SourceFile
from tests.conftest import MINIMAL_HEADER

LINE = MINIMAL_HEADER.count("\n")
INPUTS = (
    'input a "A": yes/no or unknown\n'
    'input b "B": yes/no\n'
    'input w "W": number kg from 1 to 400 or unknown\n'
)


def _check(body: str) -> list[Diagnostic]:
    text = MINIMAL_HEADER + INPUTS + body
    parsed = parse_text(text)
    assert parsed.guideline is not None, parsed.diagnostics
    guideline, lowered = lower_tree(parsed.guideline, SourceFile("<text>", text))
    assert [d for d in lowered if d.code != "U003"] == []
    return unknowns.check(guideline)


@pytest.mark.parametrize(
    "body",
    [
        'decide d "D"\n  when a: nothing\n  when unknown: ask\n  otherwise: nothing\n',
        'decide d "D"\n  when b: nothing\n  otherwise: nothing\n',
        'decide d "D"\n  when a is known and a: nothing\n  otherwise: nothing\n',
        'decide d "D"\n  when a is known:\n    decide e "E"\n      when a: nothing\n'
        "      otherwise: nothing\n  otherwise: nothing\n",
    ],
)
def test_handled_or_required_facts_are_clean(body: str) -> None:
    assert _check(body) == []


def test_dose_reading_an_unknown_fact_is_an_error() -> None:
    (d,) = _check('section s "S"\n  start r "R"\n    dose 1 mg/kg * w\n')
    assert (d.code, d.severity.value, d.span.line) == ("U002", "error", LINE + 5)
    assert "`w`" in d.message


def test_dose_under_a_known_test_is_clean() -> None:
    body = 'section s "S" when w is known\n  start r "R"\n    dose 1 mg/kg * w\n'
    assert _check(body) == []


def test_preference_reading_an_unknown_fact() -> None:
    body = 'section s "S"\n  choose c "C"\n    option x "X"\n      preferred when a\n'
    body += '    option y "Y"\n'
    (d,) = _check(body)
    assert d.code == "U002" and "`a`" in d.message
