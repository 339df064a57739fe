"""One result of a generated module as a line of JSON, fast enough for whole populations.

`guideline run --patients` writes each result as
`json.dumps(result.to_dict(), sort_keys=True, separators=(",", ":"))`. Most of that
text is the same from patient to patient: recommendations that do not depend on
the patient are module constants, written out again for every row, and each path
step repeats its node, question and branch. `ResultWriter` writes exactly the
same text, with those pieces encoded once: a recommendation the module holds at
top level (a constant, or one of a table of variants) by identity, the module
keeping it alive; a step's fixed parts by their text. Everything that depends on
the patient (doses, the facts of each step, needs) is encoded afresh.

When the module's results or steps have fields other than those written here, the
writer takes the general way for every result, so no field is ever left out.
"""

from __future__ import annotations

import json
import types
from typing import Any

_encode = json.JSONEncoder(sort_keys=True, separators=(",", ":")).encode

# The fields written here, in sorted order (as `sort_keys` writes them).
RESULT_FIELDS = ("complete", "guideline", "needs", "path", "recommendations", "source_hash",
                 "version")
STEP_FIELDS = ("branch", "facts", "node", "question")


def general_line(data: object) -> str:
    """Plain data as one line of JSON: keys sorted, no spaces."""
    return _encode(data)


def general(result: Any) -> str:
    """The result's line the general way: its `to_dict()`, keys sorted, no spaces."""
    return _encode(result.to_dict())


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

    @property
    def held(self) -> int:
        """How many recommendations of the module are kept encoded."""
        return len(self._recs)

    def text(self, result: Any) -> str:
        """The result as one line of JSON (without the newline)."""
        if not self.fast:
            return general(result)
        path = ",".join(map(self._step, result.path))
        recs = ",".join(map(self._rec, result.recommendations))
        return (
            f'{{"complete":{_encode(result.complete)},"guideline":{_encode(result.guideline)},'
            f'"needs":{_encode(list(result.needs))},"path":[{path}],"recommendations":[{recs}],'
            f'"source_hash":{_encode(result.source_hash)},"version":{_encode(result.version)}}}'
        )

    def _rec(self, rec: Any) -> str:
        held = self._recs.get(id(rec))
        return held[1] if held is not None else _encode(rec.to_dict())

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
