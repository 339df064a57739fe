"""Which way each `if` went and which value each min/max chose, in words.

A dose's `rule` is the dose as written followed by these steps, so that the result says
why this patient got this figure: `crcl < 30 mL/min: yes`, `capped at 750 mg`.
The generated module writes the same steps (compiler/emit_python/steps.py).
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from compiler.semantics import ir

Value = Callable[[ir.NumExpr], Fraction | float]
Truth = Callable[[ir.Cond], bool | None]


def if_step(expr: ir.NumIf, yes: bool) -> str:
    """The step an `if` adds: its condition and the answer."""
    return f"{expr.text}: {'yes' if yes else 'no'}"


def limit_step(expr: ir.NumPick, applied: bool) -> str:
    """The step `at most` / `at least` adds: whether the limit applied."""
    limit = expr.texts[1]
    if expr.op == "min":
        return f"capped at {limit}" if applied else f"under the {limit} cap"
    return f"raised to {limit}" if applied else f"above the {limit} minimum"


def pick_step(expr: ir.NumPick, index: int) -> str:
    """The step `min` / `max` adds: the value it chose."""
    which = "smallest" if expr.op == "min" else "largest"
    return f"the {which}: {expr.texts[index]}"


def limit_applied(expr: ir.NumPick, value: Fraction | float, limit: Fraction | float) -> bool:
    """Whether the limit of `value at most/at least limit` is what the value became."""
    return value > limit if expr.op == "min" else value < limit


def steps(expr: ir.NumExpr, value: Value, truth: Truth) -> list[str]:
    """The steps of every `if` and min/max the value passed through, in order."""
    if isinstance(expr, ir.NumOp):
        return steps(expr.left, value, truth) + steps(expr.right, value, truth)
    if isinstance(expr, ir.NumNeg):
        return steps(expr.operand, value, truth)
    if isinstance(expr, ir.NumIf):
        if truth(expr.cond):
            return [if_step(expr, True), *steps(expr.then, value, truth)]
        if isinstance(expr.otherwise, ir.NumIf):  # a chain: the condition that held speaks
            return steps(expr.otherwise, value, truth)
        return [if_step(expr, False), *steps(expr.otherwise, value, truth)]
    if isinstance(expr, ir.NumPick):
        values = [value(arg) for arg in expr.args]
        if expr.limit:
            applied = limit_applied(expr, values[0], values[1])
            return [limit_step(expr, applied), *steps(expr.args[int(applied)], value, truth)]
        index = values.index(ir.PICKS[expr.op](values))
        return [pick_step(expr, index), *steps(expr.args[index], value, truth)]
    return []


def rule(dose: ir.Dose, value: Value, truth: Truth) -> str:
    """The dose's rule as written, then the steps its low and high bounds took."""
    taken = steps(dose.low, value, truth)
    if dose.high is not dose.low:
        taken += steps(dose.high, value, truth)
    return "; ".join(dict.fromkeys([dose.rule, *taken]))

