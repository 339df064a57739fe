"""The IMNM guideline compiles clean and its authored examples hold."""

from __future__ import annotations

from compiler.pipeline.stages import Compiled
from compiler.semantics import interpreter, ir


def test_imnm_checks_clean(imnm_compiled: Compiled) -> None:
    assert imnm_compiled.diagnostics == ()
    assert imnm_compiled.guideline is not None


def test_imnm_has_at_least_ten_examples(imnm: ir.Guideline) -> None:
    assert len(imnm.examples) >= 10


def test_prednisone_dose_for_70_kg(imnm: ir.Guideline) -> None:
    patient = dict(imnm.examples[0].patient)
    result = interpreter.evaluate(imnm, patient)
    recs = {r["id"]: r for r in result["recommendations"]}  # type: ignore[union-attr]
    dose = recs["prednisone"]["dose"]
    assert dose["text"] == "35 to 70 mg/day"
    assert dose["rule"] == "0.5 to 1 mg/kg/day * weight"
