"""compiler/running/explain.py: a result in plain language."""

from __future__ import annotations

from compiler.running.explain import explain
from compiler.semantics import interpreter, ir
from tests.conftest import imnm_patient


def test_complete_result(imnm: ir.Guideline) -> None:
    text = explain(interpreter.evaluate(imnm, imnm_patient(imnm, {})))
    lines = text.splitlines()
    assert lines[0].startswith(f"imnm version {imnm.version} (source {imnm.source_hash[:12]})")
    assert "INCOMPLETE" not in text
    assert "- start: Prednisone as initial therapy  (recommend; cites [2]) [prednisone]" in lines
    assert "    dose: 35 to 70 mg/day  (rule: 0.5 to 1 mg/kg/day * weight; weight = 70)" in lines
    assert "    option: Mycophenolate mofetil (alternative)" in lines
    assert "    every: 1 year" in lines
    assert "    target: low-normal range" in lines
    assert any(line.startswith("1. ") for line in lines)
    assert "-> otherwise  because category = immune_mediated" in text


def test_preferred_option_and_yes_no_facts(imnm: ir.Guideline) -> None:
    text = explain(interpreter.evaluate(imnm, imnm_patient(imnm, {"skin_disease": True})))
    assert "option: Mycophenolate mofetil (alternative)  <- preferred for this patient" in text
    assert "anti_hmgcr = yes" in text


def test_incomplete_result(imnm: ir.Guideline) -> None:
    patient = imnm_patient(imnm, {"anti_hmgcr": None})
    text = explain(interpreter.evaluate(imnm, patient))
    assert "INCOMPLETE: evaluation stopped; find out: anti_hmgcr" in text
    assert "anti_hmgcr = unknown" in text


def test_no_recommendations_and_uncited() -> None:
    result = {
        "guideline": "g",
        "version": "1.0.0",
        "source_hash": "0123456789abcdef",
        "complete": True,
        "needs": [],
        "recommendations": [],
        "path": [],
    }
    assert explain(result).splitlines() == [
        "g version 1.0.0 (source 0123456789ab)",
        "",
        "Recommendations:",
        "- none",
        "",
        "Path:",
    ]


def test_evidence_wording(imnm: ir.Guideline) -> None:
    text = explain(interpreter.evaluate(imnm, imnm_patient(imnm, {})))
    assert "(recommend; no citation in the source) [aspiration]" in text
    rec = dict(interpreter.recommendation(ir.recommendations(imnm)[0], {}))
    rec.update(citations=[], expert_opinion=True)
    result = {
        "guideline": "g",
        "version": "1",
        "source_hash": "",
        "complete": True,
        "needs": [],
        "recommendations": [rec],
        "path": [],
    }
    assert "; expert opinion) [" in explain(result)
