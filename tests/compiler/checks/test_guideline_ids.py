"""compiler/checks/guideline_ids.py: ids that clash with the outputs, ids used twice."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from compiler.build import build, compile_paths
from compiler.pipeline import compile_text
from tests.conftest import IMNM, MINIMAL_HEADER, ROOT


def _with_id(ident: str) -> str:
    return MINIMAL_HEADER.replace("guideline demo", f"guideline {ident}", 1)


def _codes(text: str) -> list[str]:
    return [d.code for d in compile_text(text).diagnostics]


# Before H008, `class`, `import`, `not` and `is` built a test file that was a
# SyntaxError, `index` replaced the list page and `tests` was shadowed by generated/tests/.
@pytest.mark.parametrize("ident", ["class", "import", "not", "is", "index", "tests", "conftest"])
def test_an_id_that_clashes_with_an_output_is_refused(ident: str) -> None:
    compiled = compile_text(_with_id(ident))
    found = [d for d in compiled.diagnostics if d.code == "H008"]
    assert len(found) == 1 and compiled.guideline is None
    assert f"`{ident}`" in found[0].message and found[0].hints
    assert (found[0].span.line, found[0].span.column) == (1, 11)


@pytest.mark.parametrize("ident", ["demo", "classes", "index_2", "my_tests", "match", "type"])
def test_other_ids_are_fine(ident: str) -> None:
    assert "H008" not in _codes(_with_id(ident))


def _project(tmp_path: Path, second: str) -> Path:
    (tmp_path / "guidelines").mkdir()
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copy(IMNM, tmp_path / "guidelines" / "imnm.guideline")
    text = IMNM.read_text(encoding="utf-8").replace("Treatment for", "Another", 1)
    (tmp_path / "guidelines" / second).write_text(text, encoding="utf-8")
    return tmp_path


def test_two_files_with_one_id_get_h009_on_the_second(tmp_path: Path) -> None:
    root = _project(tmp_path, "other.guideline")
    paths = sorted((root / "guidelines").glob("*.guideline"))
    first, second = compile_paths(root, paths)
    assert first.source.path == "guidelines/imnm.guideline" and first.guideline is not None
    found = [d for d in second.diagnostics if d.code == "H009"]
    assert len(found) == 1 and second.guideline is None
    assert "guidelines/imnm.guideline (line 5)" in found[0].message
    assert found[0].span.path == "guidelines/other.guideline"


def test_a_build_with_one_id_twice_writes_nothing(tmp_path: Path) -> None:
    # Before, the last file overwrote the first's outputs, and generated/imnm.py
    # disagreed with `guideline run imnm`.
    root = _project(tmp_path, "zzz.guideline")
    report = build(root)
    assert not report.ok and report.written == []
    assert not (root / "generated").exists()
    assert "H009" in [d.code for d in report.diagnostics]
