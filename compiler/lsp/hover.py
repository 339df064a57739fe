"""Hover: what a name stands for (an input's question, type and range; a definition's
expression and kind of value; a reference's full citation; a recommendation), and what
a diagnostic code means (from the error-code registry)."""

from __future__ import annotations

from compiler.emit_docs.codes import CODES
from compiler.lsp.index import Index, Symbol
from dsl import ast
from dsl.source import SourceFile, Span


def _text(source: SourceFile, span: Span) -> str:
    if span.line == span.end_line:
        return source.line_text(span.line)[span.column - 1 : span.end_column - 1]
    first = source.line_text(span.line)[span.column - 1 :]
    rest = [source.line_text(n) for n in range(span.line + 1, span.end_line)]
    last = source.line_text(span.end_line)[: span.end_column - 1]
    return " ".join(p.strip() for p in [first, *rest, last] if p.strip())


def code_text(code: str) -> str | None:
    """The registry's title and explanation of a code, in Markdown."""
    entry = CODES.get(code)
    if entry is None:
        return None
    return f"**{entry.code}: {entry.title}**\n\n{entry.explanation}"


_CONDITIONS = (ast.Compare, ast.IsChoice, ast.IsKnown, ast.Not, ast.BoolOp, ast.BoolLit)
_NUMBERS = (ast.Arith, ast.Neg, ast.Quantity, ast.RangeLit)


def value_kind(expr: object, index: Index, seen: frozenset[str] = frozenset()) -> str:
    """`a condition (yes or no)`, `a number` or `a date`, as far as the text tells."""
    if isinstance(expr, _CONDITIONS):
        return "a condition (yes or no)"
    if isinstance(expr, _NUMBERS):
        return "a number"
    if isinstance(expr, ast.DateLit):
        return "a date"
    if isinstance(expr, ast.Call | ast.Limit):
        return "a number"
    if isinstance(expr, ast.IfValue):
        return value_kind(expr.then, index, seen)
    if isinstance(expr, ast.Lookup) and expr.arms:
        return value_kind(expr.arms[0].value, index, seen)
    if isinstance(expr, ast.Ref) and expr.name not in seen:
        symbol = index.symbols.get(expr.name)
        if symbol is not None and isinstance(symbol.node, ast.Input):
            return _input_kind(symbol.node)
        if symbol is not None and isinstance(symbol.node, ast.Definition):
            return value_kind(symbol.node.expr, index, seen | {expr.name})
    return "a value"


def _input_kind(decl: ast.Input) -> str:
    kind = decl.type
    if isinstance(kind, ast.YesNoType):
        return "a condition (yes or no)"
    if isinstance(kind, ast.ChoiceType):
        return "a choice"
    if isinstance(kind, ast.DateType):
        return "a date"
    return "a number"


def describe(symbol: Symbol, index: Index, source: SourceFile) -> str:
    """The Markdown shown when hovering over a declared name."""
    node = symbol.node
    if isinstance(node, ast.Input):
        return _input(node, source)
    if isinstance(node, ast.Definition):
        label = f" ({node.label})" if node.label else ""
        return (
            f"**{node.name}**{label}: definition, {value_kind(node.expr, index)}\n\n"
            f"```guideline\n{node.name} = {_text(source, node.expr.span)}\n```"
        )
    if isinstance(node, ast.Reference):
        return _reference(node)
    if isinstance(node, ast.Recommendation):
        lines = [f"**{node.id}**: {node.kind} recommendation\n\n{node.text}"]
        if node.dose is not None:
            lines.append(f"dose `{_text(source, node.dose.expr.span)}`")
        return "\n\n".join(lines)
    title = next((getattr(node, a) for a in ("question", "title", "text") if hasattr(node, a)), "")
    return f"**{symbol.name}**: {symbol.kind}" + (f"\n\n{title}" if title else "")


def _input(decl: ast.Input, source: SourceFile) -> str:
    kind = decl.type
    lines = [f"**{decl.name}**: input, {_input_kind(decl)}", decl.question]
    if isinstance(kind, ast.NumberType):
        unit = f"unit {kind.unit}, " if kind.unit else "no unit, "
        lines.append(f"{unit}plausible range: `{_text(source, kind.span)}`")
    elif isinstance(kind, ast.ChoiceType):
        lines.append(
            "one of: "
            + ", ".join(f"`{o.name}`" + (f" ({o.label})" if o.label else "") for o in kind.options)
        )
    lines.append("may be unknown" if decl.may_be_unknown else "always known")
    return "\n\n".join(lines)


def _reference(ref: ast.Reference) -> str:
    lines = [f"**Reference {ref.key}**", ref.text]
    for label, value in (("DOI", ref.doi), ("PMID", ref.pmid), ("URL", ref.url)):
        if value is not None:
            lines.append(f"{label}: {value.value}")
    return "\n\n".join(lines)
