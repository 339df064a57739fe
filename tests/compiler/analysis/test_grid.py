"""The whole-number encoding: gaps of linear comparisons and values back from counts."""

from __future__ import annotations

from fractions import Fraction

from compiler.analysis.grid import GridEncoder, IntegerGap, python_value
from compiler.semantics import ir
from tests.compiler.conftest import lowered_text
from tests.conftest import MINIMAL_HEADER

BODY = """
input level "Level": number mg/L from 0 to 50 step 0.5
input count "Count": whole from 0 to 12
input stage "Stage": one of early "Early", late "Late"
input seen "Seen": yes/no
input when_seen "When": date
"""


def test_integer_gaps_of_linear_comparisons() -> None:
    encoder = GridEncoder(lowered_text(MINIMAL_HEADER + BODY))
    level, count = ir.NumInput("level"), ir.NumInput("count")
    atom = ir.CmpNum(">", ir.NumOp("+", level, count), ir.NumConst(12.25), "x", 1)
    gap = encoder.integer_gap(atom)
    # 0.5 * level_steps + count - 12.25, times 4: 2 * level_steps + 4 * count - 49
    assert gap == IntegerGap((("count", 4), ("level", 2)), -49, Fraction(4))
    assert encoder.integer_gap(atom) is gap  # worked out once
    product = ir.CmpNum(">", ir.NumOp("*", level, count), ir.NumConst(3.0), "y", 1)
    assert encoder.integer_gap(product) is None
    assert encoder.gap(product) is None
    found = encoder.gap(atom)
    assert found is not None and found[1] == 4


def test_values_back_from_counts() -> None:
    guideline = lowered_text(MINIMAL_HEADER + BODY)
    assert python_value(guideline.input("level"), 25) == 12.5
    assert python_value(guideline.input("count"), 7) == 7
    assert python_value(guideline.input("stage"), 1) == "late"
    assert python_value(guideline.input("seen"), True) is True
    assert python_value(guideline.input("when_seen"), 738000) == "2021-07-29"
