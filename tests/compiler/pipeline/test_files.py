"""compiler/pipeline/files.py: an output is replaced in one step, never left empty or cut short."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from compiler.pipeline import files
from compiler.pipeline.files import write_atomically


def test_writes_new_files_and_folders(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "out.py"
    write_atomically(target, "x = 'é'\n")
    assert target.read_bytes() == "x = 'é'\n".encode()
    assert os.stat(target).st_mode & 0o777 == 0o644


def test_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "out.py"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    write_atomically(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert os.stat(target).st_mode & 0o777 == 0o600


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.py"
    target.write_text("old", encoding="utf-8")

    def full_disk(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_atomically(target, "new " * 1000)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.py"]
