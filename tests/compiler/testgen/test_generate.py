"""Case generation on purpose-built guidelines: paths, thresholds, choices, MC/DC,
ranges, rejections, unknown facts, determinism, and catching a wrong threshold."""

from __future__ import annotations

import dataclasses
import re
from fractions import Fraction
from pathlib import Path

import pytest

from compiler.analysis.branches import contexts
from compiler.pipeline.stages import lower_tree, read_source
from compiler.semantics import interpreter, ir
from compiler.testgen import KINDS, Case, generate_cases
from dsl.parser import parse
from tests.conftest import compile_snippet

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "testgen"


def lowered(name: str) -> ir.Guideline:
    """A fixture's IR, lowered even when the logic checks would refuse it."""
    source = read_source(FIXTURES / f"{name}.guideline", f"{name}.guideline")
    parsed = parse(source)
    assert parsed.guideline is not None
    guideline, _ = lower_tree(parsed.guideline, source)
    return guideline


@pytest.fixture(scope="module")
def scores() -> ir.Guideline:
    return lowered("scores")


@pytest.fixture(scope="module")
def score_cases(scores: ir.Guideline) -> list[Case]:
    return generate_cases(scores)


def by_id(cases: list[Case]) -> dict[str, Case]:
    return {c.id: c for c in cases}


def steps(case: Case) -> list[tuple[str, str]]:
    assert isinstance(case.expected, dict)
    path = case.expected["path"]
    assert isinstance(path, list)
    return [(str(s["node"]), str(s["branch"])) for s in path]


def rec_ids(case: Case) -> list[str]:
    assert isinstance(case.expected, dict)
    recs = case.expected["recommendations"]
    assert isinstance(recs, list)
    return [str(r["id"]) for r in recs]


def test_every_branch_in_every_context_has_a_path_case(
    scores: ir.Guideline, score_cases: list[Case]
) -> None:
    paths = [c for c in score_cases if c.kind == "path"]
    for ctx in contexts(scores):
        node, label = ctx.steps[-1]
        assert any((node, label) in steps(c) for c in paths), ctx.steps


def test_nested_path_takes_its_enclosing_branch(score_cases: list[Case]) -> None:
    case = by_id(score_cases)["nested__flagged_and_band_is_high"]
    assert ("by_score", "total >= 7") in steps(case)
    assert case.patient["flagged"] is True
    assert case.patient["band"] == "high"
    assert rec_ids(case) == ["big", "both"]


def test_ids_are_unique_identifiers_and_kinds_known(score_cases: list[Case]) -> None:
    ids = [c.id for c in score_cases]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9_]+", i) for i in ids)
    assert {c.kind for c in score_cases} <= set(KINDS)
    assert {c.kind for c in score_cases} >= {"path", "boundary", "choice", "mcdc", "range"}


def test_generation_is_deterministic(scores: ir.Guideline, score_cases: list[Case]) -> None:
    assert repr(generate_cases(scores)) == repr(score_cases)  # repr: NaN != NaN


def test_values_are_valid_on_resolution_and_whole_where_whole(
    scores: ir.Guideline, score_cases: list[Case]
) -> None:
    for case in score_cases:
        if case.kind == "reject":
            continue
        for decl in scores.inputs:
            if decl.name not in case.patient:  # a required fact this path does not read
                assert case.id.startswith("missing__")
                continue
            value = case.patient[decl.name]
            if isinstance(value, dict):  # given with its unit: {"value": ..., "unit": ...}
                assert set(value) == {"value", "unit"}
                value = value["value"]
            if decl.kind == "whole":
                assert type(value) is int
            if decl.kind == "number" and isinstance(value, float):
                assert decl.low is not None and decl.high is not None and decl.step
                assert decl.low <= value <= decl.high
                assert (Fraction(repr(value)) / Fraction(decl.step)).denominator == 1


def test_free_numbers_are_not_round(score_cases: list[Case]) -> None:
    case = by_id(score_cases)["by_score__total_ge_7"]
    weight = case.patient["weight"]
    assert isinstance(weight, float)
    assert weight != int(weight)


def test_expected_outcome_is_the_interpreters(
    scores: ir.Guideline, score_cases: list[Case]
) -> None:
    for case in score_cases:
        if case.kind != "reject":
            assert case.expected == interpreter.evaluate(scores, case.patient)


