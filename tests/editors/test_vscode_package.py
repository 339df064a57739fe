"""The VS Code extension packages into a .vsix with `vsce package` (the documented
command), holding the grammar, the language configuration and the client."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

EXTENSION = ROOT / "editors" / "vscode"
VSCE = EXTENSION / "node_modules" / ".bin" / "vsce"

needs_node = pytest.mark.skipif(
    shutil.which("node") is None or not VSCE.exists(),
    reason="node and the extension's npm packages are needed (python3 dev.py test runs npm ci)",
)


def test_the_manifest_names_every_file_it_uses() -> None:
    manifest = json.loads((EXTENSION / "package.json").read_text(encoding="utf-8"))
    contributes = manifest["contributes"]
    for path in (
        manifest["main"],
        contributes["languages"][0]["configuration"],
        contributes["grammars"][0]["path"],
    ):
        assert (EXTENSION / path).is_file(), path
    assert contributes["configuration"]["properties"]["guideline.server.command"]["default"] == [
        "guideline",
        "lsp",
    ]
    versions = {**manifest["dependencies"], **manifest["devDependencies"]}
    assert all(v[0].isdigit() for v in versions.values()), "npm packages are pinned exactly"


@needs_node
def test_the_client_is_valid_javascript() -> None:
    result = subprocess.run(
        ["node", "--check", "extension.js"],
        cwd=EXTENSION,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@needs_node
def test_vsce_packages_the_extension(tmp_path: Path) -> None:
    out = tmp_path / "guideline-language.vsix"
    result = subprocess.run(
        [str(VSCE), "package", "--out", str(out)],
        cwd=EXTENSION,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    names = set(zipfile.ZipFile(out).namelist())
    for wanted in (
        "extension/package.json",
        "extension/extension.js",
        "extension/language-configuration.json",
        "extension/syntaxes/guideline.tmLanguage.json",
        "extension/node_modules/vscode-languageclient/package.json",
    ):
        assert wanted in names, wanted
    assert not any(n.startswith("extension/tests/") for n in names)
