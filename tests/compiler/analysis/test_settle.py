"""The patient chosen among all that meet the constraints: wishes first, known facts,
no before yes, the first choice, and numbers near a fixed place, not round."""

from __future__ import annotations

from fractions import Fraction

import pytest

from compiler.analysis import formula as f
from compiler.analysis.patients import PatientSolver
from compiler.analysis.settle import candidates, settle, tries
from compiler.analysis.spaces import NativeSpace
from compiler.semantics import ir
from tests.compiler.conftest import lowered_text
from tests.conftest import MINIMAL_HEADER

BODY = """
input level "Level": number mg/L from 0 to 50 step 0.5 or unknown
input seen "Seen": yes/no or unknown
input stage "Stage": one of early "Early", late "Late"

decide d "Which?"
  when level > 12 mg/L:
    advise a "A"
      expert opinion
  otherwise: nothing
"""


@pytest.fixture(scope="module")
def ps() -> PatientSolver:
    return PatientSolver(lowered_text(MINIMAL_HEADER + BODY))


def space(ps: PatientSolver, constraints: list[f.Formula], all_known: bool) -> NativeSpace:
    decls = list(ps.guideline.inputs)
    return NativeSpace(ps.encoder, decls, constraints, all_known=all_known, by_name=ps.by_name)


def test_free_facts_known_no_first_choice_number_not_round(ps: PatientSolver) -> None:
    found = settle(space(ps, [], False), list(ps.guideline.inputs), [])
    assert found == {"level": 9.5, "seen": False, "stage": "early"}


def test_wishes_kept_where_they_fit(ps: PatientSolver) -> None:
    decision = ps.guideline.body[0]
    assert isinstance(decision, ir.Decision)
    guard = decision.branches[0].guard
    assert guard is not None
    high = [f.Is(guard, "yes")]
    wishes = [("level", f.Equals("level", 4)), ("seen", f.KnownIs("seen", False))]
    found = settle(space(ps, high, False), list(ps.guideline.inputs), wishes)
    assert found is not None
    assert found["seen"] is None  # the wish fits
    assert isinstance(found["level"], float) and found["level"] > 12  # the wish does not


def test_nothing_to_choose_from(ps: PatientSolver) -> None:
    assert settle(space(ps, [f.FALSE], True), list(ps.guideline.inputs), []) is None


def test_tries_are_the_candidates_then_the_lowest() -> None:
    tenth = Fraction(1, 10)
    for low, high in ((0, 0), (0, 5), (3, 40), (100, 2500), (0, 10_000), (95, 105)):
        for step, kind in ((tenth, "number"), (Fraction(1), "whole"), (Fraction(1), "date")):
            assert list(tries(low, high, step, kind)) == [*candidates(low, high, step, kind), low]
