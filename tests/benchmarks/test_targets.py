"""benchmarks/targets.py: each target judged from the figures, never from the clock."""

from __future__ import annotations

import pytest

from benchmarks.compile_bench import Measured
from benchmarks.eval_bench import Timed
from benchmarks.targets import batch, compilation, evaluation, nlogn, targets_table

WORKLOAD = "IMNM workload (synthetic)"


def timed(hand: float, full: float, lean: float) -> list[Timed]:
    return [
        Timed(WORKLOAD, "hand-written Python (limit)", 10, hand),
        Timed(WORKLOAD, "generated evaluate()", 10, full),
        Timed(WORKLOAD, "generated decide() (lean)", 10, lean),
        Timed(WORKLOAD, "IR interpreter", 10, 100.0),  # not a peer: never the fastest peer
        Timed(WORKLOAD, "engine b", 10, 160.0, peer=True),
        Timed(WORKLOAD, "engine a", 10, 110.0, peer=True),
    ]


def test_ratios_against_the_hand_written_function_and_the_fastest_peer_measured() -> None:
    verdicts = evaluation(timed(0.8, 2.0, 1.6))
    assert [(v.measured, v.met) for v in verdicts] == [
        ("2.50x (2.00 us)", True),
        ("2.00x (1.60 us)", False),  # 1.8x allowed
        ("55.0x (110.00 us)", True),  # engine a, measured in the same run: 110 / 2.0
        ("68.8x (110.00 us)", True),
    ]
    assert "(engine a)" in verdicts[2].target
    assert evaluation(timed(0.8, 2.0, 1.44))[1].met  # exactly 1.8x


def test_no_margin_target_without_a_peer_measured() -> None:
    rows = [t for t in timed(0.8, 2.0, 1.6) if not t.peer]
    assert [v.measured for v in evaluation(rows)] == ["2.50x (2.00 us)", "2.00x (1.60 us)"]


def test_the_validation_floor_is_reported_beside_the_targets() -> None:
    rows = [Timed(WORKLOAD, "hand-written Python (limit)", 10, 0.8),
            Timed(WORKLOAD, "hand-written + validation (floor)", 10, 1.2),
            Timed(WORKLOAD, "generated decide() (lean)", 10, 1.6)]
    verdicts = evaluation(rows)
    assert [(v.measured, v.met) for v in verdicts] == [
        ("1.50x (1.20 us)", None),  # reported: the floor is not a target
        ("2.00x (1.60 us)", False),  # judged against the hand-written function, not the floor
    ]
    assert "floor" in verdicts[0].target


def test_no_evaluation_targets_without_a_hand_written_function() -> None:
    rows = [
        Timed("synthetic", "IR interpreter", 10, 9.0),
        Timed("synthetic", "generated evaluate()", 10, 1.0),
    ]
    assert evaluation(rows) == []


def test_nlogn_growth() -> None:
    assert nlogn(1000, 10000) == pytest.approx(13.33, abs=0.01)


def test_compile_targets_growth_end_to_end_and_the_slowest_stage() -> None:
    results = [
        Measured("parse", 1000, 0.2, None), Measured("parse", 10000, 2.0, None),
        Measured("testgen generate_cases", 1000, 1.0, None),
        Measured("testgen generate_cases", 10000, 20.0, None),
        Measured("check header", 1000, 0.001, None), Measured("check header", 10000, 0.05, None),
        Measured("emit pytest_files", 1000, 4.0, None),
        Measured("emit pytest_files", 10000, None, None, "stopped after 300 s"),
        Measured("end to end: check + build", 1000, 1.5, None),
        Measured("end to end: check + build", 10000, 16.0, None),
    ]
    rows = targets_table(compilation(results, {1000: 1000, 10000: 10000}))
    assert rows[0] == ["end to end: check + build, 1,000 branches, under 2 s", "1.50 s", "met"]
    judged = {row[0].split(":")[0]: row[1:] for row in rows[1:]}
    assert judged["parse"] == ["x10.0", "met"]
    assert judged["testgen generate_cases (test generation)"] == ["x20.0", "NOT MET"]
    assert judged["check header"] == ["0.050 s at 10,000", "reported"]  # too short to judge
    assert judged["emit pytest_files (test generation)"] == ["stopped at 10,000", "NOT MET"]
    assert judged["end to end"] == ["x10.7", "met"]
    assert rows[-1] == ["slowest stage at 10,000 branches",
                        "emit pytest_files: stopped after 300 s", "reported"]


def test_the_slowest_stage_when_every_stage_finished() -> None:
    results = [Measured("parse", 10, 0.2, None), Measured("lower", 10, 0.3, None)]
    rows = targets_table(compilation(results, {10: 12}))
    assert rows == [["slowest stage at 12 branches", "lower: 0.30 s", "reported"]]
    assert compilation([], {}) == []


def test_batch_targets_compact_rate_and_full_output_against_the_plain_loop() -> None:
    rows = targets_table(batch(120_000.0, 4.0))
    assert rows == [
        ["batch, JSON Lines, compact output: at least 100,000 patients/s",
         "120,000 patients/s", "met"],
        ["batch, JSON Lines, full output: at least 4.3x the plain loop over evaluate() "
         "(twice the 2.15x it measured before)", "4.00x", "NOT MET"],
    ]
    assert [r[2] for r in targets_table(batch(99_999.0, 4.3))] == ["NOT MET", "met"]
