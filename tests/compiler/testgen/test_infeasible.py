"""Paths no patient can take are reported with the conditions that contradict each other."""

from __future__ import annotations

from pathlib import Path

import pytest

from compiler.pipeline.stages import lower_tree, read_source
from compiler.semantics import ir
from compiler.testgen import CaseGenerationError, infeasible_paths
from compiler.testgen.infeasible import IMPOSSIBLE_PATH
from dsl.parser import parse
from tests.compiler.analysis.giving_up import every_solver_gives_up

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "testgen"


def lowered(name: str) -> ir.Guideline:
    source = read_source(FIXTURES / f"{name}.guideline", f"{name}.guideline")
    parsed = parse(source)
    assert parsed.guideline is not None
    guideline, _ = lower_tree(parsed.guideline, source)
    return guideline


def test_contradicting_nested_conditions_are_named() -> None:
    found = infeasible_paths(lowered("infeasible"))[0]
    assert found.code == IMPOSSIBLE_PATH
    assert found.span.line == 16
    assert "weight < 90 kg and flagged" in found.message
    assert found.hints == (
        "decision `outer`: weight >= 100 kg",
        "decision `inner`: weight < 90 kg and flagged",
    )


def test_a_feasible_guideline_has_none(imnm: ir.Guideline) -> None:
    assert infeasible_paths(imnm) == []


def test_a_declared_range_can_be_one_of_the_contradicting_conditions() -> None:
    found = infeasible_paths(lowered("infeasible"))[1]
    assert found.hints == (
        "decision `above_range`: weight > 260 kg",
        "`weight` from 20 to 250 kg",
    )


def test_only_the_first_impossible_branch_of_a_chain_is_reported() -> None:
    found = infeasible_paths(lowered("infeasible"))
    assert [d.span.line for d in found] == [16, 28]
    assert infeasible_paths(lowered("scores")) == []


def test_solver_without_an_answer_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    every_solver_gives_up(monkeypatch)
    with pytest.raises(CaseGenerationError, match="no answer"):
        infeasible_paths(lowered("infeasible"))
