"""Golden files: the generated code for small guidelines, byte for byte, and run.

After an intended change to the Python backend, refresh them and review the diff:

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/compiler/emit_python/test_golden.py
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

from compiler.emit_python import emit
from compiler.pipeline.stages import compile_source, read_source
from compiler.semantics import interpreter, ir
from tests.conftest import ROOT, mypy_check, ruff_check

GOLDEN = ROOT / "tests" / "fixtures" / "golden"
NAMES = sorted(p.name.removesuffix(".guideline") for p in GOLDEN.glob("*.guideline"))
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def compiled(name: str) -> ir.Guideline:
    """The golden guideline, compiled with a stable display path."""
    path = GOLDEN / f"{name}.guideline"
    result = compile_source(read_source(path, f"tests/fixtures/golden/{name}.guideline"))
    assert result.guideline is not None, result.diagnostics
    return result.guideline


def load_expected(name: str) -> ModuleType:
    """Import `<name>.py.expected` as a module."""
    path = GOLDEN / f"{name}.py.expected"
    module_name = f"golden_{name}"
    loader = importlib.machinery.SourceFileLoader(module_name, str(path))
    spec = importlib.util.spec_from_loader(module_name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        loader.exec_module(module)
    finally:
        del sys.modules[module_name]
    return module


def test_there_are_golden_guidelines() -> None:
    assert {"plain", "unknowns", "options"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_generated_code_matches_golden(name: str) -> None:
    text = emit(compiled(name))
    expected_path = GOLDEN / f"{name}.py.expected"
    if UPDATE:
        expected_path.write_bytes(text.encode("utf-8"))
    assert expected_path.exists(), f"run UPDATE_GOLDEN=1 to create {expected_path.name}"
    expected = expected_path.read_bytes()
    assert text.encode("utf-8") == expected, (
        f"{name}: generated code differs from {expected_path.name}; if the change is intended, "
        "run UPDATE_GOLDEN=1 .venv/bin/pytest tests/compiler/emit_python/test_golden.py"
    )


@pytest.mark.parametrize("name", NAMES)
def test_emitting_twice_gives_identical_bytes(name: str) -> None:
    assert emit(compiled(name)).encode() == emit(compiled(name)).encode()


@pytest.mark.parametrize("name", NAMES)
def test_golden_module_runs_its_examples(name: str) -> None:
    guideline = compiled(name)
    module = load_expected(name)
    assert guideline.source_hash == module.SOURCE_HASH
    assert guideline.examples
    for example in guideline.examples:
        patient = dict(example.patient)
        result = module.evaluate(patient)
        assert result.to_dict() == interpreter.evaluate(guideline, patient)
        if example.expect_recs is not None:
            assert sorted(r.id for r in result.recommendations) == sorted(example.expect_recs)
        if example.expect_needs is not None:
            assert sorted(result.needs) == sorted(example.expect_needs)
        for rec_id, low, high, unit in example.expect_doses:
            dose = next(r.dose for r in result.recommendations if r.id == rec_id)
            assert dose is not None
            assert (dose.low, dose.high, dose.unit) == (low, high, unit)


def test_golden_modules_cover_what_they_claim() -> None:
    plain = (GOLDEN / "plain.py.expected").read_text(encoding="utf-8")
    unknowns = (GOLDEN / "unknowns.py.expected").read_text(encoding="utf-8")
    options = (GOLDEN / "options.py.expected").read_text(encoding="utf-8")
    assert "u: list[str] = []" not in plain  # no fact can be unknown: plain code only
    assert "bool | None" in unknowns and "wt.append((" in unknowns  # waits to ask
    assert "# tests/fixtures/golden/plain.guideline:20: decision stage_check" in plain
    assert "('stage_check', 'Which stage?', 'otherwise', (1,))," in plain  # a step row
    assert "_new(Dose, (" in plain and "_new(Dose, (" in options
    assert ": section recent: " in options and "_ord(v_diagnosed)" in options
    assert "recs.append(_R_agent[p1, p2])" in options  # one constant per combination of flags


@pytest.fixture(scope="module")
def golden_copies(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The golden modules copied as `.py` files, for the linters."""
    folder = tmp_path_factory.mktemp("golden")
    for name in NAMES:
        (folder / f"golden_{name}.py").write_bytes((GOLDEN / f"{name}.py.expected").read_bytes())
    return folder


def test_golden_modules_pass_mypy_strict(golden_copies: Path) -> None:
    done = mypy_check(golden_copies)
    assert done.returncode == 0, done.stdout + done.stderr


def test_golden_modules_pass_ruff(golden_copies: Path) -> None:
    done = ruff_check(golden_copies)
    assert done.returncode == 0, done.stdout + done.stderr
