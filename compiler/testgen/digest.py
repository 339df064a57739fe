"""One fingerprint of a whole result, for the pytest files of large guidelines.

A large guideline's test cases cannot each spell out the whole expected result:
every result walks every top-level decision, so the file would grow with the
square of the guideline (66 MB at 1,000 branches). There, each case carries the
SHA-256 of the interpreter's result instead, and the test compares it with the
fingerprint of the generated module's `result.to_dict()`.

The fingerprint is taken of canonical JSON in which values that are equal as data
give equal text (1 and 1.0, -0.0 and 0.0, a tuple and a list, keys in any order):
a number is written as the float equal to it, or, when no float is, as its exact
digits, and never as text. So two results have the same fingerprint exactly when
they are equal as data. `SOURCE` is written into the pytest file as it is here;
`reference` runs that same text. `Fingerprints` gives the same fingerprints faster
for many results that share entries (tests check that the two agree).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from functools import cache
from typing import cast

SOURCE = '''
def _canonical(value: object) -> object:
    """JSON-ready data in which values equal as data are equal (1 and 1.0)."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int | float):
        try:
            number = float(value)
        except OverflowError:  # an int beyond the floats: its digits
            return value
        return number + 0.0 if number == value else value  # + 0.0: -0.0 becomes 0.0
    if isinstance(value, Mapping):
        return {str(k): _canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"no canonical form for {type(value).__name__}")


def _digest(result: Mapping[str, object]) -> str:
    """SHA-256 of the result's canonical JSON."""
    text = json.dumps(_canonical(result), ensure_ascii=True, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()
'''


@cache
def _compiled() -> Callable[[Mapping[str, object]], str]:
    scope: dict[str, object] = {"Mapping": Mapping, "hashlib": hashlib, "json": json}
    exec(compile(SOURCE, "<digest>", "exec"), scope)  # the text the pytest files carry
    function = scope["_digest"]
    assert callable(function)
    return function


def reference(result: Mapping[str, object]) -> str:
    """The fingerprint as the pytest files take it (`SOURCE` run as it is)."""
    return _compiled()(result)


class Fingerprints:
    """Fingerprints of many results that share their entries (as test generation's do).

    The canonical text of each recommendation and path step is worked out once and
    kept by identity, with the entry itself so that no other object can take its
    identity; a result's text is then those pieces joined, exactly the text `SOURCE`
    dumps.
    """

    def __init__(self) -> None:
        self._texts: dict[int, str] = {}
        self._kept: list[object] = []  # alive while their identity is a key of `_texts`

    def digest(self, result: Mapping[str, object]) -> str:
        """The fingerprint of one result: equal to `reference(result)`."""
        return hashlib.sha256(self._text(result, 0).encode("ascii")).hexdigest()

    def _entries(self, values: list[object] | tuple[object, ...]) -> str:
        """The text of a list of recommendations or path steps."""
        pieces = list(map(self._texts.get, map(id, values)))  # no bytecode per entry
        if None in pieces:
            for index, value in enumerate(values):
                if pieces[index] is None:
                    text = self._text(value, 2)
                    self._texts[id(value)] = text
                    self._kept.append(value)
                    pieces[index] = text
        return "[" + ",".join(cast(list[str], pieces)) + "]"

    def _text(self, value: object, depth: int) -> str:
        if isinstance(value, Mapping):
            items = sorted((str(k), v) for k, v in value.items())
            return "{" + ",".join(
                f"{json.dumps(k, ensure_ascii=True)}:{self._text(v, depth + 1)}" for k, v in items
            ) + "}"
        if isinstance(value, list | tuple):
            if depth == 1:  # the recommendations or the path
                return self._entries(value)
            return "[" + ",".join(self._text(v, depth + 1) for v in value) + "]"
        if value is None or isinstance(value, bool | str):
            return json.dumps(value, ensure_ascii=True)
        if isinstance(value, int | float):
            try:
                number = float(value)
            except OverflowError:
                return json.dumps(value)
            return json.dumps(number + 0.0 if number == value else value)
        raise TypeError(f"no canonical form for {type(value).__name__}")
