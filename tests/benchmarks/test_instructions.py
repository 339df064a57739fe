"""benchmarks/instructions.py: the measured processes run each way (callgrind not needed)."""

from __future__ import annotations

import pytest

from benchmarks import instructions


@pytest.mark.parametrize("way", instructions.WAYS)
def test_each_way_runs_over_the_first_patients_of_one_setup(way: str) -> None:
    instructions.child(way, 5, 10)


def test_a_failed_count_says_which_way(monkeypatch: pytest.MonkeyPatch) -> None:
    class Done:
        returncode, stderr = 1, "valgrind: no such tool\n"

    monkeypatch.setattr(instructions.subprocess, "run", lambda *a, **k: Done())
    with pytest.raises(RuntimeError, match="callgrind failed for floor: valgrind: no such tool"):
        instructions.count("floor", 5, 10)
