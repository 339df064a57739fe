"""The benchmark code runs on tiny sizes and every engine it times agrees (no timing asserted)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from benchmarks import (
    compile_bench,
    eval_bench,
    gen_patients,
    report,
    synth,
    workload_engines,
    workloads,
)
from compiler.pipeline.stages import compile_text

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "gen_patients.py"


def test_synthetic_guidelines_compile_with_the_branches_asked_for() -> None:
    for size in (12, 40, 97):
        compiled = compile_text(synth.generate(size), f"synthetic_{size}.guideline")
        errors = [d for d in compiled.diagnostics if d.severity == "error"]
        assert errors == []
        assert compiled.guideline is not None
        assert size - 1 <= synth.count_branches(compiled.guideline) <= size


def test_workload_engines_agree_and_disagreement_is_caught() -> None:
    workload = workloads.imnm_workload(timing_n=50, verify_n=300)
    assert "rule-engine 5.1.0 (package)" in workload.engines
    assert "generated decide() (lean)" in workload.engines
    assert "hand-written + validation (floor)" in workload.engines
    eval_bench.verify(workload.engines, workload.verify_patients, workload.same)
    broken = dict(workload.engines)
    broken["wrong"] = lambda p: {"recommendations": [], "prednisone_mg_per_day": None}
    with pytest.raises(eval_bench.Disagreement):
        eval_bench.verify(broken, workload.verify_patients, workload.same)
    timed = eval_bench.time_engines("w", workload.engines, workload.timing_patients, 1)
    assert [t.patients for t in timed] == [50] * len(workload.engines)
    assert "scaled us" in report.published_table(timed, workloads.PUBLISHED_US)


def test_the_floor_refuses_what_the_module_refuses_on_its_plain_path() -> None:
    good = gen_patients.generate(1, 3)[0]
    workload_engines.handwritten_validated(good)
    for name, bad in (("weeks_on_treatment", 61), ("weeks_on_treatment", 6.0),
                      ("antibody", "hmgcr"), ("dysphagia", 1), ("ck_u_per_l", "300")):
        with pytest.raises(ValueError):
            workload_engines.handwritten_validated({**good, name: bad})
    with pytest.raises(ValueError):
        workload_engines.handwritten_validated({**good, "extra": 1})
    misnamed = {("weeks" if k == "weeks_on_treatment" else k): v for k, v in good.items()}
    with pytest.raises(ValueError):
        workload_engines.handwritten_validated(misnamed)


def test_real_guideline_engines_agree() -> None:
    workload = workloads.imnm_guideline(timing_n=10, verify_n=300)
    eval_bench.verify(workload.engines, workload.verify_patients, workload.same)


def test_every_compile_stage_runs_and_is_reported() -> None:
    source, tree, guideline = compile_bench.prepare(synth.generate(10), "s.guideline")
    names = []
    for name, thunk in compile_bench.timed_stages(source, tree, guideline)[:3]:
        measured = compile_bench.measure(name, 10, thunk, budget=60, memory=True)
        assert measured.seconds is not None and measured.peak_bytes, measured.note
        names.append(name)
    assert names[0] == "parse"
    stopped = compile_bench.measure("sleep", 10, lambda: __import__("time").sleep(5), 0.2, False)
    assert stopped.seconds is None and stopped.note.startswith("stopped")
    rows = [compile_bench.Measured("parse", 10, 0.5, 2**20),
            compile_bench.Measured("parse", 100, 5.0, 2**21)]
    text = report.compile_table(rows, {10: 10, 100: 100})
    assert "x10.0" in text


def test_nesting_is_checked_end_to_end() -> None:
    assert compile_bench.deep_nesting(8) == ""


@pytest.mark.skipif(not SHARED.exists(), reason="the workload's generator is not beside the repo")
def test_the_patient_generator_copy_draws_the_same_patients() -> None:
    spec = importlib.util.spec_from_file_location("shared_gen_patients", SHARED)
    assert spec is not None and spec.loader is not None
    original = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(original)
    assert original.generate(500, 2) == gen_patients.generate(500, 2)


def test_the_nesting_row_runs_every_stage_at_a_depth() -> None:
    rows = compile_bench.nesting([3], budget=60, memory=False, progress=lambda _: None)
    assert {m.stage for m in rows} >= {"parse", "testgen generate_cases"}
    assert all(m.seconds is not None for m in rows), [m.note for m in rows if m.note]
    text = report.compile_table(rows, {3: 3}, report.NESTING_TITLE, "deep")
    assert "3 deep s" in text and "nesting depth" in text
