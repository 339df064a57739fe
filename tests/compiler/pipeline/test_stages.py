"""compiler/pipeline/stages.py: each stage on its own, and how errors and warnings stop or pass."""

from __future__ import annotations

from pathlib import Path

from compiler.pipeline.stages import (
    check_tree,
    compile_source,
    compile_text,
    lower_tree,
    read_source,
)
from dsl.diagnostics import Severity
from dsl.parser import parse
from dsl.source import SourceFile
from tests.conftest import IMNM, MINIMAL_HEADER, compile_snippet

GOOD = 'input a "A": yes/no\ndecide d "D"\n  when a:\n    advise x "X"\n      uncited "t"\n'
GOOD += "  otherwise: nothing\n"


def test_a_clean_guideline_gives_ir() -> None:
    compiled = compile_snippet(GOOD)
    assert compiled.ok and compiled.diagnostics == ()
    assert compiled.guideline is not None and compiled.tree is not None
    assert compiled.guideline.id == "demo"
    assert compiled.guideline.source_path == "demo.guideline"
    assert len(compiled.guideline.source_hash) == 64


def test_a_syntax_error_stops_before_the_checks() -> None:
    compiled = compile_snippet(GOOD + "decide broken\n")
    assert not compiled.ok
    assert compiled.guideline is None
    assert all(d.code.startswith("P") for d in compiled.diagnostics)


def test_a_name_error_gives_a_tree_but_no_ir() -> None:
    compiled = compile_snippet(GOOD.replace("when a:", "when b:"))
    assert compiled.tree is not None and compiled.guideline is None
    assert [d.code for d in compiled.diagnostics if d.severity is Severity.ERROR] == ["N001"]


def test_warnings_do_not_stop_compilation() -> None:
    compiled = compile_snippet(GOOD + 'input unused "Unused": yes/no\n')
    assert compiled.ok and compiled.guideline is not None
    assert [d.code for d in compiled.diagnostics] == ["N009"]


def test_stages_can_be_called_one_by_one() -> None:
    source = SourceFile("demo.guideline", MINIMAL_HEADER + GOOD)
    parsed = parse(source)
    assert parsed.guideline is not None
    assert check_tree(parsed.guideline) == []
    guideline, found = lower_tree(parsed.guideline, source)
    assert found == []
    assert guideline == compile_text(MINIMAL_HEADER + GOOD, "demo.guideline").guideline


def test_read_source_keeps_the_display_path(tmp_path: Path) -> None:
    source = read_source(IMNM, "guidelines/imnm.guideline")
    assert source.path == "guidelines/imnm.guideline"
    assert source.text == IMNM.read_text(encoding="utf-8")
    assert compile_source(source).guideline is not None
    copy = tmp_path / "imnm.guideline"
    copy.write_bytes(IMNM.read_bytes())
    assert read_source(copy).path == str(copy)


def test_compiling_twice_gives_equal_ir() -> None:
    first = compile_snippet(GOOD).guideline
    assert first == compile_snippet(GOOD).guideline
    assert first != compile_snippet(GOOD.replace('"X"', '"Y"')).guideline
