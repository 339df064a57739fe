"""JSON text exactly as the standard library writes and reads it, by orjson where orjson
gives the same result.

The batch output's lines are `json.dumps(data, sort_keys=True, separators=(",", ":"))`
and its input lines `json.loads(line)`. orjson does both several times faster, and
agrees with them except in a few places, where these functions take the standard
library's way instead:

- writing: orjson writes text other than ASCII as it is (the standard library escapes
  it, and DEL too), a float under 1e-4 without an exponent and a one-digit negative
  exponent without its leading zero (`1e-05`, `1.5e-07` in Python), NaN and infinities
  as `null`, and refuses integers beyond 64 bits;
- reading: orjson refuses NaN, infinities, numbers too large for a float and lone
  surrogates, and reads an integer of 64 bits or more as a float.

The checks look at orjson's own output for those cases (and, reading, at each value
of an object of facts), so a line that could differ is always handed to the standard
library.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

import orjson

_encode = json.JSONEncoder(sort_keys=True, separators=(",", ":")).encode
_SORTED = orjson.OPT_SORT_KEYS
# In orjson's output: a float below 1e-4 written out, or a one-digit negative exponent.
_FLOAT_DIFFERS = re.compile(rb"0\.0000|\de-\d(?!\d)")
# orjson reads an integer from 2**63 on (or below -2**63) as a float.
_INT64 = 2.0**63


def dumps(data: Any) -> str:
    """`data` as `json.dumps(data, sort_keys=True, separators=(",", ":"))` writes it."""
    try:
        out = orjson.dumps(data, option=_SORTED)
    except TypeError:  # orjson.JSONEncodeError: a type or an integer it does not take
        return _encode(data)
    return out.decode("ascii") if _as_standard(out, data) else _encode(data)


def _as_standard(out: bytes, data: Any) -> bool:
    """Whether orjson's `out` is what the standard library writes for `data`."""
    if not out.isascii() or b"\x7f" in out:
        return False
    if (b"e-" in out or b"0.0000" in out) and _FLOAT_DIFFERS.search(out) is not None:
        return False
    return b"null" not in out or _finite(data)


def _finite(data: Any) -> bool:
    """No NaN or infinity anywhere in `data` (orjson writes them as null)."""
    if isinstance(data, float):
        return math.isfinite(data)
    if isinstance(data, dict):
        return all(_finite(v) for v in data.values())
    if isinstance(data, list | tuple):
        return all(_finite(v) for v in data)
    return True


def loads(line: str) -> Any:
    """`json.loads(line)`: the same value, or the same `json.JSONDecodeError`."""
    try:
        value = orjson.loads(line)
    except orjson.JSONDecodeError:
        return json.loads(line)  # it accepts more, or says why not in its own words
    if type(value) is dict:
        for fact in value.values():
            kind = type(fact)
            if (kind is float and not -_INT64 < fact < _INT64) or kind is dict or kind is list:
                return json.loads(line)
        return value
    if type(value) in (float, list):  # not a patient: read as the standard library does
        return json.loads(line)
    return value
