"""The project's canonical base, from pyproject.toml, and what a bad one does."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from compiler.pipeline.build import build
from compiler.publishing import DEFAULT_BASE, PublishingError, canonical_base, topic_system
from tests.conftest import IMNM, ROOT


def _project(tmp_path: Path, setting: str | None) -> Path:
    (tmp_path / "guidelines").mkdir()
    shutil.copy(IMNM, tmp_path / "guidelines" / "imnm.guideline")
    text = '[project]\nname = "x"\n'
    if setting is not None:
        text += f"\n[tool.guideline]\ncanonical-base = {setting}\n"
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_without_a_setting_the_example_base_is_used(tmp_path: Path) -> None:
    assert canonical_base(_project(tmp_path, None)) == DEFAULT_BASE
    assert canonical_base(tmp_path / "nowhere") == DEFAULT_BASE
    assert topic_system(DEFAULT_BASE) == DEFAULT_BASE + "/guidelines"


def test_the_publishers_base_is_read_and_its_slash_dropped(tmp_path: Path) -> None:
    root = _project(tmp_path, '"https://fhir.hospital.example/guidelines/"')
    assert canonical_base(root) == "https://fhir.hospital.example/guidelines"


@pytest.mark.parametrize(
    "setting",
    ['"guidelines.example.org"', '"ftp://x.example/fhir"', '"https://x.example/f?q=1"',
     '"javascript:alert(1)"', "42", '""', '"https://"'],
)  # fmt: skip
def test_a_base_that_is_not_an_absolute_http_url_is_refused(tmp_path: Path, setting: str) -> None:
    with pytest.raises(PublishingError, match="canonical-base"):
        canonical_base(_project(tmp_path, setting))


def test_the_fhir_export_puts_every_canonical_url_under_the_base(tmp_path: Path) -> None:
    root = _project(tmp_path, '"https://fhir.hospital.example/cpg"')
    report = build(root)
    assert report.ok
    bundle = json.loads((root / "generated" / "fhir" / "imnm.json").read_text("utf-8"))
    urls = [e["resource"]["url"] for e in bundle["entry"]]
    assert urls and all(u.startswith("https://fhir.hospital.example/cpg/") for u in urls)
    assert "guidelines.example.org" not in json.dumps(bundle)


def test_build_with_a_bad_base_says_so_without_a_traceback(tmp_path: Path) -> None:
    root = _project(tmp_path, '"not a url"')
    done = subprocess.run(
        [sys.executable, "-m", "compiler.commands.main", "build"],
        cwd=root, capture_output=True, text=True, check=False,
        env={"PYTHONPATH": str(ROOT), "PATH": ""},
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "canonical-base" in done.stderr and "Traceback" not in done.stderr
    assert not (root / "generated").exists()
