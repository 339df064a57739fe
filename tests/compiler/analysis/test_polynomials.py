"""Products and ratios of facts as whole-number polynomials: exact, and linear for z3."""

from __future__ import annotations

from fractions import Fraction

import z3
from hypothesis import given, settings
from hypothesis import strategies as st

from compiler.analysis import formula as f
from compiler.analysis import polynomials as poly
from compiler.analysis.grid import GridEncoder, count_range, resolution
from compiler.analysis.patients import PatientSolver
from compiler.semantics import ir
from compiler.semantics.interpreter import num_value
from tests.compiler.conftest import lowered_text
from tests.conftest import MINIMAL_HEADER

BODY = """
input age "Age": whole years from 18 to 110
input weight "Body weight": number kg from 30 to 300 step 0.1
input creatinine "Serum creatinine": number umol/L from 18 to 1330
input change "Change": number from -5 to 5 step 0.5

define crcl = (140 years - age) / 1 year * (weight / 1 kg) * 88.4 / (72 * (creatinine / 1 umol/L))

decide renal "Renal"
  when crcl < 30:
    advise low "Low"
      expert opinion
  otherwise: nothing
"""


def _guideline() -> ir.Guideline:
    return lowered_text(MINIMAL_HEADER + BODY)


def _atom(guideline: ir.Guideline) -> ir.CmpNum:
    [decision] = [n for n in guideline.body if isinstance(n, ir.Decision)]
    guard = decision.branches[0].guard
    assert isinstance(guard, ir.CmpNum)
    return guard


def _ranges(guideline: ir.Guideline) -> dict[str, tuple[int, int]]:
    return {d.name: count_range(d) for d in guideline.inputs}


def _step(guideline: ir.Guideline) -> dict[str, Fraction]:
    return {d.name: resolution(d) for d in guideline.inputs}


def test_the_clearance_is_a_polynomial_with_whole_coefficients() -> None:
    guideline = _guideline()
    steps = _step(guideline)
    found = poly.poly_gap(_atom(guideline), steps.__getitem__, _ranges(guideline))
    assert found is not None
    # (140 - age) * weight/10 * 88.4 < 30 * 72 * creatinine/100, that is
    # 8.84 (140 - age) weight - 21.6 creatinine < 0, times 25:
    assert dict(found.terms) == {
        ("age", "weight"): -221,
        ("creatinine",): -540,
        ("weight",): 30940,
    }
    assert found.scale == 25


def test_a_divisor_that_may_be_zero_or_change_sign_is_not_a_polynomial_gap() -> None:
    guideline = _guideline()
    steps = _step(guideline).__getitem__
    change = ir.NumInput("change")
    one, two = ir.NumConst(Fraction(1)), ir.NumConst(Fraction(2))
    over_change = ir.CmpNum(">", ir.NumOp("/", one, change), two, "x", 1)
    assert poly.poly_gap(over_change, steps, _ranges(guideline)) is None
    # the same division by a fact that keeps its sign is one
    creatinine = ir.NumInput("creatinine")
    over = ir.CmpNum(">", ir.NumOp("/", one, creatinine), two, "y", 1)
    assert poly.poly_gap(over, steps, _ranges(guideline)) is not None


@settings(max_examples=200, deadline=None)
@given(
    age=st.integers(18, 110),
    weight=st.integers(300, 3000),
    creatinine=st.integers(1800, 133000),
    change=st.integers(-10, 10),
)
def test_the_polynomial_gap_has_the_sign_of_left_minus_right(
    age: int, weight: int, creatinine: int, change: int
) -> None:
    """Exactly: the sign of the whole-number polynomial is that of the comparison's
    `left - right` in exact fractions, for every patient on the grid."""
    guideline = _guideline()
    steps = _step(guideline)
    atoms = [
        _atom(guideline),
        ir.CmpNum(
            "<=",
            ir.NumOp("-", ir.NumOp("*", ir.NumInput("change"), ir.NumInput("weight")),
                     ir.NumOp("/", ir.NumInput("age"), ir.NumInput("creatinine"))),
            ir.NumOp("*", ir.NumInput("change"), ir.NumConst(Fraction("0.3"))),
            "z",
            1,
        ),
    ]  # fmt: skip
    counts = {"age": age, "weight": weight, "creatinine": creatinine, "change": change}
    patient = {n: counts[n] * steps[n] for n in counts}
    for atom in atoms:
        found = poly.poly_gap(atom, steps.__getitem__, _ranges(guideline))
        assert found is not None
        value = sum(c * _product(counts, monomial) for monomial, c in found.terms)
        exact = num_value(atom.left, patient) - num_value(atom.right, patient)
        assert (value > 0) == (exact > 0) and (value == 0) == (exact == 0)


def _product(counts: dict[str, int], monomial: poly.Monomial) -> int:
    out = 1
    for name in monomial:
        out *= counts[name]
    return out


def test_products_are_written_out_over_the_fact_with_fewest_values() -> None:
    encoder = GridEncoder(_guideline())
    term = encoder.monomial(("age", "weight"))
    assert z3.is_app_of(term, z3.Z3_OP_ITE)  # over the 93 ages, each a multiple of weight
    solver = z3.Solver()
    solver.add(*encoder.domain(), encoder.values["age"] == 50, encoder.values["weight"] == 700)
    solver.add(term == z3.Int("product"))
    assert solver.check() == z3.sat
    assert solver.model()[z3.Int("product")].as_long() == 35000


def test_patients_either_side_of_a_clearance_threshold_are_found() -> None:
    """The solver answered "canceled" on this before products were written out."""
    guideline = _guideline()
    ps = PatientSolver(guideline)
    atom = _atom(guideline)
    below = ps.extreme([f.Gap(atom, "<", Fraction(0))], atom, upper=True)
    assert below == -1  # the largest gap below the threshold: one step of the numerator
    patient = ps.patient([f.Gap(atom, "=", Fraction(-1))])
    assert patient is not None
    assert num_value(atom.left, patient) < 30
    at = ps.patient([f.Gap(atom, "=", Fraction(0))])
    assert at is not None and num_value(atom.left, at) == 30
