"""L020 (overlap in an `exclusive` decision) and L021 (order hides a recommendation)."""

from __future__ import annotations

from compiler.checks import logic_overlap
from compiler.semantics import ir
from tests.conftest import compile_snippet

INPUTS = """input egfr "eGFR": whole mL/min from 0 to 150
input age "Age": whole years from 18 to 110
"""


def _rec(kind: str, name: str, drug: str | None = None) -> str:
    text = f'    {kind} {name} "{name}"\n      expert opinion\n'
    return text + (f"      drug {drug}\n" if drug else "")


def _codes(body: str) -> list[tuple[str, dict[str, object]]]:
    compiled = compile_snippet(INPUTS + body)
    return [
        (d.code, dict(d.example_patient or {}))
        for d in compiled.diagnostics
        if d.code in {"L020", "L021"}
    ]


def test_exclusive_decision_with_overlapping_branches() -> None:
    body = 'decide d "D" exclusive\n  when egfr <= 30 mL/min:\n' + _rec("advise", "a")
    body += "  when egfr >= 30 mL/min:\n" + _rec("advise", "b")
    ((code, patient),) = _codes(body)
    assert code == "L020" and patient["egfr"] == 30


def test_exclusive_decision_with_disjoint_branches_is_clean() -> None:
    body = 'decide d "D" exclusive\n  when egfr < 30 mL/min:\n' + _rec("advise", "a")
    body += "  when egfr >= 30 mL/min:\n" + _rec("advise", "b")
    assert _codes(body) == []


def test_order_hiding_a_stop_on_another_fact_is_a_warning() -> None:
    body = 'decide d "D"\n  when age >= 80 years:\n' + _rec("start", "low", "x")
    body += "  when egfr < 15 mL/min:\n" + _rec("stop", "no_x", "x")
    body += "  otherwise:\n" + _rec("start", "full", "x")
    ((code, patient),) = _codes(body)
    assert code == "L021"
    assert int(str(patient["age"])) >= 80 and int(str(patient["egfr"])) < 15


def test_contraindication_first_is_an_intended_order() -> None:
    body = 'decide d "D"\n  when egfr < 15 mL/min:\n' + _rec("stop", "no_x", "x")
    body += "  when age >= 80 years:\n" + _rec("start", "low", "x")
    body += "  otherwise:\n" + _rec("start", "full", "x")
    assert _codes(body) == []


def test_ladder_on_one_fact_is_never_reported() -> None:
    body = 'decide d "D"\n  when egfr < 15 mL/min:\n' + _rec("start", "low", "x")
    body += "  when egfr < 30 mL/min:\n" + _rec("stop", "no_x", "x")
    body += "  otherwise:\n    nothing\n"
    assert _codes(body) == []


def test_excluding_the_earlier_case_declares_the_order() -> None:
    body = 'decide d "D"\n  when age >= 80 years:\n' + _rec("start", "low", "x")
    body += "  when egfr < 15 mL/min and not (age >= 80 years):\n" + _rec("stop", "no_x", "x")
    body += "  otherwise:\n" + _rec("start", "full", "x")
    assert _codes(body) == []


def test_hidden_monitoring_is_not_reported() -> None:
    body = 'decide d "D"\n  when age >= 80 years:\n' + _rec("advise", "a")
    body += "  when egfr < 15 mL/min:\n" + _rec("monitor", "b")
    body += "  otherwise:\n    nothing\n"
    assert _codes(body) == []


def test_imnm_has_no_overlap(imnm: ir.Guideline) -> None:
    assert logic_overlap.check(imnm) == []
