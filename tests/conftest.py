"""Shared fixtures: the project root, the compiled IMNM guideline and a capped dose."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

import pytest

from compiler.emit_python import emit
from compiler.pipeline.stages import Compiled, compile_source, compile_text, lower_tree, read_source
from compiler.semantics import interpreter, ir
from dsl.parser import parse
from dsl.source import SourceFile

ROOT = Path(__file__).resolve().parent.parent
IMNM = ROOT / "guidelines" / "imnm.guideline"


@pytest.fixture(scope="session")
def imnm_compiled() -> Compiled:
    """The IMNM guideline, compiled."""
    return compile_source(read_source(IMNM, "guidelines/imnm.guideline"))


@pytest.fixture(scope="session")
def imnm(imnm_compiled: Compiled) -> ir.Guideline:
    """The IMNM guideline's IR."""
    assert imnm_compiled.guideline is not None
    return imnm_compiled.guideline


CAPPED = ROOT / "tests" / "fixtures" / "coverage" / "capped_dose.guideline"


@pytest.fixture(scope="session")
def capped() -> ir.Guideline:
    """A weight-based dose with a cap, a daily maximum, review and recheck timing."""
    compiled = compile_source(read_source(CAPPED, "capped_dose.guideline"))
    assert compiled.guideline is not None, compiled.diagnostics
    return compiled.guideline


MINIMAL_HEADER = """guideline demo "Demo"
  version 0.1.0
  status draft
  owners "Test group"
  reviewed 2024-06-01
  scope "Adults"
"""


def compile_snippet(body: str) -> Compiled:
    """Compile a guideline made of a standard header and `body`."""
    return compile_text(MINIMAL_HEADER + body, "demo.guideline")


def lower_text(text: str, path: str = "demo.guideline") -> ir.Guideline:
    """The IR of a guideline text, without the checks (so also when they report errors)."""
    source = SourceFile(path, text)
    tree = parse(source).guideline
    assert tree is not None
    return lower_tree(tree, source)[0]


def lower_snippet(body: str) -> ir.Guideline:
    """`lower_text` of a guideline made of a standard header and `body`."""
    return lower_text(MINIMAL_HEADER + body)


def emit_and_import(guideline: ir.Guideline, directory: Path, name: str) -> ModuleType:
    """Emit the Python module of `guideline` into `directory` as `name`.py and import it."""
    path = directory / f"{name}.py"
    path.write_text(emit(guideline), encoding="utf-8")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[name]
    return module



def assert_module_agrees(
    module: ModuleType, guideline: ir.Guideline, patients: Iterable[dict[str, object]]
) -> None:
    """The module's `evaluate` gives the interpreter's whole result for each patient, and
    its `decide` the same ids and needs."""
    for patient in patients:
        expected = interpreter.evaluate(guideline, patient)
        assert module.evaluate(patient).to_dict() == expected, patient
        ids, _doses, needs = module.decide(patient)
        recs = expected["recommendations"]
        assert isinstance(recs, list)
        assert list(ids) == [r["id"] for r in recs] and list(needs) == expected["needs"]

# Bad patient data for the IMNM guideline, shared by the interpreter's and the generated
# module's tests: (case id, changes to a valid patient (None removes the fact), the fact
# named in the problem, a fragment of its message). `patient` replaces the whole patient.
IMNM_BAD_DATA: list[tuple[str, dict[str, object], str, str]] = [
    ("string for number", {"weight": "70"}, "weight", "expected a number, got str"),
    ("bool for number", {"weight": True}, "weight", "expected a number, got bool"),
    ("nan", {"weight": float("nan")}, "weight", "must be a finite number"),
    ("plus infinity", {"weight": float("inf")}, "weight", "must be a finite number"),
    ("minus infinity", {"weight": float("-inf")}, "weight", "must be a finite number"),
    ("below range", {"weight": 0.99}, "weight", "outside the plausible range 1 to 400 kg"),
    ("above range", {"weight": 400.01}, "weight", "outside the plausible range 1 to 400 kg"),
    ("whole below range", {"weeks_on_treatment": -1}, "weeks_on_treatment", "outside"),
    ("whole above range", {"weeks_on_treatment": 521}, "weeks_on_treatment", "outside"),
    ("fraction for whole", {"weeks_on_treatment": 2.5}, "weeks_on_treatment", "whole number"),
    ("unknown choice", {"category": "other"}, "category", "expected one of immune_mediated"),
    ("number for choice", {"category": 1}, "category", "expected one of"),
    ("number for yes/no", {"skin_disease": 1}, "skin_disease", "expected yes or no"),
    ("string for yes/no", {"anti_hmgcr": "yes"}, "anti_hmgcr", "expected yes or no"),
    ("missing required", {"skin_disease": None}, "skin_disease", "is required but missing"),
    ("unknown fact", {"wieght": 70}, "wieght", "not a fact of this guideline (did you mean weight"),
    ("incompatible unit", {"weight": {"value": 70, "unit": "mL"}}, "weight", "a value in kg"),
    ("unknown unit", {"weight": {"value": 70, "unit": "lb"}}, "weight", "got 'lb'"),
    ("unit form without unit", {"weight": {"value": 70}}, "weight", 'give a number, or {"value"'),
    ("unit form with text", {"weight": {"value": "70", "unit": "kg"}}, "weight", "got str"),
    (
        "days not whole weeks",
        {"weeks_on_treatment": {"value": 30, "unit": "days"}},
        "weeks_on_treatment",
        "whole number",
    ),
    ("grams out of range", {"weight": {"value": 500, "unit": "g"}}, "weight", "0.5 kg is outside"),
]
IMNM_NOT_A_MAPPING: list[object] = [[("weight", 70)], "weight=70", 70, None]


def imnm_patient(guideline: ir.Guideline, changes: dict[str, object]) -> dict[str, object]:
    """A valid IMNM patient (its first example) with `changes` (None removes a fact)."""
    patient = dict(guideline.examples[0].patient)
    for name, value in changes.items():
        if value is None:
            patient.pop(name, None)
        else:
            patient[name] = value
    return patient


BIN = ROOT / ".venv" / "bin"


def ruff_check(path: Path) -> subprocess.CompletedProcess[str]:
    """`ruff check` on generated code outside the tree, with the rules for generated/."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    ignores = config["tool"]["ruff"]["lint"]["per-file-ignores"]["generated/**/*.py"]
    overrides = f"lint.per-file-ignores = {{'*.py' = {ignores!r}}}"
    command = [BIN / "ruff", "check", "--no-cache", "--config", ROOT / "pyproject.toml"]
    return subprocess.run(
        [*command, "--config", overrides, path], capture_output=True, text=True, check=False
    )


def mypy_check(path: Path) -> subprocess.CompletedProcess[str]:
    """`mypy --strict` on generated code outside the tree (no cache left behind)."""
    return subprocess.run(
        [BIN / "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", path],
        capture_output=True,
        text=True,
        check=False,
        cwd=path.parent,
    )
