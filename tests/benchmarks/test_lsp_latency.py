"""The language server benchmark's generated guideline compiles, with the branches it
says (its timing is printed by benchmarks/lsp_latency.py, never asserted)."""

from __future__ import annotations

from benchmarks.lsp_latency import many_branches
from compiler.pipeline.stages import compile_text
from dsl import visit


def test_the_generated_guideline_has_the_branches_asked_for() -> None:
    compiled = compile_text(many_branches(200), "branches_200.guideline")
    assert compiled.guideline is not None and compiled.tree is not None, compiled.diagnostics
    assert compiled.diagnostics == ()
    branches = [
        b for d in visit.decisions(compiled.tree) for b in d.branches if d.id != "group_split"
    ]
    assert len(branches) == 200
