"""Exact numbers at run time: the interpreter and the generated module give the answer of
exact decimal arithmetic on the numbers as written (issue 13, item 3).

Each regression here failed while patient arithmetic was binary floating point.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from compiler.semantics import interpreter, ir
from tests.conftest import assert_module_agrees, compile_snippet, emit_and_import


def _compiled(body: str) -> ir.Guideline:
    compiled = compile_snippet(body)
    assert compiled.guideline is not None, compiled.diagnostics
    return compiled.guideline


def _ids(guideline: ir.Guideline, module: ModuleType, patient: dict[str, object]) -> list[str]:
    """The recommendation ids, asserted the same from the interpreter and the module."""
    expected = interpreter.evaluate(guideline, patient)
    assert module.evaluate(patient).to_dict() == expected, patient
    recs = expected["recommendations"]
    assert isinstance(recs, list)
    return [r["id"] for r in recs]


CK_RATIO = """input ck "Creatine kinase": number U/L from 0 to 100000 step 0.1
input ck_uln "Upper limit of normal": number U/L from 10 to 1000 step 0.01

decide muscle "How many times the upper limit?"
  when ck / ck_uln > 10 xULN:
    advise high "Above ten times the upper limit"
      expert opinion
  otherwise:
    advise not_high "At most ten times the upper limit"
      expert opinion
"""


def test_ck_exactly_ten_times_its_upper_limit_is_not_above_ten_times(tmp_path: Path) -> None:
    """101.2 / 10.12 is exactly 10 (in floating point 10.000000000000002)."""
    guideline = _compiled(CK_RATIO)
    module = emit_and_import(guideline, tmp_path, "ck_ratio_exact")
    assert _ids(guideline, module, {"ck": 101.2, "ck_uln": 10.12}) == ["not_high"]
    assert _ids(guideline, module, {"ck": 101.3, "ck_uln": 10.12}) == ["high"]
    for ck in (Decimal("101.2"), Fraction(1012, 10), np.float64(101.2)):
        assert _ids(guideline, module, {"ck": ck, "ck_uln": 10.12}) == ["not_high"]


SUMS = """input a "A": number L from 0 to 5 step 0.1
input b "B": number L from 0 to 5 step 0.1
input c "C": number L from 0 to 5 step 0.1

decide volume "Volume"
  when (a + b) - c < 1 L:
    advise low "Low"
      expert opinion
  when a - c + b >= 1 L:
    advise high "High"
      expert opinion
"""


def test_sums_in_another_order_give_the_same_answer(tmp_path: Path) -> None:
    """(0.1 + 1.4) - 0.5 and 0.1 - 0.5 + 1.4 are both exactly 1 (in floating point 1.0 and
    0.9999999999999999, so no branch applied: GuidelineDefect)."""
    guideline = _compiled(SUMS)
    module = emit_and_import(guideline, tmp_path, "sums_exact")
    assert _ids(guideline, module, {"a": 0.1, "b": 1.4, "c": 0.5}) == ["high"]
    ids, _, needs = module.decide({"a": 0.1, "b": 1.4, "c": 0.5})
    assert (ids, needs) == (("high",), ())


PERCENT = """input fev1 "FEV1": number L from 0.1 to 8 step 0.01
input pred "Predicted FEV1": number L from 0.5 to 8 step 0.01

decide obstruction "Obstruction"
  when fev1 / pred * 100 % < 80 %:
    advise low "Below 80% of predicted"
      expert opinion
  when fev1 >= 0.8 * pred:
    advise normal "At least 80% of predicted"
      expert opinion
"""


def test_a_percentage_and_a_product_agree_at_the_threshold(tmp_path: Path) -> None:
    """0.6 / 0.75 * 100 is exactly 80 and 0.8 * 0.75 exactly 0.6 (in floating point
    80.00000000000001 and 0.6000000000000001: no branch applied)."""
    guideline = _compiled(PERCENT)
    module = emit_and_import(guideline, tmp_path, "percent_exact")
    assert _ids(guideline, module, {"fev1": 0.6, "pred": 0.75}) == ["normal"]
    assert _ids(guideline, module, {"fev1": 0.59, "pred": 0.75}) == ["low"]


RATIO = """input fev1 "FEV1": number L from 0.1 to 8 step 0.01
input fvc "FVC": number L from 0.1 to 8 step 0.01

decide ratio "FEV1/FVC"
  when fev1 / fvc > 0.7:
    advise normal "Above 0.7"
      expert opinion
  otherwise:
    advise obstructed "At most 0.7"
      expert opinion
"""


def test_fev1_over_fvc_at_exactly_the_threshold(tmp_path: Path) -> None:
    """1.05 / 1.5 is exactly 0.7, not above it (in floating point 0.7000000000000001)."""
    guideline = _compiled(RATIO)
    module = emit_and_import(guideline, tmp_path, "ratio_exact")
    assert _ids(guideline, module, {"fev1": 1.05, "fvc": 1.5}) == ["obstructed"]
    assert _ids(guideline, module, {"fev1": 1.06, "fvc": 1.5}) == ["normal"]


MOLAR = """input cr "Creatinine": number umol/L from 10 to 2000 molar mass 113.12 g/mol

decide kidney "Creatinine"
  when cr >= 1.5 mg/dL:
    advise high "High"
      expert opinion
  otherwise:
    advise normal "Normal"
      expert opinion