def test_score_threshold_has_cases_below_at_and_above(score_cases: list[Case]) -> None:
    cases = by_id(score_cases)
    totals = {}
    for where, total in (("below", 6), ("at", 7), ("above", 8)):
        case = cases[f"by_score__total_ge_7__{where}_{total}"]
        points_a, points_b = case.patient["points_a"], case.patient["points_b"]
        assert isinstance(points_a, int) and isinstance(points_b, int)
        totals[where] = points_a + points_b
        assert ("by_score", "total >= 7") in steps(case) if total >= 7 else True
    assert totals == {"below": 6, "at": 7, "above": 8}


def test_threshold_on_a_number_steps_by_its_resolution(score_cases: list[Case]) -> None:
    weights = [
        c.patient["weight"]
        for c in score_cases
        if c.kind == "boundary" and "weight_gt_80_kg" in c.id.split("__")[-1] + c.id
    ]
    assert {79.9, 80.0, 80.1} <= set(weights)


def test_boundary_cases_show_the_threshold_deciding(score_cases: list[Case]) -> None:
    cases = by_id(score_cases)
    prefix = "by_score__total_ge_3_and_weight_gt_80_kg_or_band_is_one_of_middle_high__"
    at, above = cases[prefix + "at_80"], cases[prefix + "above_80p1"]
    assert rec_ids(at) != rec_ids(above)


def test_two_variable_comparison_steps_across_equality(score_cases: list[Case]) -> None:
    gaps = []
    for where in ("below", "at", "above"):
        (case,) = [
            c
            for c in score_cases
            if c.id.startswith(f"limit__over_limit__given_gt_allowed__{where}")
        ]
        given, allowed = case.patient["given"], case.patient["allowed"]
        assert isinstance(given, float) and isinstance(allowed, float)
        gaps.append(given - allowed)
    assert gaps == [-0.5, 0.0, 0.5]


def test_every_choice_at_each_condition_testing_it(score_cases: list[Case]) -> None:
    bands = {c.patient["band"] for c in score_cases if c.kind == "choice" and "nested__" in c.id}
    assert bands == {"low", "middle", "high"}
    flags = {c.patient["flagged"] for c in score_cases if c.kind == "choice" and "nested__" in c.id}
    assert flags == {True, False}


def test_mcdc_pairs_differ_in_outcome(score_cases: list[Case]) -> None:
    cases = by_id(score_cases)
    prefix = "by_score__total_ge_3_and_weight_gt_80_kg_or_band_is_one_of_middle_high__mcdc_"
    for atom in ("1_total_ge_3", "2_weight_gt_80_kg", "3_band_is_one_of_middle_high"):
        yes, no = cases[f"{prefix}{atom}_yes"], cases[f"{prefix}{atom}_no"]
        assert steps(yes) != steps(no)


def test_derived_dose_follows_the_patient(score_cases: list[Case]) -> None:
    case = by_id(score_cases)["by_score__total_ge_7"]
    assert isinstance(case.expected, dict)
    recs = case.expected["recommendations"]
    assert isinstance(recs, list)
    dose = recs[0]["dose"]
    weight = case.patient["weight"]
    assert isinstance(weight, float)
    assert (dose["low"], dose["high"]) == (0.25 * weight, 0.5 * weight)


def test_ranges_reach_both_ends(score_cases: list[Case]) -> None:
    cases = by_id(score_cases)
    assert cases["range__points_a__minimum_0"].patient["points_a"] == 0
    assert cases["range__weight__maximum_250"].patient["weight"] == 250.0


def test_rejections_name_the_bad_fact(score_cases: list[Case]) -> None:
    rejects = [c for c in score_cases if c.kind == "reject"]
    names = {c.id.split("__")[1] for c in rejects}
    assert {"points_a", "weight", "flagged", "band"} <= names
    for case in rejects:
        assert isinstance(case.expected, list) and case.expected
    cases = by_id(score_cases)
    assert cases["reject__weight__nan"].expected == [("weight", "must be a finite number")]
    assert cases["reject__points_a__not_whole"].expected == [("points_a", "must be a whole number")]


