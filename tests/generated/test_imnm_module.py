"""The committed generated/imnm.py: its public surface, and bad data rejected as the
interpreter rejects it (the same problems, fact by fact)."""

from __future__ import annotations

import decimal
import fractions
import json

import numpy
import pytest

from compiler.semantics import interpreter, ir
from generated import imnm as module
from tests.conftest import IMNM_BAD_DATA, IMNM_NOT_A_MAPPING, imnm_patient


@pytest.mark.parametrize(("case", "changes", "name", "fragment"), IMNM_BAD_DATA)
def test_bad_data_is_rejected_like_the_interpreter(
    imnm: ir.Guideline, case: str, changes: dict[str, object], name: str, fragment: str
) -> None:
    patient = imnm_patient(imnm, changes)
    with pytest.raises(interpreter.PatientDataError) as expected:
        interpreter.evaluate(imnm, patient)
    with pytest.raises(module.PatientDataError) as caught:
        module.evaluate(patient)
    assert caught.value.problems == expected.value.problems, case
    assert caught.value.problems[0][0] == name
    assert fragment in caught.value.problems[0][1]
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("patient", IMNM_NOT_A_MAPPING)
def test_a_patient_must_be_a_mapping(patient: object) -> None:
    with pytest.raises(module.PatientDataError) as caught:
        module.evaluate(patient)  # type: ignore[arg-type]
    assert caught.value.problems == [("patient", "must be a mapping of fact names to values")]


def test_all_problems_together_like_the_interpreter(imnm: ir.Guideline) -> None:
    changes: dict[str, object] = {}
    for _, change, _, _ in IMNM_BAD_DATA:
        changes.update(change)
    patient = imnm_patient(imnm, changes)
    with pytest.raises(interpreter.PatientDataError) as expected:
        interpreter.evaluate(imnm, patient)
    with pytest.raises(module.PatientDataError) as caught:
        module.evaluate(patient)
    assert caught.value.problems == expected.value.problems
    # every fact given a bad value; skin_disease is left out, and a required fact left
    # out is refused only where the path reads it (none does: the category is bad)
    assert {name for name, _ in caught.value.problems} == {
        "wieght", "category", "weight", "anti_hmgcr", "weeks_on_treatment"}


@pytest.mark.parametrize(
    "changes",
    [
        {"weight": 1},
        {"weight": 400},
        {"weeks_on_treatment": 0},
        {"weeks_on_treatment": 520, "response": "inadequate"},
        {"weight": {"value": 70000, "unit": "g"}},
        {"weeks_on_treatment": {"value": 28, "unit": "days"}, "response": "inadequate"},
        {"anti_hmgcr": None, "statin_associated": None, "response": None},
    ],
)
def test_good_data_gives_the_interpreters_result(
    imnm: ir.Guideline, changes: dict[str, object]
) -> None:
    patient = imnm_patient(imnm, changes)
    assert module.evaluate(patient).to_dict() == interpreter.evaluate(imnm, patient)


def test_grams_are_converted(imnm: ir.Guideline) -> None:
    result = module.evaluate(imnm_patient(imnm, {"weight": {"value": 70000, "unit": "g"}}))
    dose = next(r.dose for r in result.recommendations if r.id == "prednisone")
    assert dose is not None
    assert (dose.low, dose.high, dose.text) == (35.0, 70.0, "35 to 70 mg/day")


def test_examples_give_what_their_authors_expect(imnm: ir.Guideline) -> None:
    for example in imnm.examples:
        result = module.evaluate(dict(example.patient))
        ids = [r.id for r in result.recommendations]
        if example.expect_recs is not None:
            assert sorted(ids) == sorted(example.expect_recs), example.id
        if example.expect_needs is not None:
            assert sorted(result.needs) == sorted(example.expect_needs), example.id
        assert result.complete is (example.expect_needs is None)


def test_public_surface(imnm: ir.Guideline) -> None:
    assert module.GUIDELINE_ID == "imnm"
    assert imnm.title == module.TITLE
    assert imnm.version == module.VERSION
    assert imnm.source_hash == module.SOURCE_HASH
    assert tuple(i.name for i in imnm.inputs) == module.INPUTS
    result = module.evaluate(dict(imnm.examples[0].patient))
    with pytest.raises(AttributeError):  # results are immutable
        result.complete = False  # type: ignore[misc]
    assert json.loads(json.dumps(result.to_dict())) == result.to_dict()


_DATAFRAME_VALUES = [
    ({"weight": numpy.int64(70)}, {"weight": 70}),
    ({"weight": numpy.float32(70.5)}, {"weight": 70.5}),
    ({"weight": decimal.Decimal("70.1")}, {"weight": 70.1}),  # the float JSON reads for 70.1
    ({"weight": fractions.Fraction(141, 2)}, {"weight": 70.5}),
    ({"weight": {"value": numpy.int64(70000), "unit": "g"}}, {"weight": 70}),
    ({"weeks_on_treatment": numpy.uint16(8)}, {"weeks_on_treatment": 8}),
    ({"weeks_on_treatment": decimal.Decimal("8.0")}, {"weeks_on_treatment": 8}),
    ({"skin_disease": numpy.bool_(True)}, {"skin_disease": True}),
    ({"anti_hmgcr": numpy.bool_(False)}, {"anti_hmgcr": False}),
]


@pytest.mark.parametrize(("given", "plain"), _DATAFRAME_VALUES)
def test_numpy_and_decimal_values_read_as_their_plain_python_values(
    imnm: ir.Guideline, given: dict[str, object], plain: dict[str, object]
) -> None:
    expected = interpreter.evaluate(imnm, imnm_patient(imnm, plain))
    patient = imnm_patient(imnm, given)
    assert interpreter.evaluate(imnm, patient) == expected
    assert module.evaluate(patient).to_dict() == expected


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (decimal.Decimal("NaN"), "must be a finite number"),
        (decimal.Decimal("sNaN"), "must be a finite number"),
        (decimal.Decimal("1e400"), "must be a finite number"),
        (numpy.float64("nan"), "must be a finite number"),
        (numpy.bool_(True), "expected a number, got bool"),
        (complex(70, 0), "expected a number, got complex"),
    ],
)
def test_odd_numbers_are_rejected_like_the_interpreter(
    imnm: ir.Guideline, value: object, problem: str
) -> None:
    patient = imnm_patient(imnm, {"weight": value})
    with pytest.raises(interpreter.PatientDataError) as expected:
        interpreter.evaluate(imnm, patient)
    with pytest.raises(module.PatientDataError) as caught:
        module.evaluate(patient)
    assert caught.value.problems == expected.value.problems == [("weight", problem)]


def test_a_numpy_number_is_no_yes_or_no(imnm: ir.Guideline) -> None:
    patient = imnm_patient(imnm, {"skin_disease": numpy.int64(1)})
    with pytest.raises(module.PatientDataError, match="expected yes or no"):
        module.evaluate(patient)
    with pytest.raises(interpreter.PatientDataError, match="expected yes or no"):
        interpreter.evaluate(imnm, patient)
