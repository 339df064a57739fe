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
    atom = ir.CmpNum(">", ir.NumOp("+", level, count), ir.NumConst(Fraction("12.25")), "x", 1)
    gap = encoder.integer_gap(atom)
    # 0.5 * level_steps + count - 12.25, times 4: 2 * level_steps + 4 * count - 49
    assert gap == IntegerGap((("count", 4), ("level", 2)), -49, Fraction(4))
    assert encoder.integer_gap(atom) is gap  # worked out once
    product = ir.CmpNum(">", ir.NumOp("*", level, count), ir.NumConst(Fraction(3)), "y", 1)
    assert encoder.integer_gap(product) is None
    assert encoder.polynomial_gap(product) is not None  # a product: see test_polynomials
    assert encoder.has_products(product) and not encoder.has_products(atom)
    found = encoder.gap(atom)
    assert found is not None and found[1] == 4


def test_values_back_from_counts() -> None:
    guideline = lowered_text(MINIMAL_HEADER + BODY)
    assert python_value(guideline.input("level"), 25) == 12.5
    assert python_value(guideline.input("count"), 7) == 7
    assert python_value(guideline.input("stage"), 1) == "late"
    assert python_value(guideline.input("seen"), True) is True
    assert python_value(guideline.input("when_seen"), 738000) == "2021-07-29"


RATIOS = """
input ck "CK": number U/L from 0 to 5000 step 0.1
input uln "Upper limit": number U/L from 10 to 500 step 0.01
input shift "Shift": number from -20 to -1 step 0.5
input either "Either sign": whole from -3 to 3
"""


def _gap_value(gap: IntegerGap, counts: dict[str, int]) -> int:
    return gap.constant + sum(c * counts[n] for n, c in gap.coefficients)


def test_a_ratio_whose_divisor_keeps_its_sign_is_a_linear_comparison() -> None:
    encoder = GridEncoder(lowered_text(MINIMAL_HEADER + RATIOS))
    ck, uln, shift = ir.NumInput("ck"), ir.NumInput("uln"), ir.NumInput("shift")
    ten_times = ir.CmpNum(">", ir.NumOp("/", ck, uln), ir.NumConst(Fraction(10)), "x", 1)
    gap = encoder.integer_gap(ten_times)
    # ck / uln - 10, times uln: 0.1 * ck_steps - 10 * 0.01 * uln_steps, times 10
    assert gap == IntegerGap((("ck", 1), ("uln", -1)), 0, Fraction(10))
    percent = ir.NumOp("*", ir.NumOp("/", ck, uln), ir.NumConst(Fraction(100)))
    eighty = ir.NumConst(Fraction(80))
    assert encoder.integer_gap(ir.CmpNum("<", eighty, percent, "y", 1)) is not None
    negative = ir.CmpNum(">", ir.NumOp("/", ck, shift), ir.NumConst(Fraction(2)), "z", 1)
    flipped = encoder.integer_gap(negative)
    assert flipped is not None  # ck / shift > 2  <=>  ck < 2 * shift  (shift < 0)
    assert _gap_value(flipped, {"ck": 10, "shift": -2}) < 0  # 1 / -1 = -1 is not > 2
    spans_zero = ir.CmpNum(
        ">", ir.NumOp("/", ck, ir.NumInput("either")), ir.NumConst(Fraction(1)), "w", 1
    )
    assert encoder.integer_gap(spans_zero) is None  # the divisor can be 0 or change sign


def test_the_gap_of_a_ratio_compares_as_the_exact_ratio_does() -> None:
    encoder = GridEncoder(lowered_text(MINIMAL_HEADER + RATIOS))
    ck, uln = ir.NumInput("ck"), ir.NumInput("uln")
    ops = list(ir.COMPARISONS)
    for index, (ck_steps, uln_steps) in enumerate(
        [(1012, 1012), (1013, 1012), (1011, 1012), (0, 1000), (50000, 50000), (999, 100)]
    ):
        op = ops[index % len(ops)]
        atom = ir.CmpNum(op, ir.NumOp("/", ck, uln), ir.NumConst(Fraction(10)), "r", 1)
        gap = encoder.integer_gap(atom)
        assert gap is not None
        exact = Fraction(ck_steps, 10) / (Fraction(uln_steps, 100)) - 10
        assert ir.COMPARISONS[op](_gap_value(gap, {"ck": ck_steps, "uln": uln_steps}), 0) == (
            ir.COMPARISONS[op](exact, 0)
        )