def test_unknown_branches_and_stops_are_reached() -> None:
    cases = by_id(generate_cases(lowered("unknowns")))
    level = cases["by_level__unknown"]
    assert level.patient["level"] is None
    assert rec_ids(level) == ["measure"]
    assert ("by_marker", "otherwise") in steps(level)  # later facts are known
    marker = cases["by_marker__unknown"]
    assert isinstance(marker.expected, dict)
    assert marker.expected["needs"] == ["marker"]
    section = cases["late_care__unknown_waits"]
    assert isinstance(section.expected, dict)
    assert section.expected["needs"] == ["stage"]


def test_infeasible_branch_gets_no_path_case() -> None:
    cases = generate_cases(lowered("infeasible"))
    assert not any(
        ("inner", "weight < 90 kg and flagged") in steps(c) for c in cases if c.kind != "reject"
    )


# --------------------------------------------------- a wrong threshold is caught


def _swap_ops(cond: ir.Cond, old: str, new: str) -> ir.Cond:
    if isinstance(cond, ir.CmpNum) and cond.op == old:
        return dataclasses.replace(cond, op=new)
    if isinstance(cond, ir.NotC):
        return ir.NotC(_swap_ops(cond.operand, old, new))
    if isinstance(cond, ir.AndC | ir.OrC):
        return type(cond)(tuple(_swap_ops(o, old, new) for o in cond.operands))
    return cond


def _mutate(nodes: tuple[ir.Node, ...], old: str, new: str) -> tuple[ir.Node, ...]:
    return tuple(_mutate_node(node, old, new) for node in nodes)


def _mutate_node(node: ir.Node, old: str, new: str) -> ir.Node:
    if isinstance(node, ir.Decision):
        branches = tuple(
            dataclasses.replace(
                b,
                guard=None if b.guard is None else _swap_ops(b.guard, old, new),
                body=_mutate(b.body, old, new),
            )
            for b in node.branches
        )
        return dataclasses.replace(node, branches=branches)
    if isinstance(node, ir.Section):
        return dataclasses.replace(node, body=_mutate(node.body, old, new))
    return node


def _caught(guideline: ir.Guideline, cases: list[Case], old: str, new: str) -> list[str]:
    mutant = dataclasses.replace(guideline, body=_mutate(guideline.body, old, new))
    assert mutant != guideline
    return [
        c.id
        for c in cases
        if c.kind != "reject" and interpreter.evaluate(mutant, c.patient) != c.expected
    ]


def test_cases_catch_less_than_turned_into_at_most(imnm: ir.Guideline) -> None:
    caught = _caught(imnm, generate_cases(imnm), "<", "<=")
    assert "refractory_treatment__weeks_on_treatment_lt_4_weeks__at_4" in caught


@pytest.mark.parametrize(("old", "new"), [(">=", ">"), (">", ">=")])
def test_cases_catch_every_relational_slip_in_the_fixture(
    scores: ir.Guideline, score_cases: list[Case], old: str, new: str
) -> None:
    assert _caught(scores, score_cases, old, new)


ASSUMING = """
input low_end "Lower value": whole from 0 to 10
input high_end "Upper value": whole from 0 to 10
assume ordered "The lower value is at most the upper value": low_end <= high_end

decide d "Is the lower value high?"
  when low_end >= 5:
    advise high_low "High"
      expert opinion
  otherwise: nothing
"""


def _plain(value: object) -> object:
    """A fact's value, unwrapped when the case gives it with its unit."""
    return value["value"] if isinstance(value, dict) else value


def test_cases_meet_assumptions_and_one_breaks_each() -> None:
    compiled = compile_snippet(ASSUMING)
    assert compiled.guideline is not None, compiled.diagnostics
    cases = generate_cases(compiled.guideline)
    for case in cases:
        if case.kind != "reject":
            low, high = (_plain(case.patient[name]) for name in ("low_end", "high_end"))
            assert isinstance(low, int) and isinstance(high, int) and low <= high
    broken = by_id(cases)["reject__assumption__ordered"]
    low, high = broken.patient["low_end"], broken.patient["high_end"]
    assert isinstance(low, int) and isinstance(high, int) and low > high
    assert isinstance(broken.expected, list) and broken.expected[0][0] == "ordered"
