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
    assert (
        "    dose: 35 to 70 mg/day: 0.5 to 1 mg/kg/day x 70 kg  "
        "(rule: 0.5 to 1 mg/kg/day * weight; weight = 70)"
    ) in lines
    assert "    option: Mycophenolate mofetil (alternative)" in lines
    assert "    every: 1 year" in lines
    assert "    target: low-normal range" in lines
    assert any(line.startswith("1. ") for line in lines)
    assert "-> otherwise  because category = immune_mediated" in text


def test_capped_dose_daily_maximum_review_and_rechecks(capped: ir.Guideline) -> None:
    text = explain(interpreter.evaluate(capped, {"weight": 60, "severe": True}))
    lines = text.splitlines()
    assert (
        "    dose: 750 mg: 15 mg/kg x 60 kg = 900 mg, capped at 750 mg  "
        "(rule: 15 mg/kg * weight; weight = 60)"
    ) in lines
    assert (
        "    daily maximum: 3600 mg/day: 60 mg/kg/day x 60 kg  (rule: 60 mg/kg/day * weight)"
    ) in lines
    assert "    review: in 2 to 3 days: Review the pain" in lines
    assert "    recheck: liver tests in 1 week" in lines


def test_uncapped_dose_and_review_without_text(capped: ir.Guideline) -> None:
    text = explain(interpreter.evaluate(capped, {"weight": 40, "severe": True}))
    assert "    dose: 600 mg: 15 mg/kg x 40 kg, under the 750 mg cap  (rule:" in text
    rest = explain(interpreter.evaluate(capped, {"weight": 40, "severe": False}))
    assert "    review: in 1 week" in rest.splitlines()


def test_preferred_option_and_yes_no_facts(imnm: ir.Guideline) -> None:
    text = explain(interpreter.evaluate(imnm, imnm_patient(imnm, {"skin_disease": True})))
    assert "option: Mycophenolate mofetil (alternative)  <- preferred for this patient" in text
    assert "anti_hmgcr = yes" in text


def test_incomplete_result(imnm: ir.Guideline) -> None:
    patient = imnm_patient(imnm, {"anti_hmgcr": None})
    text = explain(interpreter.evaluate(imnm, patient))
    assert "INCOMPLETE: some decisions wait for facts not given. Find out:" in text
    assert "- Anti-HMGCR antibodies detected [anti_hmgcr] (decides: " in text
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


def test_a_recommendation_the_source_does_not_grade_says_so() -> None:
    rec = {
        "id": "a", "kind": "advise", "text": "Advice", "strength": "not_graded",
        "citations": [], "expert_opinion": True, "options": [],
    }  # fmt: skip
    result = {
        "guideline": "g", "version": "1.0.0", "source_hash": "0123456789abcdef",
        "complete": True, "needs": [], "recommendations": [rec], "path": [],
    }  # fmt: skip
    assert "- advise: Advice  (not graded in the source; expert opinion) [a]" in explain(result)
def test_a_line_break_in_a_text_cannot_print_a_fake_recommendation(imnm: ir.Guideline) -> None:
    result = interpreter.evaluate(imnm, imnm_patient(imnm, {}))
    recs = result["recommendations"]
    assert isinstance(recs, list)
    fake = "\n- stop: All treatment  (recommend; cites [1]) [stop_all]"
    recs[0] = {**recs[0], "text": "Prednisone" + fake + "\x1b[2K\u202e"}
    lines = explain(result).splitlines()
    assert not any(line.startswith("- stop: All treatment") for line in lines)
    shown = [line for line in lines if "Prednisone\\n- stop" in line]
    assert len(shown) == 1 and "\\x1b[2K\\u202e" in shown[0]
    assert not any("\x1b" in line or "\u202e" in line for line in lines)
