"""A comparison of values chosen by condition, split into the cases it is made of.

`(if c then a else b) * w < 30` is `(c and a * w < 30) or (not c and b * w < 30)`, and
`min(x, y) > 5` is `(x <= y and x > 5) or (x > y and y > 5)`. Each case compares plain
arithmetic, so the whole-number grid and the ratio rule take it exactly, where z3 would
otherwise meet an `If` inside a product or a quotient. The cases partition the patients
whose facts are known (each `if` is yes or no; each min/max chooses its first smallest or
largest argument), so the split means exactly what the comparison means.
"""

from __future__ import annotations

import itertools

from compiler.semantics import ir

MAX_PIECES = 32  # cases per comparison; past this the comparison is encoded whole

Guard = tuple[ir.Cond, bool]
Piece = tuple[tuple[Guard, ...], ir.NumExpr]


def has_choice(atom: ir.Atom) -> bool:
    """True when the comparison reads an `if` or a min/max."""
    return bool(ir.atom_parts(atom))


def pieces(expr: ir.NumExpr) -> list[Piece] | None:
    """The cases of `expr`: the guards of each and its plain value (None: too many)."""
    found = _pieces(expr)
    return found if found is not None and len(found) <= MAX_PIECES else None


def _pieces(expr: ir.NumExpr) -> list[Piece] | None:
    if isinstance(expr, ir.NumOp):
        left, right = _pieces(expr.left), _pieces(expr.right)
        if left is None or right is None or len(left) * len(right) > MAX_PIECES:
            return None
        return [
            (lg + rg, ir.NumOp(expr.op, le, re))
            for (lg, le), (rg, re) in itertools.product(left, right)
        ]
    if isinstance(expr, ir.NumNeg):
        inner = _pieces(expr.operand)
        return None if inner is None else [(g, ir.NumNeg(e)) for g, e in inner]
    if isinstance(expr, ir.NumIf):
        then, otherwise = _pieces(expr.then), _pieces(expr.otherwise)
        if then is None or otherwise is None:
            return None
        return [((*g, (expr.cond, True)), e) for g, e in then] + [
            ((*g, (expr.cond, False)), e) for g, e in otherwise
        ]
    if isinstance(expr, ir.NumPick):
        return _pick(expr)
    return [((), expr)]


def _pick(expr: ir.NumPick) -> list[Piece] | None:
    """Argument i is chosen when it beats every earlier one and ties or beats every later."""
    out: list[Piece] = []
    strict, loose = ("<", "<=") if expr.op == "min" else (">", ">=")
    for i, arg in enumerate(expr.args):
        guards = tuple(
            (ir.CmpNum(strict if j < i else loose, arg, other, expr.texts[i], expr.line), True)
            for j, other in enumerate(expr.args)
            if j != i
        )
        inner = _pieces(arg)
        if inner is None:
            return None
        out += [(guards + g, e) for g, e in inner]
    return out if len(out) <= MAX_PIECES else None


def split(atom: ir.CmpNum) -> list[tuple[tuple[Guard, ...], ir.CmpNum]] | None:
    """The comparison as cases of plain comparisons (None: too many cases)."""
    left, right = pieces(atom.left), pieces(atom.right)
    if left is None or right is None or len(left) * len(right) > MAX_PIECES:
        return None
    return [
        (lg + rg, ir.CmpNum(atom.op, le, re, atom.text, atom.line))
        for (lg, le), (rg, re) in itertools.product(left, right)
    ]
