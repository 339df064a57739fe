"""The VS Code extension's TextMate grammar: current with the Lark grammar, and it
colours every guideline in guidelines/ as the compiler's own lexer reads it (checked
with vscode-tmgrammar-test on copies annotated with the lexer's tokens)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from compiler.lsp import grammar_words, textmate
from dsl.parser import tokens
from tests.conftest import ROOT

EXTENSION = ROOT / "editors" / "vscode"
GRAMMAR = EXTENSION / "syntaxes" / "guideline.tmLanguage.json"
RUNNER = EXTENSION / "node_modules" / ".bin" / "vscode-tmgrammar-test"
SAMPLES = [
    *sorted((ROOT / "guidelines").glob("*.guideline")),
    ROOT / "tests/fixtures/lsp/demo.guideline",
    ROOT / "tests/fixtures/formatter/every_construct.in.guideline",
]


def test_the_committed_grammar_is_current() -> None:
    assert GRAMMAR.read_text(encoding="utf-8") == textmate.text(), (
        "the TextMate grammar is stale: run .venv/bin/python tools/textmate_grammar.py"
    )


def test_every_keyword_of_the_grammar_has_a_colour() -> None:
    coloured = {w for words in textmate.scopes().values() for w in words}
    assert set(grammar_words.all_keywords()) == coloured
    assert {"when", "start", "and", "yes"} <= coloured


def _expected_scope(kind: str, value: str) -> str | None:
    scope_of = {w: s for s, words in textmate.scopes().items() for w in words}
    if kind == "STRING":
        return "string.quoted.double.guideline"
    if kind in {"INT", "NUMBER"}:
        return "constant.numeric.guideline"
    if kind == "DATE":
        return "constant.other.date.guideline"
    if kind == "VERSION":
        return "constant.other.version.guideline"
    if kind != "NAME" and value in scope_of:
        return scope_of[value]
    return None


def annotated(text: str, title: str) -> str:
    """The text with an assertion line, after each line, for each token the lexer reads."""
    by_line: dict[int, list[str]] = {}
    for token in tokens(text):
        line, column = token.line or 0, (token.column or 1) - 1
        if token.type == "_NL":
            for offset, part in enumerate(str(token).split("\n")):
                if "#" in part:
                    start = (column if offset == 0 else 0) + part.index("#")
                    width = len(part) - part.index("#")
                    by_line.setdefault(line + offset, []).append(
                        f"# <{'~' * start}{'-' * width} comment.line.number-sign.guideline"
                    )
            continue
        if token.type == "NAME":
            by_line.setdefault(line, []).append(
                f"# <{'~' * column}{'-' * len(token)} - keyword.control.guideline"
            )
            continue
        scope = _expected_scope(token.type, str(token))
        if scope is not None and "\n" not in str(token):
            by_line.setdefault(line, []).append(f"# <{'~' * column}{'-' * len(token)} {scope}")
    out = [f'# SYNTAX TEST "{textmate.SCOPE}" "{title}"']
    for number, source_line in enumerate(text.split("\n"), start=1):
        out.append(source_line)
        out.extend(by_line.get(number, []))
    return "\n".join(out) + "\n"


@pytest.mark.skipif(
    shutil.which("node") is None or not RUNNER.exists(),
    reason="node and the extension's npm packages are needed (python3 dev.py test runs npm ci)",
)
def test_the_grammar_colours_the_guidelines_as_the_lexer_reads_them(tmp_path: Path) -> None:
    for sample in SAMPLES:
        (tmp_path / sample.name).write_text(
            annotated(sample.read_text(encoding="utf-8"), sample.stem), encoding="utf-8"
        )
    result = subprocess.run(
        [str(RUNNER), "--grammar", str(GRAMMAR), str(tmp_path / "*.guideline")],
        cwd=EXTENSION,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    assert result.stdout.count("✓") >= len(SAMPLES) or "passed" in result.stdout.lower()
