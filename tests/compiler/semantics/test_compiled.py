"""Compiled conditions give what `interpreter.truth` gives, unknown facts included."""

from __future__ import annotations

from compiler.semantics import interpreter, ir
from compiler.semantics.compiled import compile_cond, compile_num
from tests.compiler.conftest import random_patients


def conditions(guideline: ir.Guideline) -> list[ir.Cond]:
    found: list[ir.Cond] = [a.cond for a in guideline.assumptions]
    for node in ir.walk(guideline.body):
        if isinstance(node, ir.Decision):
            found += [b.guard for b in node.branches if b.guard is not None]
        elif isinstance(node, ir.Section) and node.when is not None:
            found.append(node.when)
        elif isinstance(node, ir.Emit):
            found += [o.preferred_when for o in node.rec.options if o.preferred_when]
    return found


def test_truth_and_unknown_facts_match_the_interpreter(sample: ir.Guideline) -> None:
    tests = [(cond, compile_cond(cond)) for cond in conditions(sample)]
    assert tests
    for patient in random_patients(sample, 80, seed=11):
        facts = patient  # valid values, already in the shape validation gives
        for cond, test in tests:
            expected: list[str] = []
            got: list[str] = []
            assert test(facts, got) == interpreter.truth(cond, facts, expected)
            assert got == expected
            assert test(facts, None) == interpreter.truth(cond, facts, [])  # nothing noted


def test_numbers_match_the_interpreter(sample: ir.Guideline) -> None:
    exprs = [
        side
        for cond in conditions(sample)
        for atom in ir.atoms(cond)
        if isinstance(atom, ir.CmpNum)
        for side in (atom.left, atom.right)
    ]
    for patient in random_patients(sample, 40, seed=12):
        for expr in exprs:
            if all(patient.get(n) is not None for n in ir.num_inputs(expr)):
                try:
                    expected = interpreter.num_value(expr, patient)
                except ZeroDivisionError:
                    continue
                assert compile_num(expr)(patient) == expected


def test_constants_and_negation() -> None:
    yes, no = ir.Const(True), ir.Const(False)
    assert compile_cond(yes)({}, []) is True
    assert compile_cond(ir.NotC(yes))({}, []) is False
    assert compile_cond(ir.AndC((yes, no)))({}, []) is False
    assert compile_cond(ir.OrC((no, yes)))({}, []) is True
