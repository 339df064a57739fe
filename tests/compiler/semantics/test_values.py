"""Values chosen by condition: lowering (units, kinds, lookups) and the interpreter."""

from __future__ import annotations

import pytest

from compiler.pipeline.stages import lower_tree
from compiler.semantics import interpreter, ir
from dsl.diagnostics import Diagnostic, has_errors
from dsl.parser import parse
from dsl.source import SourceFile
from tests.conftest import MINIMAL_HEADER

INPUTS = """input sex "Sex": one of female, male
input severity "Severity": one of mild, moderate, severe
input weight "Body weight": number kg from 30 to 200
input flag "Flag": yes/no or unknown

"""


def _lower(body: str) -> tuple[ir.Guideline, list[Diagnostic]]:
    source = SourceFile("demo.guideline", MINIMAL_HEADER + INPUTS + body)
    parsed = parse(source)
    assert parsed.guideline is not None and not has_errors(parsed.diagnostics)
    return lower_tree(parsed.guideline, source)


def _guard(value: str) -> ir.Cond:
    guideline, found = _lower(f'decide d "Q?"\n  when {value}: nothing\n  otherwise: nothing\n')
    assert not has_errors(found), [d.message for d in found]
    decision = guideline.body[0]
    assert isinstance(decision, ir.Decision) and decision.branches[0].guard is not None
    return decision.branches[0].guard


def _codes(value: str) -> list[str]:
    _, found = _lower(f'decide d "Q?"\n  when {value}: nothing\n  otherwise: nothing\n')
    return [d.code for d in found]


FACTS = {"sex": "female", "severity": "moderate", "weight": 60.0, "flag": True}


@pytest.mark.parametrize(
    ("guard", "facts", "expected"),
    [
        ("weight * (if sex is female then 0.85 else 1) < 55 kg", {}, True),
        ("weight * (if sex is female then 0.85 else 1) < 55 kg", {"sex": "male"}, False),
        ("(if weight < 50 kg then 1 else if weight < 80 kg then 2 else 3) = 2", {}, True),
        (
            "(if weight < 50 kg then 1 else if weight < 80 kg then 2 else 3) = 3",
            {"weight": 80.0},
            True,
        ),
        ("(lookup severity: mild -> 1, moderate -> 2, severe -> 3) = 2", {}, True),
        ("(lookup severity: mild -> 1, otherwise -> 3) = 3", {"severity": "severe"}, True),
        ("min(weight, 50 kg, 70 kg) = 50 kg", {}, True),
        ("max(weight, 50000 g) = 60 kg", {}, True),
        ("weight at most 55 kg = 55 kg", {}, True),
        ("weight at least 65 kg = 65 kg", {}, True),
        ("(if flag then 1 g else 500 mg) > 750 mg", {}, True),
        ("(if flag then 1 g else 500 mg) > 750 mg", {"flag": None}, None),
    ],
)
def test_value_chosen_by_condition(
    guard: str, facts: dict[str, object], expected: bool | None
) -> None:
    unknown: list[str] = []
    assert interpreter.truth(_guard(guard), {**FACTS, **facts}, unknown) is expected
    assert unknown == ([] if expected is not None else ["flag"])


def test_branches_in_different_units_are_converted_exactly() -> None:
    guard = _guard("(if flag then 1 g else 500 mg) > 750 mg")
    assert isinstance(guard, ir.CmpNum) and isinstance(guard.left, ir.NumIf)
    then, otherwise = guard.left.then, guard.left.otherwise
    assert isinstance(then, ir.NumConst) and isinstance(otherwise, ir.NumConst)
    assert (then.value, otherwise.value) == (1.0, 0.5)  # both in g, the unit written first
    assert isinstance(guard.right, ir.NumConst) and guard.right.value == 0.75


