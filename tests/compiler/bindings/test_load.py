"""Binding files: positions of their problems, and their place in `guideline check`."""

from __future__ import annotations

import shutil
from pathlib import Path

from compiler.bindings.load import load, path_for
from compiler.commands.main import main
from dsl.diagnostics import render_human
from dsl.source import SourceFile
from tests.compiler.bindings.fhir_data import FIXTURE


def _one(text: str) -> str:
    source = SourceFile("x.bindings.toml", text)
    _bindings, found = load(source)
    assert len(found) == 1, [d.message for d in found]
    return render_human(found[0], source)


def test_a_code_system_problem_points_at_the_code() -> None:
    shown = _one('guideline = "x"\n\n[ck]\nfrom = "Observation"\n'
                 'codes = ["http://loinc.org|2157-6",\n         "loinc|2157-6"]\nunit = "U/L"\n')
    assert shown.splitlines()[0] == (
        "x.bindings.toml:6:10: error[B003]: `loinc` is not a known code system")
    assert shown.splitlines()[2].endswith("^" * len('"loinc|2157-6"'))


def test_a_toml_syntax_error_has_its_line_and_column() -> None:
    shown = _one('guideline = "x"\n[ck]\nfrom = Observation\n')
    assert shown.startswith("x.bindings.toml:3:8: error[B001]: this is not valid TOML")


def test_the_binding_file_lives_beside_the_guideline() -> None:
    assert path_for(Path("guidelines/imnm.guideline")) == Path("guidelines/imnm.bindings.toml")


def test_check_reports_binding_problems_with_the_binding_files_line(
    tmp_path: Path, capsys: object
) -> None:
    shutil.copy(FIXTURE, tmp_path / "cdsdemo.guideline")
    text = path_for(FIXTURE).read_text(encoding="utf-8").replace('unit = "U/L"', 'unit = "kg"')
    (tmp_path / "cdsdemo.bindings.toml").write_text(text, encoding="utf-8")
    assert main(["check", str(tmp_path / "cdsdemo.guideline")]) == 1
    err = capsys.readouterr().err  # type: ignore[attr-defined]
    assert "cdsdemo.bindings.toml:13:8: error[B004]" in err
    assert '  13 | unit = "kg"' in err
