"""The canonical formatter: one layout for every guideline file.

Two-space indentation; one blank line between top-level statements (consecutive
inputs, definitions or assumptions keep the author's grouping); single spaces around
operators, `, ` between list items; header fields in a fixed order; text re-escaped
the one canonical way; a branch whose body is only `nothing` or `ask` on one line.
Comments are kept: each stays at the end of the line it trails, or above the
statement that follows it. The result parses to the same syntax tree.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from lark import Token, Tree

from dsl.comments import Attached, CommentMap, SourceLine, attach, blank_before, classify
from dsl.diagnostics import Diagnostic, has_errors
from dsl.format_expr import expr, names, string, word
from dsl.parser import _lark, parse
from dsl.source import SourceFile, Span

Node = Tree[Token] | Token
INDENT = "  "

# Header fields are written in this order; notes and gaps come last, as written.
_HEADER_ORDER = (
    "version", "status", "owners", "reviewed", "scope", "excludes", "grading", "acknowledge",
)  # fmt: skip
# Top-level statements of these kinds may stand together without a blank line.
_GROUPED = frozenset({"input", "definition", "assumption"})


class FormatError(Exception):
    """The text does not parse cleanly, so it cannot be formatted; see `diagnostics`."""

    def __init__(self, diagnostics: tuple[Diagnostic, ...]) -> None:
        super().__init__("the file has syntax errors")
        self.diagnostics = diagnostics


class FormatterBug(Exception):
    """The formatted text would not mean the same as the original; nothing is written."""


@dataclass(frozen=True)
class Line:
    """One output line: its depth, its text, and the source line it was made from."""

    depth: int
    text: str
    source: int


def format_source(text: str, path: str) -> str:
    """The canonical text of a guideline.

    Raises FormatError (with the diagnostics) when the text has syntax errors, and
    FormatterBug if the result would not parse to the same syntax tree.
    """
    text = text.removeprefix("\ufeff")  # a byte-order mark is no part of the layout
    parsed = parse(SourceFile(path, text))
    if parsed.guideline is None or has_errors(parsed.diagnostics):
        raise FormatError(parsed.diagnostics)
    tree = _lark().parse(text if text.endswith("\n") else text + "\n")
    blocks = [(str(child.data), _statement(child)) for child in _trees(tree.children)]
    starts = [line.source for _, block in blocks for line in block]
    formatted = _render(blocks, attach(text, starts), classify(text))
    again = parse(SourceFile(path, formatted)).guideline
    if again is None or without_spans(again) != without_spans(parsed.guideline):
        raise FormatterBug(f"{path}: formatting would change the meaning of the file")
    return formatted


def without_spans(node: object) -> object:
    """A syntax tree as nested tuples with every source position left out, for comparing."""
    if isinstance(node, Span):
        return "span"
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        values = (without_spans(getattr(node, f.name)) for f in dataclasses.fields(node))
        return (type(node).__name__, *values)
    if isinstance(node, tuple | list):
        return tuple(without_spans(item) for item in node)
    return node


# ------------------------------------------------------------------ rendering


def _separated(previous: str, kind: str, src: list[SourceLine], start: int) -> bool:
    """Whether a blank line goes between two top-level statements."""
    if not previous:
        return False
    return kind != previous or kind not in _GROUPED or blank_before(src, start)


def _render(
    blocks: list[tuple[str, list[Line]]], comments: CommentMap, src: list[SourceLine]
) -> str:
    out: list[str] = []
    previous = ""
    for kind, block in blocks:
        if _separated(previous, kind, src, block[0].source):
            out.append("")
        previous = kind
        for line in block:
            _emit(out, line, comments.by_line.get(line.source, Attached()))
    if comments.tail:
        if comments.tail_blank_before and out:
            out.append("")
        out.extend(c or "" for c in comments.tail)
    return "\n".join(out) + "\n"


def _emit(out: list[str], line: Line, attached: Attached) -> None:
    indent = INDENT * line.depth
    top = line.depth == 0
    for comment in attached.leading:
        if comment is not None:
            out.append(indent + comment)
        elif top:
            out.append("")
    if attached.blank_after and attached.leading and top:
        out.append("")
    trailing = f"  {attached.trailing}" if attached.trailing else ""
    out.append(indent + line.text + trailing)
    attached.leading, attached.trailing = [], None


# ------------------------------------------------------------------ statements


def _trees(nodes: list[Node]) -> list[Tree[Token]]:
    return [n for n in nodes if isinstance(n, Tree)]


def _line(node: Tree[Token], depth: int, text: str) -> Line:
    return Line(depth, text, node.meta.line)


def _statement(node: Tree[Token], depth: int = 0) -> list[Line]:
    kind = str(node.data)
    if kind in _BLOCKS:
        return _BLOCKS[kind](node, depth)
    return [_line(node, depth, _ONE_LINERS[kind](node.children))]


def _children(nodes: list[Node], depth: int) -> list[Line]:
    return [line for child in _trees(nodes) for line in _statement(child, depth)]


def _header(node: Tree[Token], depth: int) -> list[Line]:
    name, title, *fields = node.children
    rank = {field: i for i, field in enumerate(_HEADER_ORDER)}
    ordered = sorted(_trees(fields), key=lambda f: rank.get(str(f.data), len(rank)))
    head = _line(node, depth, f"guideline {word(name)} {string(_token(title))}")
    return [head, *_children(list(ordered), depth + 1)]


def _references(node: Tree[Token], depth: int) -> list[Line]:
    return [_line(node, depth, "references"), *_children(node.children, depth + 1)]


def _reference(node: Tree[Token], depth: int) -> list[Line]:
    key, text, *fields = node.children
    head = _line(node, depth, f"{word(key)} {string(_token(text))}")
    return [head, *_children(fields, depth + 1)]


def _input(node: Tree[Token], depth: int) -> list[Line]:
    name, question, type_spec, *rest = node.children
    unknown = any(isinstance(r, Tree) and r.data == "or_unknown" for r in rest)
    text = f"input {word(name)} {string(_token(question))}: {_type(_tree(type_spec))}"
    head = _line(node, depth, text + (" or unknown" if unknown else ""))
    narrative = [r for r in _trees(rest) if r.data != "or_unknown"]
    return [head, *_children(list(narrative), depth + 1)]


def _type(node: Tree[Token]) -> str:
    kind = str(node.data)
    if kind in {"yes_no_type", "date_type"}:
        return "yes/no" if kind == "yes_no_type" else "date"
    if kind == "choice_type":
        return "one of " + ", ".join(_choice(_tree(c)) for c in node.children)
    parts = ["number" if kind == "number_type" else "whole"]
    bounds = iter(("from ", "to "))
    for child in _trees(node.children):
        if child.data == "molar_mass":
            value, unit = child.children
            parts.append(f"molar mass {word(value)} {word(unit)}")
            continue
        if child.data == "conversion":
            left, left_unit, right, right_unit = child.children
            parts.append(
                f"convert {word(left)} {word(left_unit)} = {word(right)} {word(right_unit)}"
            )
            continue
        prefix = {"unit": "", "step": "step "}.get(str(child.data))
        prefix = next(bounds) if prefix is None else prefix
        parts.append(prefix + word(child))
    return " ".join(parts)


def _choice(node: Tree[Token]) -> str:
    name, *label = node.children
    return " ".join([word(name), *(string(_token(x)) for x in label)])


def _definition(node: Tree[Token], depth: int) -> list[Line]:
    name, *rest = node.children
    label = ""
    if isinstance(rest[0], Token):
        label = " " + string(rest[0])
        rest = rest[1:]
    head = _line(node, depth, f"define {word(name)}{label} = {expr(rest[0])}")
    return [head, *_children(rest[1:], depth + 1)]


def _score(node: Tree[Token], depth: int) -> list[Line]:
    name, title, *items = node.children
    head = _line(node, depth, f"score {word(name)} {string(_token(title))}")
    return [head, *_children(items, depth + 1)]


def _criterion(node: Tree[Token], depth: int) -> list[Line]:
    points, condition, *rest = node.children
    value = "".join(str(t) for t in _tree(points).children)
    label = ""
    if rest and isinstance(rest[0], Token):
        label = " " + string(rest[0])
        rest = rest[1:]
    head = _line(node, depth, f"points {value} when {expr(condition)}{label}")
    return [head, *_children(rest, depth + 1)]


def _assumption(node: Tree[Token], depth: int) -> list[Line]:
    name, text, condition, *rest = node.children
    head = _line(node, depth, f"assume {word(name)} {string(_token(text))}: {expr(condition)}")
    return [head, *_children(rest, depth + 1)]


def _decision(node: Tree[Token], depth: int) -> list[Line]:
    name, question, *items = node.children
    exclusive = any(isinstance(i, Tree) and i.data == "exclusive" for i in items)
    text = f"decide {word(name)} {string(_token(question))}" + (" exclusive" if exclusive else "")
    rest = [i for i in _trees(items) if i.data != "exclusive"]
    return [_line(node, depth, text), *_children(list(rest), depth + 1)]


def _branch(node: Tree[Token], depth: int) -> list[Line]:
    kind = str(node.data)
    guard = {"unknown_branch": "when unknown", "otherwise_branch": "otherwise"}.get(kind)
    if guard is None:
        guard = "when " + expr(node.children[0])
    body = _tree(node.children[-1])
    items = _trees(body.children)
    if len(items) == 1 and items[0].data in {"nothing", "ask"}:
        return [_line(node, depth, f"{guard}: {items[0].data}")]
    return [_line(node, depth, guard + ":"), *_children(body.children, depth + 1)]


def _section(node: Tree[Token], depth: int) -> list[Line]:
    name, title, *items = node.children
    text = f"section {word(name)} {string(_token(title))}"
    when = [i for i in _trees(items) if i.data == "section_when"]
    if when:
        text += " when " + expr(when[0].children[0])
    rest = [i for i in _trees(items) if i.data != "section_when"]
    return [_line(node, depth, text), *_children(list(rest), depth + 1)]


def _recommendation(node: Tree[Token], depth: int) -> list[Line]:
    kind, name, text, *fields = node.children
    head = _line(node, depth, f"{word(kind)} {word(name)} {string(_token(text))}")
    return [head, *_children(fields, depth + 1)]


def _option(node: Tree[Token], depth: int) -> list[Line]:
    name, text, *fields = node.children
    head = _line(node, depth, f"option {word(name)} {string(_token(text))}")
    return [head, *_children(fields, depth + 1)]


def _note(node: Tree[Token], depth: int) -> list[Line]:
    text, *rest = node.children
    cites = [r for r in _trees(rest) if r.data == "cites"]
    head = _line(node, depth, f"note {string(_token(text))}{_cites_tail(cites)}")
    bullets = [r for r in _trees(rest) if r.data == "bullet"]
    return [head, *_children(list(bullets), depth + 1)]


def _bullet(c: list[Node]) -> str:
    return f"- {string(_token(c[0]))}{_cites_tail(_trees(c[1:]))}"


def _cites_tail(cites: list[Tree[Token]]) -> str:
    return f" cites {names(cites[0].children)}" if cites else ""


def _example(node: Tree[Token], depth: int) -> list[Line]:
    name, title, *items = node.children
    head = _line(node, depth, f"example {word(name)} {string(_token(title))}")
    return [head, *_children(items, depth + 1)]


def _given(c: list[Node]) -> str:
    value = c[1]
    shown = "unknown" if isinstance(value, Tree) and value.data == "unknown_value" else expr(value)
    return f"given {word(c[0])} = {shown}"


def _time_to_effect(c: list[Node]) -> str:
    up_to = any(isinstance(x, Tree) and x.data == "up_to" for x in c)
    return "time to effect " + ("up to " if up_to else "") + expr(c[-1])


def _review(c: list[Node]) -> str:
    text = f" {string(_token(c[1]))}" if len(c) > 1 else ""
    return f"review in {expr(c[0])}{text}"


def _token(node: Node) -> Token:
    assert isinstance(node, Token)
    return node


def _tree(node: Node) -> Tree[Token]:
    assert isinstance(node, Tree)
    return node


def _keyword_string(keyword: str) -> Callable[[list[Node]], str]:
    return lambda c: f"{keyword} {string(_token(c[0]))}"


def _keyword_expr(keyword: str) -> Callable[[list[Node]], str]:
    return lambda c: f"{keyword} {expr(c[-1])}"


def _keyword_names(keyword: str) -> Callable[[list[Node]], str]:
    return lambda c: f"{keyword} {names(c)}".rstrip()


def _keyword_strings(keyword: str) -> Callable[[list[Node]], str]:
    return lambda c: f"{keyword} " + ", ".join(string(_token(x)) for x in c)


_BLOCKS: dict[str, Callable[[Tree[Token], int], list[Line]]] = {
    "header": _header,
    "references": _references,
    "reference": _reference,
    "input": _input,
    "definition": _definition,
    "score": _score,
    "criterion": _criterion,
    "assumption": _assumption,
    "decision": _decision,
    "when_branch": _branch,
    "unknown_branch": _branch,
    "otherwise_branch": _branch,
    "section": _section,
    "recommendation": _recommendation,
    "option": _option,
    "note": _note,
    "example": _example,
}

_ONE_LINERS: dict[str, Callable[[list[Node]], str]] = {
    "version": _keyword_names("version"),
    "status": _keyword_names("status"),
    "owners": _keyword_strings("owners"),
    "reviewed": _keyword_names("reviewed"),
    "scope": _keyword_string("scope"),
    "excludes": _keyword_string("excludes"),
    "grading": _keyword_names("grading"),
    "acknowledge": lambda c: " ".join(
        ["acknowledge", " in ".join(word(x) for x in c[:-1]), string(_token(c[-1]))]
    ),
    "doi": _keyword_string("doi"),
    "pmid": _keyword_string("pmid"),
    "url": _keyword_string("url"),
    "gap": _keyword_string("gap"),
    "bullet": _bullet,
    "nothing": lambda c: "nothing",
    "ask": lambda c: "ask",
    "dose": _keyword_expr("dose"),
    "dose_cap": _keyword_expr("dose cap"),
    "daily_maximum": _keyword_expr("daily maximum"),
    "review": _review,
    "recheck": lambda c: f"recheck {string(_token(c[0]))} in {expr(c[1])}",
    "route": _keyword_string("route"),
    "frequency": _keyword_string("frequency"),
    "duration": _keyword_expr("duration"),
    "every": _keyword_expr("every"),
    "target": _keyword_string("target"),
    "strength": _keyword_names("strength"),
    "cites": _keyword_names("cites"),
    "expert_opinion": lambda c: "expert opinion",
    "uncited": _keyword_string("uncited"),
    "rationale": _keyword_string("rationale"),
    "time_to_effect": _time_to_effect,
    "drug": _keyword_names("drug"),
    "preferred_when": _keyword_expr("preferred when"),
    "given": _given,
    "expect_recs": _keyword_names("expect"),
    "expect_nothing": lambda c: "expect nothing",
    "expect_dose": lambda c: f"expect dose {word(c[0])} {expr(c[1])}",
    "expect_needs": _keyword_names("expect needs"),
}
