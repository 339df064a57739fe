"""The generated module's fast paths (`_plain`, `decide`) give exactly what the full paths give."""

from __future__ import annotations

import copy
import importlib
import pickle
import random
import types

import pytest

from compiler.running.batch import load_module
from compiler.semantics import interpreter, ir


@pytest.fixture(scope="module")
def module(imnm: ir.Guideline) -> types.ModuleType:
    return load_module(imnm)


def _patients(guideline: ir.Guideline, n: int) -> list[dict[str, object]]:
    rng = random.Random(5)
    out = []
    for _ in range(n):
        patient: dict[str, object] = {}
        for decl in guideline.inputs:
            if decl.may_be_unknown and rng.random() < 0.2:
                continue
            if decl.kind == "yesno":
                patient[decl.name] = rng.random() < 0.5
            elif decl.kind == "choice":
                patient[decl.name] = rng.choice(decl.choices).name
            elif decl.kind == "whole":
                patient[decl.name] = rng.randint(0, 12)
            else:
                patient[decl.name] = round(rng.uniform(40, 120), 1)
        out.append(patient)
    return out


def test_decide_agrees_with_evaluate_and_the_interpreter(
    module: types.ModuleType, imnm: ir.Guideline
) -> None:
    for patient in _patients(imnm, 400):
        expected = interpreter.evaluate(imnm, patient)
        assert module.evaluate(patient).to_dict() == expected
        ids, doses, needs = module.decide(patient)
        recs = expected["recommendations"]
        assert isinstance(recs, list)
        assert list(ids) == [r["id"] for r in recs]
        assert doses == {r["id"]: (r["dose"]["low"], r["dose"]["high"]) for r in recs if r["dose"]}
        assert list(needs) == expected["needs"]


def test_plain_facts_equal_validated_facts_and_refuse_what_needs_converting(
    module: types.ModuleType, imnm: ir.Guideline
) -> None:
    for patient in _patients(imnm, 100):
        assert module._plain(patient) == module._validate(patient)
    plain = _patients(imnm, 1)[0]
    for name, odd in (
        ("weight", {"value": 70000, "unit": "g"}),  # units are converted by _validate
        ("weeks_on_treatment", 4.0),  # a whole number written as a float
        ("weight", float("nan")),
        ("weight", True),
        ("category", "unknown_choice"),
        ("extra_fact", 1),
    ):
        assert module._plain({**plain, name: odd}) is None


def test_decide_rejects_bad_data_like_evaluate(
    module: types.ModuleType, imnm: ir.Guideline
) -> None:
    bad = {**_patients(imnm, 1)[0], "weight": 7000}
    with pytest.raises(module.PatientDataError) as lean:
        module.decide(bad)
    with pytest.raises(module.PatientDataError) as full:
        module.evaluate(bad)
    assert lean.value.problems == full.value.problems
    converted = {**_patients(imnm, 1)[0], "weight": {"value": 70000, "unit": "g"},
                 "category": "immune_mediated"}
    assert module.decide(converted)[1]["prednisone"] == (35.0, 70.0)


def test_numbers_too_large_for_a_float_are_bad_data(
    module: types.ModuleType, imnm: ir.Guideline
) -> None:
    base = _patients(imnm, 1)[0]
    for name, huge in (("weight", 10**400), ("weeks_on_treatment", -(10**400)),
                       ("weight", {"value": 10**400, "unit": "g"})):
        patient = {**base, name: huge}
        with pytest.raises(module.PatientDataError) as caught:
            module.evaluate(patient)
        assert caught.value.problems == [(name, "must be a finite number")]
        with pytest.raises(interpreter.PatientDataError) as reference:
            interpreter.evaluate(imnm, patient)
        assert reference.value.problems == caught.value.problems


def test_errors_survive_copies_and_pickles(imnm: ir.Guideline) -> None:
    module = importlib.import_module("generated.imnm")  # pickles name an importable module
    with pytest.raises(module.PatientDataError) as caught:
        module.evaluate({**_patients(imnm, 1)[0], "weight": "x"})
    for error in (pickle.loads(pickle.dumps(caught.value)), copy.copy(caught.value)):
        assert error.problems == caught.value.problems and str(error) == str(caught.value)
    defect = module.GuidelineDefect("no branch of decision d applies", None)
    again = pickle.loads(pickle.dumps(defect))
    assert str(again) == "no branch of decision d applies" and again.result is None
    assert imnm.status == module.STATUS
