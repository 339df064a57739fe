"""`guideline serve` refuses to start without trusted clients or without bindings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from compiler.commands.main import main
from tests.compiler.bindings.fhir_data import FIXTURE


def test_serve_needs_a_trusted_client_or_the_development_flag(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["serve", str(FIXTURE)]) == 2
    assert "--trust ISSUER=JWKS_URL" in capsys.readouterr().err
    assert main(["serve", "--trust", "no-url", str(FIXTURE)]) == 2


def test_serve_refuses_a_guideline_without_a_binding_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lone = tmp_path / "cdsdemo.guideline"
    shutil.copy(FIXTURE, lone)
    assert main(["serve", "--dev-no-auth", str(lone)]) == 1
    err = capsys.readouterr().err
    assert "error[B018]: this guideline has no binding file" in err
    assert "serve stopped" in err
