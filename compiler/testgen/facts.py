"""`interpreter.validate` for many patients of one guideline, each value checked once.

A patient's facts are checked one input at a time (`interpreter.validate` on a
guideline holding only that input), remembered by input and value; then the
assumptions. Whenever anything is wrong, `interpreter.validate` itself gives the
problems, so they are exactly its own.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping

from compiler.semantics import interpreter, ir, waiting

Checked = dict[str, object] | list[tuple[str, str]]


class Facts:
    """Validated facts (or the list of problems) for patients of one guideline."""

    def __init__(self, guideline: ir.Guideline) -> None:
        self.guideline = guideline
        self.names = {d.name for d in guideline.inputs}
        self.alone = {
            d.name: dataclasses.replace(
                guideline, inputs=(d,), assumptions=(), scores=(), body=(), examples=()
            )
            for d in guideline.inputs
        }
        self.up_front = waiting.required_up_front(guideline)  # refused when missing
        self.memo: dict[tuple[str, object], tuple[bool, object]] = {}
        self.typical: dict[str, tuple[object, object]] = {}

    def remember(self, patient: Mapping[str, object], facts: Mapping[str, object]) -> None:
        """Keep a valid patient's values and facts: a value that is the same object as
        one of these needs no check."""
        self.typical = {name: (patient.get(name), facts[name]) for name in facts}

    def validate(self, patient: object) -> Checked:
        """The patient's checked and normalised facts, or the problems
        `interpreter.validate` reports."""
        if not isinstance(patient, Mapping) or not self.names.issuperset(patient):
            return self._whole(patient)
        facts: dict[str, object] = {}
        typical = self.typical
        for decl in self.guideline.inputs:
            name = decl.name
            raw = patient.get(name)
            if raw is None and name in self.up_front:
                return self._whole(patient)
            known = typical.get(name)
            if known is not None and known[0] is raw:
                facts[name] = known[1]
                continue
            ok, value = self._one(name, raw)
            if not ok:
                return self._whole(patient)
            facts[name] = value
        if self.guideline.assumptions and interpreter.broken_assumptions(self.guideline, facts):
            return self._whole(patient)
        return facts

    def _one(self, name: str, raw: object) -> tuple[bool, object]:
        key = (name, _key(raw))
        try:
            found = self.memo.get(key)
        except TypeError:  # a value that cannot be remembered (a dict with a unit)
            return self._check(name, raw)
        if found is None:
            found = self.memo[key] = self._check(name, raw)
        return found

    def _check(self, name: str, raw: object) -> tuple[bool, object]:
        try:
            return True, interpreter.validate(self.alone[name], {name: raw})[name]
        except interpreter.PatientDataError:
            return False, None

    def _whole(self, patient: object) -> Checked:
        try:
            return interpreter.validate(self.guideline, patient)
        except interpreter.PatientDataError as exc:
            return list(exc.problems)


def _key(raw: object) -> object:
    """The value with its type (and the sign of a float), so that only values that
    check the same share an answer."""
    if isinstance(raw, float):
        return (float, raw, math.copysign(1.0, raw))
    return (type(raw), raw)
