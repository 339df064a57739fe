"""compiler/commands/common.py: loading a guideline by id runs the file of that id."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from compiler.commands.common import UsageError, load
from tests.conftest import IMNM, ROOT


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "guidelines").mkdir()
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_by_id_loads_the_file_of_that_id(project: Path) -> None:
    shutil.copy(IMNM, project / "guidelines" / "imnm.guideline")
    assert load("imnm").id == "imnm"


def test_a_file_that_declares_another_id_is_refused_by_id(project: Path) -> None:
    # `guideline run imnm` ran guidelines/imnm.guideline while the build wrote
    # generated/imnm.py from whichever file declares the id imnm.
    text = IMNM.read_text(encoding="utf-8").replace("guideline imnm ", "guideline other ", 1)
    (project / "guidelines" / "imnm.guideline").write_text(text, encoding="utf-8")
    with pytest.raises(UsageError, match="declares the guideline id `other`, not `imnm`"):
        load("imnm")
    assert load("guidelines/imnm.guideline").id == "other"  # by its path it runs
