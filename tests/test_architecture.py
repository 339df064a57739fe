"""The import-linter contracts of pyproject.toml hold, and fail on a back-edge."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

LINT = ROOT / ".venv" / "bin" / "lint-imports"


def _lint(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run(
        [str(LINT), "--no-cache"], cwd=tree, env=env, capture_output=True, text=True, check=False
    )


def _copy(tmp_path: Path) -> Path:
    tree = tmp_path / "tree"
    for name in ("dsl", "compiler", "generated"):
        shutil.copytree(ROOT / name, tree / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    return tree


@pytest.mark.skipif(not LINT.exists(), reason="lint-imports is installed by python3 dev.py")
def test_the_tree_keeps_every_contract(tmp_path: Path) -> None:
    result = _lint(_copy(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.skipif(not LINT.exists(), reason="lint-imports is installed by python3 dev.py")
@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("dsl/backedge.py", "from compiler.semantics import ir", "knows nothing of the compiler"),
        ("compiler/semantics/backedge.py", "from compiler.checks import header", "stages below"),
        ("compiler/analysis/backedge.py", "from compiler import testgen", "stages below"),
        ("generated/backedge.py", "import jinja2", "Generated modules stand alone"),
        ("compiler/checks/backedge.py", "from z3 import Solver", "Only the analysis engine"),
        ("compiler/bindings/backedge.py", "import fastapi", "Only the service"),
        ("compiler/emit_docs/backedge.py", "import fhir.resources", "Only the FHIR export"),
        ("compiler/pipeline/backedge.py", "from compiler import lsp", "stages below"),
        ("compiler/checks/backedge.py", "import pygls", "Only the language server"),
    ],
)
def test_a_back_edge_breaks_a_contract(
    tmp_path: Path, module: str, line: str, contract: str
) -> None:
    tree = _copy(tmp_path)
    (tree / module).write_text(f'"""A back-edge."""\n\n{line}\n', encoding="utf-8")
    result = _lint(tree)
    assert result.returncode != 0
    assert contract in result.stdout
    assert "BROKEN" in result.stdout
