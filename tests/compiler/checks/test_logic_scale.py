"""The synthetic large guideline of tools/logic_timing.py compiles clean.

Timing itself is measured by `.venv/bin/python tools/logic_timing.py 500`, never here.
"""

from __future__ import annotations

import importlib.util
from types import ModuleType

from compiler.pipeline.stages import compile_text
from compiler.semantics import ir
from tests.conftest import ROOT


def _timing() -> ModuleType:
    path = ROOT / "tools" / "logic_timing.py"
    spec = importlib.util.spec_from_file_location("logic_timing", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_synthetic_guideline_has_the_leaves_asked_for_and_checks_clean() -> None:
    compiled = compile_text(_timing().many_leaves(100), "scale.guideline")
    assert compiled.diagnostics == ()
    assert compiled.guideline is not None
    leaves = [r for r in ir.recommendations(compiled.guideline) if r.id.startswith("leaf_")]
    assert len(leaves) == 100


def test_a_seeded_gap_deep_in_the_synthetic_guideline_is_found() -> None:
    text = _timing().many_leaves(100).replace("otherwise:", "when score < 5:", 1)
    (gap,) = [d for d in compile_text(text, "scale.guideline").diagnostics if d.code == "L010"]
    patient = gap.example_patient
    assert patient is not None
    assert patient["group"] == "g0" and int(str(patient["band"])) >= 90
    assert 5 <= float(str(patient["score"])) < 10
