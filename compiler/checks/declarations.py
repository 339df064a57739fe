"""Names declared twice, choices repeated, inputs and definitions nobody uses."""

from __future__ import annotations

from dsl import ast, visit
from dsl.diagnostics import Diagnostic, error, warning
from dsl.source import Span


def _duplicates(named: list[tuple[str, Span, str]]) -> list[Diagnostic]:
    first: dict[str, tuple[Span, str]] = {}
    found: list[Diagnostic] = []
    for name, span, what in named:
        if name in first:
            where, kind = first[name]
            found.append(
                error(
                    "N002",
                    f"the name `{name}` is already used by {kind} on line {where.line}",
                    span,
                    f"give this {what} a different name",
                )
            )
        else:
            first[name] = (span, f"{what} `{name}`")
    return found


def _ids(tree: ast.Guideline) -> list[tuple[str, Span, str]]:
    named: list[tuple[str, Span, str]] = []
    for item in visit.all_items(tree):
        if isinstance(item, ast.Recommendation):
            named.append((item.id, item.id_span, "recommendation"))
        elif isinstance(item, ast.Decision):
            named.append((item.id, item.id_span, "decision"))
        elif isinstance(item, ast.Section):
            named.append((item.id, item.id_span, "section"))
    named.extend((e.id, e.span, "example") for e in tree.examples)
    return named


def _choices(decl: ast.Input) -> list[Diagnostic]:
    if not isinstance(decl.type, ast.ChoiceType):
        return []
    seen: set[str] = set()
    found: list[Diagnostic] = []
    for option in decl.type.options:
        if option.name in seen:
            found.append(
                error(
                    "N008",
                    f"the choice `{option.name}` is listed twice",
                    option.span,
                    "remove the repeated choice",
                )
            )
        seen.add(option.name)
    return found


def _unused(tree: ast.Guideline) -> list[Diagnostic]:
    used = {r.name for expr in visit.expressions(tree) for r in visit.refs(expr)}
    found: list[Diagnostic] = []
    for decl in tree.inputs:
        if decl.name not in used:
            found.append(
                warning(
                    "N009",
                    f"the input `{decl.name}` is never used",
                    decl.name_span,
                    "use it in a condition or a dose, or remove it",
                )
            )
    for definition in tree.definitions:
        if definition.name not in used:
            found.append(
                warning(
                    "N010",
                    f"`{definition.name}` is defined but never used",
                    definition.name_span,
                    "use it, or remove the definition",
                )
            )
    read = {r.name for expr in _outside_scores(tree) for r in visit.refs(expr)}
    read |= {
        r.name
        for score in tree.scores
        for c in score.criteria
        for r in visit.refs(c.condition)
        if r.name != score.name
    }
    for score in tree.scores:
        if score.name not in read:
            found.append(
                warning(
                    "N020",
                    f"the score `{score.name}` is never used: no decision or definition reads it",
                    score.name_span,
                    f"compare it where the guideline decides, for example `when {score.name} "
                    ">= 2:`, or remove it",
                )
            )
    return found


def _outside_scores(tree: ast.Guideline) -> list[ast.Expr]:
    """Every top-level expression except the criteria of scores."""
    criteria = {id(c.condition) for s in tree.scores for c in s.criteria}
    return [e for e in visit.expressions(tree) if id(e) not in criteria]


# Words that mean a value inside a condition: a name spelt like one would be misread.
VALUE_WORDS = frozenset({"yes", "no", "unknown", "known", "not"})
CHOICE_WORDS = frozenset({"unknown", "known", "not", "one"})


def _reserved(tree: ast.Guideline) -> list[Diagnostic]:
    named = [(i.name, i.name_span, "input") for i in tree.inputs]
    named += [(d.name, d.name_span, "definition") for d in tree.definitions]
    named += [(s.name, s.name_span, "score") for s in tree.scores]
    found = [
        error(
            "P007",
            f"`{name}` is a word of the language and cannot name {what}",
            span,
            f"choose another name, such as `{name}_answer`",
        )
        for name, span, what in named
        if name in VALUE_WORDS
    ]
    for decl in tree.inputs:
        if isinstance(decl.type, ast.ChoiceType):
            found.extend(
                error(
                    "P007",
                    f"`{option.name}` is a word of the language and cannot name a choice",
                    option.span,
                    f"choose another name, such as `{option.name}_result`",
                )
                for option in decl.type.options
                if option.name in CHOICE_WORDS
            )
    return found


def check(tree: ast.Guideline) -> list[Diagnostic]:
    """Every declaration problem."""
    names = [(i.name, i.name_span, "input") for i in tree.inputs]
    names += [(d.name, d.name_span, "definition") for d in tree.definitions]
    names += [(s.name, s.name_span, "score") for s in tree.scores]
    found = _duplicates(names) + _duplicates(_ids(tree))
    for decl in tree.inputs:
        found.extend(_choices(decl))
    for rec in visit.recommendations(tree):
        found.extend(_duplicates([(o.id, o.span, "option") for o in rec.options]))
    return found + _reserved(tree) + _unused(tree)
