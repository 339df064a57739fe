"""compiler/analysis/replay.py: every example patient a check prints reproduces when run."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from compiler.analysis import solver
from compiler.semantics import interpreter, ir
from tests.conftest import compile_snippet, emit_and_import, lower_snippet

GAP_AT_THE_RATIO = """input fev1 "FEV1": number L from 0.1 to 8 step 0.01
input fvc "FVC": number L from 0.1 to 8 step 0.01

decide ratio "FEV1/FVC"
  when fev1 / fvc > 0.7:
    advise normal "Above 0.7"
      expert opinion
  when fev1 / fvc < 0.7:
    advise obstructed "Below 0.7"
      expert opinion
"""


def _gap(body: str) -> tuple[ir.Guideline, dict[str, object]]:
    compiled = compile_snippet(body)
    (gap,) = [d for d in compiled.diagnostics if d.code == "L010"]
    assert gap.example_patient is not None
    return lower_snippet(body), dict(gap.example_patient)


def test_the_example_patient_of_a_gap_falls_through_when_run(tmp_path: Path) -> None:
    """The gap is a ratio of exactly 0.7 (1.05 L / 1.5 L, say): the interpreter and the module
    both find no branch for the patient printed, as the finding says."""
    guideline, patient = _gap(GAP_AT_THE_RATIO)
    fev1, fvc = (Fraction(repr(patient[n])) for n in ("fev1", "fvc"))
    assert fev1 / fvc == Fraction(7, 10)
    with pytest.raises(interpreter.GuidelineDefect):
        interpreter.evaluate(guideline, patient)
    module = emit_and_import(guideline, tmp_path, "gap_ratio")
    with pytest.raises(module.GuidelineDefect):
        module.evaluate(patient)


def test_the_fev1_fvc_example_reproduces(tmp_path: Path) -> None:
    """FEV1 1.05 L and FVC 1.5 L is exactly at 0.7: no branch applies when run."""
    guideline = lower_snippet(GAP_AT_THE_RATIO)
    patient = {"fev1": 1.05, "fvc": 1.5}
    with pytest.raises(interpreter.GuidelineDefect):
        interpreter.evaluate(guideline, patient)
    module = emit_and_import(guideline, tmp_path, "gap_ratio_fixed")
    with pytest.raises(module.GuidelineDefect):
        module.evaluate(patient)


def test_a_patient_that_does_not_reproduce_is_a_compiler_defect(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Were the solver's exact values printed rounded (as floats of the binary value, say),
    the printed patient would not reproduce: L091 says so, and no example is shown."""

    def rounded(decl: ir.Input, value: object) -> object:
        exact = original(decl, value)
        if isinstance(exact, float):
            return exact * (1 + 2**-50)  # a value a little off the one the solver found
        return exact

    original = solver._python_value
    monkeypatch.setattr(solver, "_python_value", rounded)
    compiled = compile_snippet(GAP_AT_THE_RATIO)
    defects = [d for d in compiled.diagnostics if d.code == "L091"]
    assert defects and all(d.example_patient is None for d in defects)
    assert "L010" in defects[0].message and "does not reproduce" in defects[0].message
    assert not [d for d in compiled.diagnostics if d.code == "L010"]
