"""L010: patients no branch covers, inside declared ranges and assumptions."""

from __future__ import annotations

from compiler.checks import logic_gaps
from compiler.semantics import ir
from tests.conftest import compile_snippet

ADVISE = """
    advise {id} "{id}"
      expert opinion
"""


def _decision(input_line: str, *guards: str, extra: str = "") -> str:
    branches = "".join(
        f"  when {guard}:" + ADVISE.format(id=f"r{i}") for i, guard in enumerate(guards)
    )
    return f'{input_line}\n{extra}decide band "Band"\n{branches}'


def _gaps(body: str) -> list[dict[str, object]]:
    compiled = compile_snippet(body)
    found = [d for d in compiled.diagnostics if d.code == "L010"]
    return [dict(d.example_patient or {}) for d in found]


def test_whole_number_left_between_strict_bounds() -> None:
    body = _decision('input n "Count": whole from 0 to 10', "n < 3", "n > 3")
    assert _gaps(body) == [{"n": 3}]


def test_whole_numbers_with_adjacent_bounds_have_no_gap() -> None:
    assert _gaps(_decision('input n "Count": whole from 0 to 10', "n <= 3", "n >= 4")) == []


def test_real_numbers_between_adjacent_bounds_are_a_gap() -> None:
    (patient,) = _gaps(_decision('input x "Level": number from 0 to 10', "x <= 3", "x >= 4"))
    assert isinstance(patient["x"], float) and 3 < patient["x"] < 4


def test_choice_nobody_tests_is_a_gap() -> None:
    body = _decision('input c "Kind": one of a, b, c', "c is a", "c is b")
    assert _gaps(body) == [{"c": "c"}]


def test_range_limits_close_a_gap() -> None:
    assert _gaps(_decision('input x "Level": number from 0 to 10', "x < 5", "x >= 5")) == []
    assert _gaps(_decision('input x "Level": number from 5 to 10', "x >= 5")) == []


def test_assumption_closes_a_gap_of_impossible_patients() -> None:
    inputs = 'input a "A": yes/no\ninput b "B": yes/no'
    guards = ("a and b", "not a")
    assert _gaps(_decision(inputs, *guards)) == [{"a": True, "b": False}]
    assume = 'assume a_needs_b "A only with B": not a or b\n'
    assert _gaps(_decision(inputs, *guards, extra=assume)) == []


def test_otherwise_means_no_gap() -> None:
    body = _decision('input n "Count": whole from 0 to 10', "n < 3") + "  otherwise:\n    nothing\n"
    assert _gaps(body) == []


def test_nested_decision_only_needs_to_cover_its_context() -> None:
    body = """input n "Count": whole from 0 to 10
decide outer "Outer"
  when n > 5:
    decide inner "Inner"
      when n > 3:
        advise r1 "r1"
          expert opinion
  otherwise:
    nothing
"""
    assert _gaps(body) == []


def test_unknown_fact_is_not_a_gap() -> None:
    body = _decision('input x "Level": number from 0 to 10 or unknown', "x < 5", "x >= 5")
    assert _gaps(body + "  when unknown: ask\n") == []


def test_imnm_has_no_gap(imnm: ir.Guideline) -> None:
    assert logic_gaps.check(imnm) == []
