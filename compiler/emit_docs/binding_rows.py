"""The "Where the facts come from" section of a guideline's page, from its binding file.

Each input is read from the record (the resource type, its codes, the unit and the
look-back window) or asked, with the binding file's reason; the order codes of the
order-select hook follow. Every text goes through `md()`: a binding file's words show
literally.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from compiler.bindings.model import Bindings, Code
from compiler.bindings.systems import SYSTEMS
from compiler.emit_docs.text import md
from compiler.semantics import ir


@dataclass(frozen=True)
class SourceRow:
    """One input: where the record holds it, or why it is asked."""

    name: Markup
    question: Markup
    source: Markup  # "Observation", "Patient (birth date)" or "asked"
    codes: Markup
    unit: Markup
    within: Markup


@dataclass(frozen=True)
class OrderRow:
    """One drug and the codes of its draft orders (order-select)."""

    drug: Markup
    codes: Markup


def _codes(codes: Sequence[Code]) -> Markup:
    shown = [md(f"{SYSTEMS.get(c.system, c.system)} {c.code}") for c in codes]
    return Markup(", ").join(shown) if shown else Markup("")


def source_rows(guideline: ir.Guideline, bindings: Bindings | None) -> list[SourceRow]:
    """A row per input, in the guideline's order (none without a binding file)."""
    if bindings is None:
        return []
    rows = []
    for decl in guideline.inputs:
        binding = bindings.get(decl.name)
        name, question = Markup(f"<code>{md(decl.name)}</code>"), md(decl.question)
        if binding is None or not binding.bound:
            reason = binding.ask if binding is not None and binding.ask else "no binding"
            rows.append(SourceRow(name, question, md(f"asked: {reason}"), Markup(""),
                                  Markup(""), Markup("")))
            continue
        kind = "Patient (age from the birth date)" if binding.resource == "Patient" else (
            binding.resource or "")
        rows.append(SourceRow(name, question, md(kind), _codes(binding.codes),
                              md(binding.unit or ""), md(binding.within_text or "")))
    return rows


def order_rows(bindings: Bindings | None) -> list[OrderRow]:
    """The drugs whose draft orders the order-select service answers for."""
    if bindings is None:
        return []
    return [OrderRow(md(o.drug), _codes(o.codes)) for o in bindings.orders]
