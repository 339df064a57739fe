"""The name under the cursor: which declaration it is, and what hovering shows."""

from __future__ import annotations

from lsprotocol import types

from compiler.lsp import hover, scanner
from compiler.lsp.index import Index, Symbol
from compiler.lsp.positions import contains, to_column
from dsl.source import SourceFile, Span


def _cite_at(index: Index, line: int, column: int) -> Symbol | None:
    for cite in index.cites:
        if contains(cite.span, line, column):
            return index.references.get(cite.key)
    for ref in index.references.values():
        if contains(ref.span, line, column):
            return ref
    return None


def symbol_at(index: Index, source: SourceFile, line: int, column: int) -> Symbol | None:
    """The declaration of the name at (line, column): an input, a definition, a
    recommendation, a reference (by its key after `cites`), ..."""
    cited = _cite_at(index, line, column)
    if cited is not None:
        return cited
    if scanner.in_text_or_comment(source.line_text(line), column):
        return None
    word = scanner.word_at(source.text, line, column)
    if word is None:
        return None
    return index.symbols.get(word.text)


def _diagnostic_at(
    published: list[types.Diagnostic], source: SourceFile, line: int, column: int
) -> types.Diagnostic | None:
    for diagnostic in published:
        start = to_column(source, diagnostic.range.start)
        end = to_column(source, diagnostic.range.end)
        if start <= (line, column) <= end:
            return diagnostic
    return None


def hover_text(
    index: Index,
    source: SourceFile,
    line: int,
    column: int,
    published: list[types.Diagnostic],
) -> tuple[str, Span | None] | None:
    """The Markdown to show at (line, column) and the span it is about."""
    parts: list[str] = []
    span: Span | None = None
    symbol = symbol_at(index, source, line, column)
    if symbol is not None:
        parts.append(hover.describe(symbol, index, source))
        word = scanner.word_at(source.text, line, column)
        if word is not None:
            span = Span(source.path, line, word.column, line, word.end)
    else:
        word = scanner.word_at(source.text, line, column)
        explained = hover.code_text(word.text) if word is not None else None
        if explained is not None and word is not None:  # a code, as in `acknowledge L011`
            parts.append(explained)
            span = Span(source.path, line, word.column, line, word.end)
    diagnostic = _diagnostic_at(published, source, line, column)
    if diagnostic is not None and diagnostic.code is not None:
        explained = hover.code_text(str(diagnostic.code))
        if explained is not None and explained not in parts:
            parts.append(explained)
    if not parts:
        return None
    return "\n\n---\n\n".join(parts), span