def test_an_if_of_constants_with_a_written_yes_is_folded() -> None:
    guard = _guard("(if yes then 2 kg else weight) < 3 kg")
    assert isinstance(guard, ir.CmpNum) and isinstance(guard.left, ir.NumConst)


def test_a_lookup_reads_its_input_and_every_value() -> None:
    guard = _guard("(lookup severity: mild -> weight, otherwise -> 70 kg) > 60 kg")
    assert ir.cond_inputs(guard) == ["severity", "weight"]


@pytest.mark.parametrize(
    ("guard", "code"),
    [
        ("(if sex is female then 1 kg else 2) > 1 kg", "T030"),
        ("min(weight, 3 mL) > 1 kg", "T030"),
        ("weight at most 3 > 1 kg", "T030"),
        ("(if sex is female then sex else weight) > 1 kg", "T031"),
        ("(if sex then 1 kg else weight) > 1 kg", "T001"),
        ("(lookup weight: a -> 1 kg) > 1 kg", "T032"),
        ("(lookup severity: mild -> 1 kg) > 1 kg", "T033"),
        ("max(weight) > 1 kg", "T034"),
        ("(if flag is known then weight else 70 kg) > 1 kg", "T035"),
        ("(lookup sex: female -> 1 kg, male -> 2 kg, otherwise -> 3 kg) > 1 kg", "T036"),
        ("mean(weight, 70 kg) > 1 kg", "N030"),
        ("(lookup sex: femal -> 1 kg, otherwise -> 3 kg) > 1 kg", "N031"),
        ("(lookup sex: male -> 1 kg, male -> 2 kg, female -> 3 kg) > 1 kg", "N032"),
    ],
)
def test_each_mistake_has_its_code(guard: str, code: str) -> None:
    assert code in _codes(guard)


def test_a_missing_choice_is_named() -> None:
    decision = 'decide d "Q?"\n  when f > 0: nothing\n  otherwise: nothing\n'
    _, found = _lower("define f = lookup severity: mild -> 1\n" + decision)
    message = next(d.message for d in found if d.code == "T033")
    assert "`moderate`, `severe`" in message


DOSES = """section dosing "Dosing"
  start drug_a "Drug A"
    drug drug_a
    dose {dose}
    expert opinion
"""


@pytest.mark.parametrize(
    ("dose", "weight", "text", "rule"),
    [
        ("15 mg/kg * weight at most 750 mg", 40.0, "600 mg", "under the 750 mg cap"),
        ("15 mg/kg * weight at most 750 mg", 60.0, "750 mg", "capped at 750 mg"),
        ("5 mg/kg * weight at least 250 mg", 40.0, "250 mg", "raised to 250 mg"),
        ("5 mg/kg * weight at least 250 mg", 60.0, "300 mg", "above the 250 mg minimum"),
        (
            "(if weight < 50 kg then 5 mg/kg else 4 mg/kg) * weight",
            40.0,
            "200 mg",
            "weight < 50 kg: yes",
        ),
        (
            "(if weight < 50 kg then 5 mg/kg else 4 mg/kg) * weight",
            60.0,
            "240 mg",
            "weight < 50 kg: no",
        ),
        ("min(10 mg/kg * weight, 1 g)", 60.0, "600 mg", "the smallest: 10 mg/kg * weight"),
        (
            "1 to 2 mg/kg * weight at most 100 mg",
            60.0,
            "60 to 100 mg",
            "under the 100 mg cap; capped at 100 mg",
        ),
    ],
)
def test_a_dose_shows_the_step_it_took(dose: str, weight: float, text: str, rule: str) -> None:
    guideline, found = _lower(DOSES.format(dose=dose))
    assert not has_errors(found), [d.message for d in found]
    result = interpreter.evaluate(guideline, {**FACTS, "weight": weight})
    items = result["recommendations"]
    assert isinstance(items, list)
    given = items[0]["dose"]
    assert given["text"] == text
    assert given["rule"] == f"{dose}; {rule}"
