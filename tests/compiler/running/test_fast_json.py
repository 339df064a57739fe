"""compiler/running/fast_json.py: orjson's speed, the standard library's bytes and values."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from compiler.running import fast_json


def _standard(data: object) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"))


SCALARS = (st.none() | st.booleans() | st.integers() | st.text()
           | st.floats(allow_nan=True, allow_infinity=True))
DATA = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=6), inner, max_size=4), max_leaves=12)


@given(DATA)
def test_any_data_is_written_as_the_standard_library_writes_it(data: object) -> None:
    assert fast_json.dumps(data) == _standard(data)


@pytest.mark.parametrize("value", [
    1e-05, 1.5e-07, 5e-324, 1e-4, 0.0001234, 1e16, 1e22, -0.0, 2**63, 2**64, -(2**63) - 1,
    math.nan, math.inf, -math.inf, "caf\u00e9", "\x7f", "\x00\x1f\b\t\n\f\r\"\\/", "\u2028",
    "\U0001f600", {"b": 1, "a": [None, True]}, "1e-5 0.00001",
])
def test_where_orjson_differs_the_standard_library_writes_it(value: object) -> None:
    assert fast_json.dumps(value) == _standard(value)
    assert fast_json.dumps({"x": [value]}) == _standard({"x": [value]})


def _same(a: object, b: object) -> bool:
    return json.dumps(a) == json.dumps(b) and type(a) is type(b)  # 1, 1.0 and True differ


def _read_both(line: str) -> None:
    try:
        expected = json.loads(line)
    except json.JSONDecodeError as exc:
        with pytest.raises(json.JSONDecodeError) as raised:
            fast_json.loads(line)
        assert str(raised.value) == str(exc)
        return
    got = fast_json.loads(line)
    assert _same(got, expected)
    if isinstance(expected, dict):
        assert all(_same(got[k], v) for k, v in expected.items())


@given(DATA, st.booleans())
def test_any_line_is_read_as_the_standard_library_reads_it(data: object, ascii_: bool) -> None:
    _read_both(json.dumps(data, ensure_ascii=ascii_))


@given(st.text(alphabet='{}[]",:0123456789.eE+-tfnulrsaNIy \\\u00e9\ud800', max_size=30))
def test_any_text_is_read_or_refused_as_the_standard_library_does(text: str) -> None:
    _read_both(text)


@pytest.mark.parametrize("line", [
    '{"a": NaN}', '{"a": Infinity}', "1e400", "-1e400", "12345678901234567890123",
    "18446744073709551615", "-9223372036854775809", '{"a":1,"a":2}', '"\\ud800"', "[1,]",
    "\ufeff{}", '{"w": 70.0, "n": -0}', "{not json", "", "  ", '"tab\there"',
])
def test_lines_where_orjson_differs_are_read_by_the_standard_library(line: str) -> None:
    _read_both(line)
