"""Fingerprints of a whole result, in three parts, for the pytest files of large guidelines.

A large guideline's test cases cannot each spell out the whole expected result:
every result walks every top-level decision, so the file would grow with the
square of the guideline (66 MB at 1,000 branches). There, each case carries
fingerprints of the interpreter's result instead, and the test compares them
with those of the generated module's `result.to_dict()`. A result is taken in
three parts (`PARTS`): its recommendations, its path, and the rest (complete,
needs, guideline, version, source hash), so that a failing test can say which
part differs. A fingerprint is the first 128 bits of the SHA-256 of canonical
JSON, in hex; a part is fingerprinted with each list in it standing as the
fingerprints of its entries, so that entries shared by many results are
fingerprinted once.

The canonical JSON is one in which values that are equal as data give equal text
(1 and 1.0, -0.0 and 0.0, a tuple and a list, keys in any order): a number is
written as the float equal to it, or, when no float is, as its exact digits, and
never as text. So two results (whose keys are text, as every result's are) have
the same fingerprints exactly when they are equal as data. `SOURCE` is written
into the pytest file as it is here; `reference` runs that same text.
`Fingerprints` gives the same fingerprints faster for many results that share
entries (tests check that the two agree).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
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


PARTS = ("recommendations", "path", "rest")


def _parts(result: Mapping[str, object]) -> list[dict[str, object]]:
    """The result as three mappings: its recommendations, its path, and the rest."""
    own = PARTS[:2]
    first, second = ({k: v for k, v in result.items() if k == name} for name in own)
    return [first, second, {k: v for k, v in result.items() if k not in own}]


def _fingerprint(value: object) -> str:
    """The first 128 bits of the SHA-256 of the value's canonical JSON, in hex."""
    text = json.dumps(_canonical(value), ensure_ascii=True, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:32]


def _digests(result: Mapping[str, object]) -> tuple[str, str, str]:
    """The fingerprint of each part of the result (`PARTS`), in which a list stands as
    the fingerprints of its entries."""
    found = []
    for part in _parts(result):
        shown = {
            key: [_fingerprint(entry) for entry in value] if isinstance(value, list | tuple)
            else value
            for key, value in part.items()
        }
        found.append(_fingerprint(shown))
    return (found[0], found[1], found[2])
'''


Digests = tuple[str, str, str]


@cache
def _compiled() -> dict[str, object]:
    scope: dict[str, object] = {"Mapping": Mapping, "hashlib": hashlib, "json": json}
    exec(compile(SOURCE, "<digest>", "exec"), scope)  # the text the pytest files carry
    return scope


def reference(result: Mapping[str, object]) -> Digests:
    """The fingerprints as the pytest files take them (`SOURCE` run as it is)."""
    function = _compiled()["_digests"]
    assert callable(function)
    return cast(Digests, function(result))


def parts(result: Mapping[str, object]) -> list[dict[str, object]]:
    """The result's parts, as `SOURCE` splits it."""
    function = _compiled()["_parts"]
    assert callable(function)
    return cast(list[dict[str, object]], function(result))


def part_names() -> tuple[str, ...]:
    """The names of the parts, in order."""
    return cast(tuple[str, ...], _compiled()["PARTS"])


class Fingerprints:
    """Fingerprints of many results that share their entries (as test generation's do).

    The fingerprint of each recommendation, path step or needed fact is worked out
    once and kept by identity, with the entry itself so that no other object can
    take its identity. A part's text is then those fingerprints listed, exactly the
    text `SOURCE` dumps, so a result costs one short text per part, not its whole
    canonical JSON. Entries must not change once fingerprinted (test generation's
    results never do).
    """

    def __init__(self) -> None:
        self._quoted: dict[int, str] = {}  # '"<fingerprint>"' by the entry's identity
        self._kept: list[object] = []  # alive while their identity is a key of `_quoted`

    def digest(self, result: Mapping[str, object]) -> Digests:
        """The fingerprints of one result: equal to `reference(result)`."""
        found = []
        for part in parts(result):
            items = sorted({str(k): v for k, v in part.items()}.items())
            text = "{" + ",".join(
                json.dumps(key, ensure_ascii=True) + ":"
                + (self._list(value) if isinstance(value, list | tuple) else _text(value))
                for key, value in items
            ) + "}"
            found.append(_sha(text))
        return (found[0], found[1], found[2])

    def _list(self, values: list[object] | tuple[object, ...]) -> str:
        """A list as the fingerprints of its entries."""
        pieces = list(map(self._quoted.get, map(id, values)))  # no bytecode per entry
        if None in pieces:
            for index, value in enumerate(values):
                if pieces[index] is None:
                    quoted = f'"{_sha(_text(value))}"'
                    self._quoted[id(value)] = quoted
                    self._kept.append(value)
                    pieces[index] = quoted
        return "[" + ",".join(cast(list[str], pieces)) + "]"


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:32]


def _text(value: object) -> str:
    """The value's canonical JSON, as `SOURCE` dumps it."""
    if isinstance(value, Mapping):
        items = sorted({str(k): v for k, v in value.items()}.items())  # as `_canonical` keys
        return "{" + ",".join(
            f"{json.dumps(k, ensure_ascii=True)}:{_text(v)}" for k, v in items
        ) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(_text(v) for v in value) + "]"
    if value is None or isinstance(value, bool | str):
        return json.dumps(value, ensure_ascii=True)
    if isinstance(value, int | float):
        try:
            number = float(value)
        except OverflowError:
            return json.dumps(value)
        return json.dumps(number + 0.0 if number == value else value)
    raise TypeError(f"no canonical form for {type(value).__name__}")
