"""compiler/pipeline/duplicate_ids.py: two guideline files with one id (H009)."""

from __future__ import annotations

import shutil
from pathlib import Path

from compiler.pipeline.build import build, compile_paths
from tests.conftest import IMNM, ROOT


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
