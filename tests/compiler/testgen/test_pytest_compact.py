"""compiler/testgen/pytest_compact.py: a large guideline's tests check result fingerprints."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from compiler.emit_python import emit
from compiler.pipeline.stages import compile_source, read_source
from compiler.semantics import ir
from compiler.testgen import generate_cases, pytest_compact
from compiler.testgen.pytest_file import pytest_files, render
from tests.conftest import BIN, ruff_check

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "testgen"
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def scores() -> ir.Guideline:
    compiled = compile_source(read_source(FIXTURES / "scores.guideline", "scores.guideline"))
    assert compiled.guideline is not None, compiled.diagnostics
    return compiled.guideline


@pytest.fixture
def always_compact(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pytest_compact, "COMPACT_ABOVE", 0)


def test_small_guidelines_spell_their_results_out(scores: ir.Guideline) -> None:
    cases = generate_cases(scores)
    assert 0 < pytest_compact.spelt_out_size(cases) <= pytest_compact.COMPACT_ABOVE
    assert not pytest_compact.is_compact(cases)
    assert "Expected(" in render(scores, cases)


def test_imnm_spells_its_results_out() -> None:
    text = (ROOT / "generated" / "tests" / "test_imnm.py").read_text(encoding="utf-8")
    assert "Expected(" in text and "_digests(" not in text


@pytest.mark.usefixtures("always_compact")
def test_a_compact_file_has_one_set_of_fingerprints_per_case(scores: ir.Guideline) -> None:
    cases = generate_cases(scores)
    text = render(scores, cases)
    compile(text, "test_scores.py", "exec")
    assert "Expected(" not in text and "RECOMMENDATIONS" not in text
    for case in cases:
        assert f"id={case.id!r}" in text
    assert text.count("pytest.param(") == len(cases)
    assert render(scores, cases) == text  # deterministic


def _write(root: Path, scores: ir.Guideline, module: str) -> None:
    (root / "generated" / "tests").mkdir(parents=True)
    for rel, text in pytest_files([scores]).items():
        (root / rel).write_text(text, encoding="utf-8")
    (root / "generated" / "scores.py").write_text(module, encoding="utf-8")


def _pytest(root: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pytest", "-q", "--tb=short", "-p", "no:cacheprovider",
               "generated/tests"]
    return subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)


@pytest.mark.usefixtures("always_compact")
def test_compact_tests_pass_on_the_generated_module(scores: ir.Guideline, tmp_path: Path) -> None:
    _write(tmp_path, scores, emit(scores))
    run = _pytest(tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert " passed" in run.stdout


@pytest.mark.usefixtures("always_compact")
@pytest.mark.parametrize(
    ("change", "failing", "parts"),
    [
        ((">= 7:", "> 7:"), "by_score__total_ge_7__at_7", "recommendations, path"),  # a threshold
        (("'Big dose'", "'Bigger dose'"), "by_score__total_ge_7", "recommendations"),  # a text
    ],
)
def test_compact_tests_fail_when_the_module_is_wrong_and_say_where(
    scores: ir.Guideline, tmp_path: Path, change: tuple[str, str], failing: str, parts: str
) -> None:
    before, after = change
    module = emit(scores)
    assert before in module
    _write(tmp_path, scores, module.replace(before, after))
    run = _pytest(tmp_path)
    assert run.returncode == 1
    report = run.stdout.split(f"[{failing}] _")[1].split("\n_")[0]
    assert f"parts of the result that differ from the IR interpreter's: {parts}\n" in report
    assert f"`guideline cases scores --case {failing} --format json`" in report
    if parts == "recommendations":
        assert "'Bigger dose'" in report and "the module's path" not in report


@pytest.mark.usefixtures("always_compact")
def test_a_compact_file_passes_the_linters(scores: ir.Guideline, tmp_path: Path) -> None:
    _write(tmp_path, scores, emit(scores))
    test_file = tmp_path / "generated" / "tests" / "test_scores.py"
    lint = ruff_check(test_file)
    assert lint.returncode == 0, lint.stdout + lint.stderr
    command = [BIN / "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null",
               "generated/tests/test_scores.py"]
    typed = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert typed.returncode == 0, typed.stdout + typed.stderr
