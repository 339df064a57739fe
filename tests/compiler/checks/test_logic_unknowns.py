"""L040: a valid patient reaches a decision or section with a deciding fact unknown."""

from __future__ import annotations

from compiler.checks import logic_unknowns
from compiler.semantics import ir
from tests.conftest import compile_snippet

REC = '    advise {0} "{0}"\n      expert opinion\n'


def _found(body: str) -> list[tuple[str, dict[str, object]]]:
    compiled = compile_snippet(body)
    return [
        (d.message, dict(d.example_patient or {})) for d in compiled.diagnostics if d.code == "L040"
    ]


def test_decision_without_unknown_branch() -> None:
    body = 'input x "X": number from 0 to 10 or unknown\ndecide d "D"\n  when x > 5:\n'
    body += REC.format("a") + "  otherwise:\n    nothing\n"
    ((message, patient),) = _found(body)
    assert "`x`" in message and patient == {"x": None}


def test_handled_unknown_is_clean() -> None:
    body = 'input x "X": number from 0 to 10 or unknown\ndecide d "D"\n  when x > 5:\n'
    body += REC.format("a") + "  otherwise:\n    nothing\n  when unknown: ask\n"
    assert _found(body) == []


def test_fact_proved_known_by_the_enclosing_branch_is_not_reported() -> None:
    body = """input flag "Flag": yes/no or unknown
input x "X": whole from 0 to 10
decide outer "Outer"
  when flag or x > 5:
    decide inner "Inner"
      when flag:
        advise a "a"
          expert opinion
      otherwise:
        nothing
  otherwise:
    nothing
  when unknown: ask
"""
    compiled = compile_snippet(body)
    assert [d.code for d in compiled.diagnostics if d.code == "L040"] == ["L040"]
    body = body.replace("when flag or x > 5:", "when flag is known and (flag or x > 5):")
    assert _found(body) == []


def test_nested_branch_proving_the_fact_known() -> None:
    body = """input level "Level": number from 0 to 10 or unknown
decide outer "Outer"
  when level > 2:
    decide inner "Inner"
      when level > 5:
        advise a "a"
          expert opinion
      otherwise:
        nothing
  otherwise:
    nothing
  when unknown: ask
"""
    compiled = compile_snippet(body)
    assert [d.code for d in compiled.diagnostics if d.code == "L040"] == []


def test_section_condition_may_be_unknown() -> None:
    body = 'input p "P": yes/no or unknown\nsection s "S" when p\n'
    body += '  advise a "a"\n    expert opinion\n'
    ((message, patient),) = _found(body)
    assert "section `s`" in message and patient == {"p": None}


def test_imnm_has_no_unhandled_unknown(imnm: ir.Guideline) -> None:
    assert logic_unknowns.check(imnm) == []
