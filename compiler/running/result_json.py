"""One result of a generated module as a line of JSON, fast enough for whole populations.

`guideline run --patients` writes each result as
`json.dumps(result.to_dict(), sort_keys=True, separators=(",", ":"))`. Most of that
text is the same from patient to patient: recommendations that do not depend on
the patient are module constants, written out again for every row, and each path
step repeats its node, question and branch. `ResultWriter` writes exactly the
same text, with those pieces encoded once: a recommendation the module holds at
top level (a constant, or one of a table of variants) by identity, the module
keeping it alive; a step's fixed parts by their text, read from the module's table of
steps when the path is the module's own (so no `Step` is built); the guideline's
name, version and hash, and each list of needed facts, by their text; a
recommendation made for the patient (one with a dose) by the text around its dose,
kept by the identity of its other fields (the module's constants, kept alive here).
What depends on the patient (the facts of each step, each dose) is encoded afresh,
value by value as the standard library writes them; anything else by orjson where
it writes the same bytes (`fast_json`).

When the module's results or steps have fields other than those written here, the
writer takes the general way for every result, so no field is ever left out.
"""

from __future__ import annotations

import json
import math
import types
from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from compiler.running import fast_json

_encode = json.JSONEncoder(sort_keys=True, separators=(",", ":")).encode

# The fields written here, in sorted order (as `sort_keys` writes them).
RESULT_FIELDS = ("complete", "guideline", "needs", "path", "recommendations", "scores",
                 "source_hash", "version", "waiting")
STEP_FIELDS = ("branch", "facts", "node", "question")
DOSE_KEYS = ("calculation", "cap", "capped", "facts", "high", "low", "rule", "text", "unit")
DOSE_FIELDS = ("low", "high", "unit", "rule", "facts", "fixed", "cap", "capped", "calculation")

# One step of the module's table: its text up to its facts, each fact's key text and
# index in the patient's facts (in key order), and its text after the facts.
_Traced = tuple[str, tuple[tuple[str, int], ...], str]


def general_line(data: object) -> str:
    """Plain data as one line of JSON: keys sorted, no spaces."""
    return fast_json.dumps(data)


def general(result: Any) -> str:
    """The result's line the general way: its `to_dict()`, keys sorted, no spaces."""
    return _encode(result.to_dict())


def _value(value: object) -> str:
    """One fact's value as the standard library writes it."""
    if type(value) is float:
        return float.__repr__(value) if math.isfinite(value) else _encode(value)
    if type(value) is int:  # not bool, which is written true or false
        return int.__repr__(value)
    if isinstance(value, Fraction):  # an exact number that no float is: the float nearest it
        return float.__repr__(float(value))
    return _encode(value)


def _traced(module: types.ModuleType) -> tuple[_Traced, ...] | None:
    """The module's table of steps, encoded; None when the module keeps its path otherwise."""
    steps, names, path = (getattr(module, n, None) for n in ("_STEPS", "INPUTS", "Path"))
    slots = getattr(path, "__slots__", ())
    if not isinstance(steps, tuple) or not isinstance(names, tuple) or \
            "_trace" not in slots or "_facts" not in slots:
        return None
    out = []
    for node, question, branch, read in steps:
        if not all(type(t) is str for t in (node, question, branch)):
            return None
        keyed = sorted({names[i]: i for i in read}.items())
        out.append((f'{{"branch":{_encode(branch)},"facts":{{',
                    tuple((_encode(name) + ":", index) for name, index in keyed),
                    f'}},"node":{_encode(node)},"question":{_encode(question)}}}'))
    return tuple(out)


def _dose_slot(module: types.ModuleType) -> int | None:
    """Where a recommendation keeps its dose, when its dose is written as `_dose` writes it
    (the keys of `DOSE_KEYS`, from a `Dose` of the module's fields); else None."""
    rec, dose = getattr(module, "Recommendation", None), getattr(module, "Dose", None)
    fields = getattr(rec, "_fields", ())
    if "dose" not in fields or getattr(dose, "_fields", None) != DOSE_FIELDS:
        return None
    sample = dose(1.0, 2.0, "u", "r", (("a", 1),), False, None, False, "c")  # type: ignore[misc]
    to_dict = getattr(sample, "to_dict", None)
    if to_dict is None or sorted(to_dict()) != list(DOSE_KEYS):
        return None
    return int(fields.index("dose"))


