"""Where a constraint holds, worked out by arithmetic, for one numeric fact and the
yes/no, one-of and `known` values of the others."""

from __future__ import annotations

from fractions import Fraction

import pytest

from compiler.analysis import formula as f
from compiler.analysis import intervals as iv
from compiler.analysis.boxes import Assignment, Evaluator, finite_values, universe
from compiler.analysis.grid import GridEncoder
from compiler.semantics import ir
from tests.compiler.conftest import lowered_text
from tests.conftest import MINIMAL_HEADER

BODY = """
input level "Level": number mg/L from 0 to 50 step 0.5 or unknown
input seen "Seen": yes/no or unknown
input stage "Stage": one of early "Early", late "Late"
input when_seen "When": date

decide d "Which?"
  when level > 12 mg/L and (seen or stage is late):
    advise a "A"
      expert opinion
  otherwise: nothing
"""


@pytest.fixture(scope="module")
def guideline() -> ir.Guideline:
    return lowered_text(MINIMAL_HEADER + BODY)


def guard(guideline: ir.Guideline) -> ir.Cond:
    decision = guideline.body[0]
    assert isinstance(decision, ir.Decision)
    found = decision.branches[0].guard
    assert found is not None
    return found


def evaluator(guideline: ir.Guideline) -> Evaluator:
    by_name = {d.name: d for d in guideline.inputs}
    return Evaluator(GridEncoder(guideline), by_name, "level", universe(by_name["level"]))


def test_ranges_in_steps(guideline: ir.Guideline) -> None:
    level = guideline.input("level")
    assert universe(level) == ((0, 100),)  # 0 to 50 mg/L in steps of 0.5
    assert (
        universe(guideline.input("when_seen"))[0][0] < universe(guideline.input("when_seen"))[0][1]
    )
    assert finite_values(guideline.input("seen")) == (False, True)
    assert finite_values(guideline.input("stage")) == (0, 1)


def test_three_valued_condition(guideline: ir.Guideline) -> None:
    ev, cond = evaluator(guideline), guard(guideline)
    above = ((25, 100),)  # level > 12 mg/L: 12.5 and up, in steps of 0.5
    seen_early = Assignment({"seen": True, "stage": 0}, {"level": True, "seen": True})
    assert ev.holds(f.Is(cond, "yes"), seen_early) == above
    assert ev.holds(f.Is(cond, "no"), seen_early) == ((0, 24),)
    assert ev.holds(f.Is(cond, "unknown"), seen_early) == iv.EMPTY
    unseen_early = Assignment({"seen": False, "stage": 0}, {"level": True, "seen": False})
    assert ev.holds(f.Is(cond, "yes"), unseen_early) == iv.EMPTY
    assert ev.holds(f.Is(cond, "unknown"), unseen_early) == above  # no when level <= 12
    no_level = Assignment({"seen": True, "stage": 1}, {"level": False, "seen": True})
    assert ev.holds(f.Is(cond, "unknown"), no_level) == ((0, 100),)


def test_decides_truth_gap_and_wishes(guideline: ir.Guideline) -> None:
    ev, cond = evaluator(guideline), guard(guideline)
    early = Assignment({"seen": False, "stage": 0}, {})
    late = Assignment({"seen": False, "stage": 1}, {})
    assert ev.holds(f.Decides(cond, 0), late) == ((0, 100),)  # level alone decides
    assert ev.holds(f.Decides(cond, 0), early) == iv.EMPTY  # masked: the rest is no
    assert ev.holds(f.Decides(cond, 2), early) == ((25, 100),)
    atom = ir.atoms(cond)[0]
    assert isinstance(atom, ir.CmpNum)
    assert ev.holds(f.Truth(atom), early) == ((25, 100),)
    assert ev.holds(f.Gap(atom, "=", Fraction(0)), early) == ((24, 24),)
    assert ev.holds(f.Equals("level", 30), early) == ((30, 30),)
    assert ev.holds(f.Equals("stage", 1), late) == ((0, 100),)
    assert ev.holds(f.KnownIs("level", False), early) == iv.EMPTY
    assert ev.holds(f.Not(f.AnyOf(())), early) == ((0, 100),)
    low, high = ev.gap_range(atom, ((10, 20),)) or (0, 0)
    assert (low, high) == (-14, -4)


def test_a_comparison_of_two_numbers_needs_the_solver(guideline: ir.Guideline) -> None:
    ev = evaluator(guideline)
    two = ir.CmpNum(">", ir.NumInput("level"), ir.NumInput("when_seen"), "x", 1)
    with pytest.raises(TypeError):
        ev.holds(f.Truth(two), Assignment({}, {}))