"""


def test_a_threshold_no_float_is_compared_exactly(tmp_path: Path) -> None:
    """1.5 mg/dL is 15000/113.12 umol/L, a fraction with no decimal form; the module holds it
    exactly and a value given in mg/dL converts to exactly it."""
    guideline = _compiled(MOLAR)
    module = emit_and_import(guideline, tmp_path, "molar_exact")
    threshold = Fraction(15000) / Fraction("113.12")
    below, above = float(threshold), float(threshold)
    while Fraction(repr(below)) >= threshold:
        below = float(np.nextafter(below, 0))
    while Fraction(repr(above)) < threshold:
        above = float(np.nextafter(above, 1e9))
    assert _ids(guideline, module, {"cr": below}) == ["normal"]
    assert _ids(guideline, module, {"cr": above}) == ["high"]
    assert _ids(guideline, module, {"cr": threshold}) == ["high"]
    assert _ids(guideline, module, {"cr": threshold - Fraction(1, 10**30)}) == ["normal"]


HOURS = """input onset "Time since onset": number minutes from 0 to 10000

decide window "Window"
  when onset < 4.5 hours:
    advise inside "Inside the window"
      expert opinion
  when onset >= 270 minutes:
    advise outside "Outside the window"
      expert opinion
"""


def test_a_value_given_in_another_unit_converts_exactly(tmp_path: Path) -> None:
    guideline = _compiled(HOURS)
    module = emit_and_import(guideline, tmp_path, "hours_exact")
    assert _ids(guideline, module, {"onset": {"value": 4.5, "unit": "hours"}}) == ["outside"]
    assert _ids(guideline, module, {"onset": {"value": 1.03, "unit": "hours"}}) == ["inside"]
    result = module.evaluate({"onset": {"value": 1.03, "unit": "hours"}})
    assert result.path[0].facts == (("onset", 61.8),)  # 1.03 * 60 is 61.8, not 61.800000000000004


DOSE = """input weight "Body weight": number kg from 1 to 300

section treat "Treatment"
  start drug "A drug"
    expert opinion
    dose 15 mg/kg * weight
"""


def test_a_computed_dose_is_rounded_once_from_its_exact_value(tmp_path: Path) -> None:
    guideline = _compiled(DOSE)
    module = emit_and_import(guideline, tmp_path, "dose_exact")
    for weight in (1.03, 1.04, 70.3, 33.33, 12.345):  # 15 * 1.03 is 15.450000000000001
        dose = module.evaluate({"weight": weight}).recommendations[0].dose
        assert dose.low == float(15 * Fraction(repr(weight))), weight
    assert module.evaluate({"weight": 1.03}).recommendations[0].dose.low == 15.45
    assert_module_agrees(module, guideline, [{"weight": w} for w in (1.03, 70.3, 33.33)])


@pytest.mark.parametrize(
    ("given", "held"),
    [
        (101.2, 101.2),
        (7, 7.0),
        (Decimal("101.20"), 101.2),
        (Fraction(506, 5), 101.2),
        (np.float32(101.2), 101.2),
        (np.int64(7), 7.0),
        (Fraction(1, 3), Fraction(1, 3)),
        (Decimal("0.1000000000000000000001"), Fraction("0.1000000000000000000001")),
    ],
)
def test_numbers_are_read_exactly(tmp_path: Path, given: object, held: object) -> None:
    """A float means its shortest repr; other numbers what they hold; both readers agree."""
    guideline = _compiled(CK_RATIO)
    module = emit_and_import(guideline, tmp_path, "read_exact")
    patient = {"ck": given, "ck_uln": 100}
    facts = interpreter.validate(guideline, patient)
    assert facts["ck"] == held and type(facts["ck"]) is type(held)
    assert module._validate(patient)[0] == held
    assert_module_agrees(module, guideline, [patient])


TENTHS = """input f1 "Fact 1": yes/no
input f2 "Fact 2": yes/no
input f3 "Fact 3": yes/no or unknown

score tenths "Points in tenths"
  points 0.1 when f1
  points 0.2 when f2
  points 0.1 when f3

decide band "Band"
  when tenths > 0.3:
    advise above "Above"
      expert opinion
  when tenths = 0.3:
    advise at "At"
      expert opinion
  when unknown:
    ask
  otherwise:
    advise below "Below"
      expert opinion
"""


def test_decimal_points_are_summed_exactly(tmp_path: Path) -> None:
    """0.1 + 0.2 is 0.3: in floating point it is 0.30000000000000004, more than 0.3."""
    guideline = _compiled(TENTHS)
    module = emit_and_import(guideline, tmp_path, "tenths_exact")
    assert _ids(guideline, module, {"f1": True, "f2": True, "f3": False}) == ["at"]
    assert _ids(guideline, module, {"f1": True, "f2": False, "f3": False}) == ["below"]
    assert _ids(guideline, module, {"f1": True, "f2": True, "f3": True}) == ["above"]
    unknown = module.evaluate({"f1": True, "f2": True, "f3": None})
    (score,) = unknown.scores
    assert (score.low, score.high) == (0.3, 0.4)  # not 0.30000000000000004, 0.4000000000000001
    assert interpreter.evaluate(guideline, {"f1": True, "f2": True, "f3": True})["scores"][0][
        "value"
    ] == module.evaluate({"f1": True, "f2": True, "f3": True}).to_dict()["scores"][0]["value"]
