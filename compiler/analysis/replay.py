"""Replay: an example patient the checks print is run again before it is shown.

The solver finds a patient in exact arithmetic; what is printed is that patient's
facts as patient data (a float where one is exactly the value). Before a finding
shows it, the printed facts are read as run time reads them
(`interpreter.validate`), walked through the guideline under the interpreter's
rules in exact arithmetic, and the finding's constraints are asked of them
again. A patient that does not reproduce is a defect of the compiler, reported
as such (L091), never a wrong example shown to an author.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from fractions import Fraction

import z3

from compiler.analysis import formula as f
from compiler.analysis import witness
from compiler.analysis.solver import Encoder
from compiler.analysis.to_z3 import to_z3
from compiler.semantics import interpreter, ir
from compiler.semantics import numbers as nums


class Unconfirmed(dict[str, object]):
    """A patient the solver gave that did not reproduce when replayed; `why` says how."""

    def __init__(self, patient: Mapping[str, object], why: str) -> None:
        super().__init__(patient)
        self.why = why


def exact_patient(guideline: ir.Guideline, facts: Mapping[str, object]) -> witness.Patient:
    """Validated facts as the analysis holds them: numbers and dates as exact fractions."""
    out: dict[str, witness.Value] = {}
    for decl in guideline.inputs:
        value = facts[decl.name]
        if value is None or decl.kind in {"yesno", "choice"}:
            out[decl.name] = value  # type: ignore[assignment]
        elif decl.kind == "date":
            assert isinstance(value, str)
            out[decl.name] = Fraction(dt.date.fromisoformat(value).toordinal())
        else:
            out[decl.name] = nums.exact(value)
    return out


def _pins(encoder: Encoder, patient: witness.Patient) -> list[z3.BoolRef]:
    """The solver's variables fixed at the patient's facts."""
    pins: list[z3.BoolRef] = []
    for decl in encoder.guideline.inputs:
        value = patient[decl.name]
        flag = encoder.known.get(decl.name)
        if flag is not None:
            pins.append(flag == (value is not None))
        if value is None:
            continue
        var = encoder.values[decl.name]
        if decl.kind == "choice":
            pins.append(var == [c.name for c in decl.choices].index(str(value)))
        elif decl.kind == "yesno":
            pins.append(var == bool(value))
        else:
            assert isinstance(value, Fraction)
            pins.append(var == z3.RealVal(value) if z3.is_real(var) else var == int(value))
    return pins


def replay(
    encoder: Encoder,
    conditions: witness.Conditions,
    at: Sequence[ir.Node],
    given: Sequence[f.Formula],
    patient: Mapping[str, object],
) -> str | None:
    """Why the printed patient does not show what was asked of it, or None when it does."""
    guideline = encoder.guideline
    try:
        facts = interpreter.validate(guideline, dict(patient))
    except interpreter.PatientDataError as exc:
        return f"run time refuses it ({exc})"
    exact = exact_patient(guideline, facts)
    trace = witness.walk(guideline, exact, conditions)
    for node in at:
        if id(node) not in trace.reached:
            return f"it does not reach line {getattr(node, 'line', '?')} when run"
    for constraint in given:
        if isinstance(constraint, f.Is):
            want = {"yes": True, "no": False, "unknown": None}[constraint.value]
            if interpreter.truth(constraint.cond, facts, []) is not want:
                return f"a condition is not {constraint.value} for it when run"
    solver = z3.Solver()
    solver.add(*_pins(encoder, exact), *[to_z3(encoder, c) for c in given])
    if solver.check() != z3.sat:
        return "its facts do not meet the finding's conditions exactly"
    return None
