"""compiler/pipeline/build.py: finding guidelines, rendering every output, writing or checking."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from compiler.emit_python import emit
from compiler.pipeline.build import BuildReport, build, compile_paths, discover, render_outputs
from compiler.semantics import ir
from tests.compiler.analysis.giving_up import every_solver_gives_up
from tests.conftest import IMNM, MINIMAL_HEADER, ROOT


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A small project: pyproject.toml and the IMNM guideline."""
    (tmp_path / "guidelines").mkdir()
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copy(IMNM, tmp_path / "guidelines" / "imnm.guideline")
    return tmp_path


def test_discover_finds_guidelines_sorted(tmp_path: Path) -> None:
    (tmp_path / "guidelines").mkdir()
    for name in ["b.guideline", "a.guideline", "notes.txt"]:
        (tmp_path / "guidelines" / name).write_text("", encoding="utf-8")
    found = discover(tmp_path)
    assert [p.name for p in found] == ["a.guideline", "b.guideline"]


def test_discover_named_files_and_folders(tmp_path: Path) -> None:
    nested = tmp_path / "more" / "deep"
    nested.mkdir(parents=True)
    (nested / "z.guideline").write_text("", encoding="utf-8")
    (tmp_path / "more" / "y.guideline").write_text("", encoding="utf-8")
    single = tmp_path / "x.guideline"
    found = discover(tmp_path, [str(single), str(tmp_path / "more")])
    assert found == [
        single,
        tmp_path / "more" / "deep" / "z.guideline",
        tmp_path / "more" / "y.guideline",
    ]


def test_compile_paths_shows_paths_relative_to_the_root() -> None:
    compiled = compile_paths(ROOT, [IMNM])[0]
    assert compiled.source.path == "guidelines/imnm.guideline"
    assert compiled.guideline is not None


def test_render_outputs_is_deterministic_and_sorted(imnm: ir.Guideline) -> None:
    first = render_outputs([imnm])
    second = render_outputs([imnm])
    assert first == second
    assert list(first) == sorted(first)
    assert first["generated/imnm.py"] == emit(imnm)
    for text in first.values():
        assert "\r" not in text


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildReport]:
    """A small project, built once (a build renders every output: it takes seconds)."""
    root = tmp_path_factory.mktemp("project")
    (root / "guidelines").mkdir()
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    shutil.copy(IMNM, root / "guidelines" / "imnm.guideline")
    return root, build(root)


def test_build_writes_every_output(built: tuple[Path, BuildReport]) -> None:
    root, report = built
    assert report.ok
    assert "generated/imnm.py" in report.written
    assert sorted(report.written) == sorted(report.stale)
    for rel in report.written:
        assert (root / rel).is_file()
    written = (root / "generated" / "imnm.py").read_text(encoding="utf-8")
    assert written == (ROOT / "generated" / "imnm.py").read_text(encoding="utf-8")


def test_check_only_lists_stale_outputs_and_writes_nothing(built: tuple[Path, BuildReport]) -> None:
    root, _ = built
    current = build(root, check_only=True)
    assert current.ok and current.stale == [] and current.written == []
    module = root / "generated" / "imnm.py"
    original = module.read_bytes()
    edited = original + b"# edited by hand\n"
    module.write_bytes(edited)
    try:
        report = build(root, check_only=True)
        assert report.stale == ["generated/imnm.py"]
        assert report.written == []
        assert module.read_bytes() == edited
    finally:
        module.write_bytes(original)


def test_a_guideline_with_errors_stops_the_build(project: Path) -> None:
    bad = project / "guidelines" / "bad.guideline"
    bad.write_text('guideline bad "Bad"\n  version 1\n', encoding="utf-8")
    report = build(project)
    assert not report.ok
    assert report.written == [] and report.stale == []
    assert any(d.span.path == "guidelines/bad.guideline" for d in report.diagnostics)
    assert not (project / "generated").exists()


def test_cases_the_solver_cannot_find_stop_the_build_with_a_diagnostic(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """X005 on the guideline's id, nothing written: a traceback before."""
    (project / "guidelines" / "imnm.guideline").unlink()
    (project / "guidelines" / "hard.guideline").write_text(
        MINIMAL_HEADER.replace("demo", "hard")
        + 'input level "Level": number mg/L from 0 to 50 step 0.5\n'
        + 'input other "Other": number mg/L from 1 to 50 step 0.5\n\n'
        + 'decide d "D"\n  when level * other > 7 mg/L * 1 mg/L:\n'
        + '    advise a "A"\n      expert opinion\n  otherwise: nothing\n',
        encoding="utf-8",
    )
    every_solver_gives_up(monkeypatch)
    report = build(project)
    assert not report.ok and report.written == []
    [found] = [d for d in report.diagnostics if d.code == "X005"]
    assert found.span.path == "guidelines/hard.guideline" and found.span.line == 1
    assert "could not be generated" in found.message and found.hints
    assert not (project / "generated").exists()
