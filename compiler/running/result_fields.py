"""The fields of a result that `guideline run --patients --output-fields` asks for.

Every field of the full result can be asked for by its name, and two more give its
gist: `ids`, the recommendations' ids in order, and `doses`, each computed dose by
its recommendation's id (low, high and unit). A line holds the fields asked for,
keys sorted, each written as in the full result; asking for every field of the full
result gives exactly the full line. A run that asks for ids and doses pays neither
for the path nor for the recommendations' texts and evidence.
"""

from __future__ import annotations

import difflib
import types
from collections.abc import Callable, Iterable
from typing import Any

from compiler.running import fast_json
from compiler.running.result_json import RESULT_FIELDS, ResultWriter


def _doses(result: Any) -> dict[str, dict[str, object]]:
    return {rec.id: {"high": dose.high, "low": dose.low, "unit": dose.unit}
            for rec in result.recommendations if (dose := rec.dose) is not None}


FIELDS: dict[str, Callable[[Any], object]] = {
    "complete": lambda r: r.complete,
    "doses": _doses,
    "guideline": lambda r: r.guideline,
    "ids": lambda r: [rec.id for rec in r.recommendations],
    "needs": lambda r: list(r.needs),
    "path": lambda r: [step.to_dict() for step in r.path],
    "recommendations": lambda r: [rec.to_dict() for rec in r.recommendations],
    "scores": lambda r: [score.to_dict() for score in r.scores],
    "source_hash": lambda r: r.source_hash,
    "version": lambda r: r.version,
}
assert set(RESULT_FIELDS) <= set(FIELDS)


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
    """The JSON line of the chosen fields of each result of one generated module."""

    def __init__(self, module: types.ModuleType, fields: Iterable[str] = RESULT_FIELDS) -> None:
        self.fields = tuple(sorted(set(fields)))
        self._full = ResultWriter(module) if self.fields == RESULT_FIELDS else None
        self._getters = tuple((name, FIELDS[name]) for name in self.fields)

    def text(self, result: Any) -> str:
        """The result's chosen fields as one line of JSON (without the newline)."""
        if self._full is not None:
            return self._full.text(result)
        return fast_json.dumps({name: get(result) for name, get in self._getters})
