"""Code actions: one quick fix for each `did you mean ...?` hint."""

from __future__ import annotations

import re

from lsprotocol import types

from compiler.lsp import scanner
from compiler.lsp.positions import to_column
from dsl.source import SourceFile

_SUGGESTION = re.compile(r"did you mean `([^`]+)`\?")
_QUOTED = re.compile(r"`([^`]+)`")


def _hints(diagnostic: types.Diagnostic) -> list[str]:
    data = diagnostic.data
    if isinstance(data, dict) and isinstance(data.get("hints"), list):
        return [str(h) for h in data["hints"]]
    return [line.removeprefix("help: ") for line in diagnostic.message.split("\n")[1:]]


def _edit_range(
    diagnostic: types.Diagnostic, line_text: str, start: int, end: int
) -> tuple[int, int] | None:
    """The columns (from 1) of the misspelt word inside the diagnostic's range."""
    written = line_text[start - 1 : end - 1]
    if written.isidentifier():
        return start, end
    # A range over more than the word (a unit such as `mg/kgs`): the word the message quotes.
    for quoted in _QUOTED.findall(diagnostic.message.split("\n")[0]):
        for word in scanner.words(written):
            if word.text == quoted:
                return start + word.column - 1, start + word.end - 1
    return None


def quick_fixes(
    uri: str, lines: list[str], diagnostics: list[types.Diagnostic]
) -> list[types.CodeAction]:
    """A code action replacing the word with each suggestion of these diagnostics."""
    source = SourceFile(uri, "\n".join(lines))
    actions: list[types.CodeAction] = []
    for diagnostic in diagnostics:
        rng = diagnostic.range
        if rng.start.line != rng.end.line:
            continue
        for hint in _hints(diagnostic):
            match = _SUGGESTION.search(hint)
            if match is None:
                continue
            line, start = to_column(source, rng.start)
            _, end = to_column(source, rng.end)
            found = _edit_range(diagnostic, source.line_text(line), start, end)
            if found is None:
                continue
            edit_range = types.Range(
                types.Position(rng.start.line, _units(source.line_text(line), found[0])),
                types.Position(rng.start.line, _units(source.line_text(line), found[1])),
            )
            replacement = match.group(1)
            actions.append(
                types.CodeAction(
                    title=f"Change to `{replacement}`",
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    is_preferred=True,
                    edit=types.WorkspaceEdit(
                        changes={uri: [types.TextEdit(range=edit_range, new_text=replacement)]}
                    ),
                )
            )
    return actions


def _units(text: str, column: int) -> int:
    return len(text[: column - 1].encode("utf-16-le")) // 2
