"""dsl/visible_text.py: control, format and bidi characters shown as escapes."""

from __future__ import annotations

import unicodedata

import pytest

from dsl.visible_text import visible, visible_tree


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("line\nbreak", "line\\nbreak"),
        ("cr\rtab\t", "cr\\rtab\\t"),
        ("\x1b[2J\x1b[31mred", "\\x1b[2J\\x1b[31mred"),
        ("nul\x00del\x7fc1\x9b", "nul\\x00del\\x7fc1\\x9b"),
        ("\u202eevil\u202c \u2066iso\u2069 \u200f", "\\u202eevil\\u202c \\u2066iso\\u2069 \\u200f"),
        ("zero\u200bwidth\u200d\ufeff", "zero\\u200bwidth\\u200d\\ufeff"),
        ("soft\u00adhyphen", "soft\\xadhyphen"),
        ("sep\u2028par\u2029", "sep\\u2028par\\u2029"),
        ("tag\U000e0041", "tag\\U000e0041"),
    ],
)
def test_hidden_characters_are_escaped(text: str, shown: str) -> None:
    assert visible(text) == shown


@pytest.mark.parametrize("text", ["plain text", "Prednisone 0.5-1 mg/kg/day", "é ≥ 😀 µg", ""])
def test_printable_text_is_unchanged(text: str) -> None:
    assert visible(text) == text


def test_visible_output_has_no_control_or_bidi_character() -> None:
    out = visible("".join(map(chr, range(0x3000))) + "\U000e0001\U000e007f")
    assert not any(unicodedata.category(c) in {"Cc", "Cf", "Zl", "Zp", "Cs"} for c in out)
    assert not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in out)


def test_tree_escapes_keys_and_nested_values() -> None:
    value = {"a\nb": [{"t": "x\x1by"}, ("z\u202e",), 3, None, True]}
    assert visible_tree(value) == {"a\\nb": [{"t": "x\\x1by"}, ["z\\u202e"], 3, None, True]}
