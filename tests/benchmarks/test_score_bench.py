"""The score benchmark's two forms of one score mean the same (no timing asserted)."""

from __future__ import annotations

from benchmarks import compile_bench, score_bench


def test_before_and_after_give_the_same_recommendations_and_needs() -> None:
    _, _, before = compile_bench.prepare(score_bench.before(), "before.guideline")
    _, _, after = compile_bench.prepare(score_bench.after(), "after.guideline")
    assert after.scores and not before.scores
    assert score_bench.agree(before, after) == 2 * 2 * 3 * 2 * 2 * 2 * 3


def test_the_smallest_sets_reach_each_threshold_and_no_subset_does() -> None:
    for threshold in score_bench.THRESHOLDS:
        for chosen in score_bench.smallest_sets(threshold):
            points = [score_bench.CRITERIA[i][0] for i in chosen]
            assert sum(points) >= threshold
            assert all(sum(points) - p < threshold for p in points)


def test_the_score_reaches_nine_points() -> None:
    _, _, after = compile_bench.prepare(score_bench.after(), "after.guideline")
    high = max(p for p, *_ in score_bench.CRITERIA[5:7])
    assert (
        sum(p for p, *_ in score_bench.CRITERIA) - min(p for p, *_ in score_bench.CRITERIA[5:7])
        == 9
    )
    assert high == 2 and len(after.scores[0].criteria) == len(score_bench.CRITERIA)
