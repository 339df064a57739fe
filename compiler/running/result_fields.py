"""The fields of a result that `guideline run --patients --output-fields` asks for.

Every field of the full result can be asked for by its name, and three more give its
gist: `ids`, the recommendations' ids in order, `doses`, each computed dose by
its recommendation's id (low, high, unit and `capped`), and `notes`, the source's notes
and gaps by the id of each recommendation they concern. A line holds the fields asked for,
keys sorted, each written as in the full result; asking for every field of the full
result gives exactly the full line. A run that asks for ids and doses pays neither
for the path nor for the recommendations' texts and evidence: when every field asked
for is one that the module's lean `decide()` answers (with the doses' units, which
the guideline declares), each patient goes through `decide()` instead of `evaluate()`;
the line is the same either way.
"""

from __future__ import annotations

import difflib
import json
import math
import types
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from compiler.running import fast_json
from compiler.running.result_json import RESULT_FIELDS, ResultWriter


def _doses(result: Any) -> dict[str, dict[str, object]]:
    return {rec.id: {"capped": dose.capped, "high": dose.high, "low": dose.low, "unit": dose.unit}
            for rec in result.recommendations if (dose := rec.dose) is not None}


def _notes(result: Any) -> dict[str, list[dict[str, object]]]:
    return {rec.id: rec.to_dict()["notes"] for rec in result.recommendations if rec.notes}


FIELDS: dict[str, Callable[[Any], object]] = {
    "complete": lambda r: r.complete,
    "doses": _doses,
    "guideline": lambda r: r.guideline,
    "ids": lambda r: [rec.id for rec in r.recommendations],
    "needs": lambda r: list(r.needs),
    "notes": _notes,
    "path": lambda r: [step.to_dict() for step in r.path],
    "recommendations": lambda r: [rec.to_dict() for rec in r.recommendations],
    "scores": lambda r: [score.to_dict() for score in r.scores],
    "source_hash": lambda r: r.source_hash,
    "version": lambda r: r.version,
    "waiting": lambda r: [w.to_dict() for w in r.waiting],
}
assert set(RESULT_FIELDS) <= set(FIELDS)
_encode = json.JSONEncoder(sort_keys=True, separators=(",", ":")).encode
_finite = math.isfinite
_KEPT = 4096  # lists of ids or needs kept encoded, at most
# The fields a line can be written with from `decide()`: (ids, doses, needs).
LEAN_FIELDS = frozenset({"complete", "doses", "guideline", "ids", "needs", "source_hash",
                         "version"})


class UnknownField(ValueError):
    """A field name that results do not have."""


