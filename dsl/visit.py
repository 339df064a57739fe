"""Walks over the AST: every body item, recommendation and narrative, in source order."""

from __future__ import annotations

from collections.abc import Iterator

from dsl import ast


def body_items(items: tuple[ast.BodyItem, ...]) -> Iterator[ast.BodyItem]:
    """Every item, depth first, including those nested in decisions and sections."""
    for item in items:
        yield item
        if isinstance(item, ast.Decision):
            for branch in item.branches:
                yield from body_items(branch.body)
        elif isinstance(item, ast.Section):
            yield from body_items(item.items)


def all_items(tree: ast.Guideline) -> Iterator[ast.BodyItem]:
    """Every body item of the guideline."""
    yield from body_items(tree.body)


def recommendations(tree: ast.Guideline) -> Iterator[ast.Recommendation]:
    """Every recommendation, in source order."""
    for item in all_items(tree):
        if isinstance(item, ast.Recommendation):
            yield item


def decisions(tree: ast.Guideline) -> Iterator[ast.Decision]:
    """Every decision, in source order."""
    for item in all_items(tree):
        if isinstance(item, ast.Decision):
            yield item


def narratives(tree: ast.Guideline) -> Iterator[ast.Note | ast.Gap]:
    """Every note and gap anywhere in the guideline."""
    yield from tree.header.narrative
    for ref in tree.references:
        yield from ref.narrative
    for decl in tree.inputs:
        yield from decl.narrative
    for definition in tree.definitions:
        yield from definition.narrative
    for score in tree.scores:
        yield from score.narrative
        for criterion in score.criteria:
            yield from criterion.narrative
    for item in all_items(tree):
        if isinstance(item, ast.Note | ast.Gap):
            yield item
        elif isinstance(item, ast.Decision):
            yield from item.narrative
        elif isinstance(item, ast.Recommendation):
            yield from item.narrative
            for option in item.options:
                yield from option.narrative
    for example in tree.examples:
        yield from example.narrative


def expressions(tree: ast.Guideline) -> Iterator[ast.Expr]:
    """Every top-level expression: guards, definitions, criteria, doses, preferences."""
    for definition in tree.definitions:
        yield definition.expr
    for score in tree.scores:
        yield from (c.condition for c in score.criteria)
    for assumption in tree.assumptions:
        yield assumption.expr
    for item in all_items(tree):
        if isinstance(item, ast.Decision):
            yield from (b.guard for b in item.branches if b.guard is not None)
        elif isinstance(item, ast.Section) and item.when is not None:
            yield item.when
        elif isinstance(item, ast.Recommendation):
            if item.dose is not None:
                yield item.dose.expr
            yield from (o.preferred_when for o in item.options if o.preferred_when is not None)


def refs(expr: ast.Expr) -> Iterator[ast.Ref]:
    """Every name an expression refers to."""
    if isinstance(expr, ast.Ref):
        yield expr
    elif isinstance(expr, ast.Compare | ast.Arith):
        yield from refs(expr.left)
        yield from refs(expr.right)
    elif isinstance(expr, ast.IsChoice | ast.IsKnown):
        yield from refs(expr.subject)
    elif isinstance(expr, ast.Not | ast.Neg):
        yield from refs(expr.operand)
    elif isinstance(expr, ast.BoolOp):
        for operand in expr.operands:
            yield from refs(operand)
    else:
        yield from _value_refs(expr)


def _value_refs(expr: ast.Expr) -> Iterator[ast.Ref]:
    """The names inside `if`, `lookup`, `min`/`max` and `at most`/`at least`."""
    parts: tuple[ast.Expr, ...] = ()
    if isinstance(expr, ast.IfValue):
        parts = (expr.cond, expr.then, expr.otherwise)
    elif isinstance(expr, ast.Lookup):
        parts = (expr.subject, *(arm.value for arm in expr.arms))
    elif isinstance(expr, ast.Call):
        parts = expr.args
    elif isinstance(expr, ast.Limit):
        parts = (expr.value, expr.limit)
    for part in parts:
        yield from refs(part)


def all_cites(tree: ast.Guideline) -> Iterator[ast.CiteKey]:
    """Every citation key written anywhere in the guideline."""
    for rec in recommendations(tree):
        yield from rec.cites
    for item in narratives(tree):
        if isinstance(item, ast.Note):
            yield from item.cites
            for bullet in item.bullets:
                yield from bullet.cites
