"""Narrative (notes with bullets, gaps) lowered to the IR."""

from __future__ import annotations

from compiler.semantics import ir
from dsl import ast


def narrative(item: ast.Note | ast.Gap) -> ir.Narrative:
    """Lower one note or gap."""
    if isinstance(item, ast.Gap):
        return ir.Narrative("gap", item.text, (), (), item.span.line)
    bullets = tuple((b.text, tuple(c.key for c in b.cites)) for b in item.bullets)
    return ir.Narrative(
        "note", item.text, bullets, tuple(c.key for c in item.cites), item.span.line
    )


def narratives(items: tuple[ast.Note | ast.Gap, ...]) -> tuple[ir.Narrative, ...]:
    """Lower narrative items."""
    return tuple(narrative(i) for i in items)


__all__ = ["narrative", "narratives"]
