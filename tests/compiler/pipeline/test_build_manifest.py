"""The build's manifest: outputs of a removed or renamed guideline are deleted by `build`
and reported by `build --check`; files the build never wrote are left alone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from compiler.commands.main import main
from compiler.pipeline import files
from compiler.pipeline.build import MANIFEST, build, owned
from tests.conftest import MINIMAL_HEADER

BODY = (
    'references\n  1 "Trial A"\n\ninput weight "Body weight": number kg from 1 to 400\n\n'
    'decide heavy "Is the patient heavy?"\n  when weight >= 100 kg:\n'
    '    advise diet "Diet advice"\n      cites 1\n  otherwise: nothing\n'
)


def _guideline(root: Path, gid: str) -> Path:
    path = root / "guidelines" / f"{gid}.guideline"
    path.write_text(MINIMAL_HEADER.replace("demo", gid, 1) + "\n" + BODY, encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "guidelines").mkdir()
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _guideline(tmp_path, "alpha")
    _guideline(tmp_path, "beta")
    assert build(tmp_path).ok
    return tmp_path


def test_the_manifest_lists_every_output(project: Path) -> None:
    listed = owned(project)
    assert "generated/alpha.py" in listed and "docs/guidelines/beta.md" in listed
    assert MANIFEST in listed and listed == sorted(listed)
    assert all((project / rel).is_file() for rel in listed)


def test_outputs_of_a_removed_guideline_are_stale_then_deleted(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "guidelines" / "beta.guideline").unlink()
    mine = project / "generated" / "notes_by_hand.py"
    mine.write_text("# not the build's\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["build", "--check"]) == 1
    err = capsys.readouterr().err
    assert "no longer built: generated/beta.py" in err
    assert "no longer built: generated/tests/test_beta.py" in err
    assert "no longer built: docs/guidelines/beta.md" in err
    assert (project / "generated" / "beta.py").exists()
    assert main(["build"]) == 0
    assert "deleted generated/beta.py (no longer built)" in capsys.readouterr().err
    for rel in ("generated/beta.py", "generated/tests/test_beta.py", "docs/guidelines/beta.md"):
        assert not (project / rel).exists(), rel
    assert mine.exists() and (project / "generated" / "alpha.py").exists()
    assert main(["build", "--check"]) == 0


def test_a_renamed_guideline_replaces_its_outputs(project: Path) -> None:
    (project / "guidelines" / "beta.guideline").unlink()
    _guideline(project, "gamma")
    report = build(project)
    assert "generated/gamma.py" in report.written and "generated/beta.py" in report.gone
    assert not (project / "generated" / "beta.py").exists()
    assert build(project, check_only=True).stale == []


def test_a_manifest_cannot_make_the_build_delete_other_files(project: Path) -> None:
    outside = project / "precious.txt"
    outside.write_text("keep", encoding="utf-8")
    manifest = project / MANIFEST
    manifest.write_text(
        manifest.read_text(encoding="utf-8") + "precious.txt\n../x\n/etc/passwd\ndocs/../y\n",
        encoding="utf-8",
    )
    assert build(project).gone == []
    assert outside.exists()


def test_an_output_that_is_not_utf8_is_stale_not_a_traceback(project: Path) -> None:
    module = project / "generated" / "alpha.py"
    module.write_bytes(b"\xff\xfe")
    assert build(project, check_only=True).stale == ["generated/alpha.py"]


def test_a_build_stopped_while_writing_leaves_the_old_file_whole(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = project / "generated" / "alpha.py"
    before = module.read_bytes()
    (project / "guidelines" / "alpha.guideline").write_text(
        MINIMAL_HEADER.replace("demo", "alpha", 1) + "\n" + BODY.replace("100 kg", "120 kg"),
        encoding="utf-8",
    )

    def killed(*_: object) -> None:
        raise KeyboardInterrupt  # as when the build is stopped between write and rename

    monkeypatch.setattr(files.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        build(project)
    assert module.read_bytes() == before
    assert not [p for p in module.parent.iterdir() if p.name.endswith(".tmp")]
    monkeypatch.undo()
    assert build(project).ok and b"120" in module.read_bytes()
    assert os.stat(module).st_mode & 0o777 == 0o644
