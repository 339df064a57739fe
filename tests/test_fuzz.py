"""Fuzzing: nothing an author or a patients file can hold makes the compiler raise.

Inputs: grammar-shaped guideline text, valid guidelines mutated (deletions, duplications,
swaps, inserted characters), random text, and random bytes (through the file reader,
so also bytes that are not UTF-8 and byte-order marks). Each is compiled (parser,
checks, lowering) and formatted (`format_source`, which may only refuse with
FormatError). A text that compiles is built: every emitter runs, every Python output
must compile, and the module must agree with the interpreter on drawn patients. Random
bytes are also read as a patients file (JSON Lines and CSV) and run: every row gives one
line of output, whatever it holds. Any other exception fails the test.

The suite runs a few hundred inputs; a long run, with its count of inputs, is

    .venv/bin/python tools/fuzz.py --examples 20000
"""

from __future__ import annotations

import functools
import io
import json
import os
import types
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from compiler.pipeline.build import render_outputs
from compiler.pipeline.stages import Compiled, compile_source, compile_text
from compiler.running import batch
from compiler.semantics import ir
from dsl.formatter import FormatError, format_source
from dsl.reading import decode
from tests.compiler.emit_python.test_agreement import agree, patients
from tests.compiler.emit_python.test_agreement import guideline_texts as agreement_texts
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
    suppress_health_check=[
        HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much
    ],
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


def _survives(text: str) -> Compiled:
    """Compile and format `text`; only diagnostics (or FormatError) may come back."""
    compiled = compile_text(text, "fuzz.guideline")
    _reported(compiled)
    try:
        formatted = format_source(text, "fuzz.guideline")
    except FormatError as refused:
        assert refused.diagnostics
    else:
        assert format_source(formatted, "fuzz.guideline") == formatted
    return compiled


def _reported(compiled: Compiled) -> None:
    for diagnostic in compiled.diagnostics:
        assert diagnostic.code and diagnostic.message
        assert diagnostic.span.line >= 1 and diagnostic.span.column >= 1


def _builds(guideline: ir.Guideline, data: st.DataObject, every_emitter: bool) -> None:
    """The outputs (every emitter's, or the module only); Python that compiles; the module
    agreeing with the interpreter on drawn patients, valid and not."""
    if every_emitter:
        for rel, text in render_outputs([guideline]).items():
            if rel.endswith(".py"):
                compile(text, rel, "exec")
    module = batch.load_module(guideline)  # compiles the module's text
    for bad in (False, False, True):
        agree(guideline, module, data.draw(patients(guideline, bad=bad)))


# Every emitter includes test generation, seconds for a larger guideline: the short run
# builds every emitter's output for its own small guidelines, and only the module for the
# others; tools/fuzz.py --build-all runs every emitter on every guideline that compiles.
BUILD_ALL = os.environ.get("GUIDELINE_FUZZ_BUILD_ALL") == "1"
BUILDS = settings(FUZZ, max_examples=max(5, EXAMPLES // 20))


def _maybe_build(compiled: Compiled, data: st.DataObject) -> None:
    if compiled.guideline is not None:
        _builds(compiled.guideline, data, every_emitter=BUILD_ALL)


@FUZZ
@given(guideline_texts(), st.data())
def test_grammar_shaped_text_never_raises(text: str, data: st.DataObject) -> None:
    _maybe_build(_survives(text), data)


@FUZZ
@given(mutated_texts(), st.data())
def test_mutated_guidelines_never_raise(text: str, data: st.DataObject) -> None:
    _maybe_build(_survives(text), data)


@BUILDS
@given(agreement_texts(), st.data())
def test_guidelines_that_compile_build_and_agree(text: str, data: st.DataObject) -> None:
    compiled = _survives(text)
    assume(compiled.guideline is not None)  # some have a gap the logic checks report
    assert compiled.guideline is not None
    _builds(compiled.guideline, data, every_emitter=True)


@FUZZ
@given(
    st.one_of(
        st.text(max_size=300), st.binary(max_size=300).map(lambda b: b.decode("utf-8", "replace"))
    )
)
def test_random_text_never_raises(text: str) -> None:
    _survives(text)


def _mangled(draw: Draw) -> bytes:
    """A seed's bytes with random bytes put in, or random bytes, maybe after a BOM."""
    if draw(st.booleans()):
        data = draw(st.sampled_from(SEEDS)).encode("utf-8")
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=4)) + data[at:]
    else:
        data = draw(st.binary(max_size=300))
    return (b"\xef\xbb\xbf" if draw(st.booleans()) else b"") + data


@FUZZ
@given(st.data())
def test_any_bytes_in_a_guideline_file_never_raise(data: st.DataObject) -> None:
    read = decode("fuzz.guideline", _mangled(data.draw))
    if read.diagnostics:
        assert [d.code for d in read.diagnostics] == ["P017"]
        return
    _reported(compile_source(read.source))
    _survives(read.source.text)


_IMNM = ROOT / "guidelines" / "imnm.guideline"
_ROW = st.one_of(
    st.binary(max_size=200),
    st.sampled_from(
        [b'{"weight": 70}', b"immune_mediated,70,yes,yes,no,0", b'{"a": 1, "a": 2}', b"[" * 3000]
    ),
)


@FUZZ
@given(st.lists(_ROW, max_size=6), st.sampled_from(["p.jsonl", "p.csv"]))
def test_any_bytes_in_a_patients_file_give_one_line_per_row(
    rows: list[bytes], name: str
) -> None:
    guideline, module = _imnm()
    data = b"\n".join(rows)
    stream = io.TextIOWrapper(
        io.BytesIO(data), encoding="utf-8-sig", errors="surrogateescape", newline=""
    )
    lines: list[str] = []
    read = batch.read_patients(Path(name), guideline, stream)
    counts = batch.run_batch(module, read, lines.append)
    assert counts.rows == len(lines) and all(line.endswith("\n") for line in lines)
    for line in lines:
        json.loads(line)


@functools.cache
def _imnm() -> tuple[ir.Guideline, types.ModuleType]:
    guideline = compile_text(_IMNM.read_text(encoding="utf-8"), "imnm.guideline").guideline
    assert guideline is not None
    return guideline, batch.load_module(guideline)
