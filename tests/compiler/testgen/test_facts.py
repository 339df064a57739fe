"""Facts checked one value at a time are what `interpreter.validate` gives, and its
problems are reported exactly as it reports them."""

from __future__ import annotations

import math

from compiler.semantics import interpreter, ir
from compiler.testgen.facts import Facts
from tests.compiler.conftest import random_patients

Patient = dict[str, object]


def validated(guideline: ir.Guideline, patient: object) -> object:
    try:
        return interpreter.validate(guideline, patient)
    except interpreter.PatientDataError as exc:
        return list(exc.problems)


def spoiled(guideline: ir.Guideline, patient: Patient) -> list[object]:
    """The patient with one fact made wrong in each way, and some not patients at all."""
    out: list[object] = ["not a mapping", {**patient, "stranger": 1}]
    for decl in guideline.inputs:
        out.append({k: v for k, v in patient.items() if k != decl.name})
        for bad in ("text", True, math.nan, -1e9, 1e9, 2.5, {"value": 1}, -0.0, 0):
            out.append({**patient, decl.name: bad})
    return out


def test_same_as_the_interpreter(sample: ir.Guideline) -> None:
    patients = random_patients(sample, 30, seed=3)
    facts = Facts(sample)
    for patient in [*patients, *spoiled(sample, patients[0])]:
        assert repr(facts.validate(patient)) == repr(validated(sample, patient)), patient


def test_values_of_a_remembered_patient_need_no_check(sample: ir.Guideline) -> None:
    patient = random_patients(sample, 1, seed=4)[0]
    facts = Facts(sample)
    checked = facts.validate(patient)
    if not isinstance(checked, dict):
        return
    facts.remember(patient, checked)
    facts.memo.clear()
    assert facts.validate(dict(patient)) == checked
    assert not facts.memo  # every value was the remembered object
