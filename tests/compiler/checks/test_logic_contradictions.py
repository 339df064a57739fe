"""L030 (start and stop one drug) and L031 (two doses of one drug) on one path."""

from __future__ import annotations

from compiler.checks import logic_contradictions
from compiler.semantics import ir
from tests.conftest import compile_snippet

INPUTS = """input weight "Weight": number kg from 30 to 200 step 0.1
input frail "Frail": yes/no
input renal "Renal failure": yes/no
"""


def _rec(kind: str, name: str, drug: str, dose: str = "", indent: str = "    ") -> str:
    text = f'{indent}{kind} {name} "{name}"\n{indent}  expert opinion\n{indent}  drug {drug}\n'
    return text + (f"{indent}  dose {dose}\n" if dose else "")


def _found(body: str) -> list[tuple[str, dict[str, object]]]:
    compiled = compile_snippet(INPUTS + body)
    return [
        (d.code, dict(d.example_patient or {}))
        for d in compiled.diagnostics
        if d.code in {"L030", "L031"}
    ]


def _decision(name: str, guard: str, rec: str) -> str:
    return f'decide {name} "{name}"\n  when {guard}:\n{rec}  otherwise:\n    nothing\n'


def test_start_and_stop_from_sequential_decisions() -> None:
    body = _decision("a", "frail", _rec("start", "go", "x"))
    body += _decision("b", "renal", _rec("stop", "halt", "x"))
    ((code, patient),) = _found(body)
    assert code == "L030" and patient["frail"] is True and patient["renal"] is True


def test_start_and_stop_on_exclusive_paths_are_fine() -> None:
    body = _decision("a", "frail", _rec("start", "go", "x"))
    body += _decision("b", "renal and not frail", _rec("stop", "halt", "x"))
    assert _found(body) == []


def test_a_section_and_a_branch_accumulate() -> None:
    body = 'section everyone "Everyone"\n' + _rec("stop", "halt", "x", indent="  ")
    body += _decision("a", "frail", _rec("consider", "maybe", "x"))
    assert [c for c, _ in _found(body)] == ["L030"]


def test_two_doses_in_one_branch() -> None:
    recs = _rec("start", "low", "x", "10 mg") + _rec("start", "high", "x", "20 mg")
    ((code, _),) = _found(_decision("a", "frail", recs))
    assert code == "L031"


def test_doses_that_differ_only_for_some_weights() -> None:
    body = _decision("a", "frail", _rec("start", "per_kg", "x", "1 mg/kg * weight"))
    body += _decision("b", "renal", _rec("start", "fixed", "x", "70 mg"))
    ((code, patient),) = _found(body)
    assert code == "L031" and patient["weight"] != 70


def test_same_dose_twice_is_not_a_contradiction() -> None:
    body = _decision("a", "frail", _rec("start", "one", "x", "10 mg"))
    body += _decision("b", "renal", _rec("start", "two", "x", "10 mg"))
    assert _found(body) == []


def test_different_drugs_do_not_contradict() -> None:
    body = _decision("a", "frail", _rec("start", "go", "x"))
    body += _decision("b", "renal", _rec("stop", "halt", "y"))
    assert _found(body) == []


def test_imnm_has_no_contradiction(imnm: ir.Guideline) -> None:
    assert logic_contradictions.check(imnm) == []


def test_one_dose_in_two_units_is_not_a_contradiction() -> None:
    """Regression: `1 g` and `1000 mg` were called different doses."""
    body = _decision("a", "frail", _rec("start", "one", "x", "1 g"))
    body += _decision("b", "renal", _rec("start", "two", "x", "1000 mg"))
    assert _found(body) == []
    body = _decision("a", "frail", _rec("start", "one", "x", "1 mg/kg * weight"))
    body += _decision("b", "renal", _rec("start", "two", "x", "0.001 g/kg * weight"))
    assert _found(body) == []


def test_doses_in_two_units_that_differ() -> None:
    body = _decision("a", "frail", _rec("start", "one", "x", "1 g"))
    body += _decision("b", "renal", _rec("start", "two", "x", "900 mg"))
    assert [code for code, _ in _found(body)] == ["L031"]


def test_doses_of_different_kinds_differ() -> None:
    body = _decision("a", "frail", _rec("start", "one", "x", "1 g"))
    body += _decision("b", "renal", _rec("start", "two", "x", "1 mL"))
    assert [code for code, _ in _found(body)] == ["L031"]
