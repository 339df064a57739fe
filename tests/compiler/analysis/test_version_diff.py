"""The semantic diff: the exact regions of a changed threshold, a changed dose rule and a
removed branch, each with a patient that really changes (replayed on both versions)."""

from __future__ import annotations

from fractions import Fraction

from compiler.analysis.version_diff import diff
from compiler.pipeline.stages import compile_source, read_source
from compiler.semantics import ir
from compiler.semantics.interpreter import evaluate
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "diff"


def _load(name: str) -> ir.Guideline:
    path = FIXTURES / name
    compiled = compile_source(read_source(path, name))
    assert compiled.guideline is not None, compiled.diagnostics
    return compiled.guideline


def _ids(guideline: ir.Guideline, patient: dict[str, object]) -> list[str]:
    recs = evaluate(guideline, patient)["recommendations"]
    assert isinstance(recs, list)
    return [str(r["id"]) for r in recs]


def test_each_change_is_found_with_a_patient_that_really_changes() -> None:
    old, new = _load("ck_old.guideline"), _load("ck_new.guideline")
    found = diff(old, new)
    assert found.problems == ()
    kinds = sorted((r.kind, r.rec_id) for r in found.regions)
    assert kinds == [("added", "watch"), ("added", "watch"), ("dose changed", "drug_a"),
                     ("removed", "drug_a"), ("removed", "stop_statin")]
    for region in found.regions:
        before, after = _ids(old, region.patient), _ids(new, region.patient)
        if region.kind == "added":
            assert region.rec_id in after and region.rec_id not in before
        elif region.kind == "removed":
            assert region.rec_id in before and region.rec_id not in after


def test_the_threshold_region_is_exact() -> None:
    """drug_a is removed exactly for ck in (1000, 1200] (checked on the interpreters around
    both thresholds), and the patient found lies there."""
    old, new = _load("ck_old.guideline"), _load("ck_new.guideline")
    [removed] = [r for r in diff(old, new).regions if (r.kind, r.rec_id) == ("removed", "drug_a")]
    ck = Fraction(str(removed.patient["ck"]))
    assert 1000 < ck <= 1200
    for value in ["999.99", "1000", "1000.01", "1100", "1199.99", "1200", "1200.01"]:
        patient = {**removed.patient, "ck": float(value)}
        gone = "drug_a" in _ids(old, patient) and "drug_a" not in _ids(new, patient)
        assert gone == (1000 < Fraction(value) <= 1200), value


def test_the_same_guideline_has_no_changes() -> None:
    old = _load("ck_old.guideline")
    assert diff(old, old).regions == () and diff(old, old).problems == ()


def test_the_dose_change_shows_both_doses() -> None:
    old, new = _load("ck_old.guideline"), _load("ck_new.guideline")
    [dose] = [r for r in diff(old, new).regions if r.kind == "dose changed"]
    weight = dose.patient["weight"]
    assert isinstance(weight, float)
    assert dose.old_dose == f"{weight:g} mg"
    assert dose.new_dose == f"{min(1.5 * weight, 200):g} mg"


def test_an_input_that_changed_its_unit_is_not_compared() -> None:
    old = _load("ck_old.guideline")
    changed = ir.Input("weight", "Body weight", "number", None, "lb", Fraction(60),
                       Fraction(400), None, (), False, (), 1)
    new = ir.Guideline(**{**old.__dict__, "inputs": (*old.inputs[:1], changed,
                                                     *old.inputs[2:])})
    found = diff(old, new)
    assert found.regions == () and "changed its unit" in found.problems[0]
