"""Witnesses: exact evaluation that agrees with the interpreter and with the solver."""

from __future__ import annotations

from fractions import Fraction

import pytest
import z3

from compiler.analysis import solver, witness
from compiler.semantics import interpreter, ir
from tests.conftest import lower_snippet as lower

SNIPPET = """input x "X": number from 0 to 10 or unknown
input n "N": whole from 0 to 10
input c "C": one of a, b, c
input f "F": yes/no or unknown
assume small "N is small when F": not f or n < 8
decide first "First"
  when x > 5 and c is a:
    advise r1 "r1"
      expert opinion
  when f:
    decide inner "Inner"
      when n >= 3:
        advise r2 "r2"
          expert opinion
      otherwise:
        nothing
  otherwise:
    nothing
  when unknown: ask
section s "S" when n > 4
  advise r3 "r3"
    expert opinion
decide last "Last"
  when c is b:
    advise r4 "r4"
      expert opinion
"""


def _decisions(guideline: ir.Guideline) -> dict[str, ir.Decision]:
    return {n.id: n for n in ir.walk(guideline.body) if isinstance(n, ir.Decision)}


def test_the_walk_follows_the_interpreter() -> None:
    guideline = lower(SNIPPET)
    decisions = _decisions(guideline)
    patients = witness.random_patients(guideline, 200, seed=3, unknown_rate=0.3)
    assert len(patients) > 100
    for patient in patients:
        trace = witness.walk(guideline, patient, witness.Conditions())
        facts = witness.as_facts(guideline, patient)
        try:
            path = interpreter.evaluate(guideline, facts)["path"]
        except interpreter.GuidelineDefect:
            assert witness.GAP in trace.outcomes.values()
            continue
        taken = {s["node"]: s["branch"] for s in path}  # type: ignore[index]
        for name, decision in decisions.items():
            if id(decision) not in trace.outcomes:
                assert name not in taken
                continue
            outcome = trace.outcomes[id(decision)]
            label = "unknown" if outcome == witness.STOP else decision.branches[outcome].label
            assert taken[name] == label


def test_truth_is_three_valued_like_the_interpreter() -> None:
    guideline = lower(SNIPPET)
    guard = _decisions(guideline)["first"].when_branches()[0].guard
    assert guard is not None
    for patient in witness.random_patients(guideline, 100, seed=5, unknown_rate=0.5):
        facts = witness.as_facts(guideline, patient)
        assert witness.truth(guard, patient) == interpreter.truth(guard, facts, [])


def test_arithmetic_is_exact_like_the_solver() -> None:
    guideline = lower(
        'input a "A": number from 0 to 1\ninput b "B": number from 0 to 1\n'
        'decide d "D"\n  when a + b = 0.3:\n    advise r "r"\n      expert opinion\n'
        "  otherwise:\n    nothing\n"
    )
    guard = _decisions(guideline)["d"].when_branches()[0].guard
    assert guard is not None
    patient = {"a": Fraction(1, 10), "b": Fraction(2, 10)}
    assert witness.truth(guard, patient) is True  # 0.1 + 0.2 != 0.3 in floating point
    encoder = solver.Encoder(guideline)
    check = z3.Solver()
    check.add(encoder.yes(guard), encoder.values["a"] == 0.1, encoder.values["b"] == 0.2)
    assert check.check() == z3.sat


def test_division_by_zero_says_nothing() -> None:
    guideline = lower(
        'input a "A": number from 0 to 10\ndecide d "D"\n  when 10 / a > 2:\n'
        '    advise r "r"\n      expert opinion\n  otherwise:\n    nothing\n'
    )
    guard = _decisions(guideline)["d"].when_branches()[0].guard
    assert guard is not None
    with pytest.raises(witness.Undefined):
        witness.truth(guard, {"a": Fraction(0)})
    trace = witness.walk(guideline, {"a": Fraction(0)}, witness.Conditions())
    assert trace.outcomes == {}  # the walk stopped before the decision took a branch


def test_domain_checks_ranges_kinds_and_assumptions() -> None:
    domain = witness.Domain(lower(SNIPPET))
    good = {"x": Fraction(5), "n": Fraction(3), "c": "a", "f": True}
    assert domain.valid(good)
    assert not domain.valid({**good, "x": Fraction(11)})
    assert not domain.valid({**good, "n": Fraction(7, 2)})  # whole numbers only
    assert not domain.valid({**good, "n": None})  # n may not be unknown
    assert not domain.valid({**good, "c": "d"})
    assert not domain.valid({**good, "n": Fraction(9)})  # breaks the assumption
    assert domain.valid({**good, "n": Fraction(9), "f": None})  # unknown does not break it


def test_random_patients_are_seeded_and_valid() -> None:
    guideline = lower(SNIPPET)
    first = witness.random_patients(guideline, 30, seed=7)
    assert first == witness.random_patients(guideline, 30, seed=7)
    assert first != witness.random_patients(guideline, 30, seed=8)
    assert all(witness.Domain(guideline).valid(p) for p in first)


def test_a_model_becomes_an_exact_patient() -> None:
    guideline = lower(SNIPPET)
    encoder = solver.Encoder(guideline)
    check = z3.Solver()
    values = encoder.values
    check.add(*encoder.domain(), values["x"] == z3.Q(13, 3), encoder.is_known("x"))
    check.add(z3.Not(encoder.is_known("f")), values["c"] == 2, values["n"] == 4)
    assert check.check() == z3.sat
    patient = witness.from_model(encoder, check.model())
    assert patient == {"x": Fraction(13, 3), "n": Fraction(4), "c": "c", "f": None}


def test_the_pool_keeps_what_any_witness_reached() -> None:
    guideline = lower(SNIPPET)
    decisions = _decisions(guideline)
    pool = witness.Pool(guideline)
    base = {"x": Fraction(1), "n": Fraction(5), "c": "b", "f": False}
    pool.add(base)
    assert pool.has_reached(decisions["last"]) and not pool.has_reached(decisions["inner"])
    assert pool.has_outcome(decisions["first"], 2)  # otherwise
    trace = pool.add({**base, "f": True, "c": "c"})
    assert pool.has_outcome(decisions["inner"], 0)
    assert pool.has_outcome(decisions["last"], witness.GAP)
    assert id(decisions["last"]) in trace.reached
    waiting = pool.add({**base, "x": None, "c": "a"})  # `c is a` leaves `x > 5` to decide
    assert pool.has_outcome(decisions["first"], 3)  # `when unknown: ask`: `first` waits
    assert id(decisions["last"]) in waiting.reached  # and the decisions after it go on
