"""What a file declares (inputs, definitions, references, recommendations, ...) and
where each name is used: the ground of hover, navigation and completion."""

from __future__ import annotations

from dataclasses import dataclass, field

from compiler.lsp import scanner
from dsl import ast, visit
from dsl.source import Span


@dataclass(frozen=True)
class Symbol:
    """A declared name: its kind, where it is declared, and the node declaring it."""

    name: str
    kind: str  # input, definition, assumption, reference, recommendation, option, ...
    span: Span  # the name in its declaration
    node: object


@dataclass
class Index:
    """The declarations of one version of a file, and the uses of each name."""

    symbols: dict[str, Symbol] = field(default_factory=dict)
    references: dict[str, Symbol] = field(default_factory=dict)
    cites: list[ast.CiteKey] = field(default_factory=list)
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)  # input -> its choices

    def add(self, name: str, kind: str, span: Span, node: object) -> None:
        """Record a declaration (the first of a name wins, as in the compiler)."""
        self.symbols.setdefault(name, Symbol(name, kind, span, node))

    def names(self, *kinds: str) -> list[Symbol]:
        """The symbols of the kinds given, in the order declared."""
        return [s for s in self.symbols.values() if s.kind in kinds]


def _key_span(span: Span, key: str) -> Span:
    return Span(span.path, span.line, span.column, span.line, span.column + len(key))


def build(tree: ast.Guideline, text: str) -> Index:
    """The index of a parsed file."""
    lines = text.split("\n")
    index = Index()
    for ref in tree.references:
        index.references.setdefault(
            ref.key, Symbol(ref.key, "reference", _key_span(ref.span, ref.key), ref)
        )
    for decl in tree.inputs:
        index.add(decl.name, "input", decl.name_span, decl)
        if isinstance(decl.type, ast.ChoiceType):
            index.choices[decl.name] = tuple(o.name for o in decl.type.options)
    for definition in tree.definitions:
        index.add(definition.name, "definition", definition.name_span, definition)
    for assumption in tree.assumptions:
        index.add(assumption.id, "assumption", assumption.id_span, assumption)
    for item in visit.all_items(tree):
        if isinstance(item, ast.Recommendation):
            index.add(item.id, "recommendation", item.id_span, item)
            for option in item.options:
                index.add(option.id, "option", _second_word(option.span, lines), option)
        elif isinstance(item, ast.Decision):
            index.add(item.id, "decision", item.id_span, item)
        elif isinstance(item, ast.Section):
            index.add(item.id, "section", item.id_span, item)
    for example in tree.examples:
        index.add(example.id, "example", _second_word(example.span, lines), example)
    index.cites = list(visit.all_cites(tree))
    return index


def _second_word(span: Span, lines: list[str]) -> Span:
    """The span of the name in a `keyword NAME ...` line that starts at `span`."""
    parts = scanner.words(lines[span.line - 1]) if span.line <= len(lines) else []
    if len(parts) < 2:
        return span
    return Span(span.path, span.line, parts[1].column, span.line, parts[1].end)


def relocate(index: Index, text: str, path: str) -> Index:
    """The same declarations, found again in a changed text (one that does not parse).

    A declaration is looked for as the word after the same keyword; one not found keeps
    its old place.
    """
    found: dict[str, Span] = {}
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        parts = scanner.words(line)
        if len(parts) >= 2 and parts[1].text in index.symbols:
            word = parts[1]
            found.setdefault(word.text, Span(path, number, word.column, number, word.end))
    moved = Index(references=dict(index.references), cites=[], choices=dict(index.choices))
    for name, symbol in index.symbols.items():
        span = found.get(name, symbol.span)
        moved.symbols[name] = Symbol(name, symbol.kind, span, symbol.node)
    return moved


def uses(index: Index, name: str, text: str, path: str) -> list[Span]:
    """Every place the name is written: its declaration and its uses."""
    if name in index.references and name not in index.symbols:
        spans = [index.references[name].span]
        spans += [c.span for c in index.cites if c.key == name]
        return spans
    return [
        Span(path, w.line, w.column, w.line, w.end) for w in scanner.words(text) if w.text == name
    ]
