"""`guideline diff`: the report, JSON, exit codes, git revisions and bad arguments."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from compiler.commands.main import main
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "diff"
OLD, NEW = FIXTURES / "ck_old.guideline", FIXTURES / "ck_new.guideline"


def test_the_report_lists_each_change_and_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(OLD), str(NEW)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("demo 1.0.0 -> demo 1.1.0: 5 change(s)")
    assert "removed: stop_statin (Stop the statin)" in out
    assert "Is CK raised?: when ck > 1200 U/L" in out and "for example: ck = " in out


def test_no_change_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(OLD), str(OLD)]) == 0
    assert "no patient's recommendations change" in capsys.readouterr().out


def test_json(capsys: pytest.CaptureFixture[str]) -> None:
    main(["diff", str(OLD), str(NEW), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert {r["kind"] for r in data["regions"]} == {"added", "removed", "dose changed"}
    assert all(isinstance(r["patient"], dict) for r in data["regions"])


def test_a_git_revision(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                        monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    (repo / "guidelines").mkdir(parents=True)
    shutil.copy(ROOT / "pyproject.toml", repo / "pyproject.toml")
    target = repo / "guidelines" / "demo.guideline"
    shutil.copy(OLD, target)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    for command in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "v1"]):
        subprocess.run([*git, *command], cwd=repo, check=True)
    shutil.copy(NEW, target)
    monkeypatch.chdir(repo)
    assert main(["diff", "HEAD:guidelines/demo.guideline", str(target)]) == 1
    assert "5 change(s)" in capsys.readouterr().out
    assert main(["diff", "HEAD:guidelines/missing.guideline", str(target)]) == 2
    assert "git has no guidelines/missing.guideline at HEAD" in capsys.readouterr().err


def test_a_version_with_errors_shows_them(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.guideline"
    bad.write_text('guideline bad "Bad"\n  version 1\n', encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        main(["diff", str(OLD), str(bad)])
    assert stop.value.code == 1
    shown = capsys.readouterr()
    assert "bad.guideline:2:11: error" in shown.out + shown.err
