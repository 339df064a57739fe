"""Constraints as z3 formulas: the encoder's formulas, and integer arithmetic for gaps."""

from __future__ import annotations

from fractions import Fraction

import pytest
import z3

from compiler.analysis import formula as f
from compiler.analysis.grid import GridEncoder
from compiler.analysis.to_z3 import alone_decides, gap_term, to_z3
from compiler.semantics import ir
from tests.compiler.conftest import lowered_text
from tests.conftest import MINIMAL_HEADER

BODY = """
input level "Level": number mg/L from 0 to 50 step 0.5 or unknown
input seen "Seen": yes/no

decide d "Which?"
  when level > 12 mg/L and seen:
    advise a "A"
      expert opinion
  otherwise: nothing
"""


@pytest.fixture(scope="module")
def encoder() -> GridEncoder:
    return GridEncoder(lowered_text(MINIMAL_HEADER + BODY))


def guard(encoder: GridEncoder) -> ir.Cond:
    decision = encoder.guideline.body[0]
    assert isinstance(decision, ir.Decision)
    found = decision.branches[0].guard
    assert found is not None
    return found


def same(left: z3.BoolRef, right: z3.BoolRef) -> bool:
    solver = z3.Solver()
    solver.add(left != right)
    return bool(solver.check() == z3.unsat)


def test_conditions_are_the_encoders(encoder: GridEncoder) -> None:
    cond = guard(encoder)
    assert same(to_z3(encoder, f.Is(cond, "yes")), encoder.yes(cond))
    assert same(to_z3(encoder, f.Is(cond, "no")), encoder.no(cond))
    assert same(to_z3(encoder, f.Is(cond, "unknown")), encoder.unknown(cond))
    atom = ir.atoms(cond)[1]
    assert same(to_z3(encoder, f.Truth(atom)), encoder.atom(atom))
    assert same(to_z3(encoder, f.Decides(cond, 0)), alone_decides(encoder, cond, 0))
    assert same(to_z3(encoder, f.Not(f.AllOf(()))), z3.BoolVal(False))


def test_gaps_stay_in_whole_numbers(encoder: GridEncoder) -> None:
    atom = ir.atoms(guard(encoder))[0]
    assert isinstance(atom, ir.CmpNum)
    term = gap_term(encoder, atom)
    assert term.is_int()
    formula = to_z3(encoder, f.Gap(atom, "<", Fraction(3)))
    assert formula.arg(1).is_int()  # compared with a whole number, not a real
    half = to_z3(encoder, f.Gap(atom, "=", Fraction(1, 2)))
    solver = z3.Solver()
    solver.add(half)
    assert solver.check() == z3.unsat


def test_wishes(encoder: GridEncoder) -> None:
    level = encoder.values["level"]
    assert same(to_z3(encoder, f.Equals("level", 30)), z3.And(encoder.known["level"], level == 30))
    assert same(to_z3(encoder, f.KnownIs("level", False)), z3.Not(encoder.known["level"]))
    assert same(to_z3(encoder, f.Equals("seen", True)), encoder.values["seen"] == True)  # noqa: E712


def test_the_one_comparison_table_builds_z3_formulas() -> None:
    x = z3.Int("x")
    for op, expected in (("<", x < 1), ("<=", x <= 1), (">", x > 1), (">=", x >= 1),
                         ("=", x == 1), ("!=", x != 1)):  # fmt: skip
        assert same(ir.COMPARISONS[op](x, 1), expected)
