"""Reparsing by statements gives exactly the parse of the whole text: on every guideline
and fixture, and along a series of random edits (each reusing the last one's pieces)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from compiler.lsp.incremental import Reparser
from dsl.parser import parse
from dsl.source import SourceFile
from tests.conftest import ROOT

FILES = sorted(ROOT.glob("guidelines/*.guideline")) + sorted(
    ROOT.glob("tests/fixtures/**/*.guideline")
)
PIECES = ["\n", "x", " ", ":", '"', "1", "when a:\n", "  ", "#", '\ninput q "Q": yes/no\n']


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_first_parse_is_the_whole_parse(path: Path) -> None:
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        pytest.skip("not UTF-8: the reader reports it before any parse")
    source = SourceFile(str(path), text)
    assert Reparser().parse(source) == parse(source)


@pytest.mark.parametrize("name", ["imnm", "kdigo_aki"])
def test_reparses_along_random_edits_are_whole_parses(name: str) -> None:
    path = ROOT / "guidelines" / f"{name}.guideline"
    if not path.exists():
        pytest.skip(f"{name} is not in guidelines/")
    rng = random.Random(28)  # a series in which some edits of both guidelines still parse
    text = path.read_text(encoding="utf-8")
    reparser = Reparser()
    unchanged_kept = 0
    for _ in range(60):
        at = rng.randrange(len(text))
        if rng.random() < 0.5:
            text = text[:at] + rng.choice(PIECES) + text[at:]
        else:
            text = text[:at] + text[at + rng.randrange(1, 8) :]
        source = SourceFile("edited.guideline", text)
        got = reparser.parse(source)
        assert got == parse(source)
        unchanged_kept += got.guideline is not None
    assert unchanged_kept, "no edit left a text that parses: the series tests nothing"
