"""Warnings an author acknowledges in the header: `acknowledge CODE [in ID] "reason"`.

A warning of that code reported inside the construct named ID (an input, definition,
assumption, decision, section, recommendation or example; anywhere without `in`) is
intended: it leaves the findings and is listed, with the reason, on the guideline's
page. Errors cannot be acknowledged (H010), an acknowledgement that matches no
warning is itself a warning (H011), so none outlives the warning it was written for,
and one naming nothing in the guideline is an error (H012).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from compiler.semantics import ir
from dsl import ast, visit
from dsl.diagnostics import Diagnostic, Severity, error, warning
from dsl.source import Span


def _named(tree: ast.Guideline) -> Iterator[tuple[str, Span]]:
    for decl in tree.inputs:
        yield decl.name, decl.span
    for definition in tree.definitions:
        yield definition.name, definition.span
    for assumption in tree.assumptions:
        yield assumption.id, assumption.span
    for example in tree.examples:
        yield example.id, example.span
    for node in visit.all_items(tree):
        if isinstance(node, ast.Decision | ast.Section | ast.Recommendation):
            yield node.id, node.span


def _inside(span: Span, diagnostic: Diagnostic) -> bool:
    # A construct's span ends after its line break: at column 1 of the next line.
    last = (
        span.end_line - 1 if span.end_line > span.line and span.end_column <= 1 else span.end_line
    )
    return span.line <= diagnostic.span.line <= last


def apply(
    tree: ast.Guideline, found: list[Diagnostic]
) -> tuple[list[Diagnostic], tuple[ir.Acknowledged, ...]]:
    """The findings left once acknowledged warnings are taken out, and those warnings."""
    places = dict(_named(tree))
    kept, acknowledged, problems = list(found), [], []
    for ack in tree.header.acknowledged:
        code, target = ack.code.value, ack.target.value if ack.target else None
        where = places.get(target) if target is not None else tree.header.span
        if target is not None and where is None:
            problems.append(_unknown_target(ack, target, places))
            continue
        assert where is not None
        matching = [d for d in kept if d.code == code and (target is None or _inside(where, d))]
        if any(d.severity is Severity.ERROR for d in matching):
            problems.append(_an_error(ack, code))
        warnings = [d for d in matching if d.severity is Severity.WARNING]
        if not warnings:
            problems.append(_nothing(ack, code, target))
        for d in warnings:
            kept.remove(d)
            acknowledged.append(
                ir.Acknowledged(code, d.message, d.span.line, target, ack.reason.value)
            )
    return kept + problems, tuple(acknowledged)


def _unknown_target(ack: ast.Acknowledgement, target: str, places: dict[str, Span]) -> Diagnostic:
    assert ack.target is not None
    close = difflib.get_close_matches(target, list(places), n=1)
    hint = (
        f"did you mean `{close[0]}`?"
        if close
        else "name an input, decision, section or recommendation"
    )
    return error(
        "H012",
        f"`acknowledge ... in {target}`: nothing in this guideline is called `{target}`",
        ack.target.span,
        hint,
    )


def _an_error(ack: ast.Acknowledgement, code: str) -> Diagnostic:
    return error(
        "H010",
        f"`{code}` is an error here, and errors cannot be acknowledged: the guideline is "
        "wrong until it is fixed",
        ack.code.span,
        "fix the error; only warnings (findings the guideline may intend) can be acknowledged",
    )


def _nothing(ack: ast.Acknowledgement, code: str, target: str | None) -> Diagnostic:
    where = f" in `{target}`" if target else ""
    return warning(
        "H011",
        f"this acknowledges no warning: there is no `{code}` warning{where}",
        ack.span,
        "remove the line, or correct the code or the name after `in`",
    )
