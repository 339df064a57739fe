"""Limits on the size of one condition, so that every later stage stays quick.

Test generation asks the solver about each fact of a condition for each case, so its
work grows with the square of a condition's size (a 300-term `and` took minutes).
A condition may test at most MAX_TERMS facts and comparisons, counted after the
definitions it uses are written out (with those of the values chosen by condition
inside it); a dose may choose its value with as many (T037). Runs before the other
IR checks; when it reports, they do not run.
"""

from __future__ import annotations

from collections.abc import Iterator

from compiler.semantics import ir
from dsl.diagnostics import Diagnostic, error
from dsl.source import Span

MAX_TERMS = 40


def terms(cond: ir.Cond) -> int:
    """How many atoms (comparisons, yes/no facts, known-tests) a condition holds."""
    count, stack = 0, [cond]
    while stack:
        item = stack.pop()
        if isinstance(item, ir.AndC | ir.OrC):
            stack.extend(item.operands)
        elif isinstance(item, ir.NotC):
            stack.append(item.operand)
        elif not isinstance(item, ir.Const):
            count += 1 + sum(value_terms(p) for p in ir.atom_parts(item, outermost=True))
    return count


def value_terms(part: ir.NumIf | ir.NumPick) -> int:
    """The facts, comparisons and choices of a value chosen by condition, nested ones too."""
    if isinstance(part, ir.NumIf):
        inner = ir.num_parts(part.then, True) + ir.num_parts(part.otherwise, True)
        return terms(part.cond) + sum(value_terms(p) for p in inner)
    inner = [p for arg in part.args for p in ir.num_parts(arg, outermost=True)]
    return len(part.args) - 1 + sum(value_terms(p) for p in inner)


def _conditions(guideline: ir.Guideline) -> Iterator[tuple[ir.Cond, int]]:
    """Every condition of the guideline, with its line."""
    for node in ir.walk(guideline.body):
        if isinstance(node, ir.Decision):
            yield from ((b.guard, b.line) for b in node.branches if b.guard is not None)
        elif isinstance(node, ir.Section) and node.when is not None:
            yield node.when, node.line
        elif isinstance(node, ir.Emit):
            options = node.rec.options
            yield from ((o.preferred_when, node.rec.line) for o in options if o.preferred_when)
    yield from ((a.cond, a.line) for a in guideline.assumptions)


def _doses(guideline: ir.Guideline) -> Iterator[tuple[int, int]]:
    """The size of every dose's values chosen by condition, with its line."""
    for rec in ir.recommendations(guideline):
        if rec.dose is not None:
            bounds = {id(rec.dose.low): rec.dose.low, id(rec.dose.high): rec.dose.high}
            parts = [p for b in bounds.values() for p in ir.num_parts(b, outermost=True)]
            yield sum(value_terms(p) for p in parts), rec.line


def check(guideline: ir.Guideline) -> list[Diagnostic]:
    """P020 for each condition larger than MAX_TERMS; T037 for each such dose."""
    found = []
    for count, line in _doses(guideline):
        if count > MAX_TERMS:
            found.append(
                error(
                    "T037",
                    f"this dose chooses its value with {count} facts, comparisons and "
                    f"choices; the compiler takes at most {MAX_TERMS} in one dose",
                    Span(guideline.source_path, line, 1, line, 2),
                    "split the recommendation into branches of a decision, each with a "
                    "simpler dose",
                )
            )
    for cond, line in _conditions(guideline):
        count = terms(cond)
        if count > MAX_TERMS:
            found.append(
                error(
                    "P020",
                    f"this condition tests {count} facts and comparisons; the compiler "
                    f"takes at most {MAX_TERMS} in one condition",
                    Span(guideline.source_path, line, 1, line, 2),
                    "split it into decisions one after another (or into sections), each "
                    "with a shorter condition; a definition counts with every fact and "
                    "comparison it stands for",
                )
            )
    return found
