"""`molar mass`: an input converts between mass and molar concentrations, exactly,
only where the guideline declares the substance's molar mass (T014 when misused)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from compiler.semantics import ir
from tests.conftest import compile_snippet, lower_snippet

CREATININE = (
    'input creatinine "Serum creatinine": number umol/L from 10 to 3000'
    " molar mass 113.12 g/mol\n"
)
ADVISE = '    advise {id} "{id}"\n      expert opinion\n'


def _decision(input_line: str, *guards: str, exclusive: bool = False) -> str:
    body = input_line + '\ndecide band "Band"' + (" exclusive" if exclusive else "") + "\n"
    for index, guard in enumerate(guards):
        body += f"  when {guard}:\n" + ADVISE.format(id=f"r{index}")
    return body


def _threshold(guideline: ir.Guideline) -> Fraction:
    (decision,) = [n for n in guideline.body if isinstance(n, ir.Decision)]
    cond = decision.branches[0].guard
    assert isinstance(cond, ir.CmpNum) and isinstance(cond.right, ir.NumConst)
    return cond.right.value


def test_a_mass_concentration_converts_through_the_molar_mass() -> None:
    guideline = lower_snippet(_decision(CREATININE, "creatinine >= 1.5 mg/dL"))
    # 1.5 mg/dL = 15 mg/L = 15 / 113.12 mmol/L, in umol/L, exactly
    assert _threshold(guideline) == Fraction(15_000) / Fraction("113.12")


def test_a_molar_concentration_converts_the_other_way() -> None:
    line = 'input cr "Creatinine": number mg/dL from 0.1 to 30 molar mass 113.12 g/mol\n'
    guideline = lower_snippet(_decision(line, "cr >= 88.4 umol/L"))
    assert _threshold(guideline) == Fraction("88.4") * Fraction("113.12") / 10_000


def test_the_checks_compare_through_the_molar_mass() -> None:
    body = _decision(CREATININE, "creatinine < 1.5 mg/dL", "creatinine >= 140 umol/L")
    codes = [d.code for d in compile_snippet(body).diagnostics if d.code.startswith("L")]
    assert codes == ["L010"]  # 1.5 mg/dL is 132.6 umol/L: patients in between
    body = _decision(
        CREATININE, "creatinine < 1.5 mg/dL", "creatinine >= 130 umol/L", exclusive=True
    )
    codes = [d.code for d in compile_snippet(body).diagnostics if d.code.startswith("L")]
    assert codes == ["L020"]


def test_without_a_molar_mass_mass_and_moles_do_not_mix() -> None:
    line = 'input creatinine "Serum creatinine": number umol/L from 10 to 3000\n'
    found = compile_snippet(_decision(line, "creatinine >= 1.5 mg/dL")).diagnostics
    (t002,) = [d for d in found if d.code[0] == "T"]
    assert t002.code == "T002" and "`molar mass 113.12 g/mol`" in t002.hints[0]
    found = compile_snippet(_decision(line, "creatinine >= 1.5 mg")).diagnostics
    (t002,) = [d for d in found if d.code[0] == "T"]
    assert "molar mass" not in t002.hints[0]


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        (
            'input c "C": number umol/L from 1 to 9 molar mass 113.12 mg\n',
            "must be a positive mass per mole",
        ),
        (
            'input c "C": number umol/L from 1 to 9 molar mass 0 g/mol\n',
            "must be a positive mass per mole",
        ),
        (
            'input c "C": number mL/min from 1 to 9 molar mass 113.12 g/mol\n',
            "which a molar mass cannot convert",
        ),
    ],
)
def test_misused_molar_masses(line: str, fragment: str) -> None:
    found = list(compile_snippet(_decision(line, "c > 2 mL/min")).diagnostics)
    t014 = [d for d in found if d.code == "T014"]
    assert len(t014) == 1 and fragment in t014[0].message, found


def test_a_misspelt_molar_mass_unit_suggests_a_mass_per_mole() -> None:
    line = 'input c "C": number umol/L from 1 to 9 molar mass 113.12 g/mool\n'
    found = list(compile_snippet(_decision(line, "c > 2 umol/L")).diagnostics)
    (t005,) = [d for d in found if d.code == "T005"]
    assert "`mol`" in t005.hints[0]
