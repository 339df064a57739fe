"""`guideline fmt`: rewrites files in place; `--check` lists what would change."""

from __future__ import annotations

from pathlib import Path

import pytest

from compiler.commands.main import main
from tests.conftest import MINIMAL_HEADER

MESSY = MINIMAL_HEADER + 'input a "A":yes/no   # kept\n'
TIDY = MINIMAL_HEADER + '\ninput a "A": yes/no  # kept\n'


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "guidelines").mkdir()
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _write(project: Path, name: str, text: str) -> Path:
    path = project / "guidelines" / name
    path.write_text(text, encoding="utf-8")
    return path


def test_check_lists_files_that_would_change_and_writes_nothing(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    messy = _write(project, "messy.guideline", MESSY)
    _write(project, "tidy.guideline", TIDY)
    assert main(["fmt", "--check"]) == 1
    err = capsys.readouterr().err
    assert "would reformat guidelines/messy.guideline" in err
    assert "tidy.guideline" not in err
    assert messy.read_text(encoding="utf-8") == MESSY


def test_fmt_rewrites_in_place_then_check_passes(project: Path) -> None:
    messy = _write(project, "messy.guideline", MESSY)
    assert main(["fmt", str(messy)]) == 0
    assert messy.read_text(encoding="utf-8") == TIDY
    assert main(["fmt", "--check"]) == 0


def test_a_file_with_syntax_errors_is_reported_not_touched(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = _write(project, "broken.guideline", MINIMAL_HEADER + 'note "open\n')
    assert main(["fmt"]) == 1
    assert "error[P003]" in capsys.readouterr().err
    assert broken.read_text(encoding="utf-8") == MINIMAL_HEADER + 'note "open\n'


def test_a_missing_file_is_a_usage_error(project: Path) -> None:
    assert main(["fmt", "nowhere.guideline"]) == 2


def test_a_byte_order_mark_is_dropped_by_fmt_and_reported_by_check(project: Path) -> None:
    path = project / "guidelines" / "bom.guideline"
    path.write_bytes(b"\xef\xbb\xbf" + TIDY.encode("utf-8"))
    assert main(["fmt", "--check"]) == 1
    assert main(["fmt"]) == 0
    assert path.read_bytes() == TIDY.encode("utf-8")
    assert main(["fmt", "--check"]) == 0


def test_a_file_that_is_not_utf8_is_a_diagnostic_not_a_traceback(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = project / "guidelines" / "latin1.guideline"
    data = (MINIMAL_HEADER + '\ninput a "Caf\xe9": yes/no\n').encode("latin-1")
    path.write_bytes(data)
    for command in (["fmt"], ["fmt", "--check"], ["check"], ["build"], ["build", "--check"]):
        assert main(command) == 1, command
        err = capsys.readouterr().err
        assert "guidelines/latin1.guideline:8:13: error[P017]" in err, command
        assert "Traceback" not in err
    assert path.read_bytes() == data
