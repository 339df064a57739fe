"""L011: branches no valid patient can take; L012: sections that never apply."""

from __future__ import annotations

from compiler.checks import logic_reach
from compiler.semantics import ir
from tests.conftest import compile_snippet


def _rec(name: str, indent: str = "    ") -> str:
    return f'{indent}advise {name} "{name}"\n{indent}  expert opinion\n'


def _unreachable(body: str, code: str = "L011") -> list[tuple[int, dict[str, object]]]:
    compiled = compile_snippet(body)
    return [
        (d.span.line, dict(d.example_patient or {}))
        for d in compiled.diagnostics
        if d.code == code
    ]


def _line(body: str, text: str) -> int:
    """The line of `text` in the compiled snippet (the header has 6 lines)."""
    return 6 + body.splitlines().index(text) + 1


def test_hidden_by_one_earlier_branch() -> None:
    body = (
        'input n "Age": whole from 0 to 120\ndecide d "D"\n  when n >= 65:\n'
        + _rec("a")
        + "  when n >= 80:\n"
        + _rec("b")
        + "  otherwise:\n    nothing\n"
    )
    ((line, patient),) = _unreachable(body)
    assert line == _line(body, "  when n >= 80:")
    assert isinstance(patient["n"], int) and patient["n"] >= 80


def test_hidden_by_the_union_of_earlier_branches() -> None:
    body = 'input x "X": yes/no\ninput y "Y": yes/no\ndecide d "D"\n'
    body += "  when x:\n" + _rec("a") + "  when y and not x:\n" + _rec("b")
    body += "  when y:\n" + _rec("c") + "  otherwise:\n    nothing\n"
    ((line, patient),) = _unreachable(body)
    assert line == _line(body, "  when y:")
    assert patient["y"] is True


def test_condition_impossible_inside_the_declared_range() -> None:
    body = 'input x "X": number from 0 to 10\ndecide d "D"\n  when x > 20:\n' + _rec("a")
    body += "  otherwise:\n    nothing\n"
    ((_, patient),) = _unreachable(body)
    assert 0 <= float(str(patient["x"])) <= 10


def test_assumption_can_make_a_branch_unreachable() -> None:
    body = 'input x "X": yes/no\ninput y "Y": yes/no\nassume x_y "X implies Y": not x or y\n'
    body += 'decide d "D"\n  when x and not y:\n' + _rec("a") + "  otherwise:\n    nothing\n"
    assert len(_unreachable(body)) == 1


def test_branches_inside_an_unreachable_branch_are_not_reported_again() -> None:
    body = 'input n "N": whole from 0 to 10\ndecide d "D"\n  when n > 5:\n' + _rec("a")
    body += '  when n > 7:\n    decide inner "Inner"\n      when n > 8:\n'
    body += _rec("b", "        ") + "      otherwise:\n        nothing\n"
    body += "  otherwise:\n    nothing\n"
    assert [line for line, _ in _unreachable(body)] == [_line(body, "  when n > 7:")]


def test_reachable_branches_are_not_reported() -> None:
    body = 'input n "N": whole from 0 to 10\ndecide d "D"\n  when n >= 8:\n' + _rec("a")
    body += "  when n >= 5:\n" + _rec("b") + "  otherwise:\n    nothing\n"
    assert _unreachable(body) == []


def test_imnm_has_no_unreachable_branch(imnm: ir.Guideline) -> None:
    assert logic_reach.check(imnm) == []


def _never_applies(body: str) -> list[tuple[int, dict[str, object]]]:
    return _unreachable(body, "L012")


SECTION = (
    'input age "Age": whole years from 18 to 120\n'
    'input weight "Weight": number kg from 1 to 400 step 0.1\n'
    'section children "Children" when age < 16 years\n'
    '  start drug "Drug"\n    dose 10 mg/kg * weight\n    expert opinion\n'
)


def test_a_section_no_patient_meets_is_reported_like_a_branch() -> None:
    ((line, patient),) = _never_applies(SECTION)
    assert line == _line(SECTION, 'section children "Children" when age < 16 years')
    assert isinstance(patient["age"], int) and patient["age"] >= 18


def test_a_section_some_patient_meets_is_not_reported() -> None:
    assert _never_applies(SECTION.replace("age < 16 years", "age < 30 years")) == []


def test_a_section_inside_a_branch_nobody_takes_is_reported_once() -> None:
    inner = "".join("  " + line + "\n" for line in SECTION.splitlines()[2:])
    body = (
        SECTION.splitlines()[0] + "\n" + SECTION.splitlines()[1] + "\n"
        'decide d "D"\n  when age < 10 years:\n'
        + "".join("  " + line for line in inner.splitlines(keepends=True))
        + "  otherwise:\n    nothing\n"
    )
    assert _never_applies(body) == []  # the branch is L011; the section inside is not L012
    assert [d.code for d in compile_snippet(body).diagnostics].count("L011") == 1
