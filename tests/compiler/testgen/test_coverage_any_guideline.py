"""Any valid guideline's generated module passes the test command's gate.

The test command runs ruff and `mypy --strict` on generated/ and enforces 100% branch
coverage of every module under its generated tests; this checks that all three hold
for guidelines unlike IMNM (no one-of or whole inputs, no `ask`, scores, unknown facts,
a lone number that may be unknown, a ratio of two facts, a product of facts divided by a
third, ids with underscores), so a new guideline never fails the gate by itself.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from compiler.emit_python import emit
from compiler.pipeline.stages import compile_source, read_source
from compiler.testgen.pytest_file import render
from tests.conftest import ROOT

FIXTURES = [
    ROOT / "tests/fixtures/coverage/hypok.guideline",
    ROOT / "tests/fixtures/testgen/scores.guideline",
    ROOT / "tests/fixtures/testgen/unknowns.guideline",
    ROOT / "tests/fixtures/coverage/kidney_dose.guideline",
    ROOT / "tests/fixtures/coverage/ck_ratio.guideline",
    ROOT / "tests/fixtures/coverage/weighted_score.guideline",
    ROOT / "tests/fixtures/coverage/unknown_chain.guideline",
    ROOT / "tests/fixtures/coverage/crcl_dose.guideline",
    ROOT / "tests/fixtures/coverage/capped_dose.guideline",
    ROOT / "tests/fixtures/coverage/bedside_notes.guideline",
    ROOT / "tests/fixtures/coverage/cockcroft_gault.guideline",
    ROOT / "tests/fixtures/coverage/creatinine_units.guideline",
    ROOT / "tests/fixtures/coverage/decimal_score.guideline",
]
BIN = Path(sys.executable).parent


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_generated_tests_cover_every_branch(path: Path, tmp_path: Path) -> None:
    compiled = compile_source(read_source(path, path.name))
    assert compiled.guideline is not None, compiled.diagnostics
    guideline = compiled.guideline
    package = tmp_path / "generated"
    (package / "tests").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "tests" / "__init__.py").write_text("")
    (package / f"{guideline.id}.py").write_text(emit(guideline), encoding="utf-8")
    test_file = package / "tests" / f"test_{guideline.id}.py"
    test_file.write_text(render(guideline), encoding="utf-8")
    coverage = [sys.executable, "-m", "coverage"]
    run = subprocess.run(
        [*coverage, "run", "--branch", f"--include={package / guideline.id}.py",
         "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=", str(test_file)],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    report = subprocess.run(
        [*coverage, "report", "--show-missing", "--fail-under=100"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert report.returncode == 0, report.stdout
    config = str(ROOT / "pyproject.toml")
    lint = [str(BIN / "ruff"), "check", "--no-cache", "--config", config, "generated"]
    typed = [str(BIN / "mypy"), "--strict", "--no-incremental", "--config-file", config]
    typed.append("generated")
    for command in (lint, typed):
        result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    shutil.rmtree(package)
