"""`convert 1 mg/dL = 88.4 umol/L`: a conversion factor the source declares converts an
input between mass and molar concentrations exactly (T060-T062 when misused)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from compiler.semantics import ir
from dsl.diagnostics import Severity
from tests.conftest import compile_snippet, lower_snippet

CREATININE = (
    'input creatinine "Serum creatinine": number umol/L from 10 to 3000'
    " convert 1 mg/dL = 88.4 umol/L\n"
)
ADVISE = '    advise {id} "{id}"\n      expert opinion\n'


def _decision(input_line: str, *guards: str) -> str:
    body = input_line + '\ndecide band "Band"\n'
    for index, guard in enumerate(guards):
        body += f"  when {guard}:\n" + ADVISE.format(id=f"r{index}")
    return body


def _threshold(guideline: ir.Guideline) -> Fraction:
    (decision,) = [n for n in guideline.body if isinstance(n, ir.Decision)]
    cond = decision.branches[0].guard
    assert isinstance(cond, ir.CmpNum) and isinstance(cond.right, ir.NumConst)
    return cond.right.value


def test_a_mass_concentration_converts_through_the_declared_factor() -> None:
    guideline = lower_snippet(_decision(CREATININE, "creatinine >= 0.3 mg/dL"))
    assert _threshold(guideline) == Fraction("26.52")  # 0.3 x 88.4, exactly


def test_other_units_of_either_kind_convert_too() -> None:
    guideline = lower_snippet(_decision(CREATININE, "creatinine >= 40 mg/L"))
    assert _threshold(guideline) == Fraction("353.6")  # 4 mg/dL
    guideline = lower_snippet(_decision(CREATININE, "creatinine >= 0.5 mmol/L"))
    assert _threshold(guideline) == 500


def test_the_sides_may_come_in_either_order_and_the_input_in_either_kind() -> None:
    line = 'input cr "Creatinine": number mg/dL from 0.1 to 30 convert 88.4 umol/L = 1 mg/dL\n'
    guideline = lower_snippet(_decision(line, "cr >= 26.52 umol/L"))
    assert _threshold(guideline) == Fraction("0.3")
    (decl,) = guideline.inputs
    assert decl.molar is not None


def test_the_checks_compare_through_the_factor() -> None:
    body = _decision(CREATININE, "creatinine < 4 mg/dL", "creatinine >= 353.6 umol/L")
    codes = [d.code for d in compile_snippet(body).diagnostics if d.code[0] in "LT"]
    assert codes == []  # 4 mg/dL is 353.6 umol/L exactly: no gap, no overlap
    body = _decision(CREATININE, "creatinine < 4 mg/dL", "creatinine >= 353.7 umol/L")
    codes = [d.code for d in compile_snippet(body).diagnostics if d.code[0] in "LT"]
    assert codes == ["L010"]


@pytest.mark.parametrize(
    ("conversion", "code", "fragment", "caret"),
    [
        ("convert 1 mg/dL = 88.4 mg/L", "T060", "not a mass and a molar", "convert 1"),
        ("convert 1 mg/dL = 88.4 umol", "T060", "not a mass and a molar", "convert 1"),
        ("convert 1 kg = 88.4 mmHg", "T060", "not a mass and a molar", "convert 1"),
        ("convert 0 mg/dL = 88.4 umol/L", "T061", "more than 0, not 0", "0 mg/dL"),
        ("convert 1 mg/dL = 0 umol/L", "T061", "more than 0, not 0", "0 umol/L"),
        ("convert 1 mg/dL = 88.4 umol/L", "T062", "which this conversion", "convert 1"),
    ],
)
def test_misused_conversions(conversion: str, code: str, fragment: str, caret: str) -> None:
    unit = "mL/min" if code == "T062" else "umol/L"
    line = f'input c "C": number {unit} from 1 to 9 {conversion}\n'
    found = list(compile_snippet(_decision(line, f"c > 2 {unit}")).diagnostics)
    hits = [d for d in found if d.code == code]
    assert len(hits) == 1 and fragment in hits[0].message, found
    (hit,) = hits
    assert line[hit.span.column - 1 :].startswith(caret)
    assert hit.hints and "convert 1 mg/dL = 88.4 umol/L" in hit.hints[0]
    assert [d for d in found if d.severity is Severity.ERROR] == [hit]


def test_a_misspelt_conversion_unit_is_an_unknown_unit() -> None:
    line = 'input c "C": number umol/L from 1 to 9 convert 1 mg/dLL = 88.4 umol/L\n'
    found = list(compile_snippet(_decision(line, "c > 2 umol/L")).diagnostics)
    assert [d.code for d in found if d.severity is Severity.ERROR] == ["T005"]


def test_a_molar_mass_and_a_conversion_together_do_not_parse() -> None:
    line = (
        'input c "C": number umol/L from 1 to 9 molar mass 113.12 g/mol'
        " convert 1 mg/dL = 88.4 umol/L\n"
    )
    found = list(compile_snippet(_decision(line, "c > 2 umol/L")).diagnostics)
    assert found and found[0].code.startswith("P")


def _example(value: str, expected: str) -> str:
    body = _decision(CREATININE, "creatinine >= 4 mg/dL", "creatinine < 4 mg/dL")
    return body + f'\nexample ex "Example"\n  given creatinine = {value}\n  expect {expected}\n'


def test_an_example_may_give_the_value_in_the_other_kind_of_unit() -> None:
    for value, expected in (("4.0 mg/dL", "r0"), ("3.99 mg/dL", "r1"), ("0.3536 mmol/L", "r0")):
        found = compile_snippet(_example(value, expected)).diagnostics
        assert [d.code for d in found if d.severity is Severity.ERROR] == [], (value, found)
    found = compile_snippet(_example("4.0 mg/dL", "r1")).diagnostics
    assert [d.code for d in found if d.code.startswith("X")] != []
    found = compile_snippet(_example("4.0 mmHg", "r0")).diagnostics
    (x002,) = [d for d in found if d.code == "X002"]
    assert "umol/L, not mmHg" in x002.message
