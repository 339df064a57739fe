"""benchmarks/node_peer.py: cql-execution's process in the rounds, or why it is not run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from benchmarks import node_peer, rounds


def test_without_node_the_reason_is_given(monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    assert node_peer.ensure(True, tmp_path) == (
        "not run: node is not on PATH (cql-execution runs in Node)")


def test_the_pinned_lock_file_names_no_host_and_pins_both_packages() -> None:
    lock = (node_peer.SOURCE / "package-lock.json").read_text(encoding="utf-8")
    assert '"resolved"' not in lock
    assert '"node_modules/@cqframework/cql": {\n      "version": "5.3.0"' in lock
    assert '"node_modules/cql-execution": {\n      "version": "3.3.2"' in lock


@pytest.mark.skipif(shutil.which("node") is None or not node_peer.installed(),
                    reason="node, or the npm packages of benchmarks/cql (benchmarks/run.py "
                           "installs them), are not here")
def test_the_runner_translates_the_library_agrees_and_times_rounds(tmp_path: Path) -> None:
    assert node_peer.ensure(False) == ""
    process = node_peer.NodeProcess(node_peer.spec(20), 60, 40, cache=node_peer.CACHE)
    try:
        ready = process.answer(120)
        assert ready[0] == "ready", ready
        assert ready[2] == 20 and ready[1] > 0
        for _ in range(2):
            process.request_time()
            timed = process.answer(120)
            assert timed[0] == "time" and timed[1] > 0
    finally:
        process.stop()
    outcomes = rounds.run([node_peer.spec(10)], 30, 20, 1, timeout=120)
    assert outcomes[0].absent == "" and len(outcomes[0].seconds) == 1
