"""Reading a traceability table: where a guideline encodes each line of its source text.

A table (tests/fixtures/traceability/<guideline id>.tsv) has one row per line of the
source text that carries content (every non-empty line but the `## ` headings of the
text's own layout): the line number, the start of the line, and the targets that encode
it, separated by `; `: `id:<id of an input, definition, decision, section,
recommendation, option, reference or example>`, `ref:<reference key>`,
`title:<guideline title>` or `text:<fragment of a note, bullet, gap, label, scope or
exclusion>`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

from compiler.semantics import ir
from dsl import ast

ID_FIELDS = {"id", "name", "key"}


def rows(table: Path) -> list[tuple[int, str, list[str]]]:
    """The rows of a table: (source line number, start of the line, targets)."""
    lines = [ln for ln in table.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    out = []
    for row in lines[1:]:
        number, start, targets = row.split("\t")
        out.append((int(number), start, targets.split("; ")))
    return out


def content_lines(source: Path) -> list[int]:
    """The numbers of the source lines that carry content."""
    lines = source.read_text(encoding="utf-8").splitlines()
    return [n for n, ln in enumerate(lines, start=1) if ln.strip() and not ln.startswith("## ")]


def _nodes(value: object) -> Iterator[object]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        yield value
        for f in dataclasses.fields(value):
            yield from _nodes(getattr(value, f.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _nodes(item)


def encoded(tree: ast.Guideline) -> tuple[set[str], list[str]]:
    """The ids and the texts of a guideline's syntax tree."""
    ids: set[str] = set()
    texts: list[str] = []
    for node in _nodes(tree):
        for f in dataclasses.fields(node):  # type: ignore[arg-type]
            value = getattr(node, f.name)
            if isinstance(value, str):
                (ids.add if f.name in ID_FIELDS else texts.append)(value)
            elif f.name in {"scope", "excludes"} and value:
                texts += [v.value for v in (value if isinstance(value, tuple) else (value,))]
    return ids, texts


def missing_targets(
    table: list[tuple[int, str, list[str]]],
    encoded_tree: tuple[set[str], list[str]],
    guideline: ir.Guideline,
) -> list[tuple[int, str]]:
    """The (source line, target) pairs of a table that the guideline does not have."""
    ids, texts = encoded_tree
    found = {
        "id": lambda v: v in ids,
        "ref": lambda v: any(r.key == v for r in guideline.references),
        "title": lambda v: guideline.title == v,
        "text": lambda v: any(v in t for t in texts),
    }
    missing = []
    for number, _, targets in table:
        for target in targets:
            kind, _, value = target.partition(":")
            if not found[kind](value):
                missing.append((number, target))
    return missing
