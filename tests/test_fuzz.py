"""Fuzzing: nothing an author can write makes the compiler raise; it reports diagnostics.

Three kinds of input: grammar-shaped guideline text, valid guideline text mutated
(deletions, duplications, swaps, inserted characters), and random text. Each is
compiled (`compile_text`: parser, checks, lowering) and formatted (`format_source`,
which may only refuse with FormatError). Any other exception fails the test.

The suite runs a few hundred examples; a long run is one command:

    .venv/bin/python tools/fuzz.py --examples 20000
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compiler.pipeline.stages import compile_text
from dsl.formatter import FormatError, format_source
from tests.dsl.guideline_strategies import Draw, guideline_texts

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [
    (ROOT / "guidelines" / "imnm.guideline").read_text(encoding="utf-8"),
    *(
        p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "tests/fixtures/formatter").glob("*.guideline"))
    ),
]
# Examples per property; tools/fuzz.py raises it for a long run.
EXAMPLES = int(os.environ.get("GUIDELINE_FUZZ_EXAMPLES", "100"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_CHARS = st.sampled_from([*'"#:()-,=/\\\t \n0123456789.akz_%', "é", "\u2028", "\x00", "“"])


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _mutate(draw: Draw, text: str) -> str:
    """One random edit: a deleted, duplicated or swapped piece, or an inserted character."""
    lines = _lines(text)
    i, j = (draw(st.integers(0, max(0, len(lines) - 1))) for _ in range(2))
    at = draw(st.integers(0, len(text)))
    edit = draw(
        st.sampled_from(
            ["del_line", "dup_line", "swap_lines", "del_chars", "insert", "swap_words", "indent"]
        )
    )
    if edit == "del_line":
        del lines[i]
    elif edit == "dup_line":
        lines.insert(j, lines[i])
    elif edit == "swap_lines":
        lines[i], lines[j] = lines[j], lines[i]
    elif edit == "swap_words":
        lines[i] = _swap_words(draw, lines[i], lines[j])
    elif edit == "indent":
        lines[i] = " " * draw(st.integers(0, 9)) + lines[i].lstrip(" ")
    elif edit == "del_chars":
        return text[:at] + text[at + draw(st.integers(1, 12)) :]
    else:
        return text[:at] + draw(_CHARS) + text[at:]
    return "\n".join(lines)


def _swap_words(draw: Draw, line: str, other: str) -> str:
    """Replace a word of `line` with a word of `other` (or swap two words of `line`)."""
    words, donors = line.split(" "), other.split(" ")
    k = draw(st.integers(0, len(words) - 1))
    words[k] = donors[draw(st.integers(0, len(donors) - 1))]
    return " ".join(words)


@st.composite
def mutated_texts(draw: Draw) -> str:
    """A valid guideline after one to four random edits."""
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 4))):
        text = _mutate(draw, text)
    return text


def _survives(text: str) -> None:
    """Compile and format `text`; only diagnostics (or FormatError) may come back."""
    compiled = compile_text(text, "fuzz.guideline")
    for diagnostic in compiled.diagnostics:
        assert diagnostic.code and diagnostic.message
        assert diagnostic.span.line >= 1 and diagnostic.span.column >= 1
    try:
        formatted = format_source(text, "fuzz.guideline")
    except FormatError as refused:
        assert refused.diagnostics
    else:
        assert format_source(formatted, "fuzz.guideline") == formatted


@FUZZ
@given(guideline_texts())
def test_grammar_shaped_text_never_raises(text: str) -> None:
    _survives(text)


@FUZZ
@given(mutated_texts())
def test_mutated_guidelines_never_raise(text: str) -> None:
    _survives(text)


@FUZZ
@given(
    st.one_of(
        st.text(max_size=300), st.binary(max_size=300).map(lambda b: b.decode("utf-8", "replace"))
    )
)
def test_random_text_never_raises(text: str) -> None:
    _survives(text)
