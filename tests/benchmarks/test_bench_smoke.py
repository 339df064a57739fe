"""The benchmark code runs on tiny sizes and every engine it times agrees (no timing asserted)."""

from __future__ import annotations

import functools
import importlib
import importlib.util
import inspect
import os
from pathlib import Path

import pytest

from benchmarks import (
    batch_bench,
    compile_bench,
    eval_bench,
    gen_patients,
    peers,
    report,
    rounds,
    synth,
    targets,
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


def _wrong() -> eval_bench.Engine:
    return lambda p: {"recommendations": [], "prednisone_mg_per_day": None}


@pytest.mark.parametrize("spec", workloads.imnm_workload_specs(), ids=lambda s: s.name)
def test_every_workload_engine_gives_the_hand_written_output(spec: rounds.Spec) -> None:
    if spec.name == "pyDMNrules" and not os.environ.get("BENCH_SLOW_PEERS"):
        # Its import alone builds a parser for half a minute; its rows are checked in
        # test_dmn_workbook.py, and every benchmark run verifies it on 10,000 patients.
        pytest.skip("pyDMNrules: set BENCH_SLOW_PEERS=1 to run it here")
    assert spec.build is not None
    try:
        engine = spec.build()
    except ImportError as exc:  # the bench extra is not part of the test environment
        if not spec.peer or exc.name == "rule_engine":  # rule-engine is in the dev extra
            raise
        pytest.skip(f"{spec.name} is not installed")
    patients = gen_patients.generate(300, gen_patients.VERIFY_SEED)
    assert rounds.verify(engine, patients) == ""
    assert rounds.verify(_wrong(), patients).startswith("disagrees with the hand-written")


def test_engines_run_in_their_own_processes_in_rounds() -> None:
    specs = [
        rounds.Spec(rounds.REFERENCE, workloads.handwritten),
        rounds.Spec("rule-engine", peers.rule_engine, peer=True, prefix=20),
        rounds.Spec("wrong", _wrong),
        rounds.Spec("absent", functools.partial(importlib.import_module, "no_such_engine")),
    ]
    outcomes = rounds.run(specs, 100, 50, 2, timeout=120)
    assert [len(o.seconds) for o in outcomes] == [2, 2, 0, 0]
    assert [o.patients for o in outcomes[:2]] == [50, 20]
    assert outcomes[2].absent.startswith("disagrees with the hand-written function")
    assert outcomes[3].absent.startswith("not installed (no_such_engine)")
    reference = (outcomes[0].seconds, outcomes[0].patients)
    timed = [eval_bench.from_rounds("IMNM workload", o.spec.name, o.patients, o.seconds,
                                    reference, peer=o.spec.peer) for o in outcomes[:2]]
    assert timed[0].ratio_range == (1.0, 1.0)
    assert timed[1].worst_us is not None and timed[1].worst_us >= timed[1].us_per_patient
    text = report.margin_table(timed, workloads.PUBLISHED_US)
    assert "fastest peer measured: rule-engine" in text and "for reference only" in text


def test_the_hand_written_reference_lists_ids_in_order_without_sorting() -> None:
    source = inspect.getsource(workload_engines.handwritten)
    assert "sort" not in source.split('"""')[2]  # the body, after the docstring
    for patient in gen_patients.generate(2000, gen_patients.VERIFY_SEED):
        ids = workload_engines.handwritten(patient)["recommendations"]
        assert ids == sorted(ids)
    assert workload_engines.handwritten_validated(patient) == workload_engines.handwritten(patient)


def test_engines_in_process_take_turns_in_rounds() -> None:
    order: list[str] = []
    engines: dict[str, eval_bench.Engine] = {
        name: (lambda p, name=name: order.append(name) or {})  # type: ignore[misc]
        for name in ("a", "b")
    }
    timed = eval_bench.time_engines("w", engines, [{}], 3)
    assert order == ["a", "b", "a", "b", "a", "b"]
    assert [t.patients for t in timed] == [1, 1]
    assert timed[0].ratio_range == (1.0, 1.0)


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


def test_every_batch_run_is_measured_in_rounds_and_writes_what_it_should(
    tmp_path: Path,
) -> None:
    guideline = workloads.compile_file(workloads.ROOT / "guidelines" / "imnm.guideline",
                                       "guidelines/imnm.guideline")
    files = batch_bench.write_files(guideline, 40, tmp_path)
    ways = batch_bench.measure(guideline, files, 2)
    assert ways[0].name == batch_bench.PLAIN_EVALUATE
    assert [len(w.rates) for w in ways] == [2] * 7
    assert ways[2].name == batch_bench.READ_ONLY and ways[2].bytes == 0
    assert {w.rows for w in ways} == {40} and {w.bad for w in ways} == {0}
    by_name = {w.name: w.bytes for w in ways}
    full = by_name["guideline run, JSON Lines, full output"]
    assert full == by_name[batch_bench.PLAIN_EVALUATE]  # the same bytes as the plain loop
    assert by_name["guideline run, JSON Lines, compact output"] < full / 5
    assert all(t.met is None for t in targets.batch(1.0, 1.0, 0.5)[:1])
