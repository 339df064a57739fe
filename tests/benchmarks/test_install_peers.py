"""benchmarks/install_peers.py: the bench extra read from pyproject.toml, and what is missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import install_peers


def test_the_bench_extra_lists_every_peer_the_benchmark_times() -> None:
    names = [install_peers._name(r) for r in install_peers.bench_requirements()]
    assert names == ["rule-engine", "business-rules", "durable-rules", "experta", "pydmnrules",
                     "openpyxl"]
    assert set(names) == set(install_peers.MODULES)


def test_only_requirements_that_do_not_import_are_missing(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project.optional-dependencies]\nbench = ["rule-engine>=5", '
                         '"no-such-engine==1.0"]\n', encoding="utf-8")
    wanted = install_peers.bench_requirements(pyproject)
    assert install_peers.missing(wanted) == ["no-such-engine==1.0"]  # rule-engine is in dev


def test_without_install_the_run_says_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(install_peers, "bench_requirements", lambda: ["no-such-engine==1.0"])
    assert install_peers.ensure(install=False) == [
        "not installed (--no-install): no-such-engine==1.0"]
    monkeypatch.setattr(install_peers, "bench_requirements", lambda: ["rule-engine"])
    assert install_peers.ensure(install=False) == []
