"""Any valid guideline's generated module is fully covered by its generated tests.

The test command enforces 100% branch coverage of every module in generated/; this
checks that it holds for guidelines unlike IMNM (no one-of or whole inputs, no `ask`,
scores, unknown facts), so a new guideline never fails the gate by itself.
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
]


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
    shutil.rmtree(package)
