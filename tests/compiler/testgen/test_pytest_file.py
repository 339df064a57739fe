"""The generated pytest file: readable, deterministic, and it fails on a wrong threshold."""

from __future__ import annotations

import ast
import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from compiler.emit_python import emit
from compiler.pipeline.stages import compile_source, read_source
from compiler.semantics import ir
from compiler.testgen import generate_cases
from compiler.testgen.pytest_file import pytest_files, render

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "testgen"


@pytest.fixture(scope="module")
def scores() -> ir.Guideline:
    compiled = compile_source(read_source(FIXTURES / "scores.guideline", "scores.guideline"))
    assert compiled.guideline is not None, compiled.diagnostics
    return compiled.guideline


def test_one_test_per_case_with_patient_and_expectations_visible(scores: ir.Guideline) -> None:
    cases = generate_cases(scores)
    text = render(scores, cases)
    compile(text, "test_scores.py", "exec")
    for case in cases:
        assert f"id={case.id!r}" in text
    assert "from generated import scores as MODULE" in text
    assert "recommendations=('big',)" in text
    assert "'points_a': 4, 'points_b': 4" in text


def test_same_source_same_bytes(scores: ir.Guideline) -> None:
    assert render(scores) == render(scores)


def test_files_make_generated_importable(scores: ir.Guideline) -> None:
    files = pytest_files([scores])
    assert set(files) == {
        "generated/__init__.py",
        "generated/tests/__init__.py",
        "generated/tests/test_scores.py",
    }


def _run_generated(
    root: Path, scores: ir.Guideline, module: str
) -> subprocess.CompletedProcess[str]:
    (root / "generated" / "tests").mkdir(parents=True)
    for rel, text in pytest_files([scores]).items():
        (root / rel).write_text(text, encoding="utf-8")
    (root / "generated" / "scores.py").write_text(module, encoding="utf-8")
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "generated/tests"]
    return subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)


def test_generated_tests_pass_on_the_generated_module(scores: ir.Guideline, tmp_path: Path) -> None:
    run = _run_generated(tmp_path, scores, emit(scores))
    assert run.returncode == 0, run.stdout + run.stderr


def test_generated_tests_fail_when_a_threshold_is_wrong(
    scores: ir.Guideline, tmp_path: Path
) -> None:
    module = emit(scores)
    assert module.count(">= 7:") >= 1
    run = _run_generated(tmp_path, scores, module.replace(">= 7:", "> 7:"))
    assert run.returncode == 1
    assert "by_score__total_ge_7__at_7" in run.stdout


@pytest.mark.parametrize("title", ["a\x00b", 'end"""\nimport os', "a\rb\u2028c\\", "x\x85y"])
def test_any_title_or_path_gives_a_file_that_compiles(scores: ir.Guideline, title: str) -> None:
    odd = dataclasses.replace(scores, title=title, source_path=f"guidelines/{title}.guideline")
    tree = ast.parse(render(odd))  # a SyntaxError (or ValueError on NUL) before the fix
    docstring = ast.get_docstring(tree) or ""
    assert all(line.isprintable() for line in docstring.split("\n"))
    imports = [node for node in ast.walk(tree) if isinstance(node, ast.Import)]
    assert "os" not in {alias.name for node in imports for alias in node.names}
