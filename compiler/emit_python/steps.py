"""Python expressions for a dose's rule: the dose as written, then the steps it took.

The same steps as `compiler.semantics.value_steps` gives the interpreter, written as
one expression (conditional expressions, no statements), so the generated module gains
no branch of its own.
"""

from __future__ import annotations

from compiler.emit_python.conditions import CondEmitter
from compiler.semantics import ir, value_steps


def _steps(expr: ir.NumExpr, conds: CondEmitter) -> list[str]:
    """Python expressions, each a list of step texts (to be spliced with `*`)."""
    if isinstance(expr, ir.NumOp):
        return _steps(expr.left, conds) + _steps(expr.right, conds)
    if isinstance(expr, ir.NumNeg):
        return _steps(expr.operand, conds)
    if isinstance(expr, ir.NumIf):
        return [_if(expr, conds)]
    if isinstance(expr, ir.NumPick):
        return [_pick(expr, conds)]
    return []


def _list(first: str, rest: list[str]) -> str:
    return "[" + ", ".join([repr(first), *(f"*{r}" for r in rest)]) + "]"


def _if(expr: ir.NumIf, conds: CondEmitter) -> str:
    yes = _list(value_steps.if_step(expr, True), _steps(expr.then, conds))
    if isinstance(expr.otherwise, ir.NumIf):
        no = _if(expr.otherwise, conds)
    else:
        no = _list(value_steps.if_step(expr, False), _steps(expr.otherwise, conds))
    return f"({yes} if {conds.expr(expr.cond)} else {no})"


def _pick(expr: ir.NumPick, conds: CondEmitter) -> str:
    values = [conds.exact(arg)[0] for arg in expr.args]  # compared exactly, as computed
    if expr.limit:
        sign = ">" if expr.op == "min" else "<"
        applied = _list(value_steps.limit_step(expr, True), _steps(expr.args[1], conds))
        within = _list(value_steps.limit_step(expr, False), _steps(expr.args[0], conds))
        return f"({applied} if {values[0]} {sign} {values[1]} else {within})"
    chosen = f"{expr.op}({', '.join(values)})"
    options = [
        _list(value_steps.pick_step(expr, i), _steps(arg, conds)) for i, arg in enumerate(expr.args)
    ]
    out = options[-1]
    for i in reversed(range(len(options) - 1)):
        out = f"{options[i]} if {values[i]} == {chosen} else {out}"
    return f"({out})"


def rule_expr(dose: ir.Dose, conds: CondEmitter) -> str:
    """The expression giving the dose's rule for the patient (a literal when it is fixed)."""
    taken = _steps(dose.low, conds)
    if dose.high is not dose.low:
        taken += _steps(dose.high, conds)
    if not taken:
        return repr(dose.rule)
    spliced = ", ".join(f"*{t}" for t in taken)
    return f"'; '.join(dict.fromkeys([{dose.rule!r}, {spliced}]))"
