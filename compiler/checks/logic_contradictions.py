"""Contradictions on one evaluation path.

Recommendations accumulate along a path: from nested branches, from sequential
decisions and from sections. Two recommendations about one drug (`drug` field)
contradict when one path can give both and

* one starts, adds or considers the drug and the other stops it (L030), or
* both give a dose and the doses differ for that patient (L031).

When both sit in one branch body, every patient who takes the branch gets both.
"""

from __future__ import annotations

import itertools
from fractions import Fraction

from compiler.analysis import formula as f
from compiler.checks.logic_support import Logic, finding, logic_for
from compiler.semantics import ir
from dsl.diagnostics import Diagnostic, Severity
from dsl.units import UnitError, conversion, parse_unit

GIVING = frozenset({"start", "add", "consider"})


def _emits(logic: Logic) -> list[tuple[ir.Recommendation, ir.Emit, tuple[str, ...]]]:
    out = []
    for node in logic.nodes():
        if isinstance(node, ir.Emit) and node.rec.drug is not None:
            steps = tuple(f"{owner}:{label}" for owner, label in logic.steps(node))
            out.append((node.rec, node, steps))
    return out


def _doses_differ(a: ir.Recommendation, b: ir.Recommendation) -> f.Formula:
    assert a.dose is not None and b.dose is not None
    factor = _factor(b.dose.unit, a.dose.unit)
    if factor is None:
        return f.TRUE
    known = [f.KnownIs(n, True) for n in (*a.dose.inputs, *b.dose.inputs)]
    low, high = ir.scaled(b.dose.low, factor), ir.scaled(b.dose.high, factor)
    differ = f.AnyOf((_differ(a.dose.low, low, a.line), _differ(a.dose.high, high, a.line)))
    return f.AllOf((*known, differ))


def _factor(source: str, target: str) -> Fraction | None:
    """The exact factor from one dose unit into another (`g` into `mg`), None if none."""
    if source == target:
        return Fraction(1)
    try:
        left, right = parse_unit(source), parse_unit(target)
    except UnitError:
        return None
    return conversion(left, right) if left.compatible(right) else None


def _differ(left: ir.NumExpr, right: ir.NumExpr, line: int) -> f.Formula:
    return f.Truth(ir.CmpNum("!=", left, right, "", line))


def _apart(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """The two paths leave one decision by different branches, so never meet."""
    for a, b in zip(first, second, strict=False):
        if a != b:
            return a.split(":", 1)[0] == b.split(":", 1)[0]
    return False


def _where(same_branch: bool) -> str:
    if same_branch:
        return "in the same branch, so every patient who takes it gets both"
    return "on one evaluation path (the example patient gets both)"


def _pair(
    logic: Logic,
    first: tuple[ir.Recommendation, ir.Emit, tuple[str, ...]],
    second: tuple[ir.Recommendation, ir.Emit, tuple[str, ...]],
) -> Diagnostic | None:
    (a, reach_a, steps_a), (b, reach_b, steps_b) = first, second
    where = _where(steps_a == steps_b)
    if {a.kind, b.kind} & GIVING and "stop" in {a.kind, b.kind}:
        code, extra = "L030", []
        message = f"`{a.id}` ({a.kind}) and `{b.id}` ({b.kind}) both concern `{a.drug}` {where}"
    elif a.dose is not None and b.dose is not None:
        code, extra = "L031", [_doses_differ(a, b)]
        message = f"`{a.id}` and `{b.id}` give different doses of `{a.drug}` {where}"
    else:
        return None
    patient = logic.patient([reach_a, reach_b], extra)
    if patient is None:
        return None
    return finding(logic,
        code,
        Severity.ERROR,
        message,
        b.line,
        patient,
        f"`{a.id}` is on line {a.line}",
        "make the conditions that lead to them exclusive, or keep one recommendation",
    )


def check(guideline: ir.Guideline) -> list[Diagnostic]:
    """Every pair of recommendations about one drug that contradict on one path."""
    logic = logic_for(guideline)
    found: list[Diagnostic] = []
    for first, second in itertools.combinations(_emits(logic), 2):
        if first[0].drug == second[0].drug and not _apart(first[2], second[2]):
            diagnostic = _pair(logic, first, second)
            if diagnostic is not None:
                found.append(diagnostic)
    return found
