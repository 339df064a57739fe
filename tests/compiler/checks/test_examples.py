"""Authored examples: the build fails when the guideline disagrees, and says how."""

from __future__ import annotations

from compiler.checks import examples
from compiler.pipeline.stages import lower_tree
from compiler.semantics import ir
from dsl.diagnostics import Diagnostic
from dsl.parser import parse_text
from dsl.source import SourceFile
from tests.conftest import MINIMAL_HEADER

LINE = MINIMAL_HEADER.count("\n")
GUIDE = """input w "W": number kg from 1 to 400
input s "S": yes/no or unknown
decide d "D"
  when s:
    stop quit "Stop"
  when unknown: ask
  otherwise:
    start pred "Start"
      dose 0.5 to 1 mg/kg/day * w
"""


def _lowered(examples_text: str) -> ir.Guideline:
    text = MINIMAL_HEADER + GUIDE + examples_text
    parsed = parse_text(text)
    assert parsed.guideline is not None, parsed.diagnostics
    guideline, found = lower_tree(parsed.guideline, SourceFile("<text>", text))
    assert found == []
    return guideline


def _check(examples_text: str) -> list[Diagnostic]:
    return examples.check(_lowered(examples_text))


def test_agreeing_examples_are_clean() -> None:
    text = (
        'example a "A"\n  given w = 70 kg\n  given s = no\n  expect pred\n'
        "  expect dose pred 35 to 70 mg/day\n"
        'example b "B"\n  given w = 70 kg\n  given s = yes\n  expect quit\n'
        'example c "C"\n  given w = 70 kg\n  given s = unknown\n  expect nothing\n'
        "  expect needs s\n"
    )
    assert _check(text) == []


def test_missing_and_extra_recommendations_are_named() -> None:
    (d,) = _check('example a "A"\n  given w = 70 kg\n  given s = yes\n  expect pred\n')
    assert (d.code, d.span.line, d.span.column) == ("X001", LINE + 10, 1)
    assert d.hints == ("expected but not given: pred", "given but not expected: quit")


def test_wrong_dose() -> None:
    text = 'example a "A"\n  given w = 70 kg\n  given s = no\n  expect pred\n'
    (d,) = _check(text + "  expect dose pred 30 to 60 mg/day\n")
    assert d.code == "X001"
    assert d.hints == ("`pred` dose is 35 to 70 mg/day, expected 30 to 60 mg/day",)


def test_evaluation_that_stops_without_expect_needs() -> None:
    (d,) = _check('example a "A"\n  given w = 70 kg\n  given s = unknown\n  expect nothing\n')
    assert d.code == "X001" and d.hints == ("a decision waits, needing s",)


def test_expect_needs_that_differs() -> None:
    text = 'example a "A"\n  given w = 70 kg\n  given s = no\n  expect pred\n  expect needs s\n'
    (d,) = _check(text)
    assert d.hints == ("the evaluation needs nothing (the evaluation completed), expected s",)


def test_invalid_patient() -> None:
    (d,) = _check('example a "A"\n  given w = 900 kg\n  given s = no\n  expect pred\n')
    assert d.code == "X003" and d.message == "example `a` is not a valid patient"
    assert d.hints and d.hints[0].startswith("w: ")


def test_unknown_recommendation_id() -> None:
    found = _check('example a "A"\n  given w = 70 kg\n  given s = no\n  expect prednisone\n')
    assert [d.code for d in found] == ["X004", "X001"]
    assert "`prednisone`" in found[0].message