class ResultWriter:
    """The JSON line of each result of one generated module, equal to `general`."""

    def __init__(self, module: types.ModuleType) -> None:
        self.fast = (
            sorted(module.Result._fields) == list(RESULT_FIELDS)
            and sorted(module.Step._fields) == list(STEP_FIELDS)
        )
        self._recs: dict[int, tuple[object, str]] = {}
        for value in list(vars(module).values()):
            held = value.values() if isinstance(value, dict) else (value,)
            for rec in held:
                if isinstance(rec, module.Recommendation):
                    self._recs[id(rec)] = (rec, _encode(rec.to_dict()))
        self._steps: dict[tuple[str, str, str], tuple[str, str]] = {}
        self._path_type = getattr(module, "Path", None)
        self._traced = _traced(module) if self.fast else None
        self._texts: dict[str, str] = {}
        self._needs: dict[tuple[str, ...], str] = {}
        self._dose_at = _dose_slot(module)
        self._dose_type = getattr(module, "Dose", None)
        self._around: dict[tuple[int, ...], tuple[tuple[object, ...], str, str]] = {}

    @property
    def held(self) -> int:
        """How many recommendations of the module are kept encoded."""
        return len(self._recs)

    def text(self, result: Any) -> str:
        """The result as one line of JSON (without the newline)."""
        if not self.fast:
            return general(result)
        path = result.path
        steps = (self._trace(path) if type(path) is self._path_type and self._traced
                 else ",".join(map(self._step, path)))
        recs = ",".join(map(self._rec, result.recommendations))
        scores = ",".join(_encode(score.to_dict()) for score in result.scores)
        complete = result.complete
        flag = "true" if complete is True else "false" if complete is False else _encode(complete)
        waiting = ",".join(_encode(w.to_dict()) for w in result.waiting)
        return (
            f'{{"complete":{flag},"guideline":{self._text(result.guideline)},'
            f'"needs":{self._list(result.needs)},"path":[{steps}],"recommendations":[{recs}],'
            f'"scores":[{scores}],"source_hash":{self._text(result.source_hash)},'
            f'"version":{self._text(result.version)},"waiting":[{waiting}]}}'
        )

    def _text(self, value: object) -> str:
        if type(value) is not str:
            return _encode(value)
        text = self._texts.get(value)
        if text is None:
            text = self._texts[value] = _encode(value)
        return text

    def _list(self, needs: Sequence[object]) -> str:
        key = tuple(needs)
        text = self._needs.get(key)  # type: ignore[arg-type]
        if text is None:
            text = _encode(list(needs))
            if all(type(n) is str for n in key):  # only text: 1 and 1.0 are equal keys
                self._needs[key] = text  # type: ignore[index]
        return text

    def _trace(self, path: Any) -> str:
        traced, facts = self._traced, path._facts
        assert traced is not None
        parts = []
        for index in path._trace:
            head, keys, tail = traced[index]
            parts.append(head + ",".join([k + _value(facts[i]) for k, i in keys]) + tail)
        return ",".join(parts)

    def _rec(self, rec: Any) -> str:
        held = self._recs.get(id(rec))
        if held is not None:
            return held[1]
        at = self._dose_at
        if at is None or type(rec.dose) is not self._dose_type or \
                getattr(rec, "daily_maximum", None) is not None:  # computed for the patient too
            return fast_json.dumps(rec.to_dict())
        others = rec[:at] + rec[at + 1:]
        key = tuple(map(id, others))
        around = self._around.get(key)
        if around is None:
            head, tail = _encode(rec._replace(dose=None).to_dict()).split('"dose":null', 1)
            around = self._around[key] = (others, head + '"dose":', tail)  # keeps them alive
        dose = self._dose(rec.dose)
        return fast_json.dumps(rec.to_dict()) if dose is None else around[1] + dose + around[2]

    def _dose(self, dose: Any) -> str | None:
        """The dose as its `to_dict()` is written; None unless its facts are named by text."""
        facts = dict(dose.facts)
        if not all(type(k) is str for k in facts):
            return None
        listed = ",".join([self._text(k) + ":" + _value(v) for k, v in sorted(facts.items())])
        return (f'{{"calculation":{_encode(dose.calculation)},"cap":{_value(dose.cap)},'
                f'"capped":{_encode(dose.capped)},'
                f'"facts":{{{listed}}},"high":{_value(dose.high)},"low":{_value(dose.low)},'
                f'"rule":{self._text(dose.rule)},"text":{self._text(dose.text)},'
                f'"unit":{self._text(dose.unit)}}}')

    def _step(self, step: Any) -> str:
        key = (step.node, step.question, step.branch)
        if type(key[0]) is not str or type(key[1]) is not str or type(key[2]) is not str:
            return _encode(step.to_dict())  # only text is kept: 0.0 and -0.0 are equal keys
        around = self._steps.get(key)
        if around is None:
            around = self._steps[key] = (
                f'{{"branch":{_encode(step.branch)},"facts":',
                f',"node":{_encode(step.node)},"question":{_encode(step.question)}}}',
            )
        return around[0] + _encode(dict(step.facts)) + around[1]