def parse_fields(text: str) -> tuple[str, ...]:
    """`ids,doses` as field names, sorted; UnknownField names the first unknown one."""
    names = [n.strip() for n in text.split(",") if n.strip()]
    if not names:
        raise UnknownField("no field named; the fields are " + ", ".join(FIELDS))
    for name in names:
        if name not in FIELDS:
            close = difflib.get_close_matches(name, FIELDS, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise UnknownField(f"no field {name!r}{hint}; the fields are " + ", ".join(FIELDS))
    return tuple(sorted(set(names)))


class FieldsWriter:
    """The JSON line of the chosen fields of each result of one generated module.

    `units` gives the unit of each recommendation's dose, by id (`dose_units`); with it,
    a line whose fields are all in LEAN_FIELDS is written from the module's `decide()`.
    """

    def __init__(self, module: types.ModuleType, fields: Iterable[str] = RESULT_FIELDS,
                 units: Mapping[str, str] | None = None) -> None:
        self.fields = tuple(sorted(set(fields)))
        self._full = ResultWriter(module) if self.fields == RESULT_FIELDS else None
        self._getters = tuple((name, FIELDS[name]) for name in self.fields)
        self._evaluate: Callable[[object], Any] = module.evaluate
        lean = getattr(module, "decide", None)
        self.lean: Callable[[object], Any] | None = (
            lean if units is not None and set(self.fields) <= LEAN_FIELDS else None)
        self._units = dict(units or {})
        self._fixed = {"guideline": getattr(module, "GUIDELINE_ID", None),
                       "version": getattr(module, "VERSION", None),
                       "source_hash": getattr(module, "SOURCE_HASH", None)}
        # The lean line written as text: each field's key, and its value's text made
        # as the standard library writes it (else the general way, `_lean_data`).
        self._fixed_text = {name: _encode(value) for name, value in self._fixed.items()}
        self._parts = tuple((_encode(name) + ":", name) for name in self.fields)
        self._keys = {rec: _encode(rec) + ":" for rec in self._units}
        self._units_text = {rec: _encode(unit) for rec, unit in self._units.items()}
        self._lists: dict[tuple[str, ...], str] = {}

    def line(self, patient: object) -> str:
        """The patient's line (without the newline). Raises what `evaluate()` raises."""
        if self.lean is None:
            return self.text(self._evaluate(patient))
        ids, doses, needs = self.lean(patient)
        parts = self._parts
        if parts is not None:
            out = []
            for key, name in parts:
                if name == "ids":
                    text = self._listed(ids)
                elif name == "doses":
                    text = self._doses(doses)
                elif name == "needs":
                    text = self._listed(needs)
                elif name == "complete":
                    text = "false" if needs else "true"
                else:
                    text = self._fixed_text[name]
                if text is None:
                    break
                out.append(key + text)
            else:
                return "{" + ",".join(out) + "}"
        return self._lean_data(ids, doses, needs)

    def _listed(self, names: tuple[str, ...]) -> str | None:
        """A tuple of ids or fact names as a JSON list (kept by the tuple: few differ)."""
        text = self._lists.get(names)
        if text is None:
            if not all(type(n) is str for n in names):
                return None
            text = _encode(list(names))
            if len(self._lists) < _KEPT:
                self._lists[names] = text
        return text

    def _doses(self, doses: dict[str, tuple[float, float]]) -> str | None:
        """{id: (low, high)} as the doses field writes it; None for values not plain numbers."""
        units, keys = self._units_text, self._keys
        listed = []
        for rec in sorted(doses):
            low, high = doses[rec]
            key = keys.get(rec)
            if key is None or type(low) is not float or type(high) is not float \
                    or not (_finite(low) and _finite(high)):
                return None
            listed.append(f'{key}{{"capped":false,"high":{float.__repr__(high)},'
                          f'"low":{float.__repr__(low)},"unit":{units[rec]}}}')
        return "{" + ",".join(listed) + "}"

    def _lean_data(self, ids: Any, doses: Any, needs: Any) -> str:
        """The lean line the general way: the fields as data, then JSON."""
        units = self._units
        data: dict[str, object] = {}
        for name in self.fields:
            if name == "ids":
                data[name] = list(ids)
            elif name == "doses":
                data[name] = {rec: {"capped": False, "high": high, "low": low, "unit": units[rec]}
                              for rec, (low, high) in doses.items()}
            elif name == "needs":
                data[name] = list(needs)
            elif name == "complete":
                data[name] = not needs
            else:
                data[name] = self._fixed[name]
        return fast_json.dumps(data)

    def text(self, result: Any) -> str:
        """The result's chosen fields as one line of JSON (without the newline)."""
        if self._full is not None:
            return self._full.text(result)
        return fast_json.dumps({name: get(result) for name, get in self._getters})


def dose_units(recommendations: Iterable[Any]) -> dict[str, str] | None:
    """Each dose's unit by its recommendation's id (the guideline's recommendations, as
    `ir.recommendations` lists them); None when one id has doses in two units, or when a
    dose has a cap (whether it applied is in `evaluate()`'s result, not in `decide()`'s)."""
    units: dict[str, str] = {}
    for rec in recommendations:
        if rec.dose is None:
            continue
        if rec.dose.cap is not None or units.setdefault(rec.id, rec.dose.unit) != rec.dose.unit:
            return None
    return units
