"""Conditions turned once into Python functions that give what `interpreter.truth` gives.

`interpreter.truth` walks a condition's IR on every call; test generation asks the
same conditions for hundreds of thousands of patients on large guidelines. The
function built here takes the same steps in the same order (three-valued `and`,
`or` and `not` with the same short cuts, the same unknown facts noted in the
same order, the same arithmetic on floats), without the walk.
`tests/compiler/testgen/test_guards.py` checks it against `interpreter.truth`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from compiler.semantics import ir

Facts = Mapping[str, object]
Test = Callable[[Facts, list[str]], bool | None]
Number = Callable[[Facts], float]

def compile_cond(cond: ir.Cond) -> Test:
    """`lambda facts, unknown: interpreter.truth(cond, facts, unknown)`, made once."""
    if isinstance(cond, ir.Const):
        constant = cond.value
        return lambda facts, unknown: constant
    if isinstance(cond, ir.NotC):
        return _negate(compile_cond(cond.operand))
    if isinstance(cond, ir.AndC | ir.OrC):
        return _junction([compile_cond(op) for op in cond.operands], isinstance(cond, ir.OrC))
    return _atom(cond)


def _negate(inner: Test) -> Test:
    def test(facts: Facts, unknown: list[str]) -> bool | None:
        value = inner(facts, unknown)
        return None if value is None else not value

    return test


def _junction(operands: list[Test], decisive: bool) -> Test:
    def test(facts: Facts, unknown: list[str]) -> bool | None:
        seen_unknown = False
        for operand in operands:
            value = operand(facts, unknown)
            if value is decisive:
                return decisive
            seen_unknown = seen_unknown or value is None
        return None if seen_unknown else not decisive

    return test


def _atom(atom: ir.Atom) -> Test:
    if isinstance(atom, ir.Known):
        name, known = atom.input, atom.known
        return lambda facts, unknown: (facts[name] is not None) == known
    names = ir.atom_inputs(atom)
    decide = _decider(atom)

    def test(facts: Facts, unknown: list[str]) -> bool | None:
        missing = [n for n in names if facts[n] is None]
        if missing:
            unknown.extend(missing)
            return None
        return decide(facts)

    return test


def _decider(atom: ir.Atom) -> Callable[[Facts], bool]:
    """The atom's truth once its facts are known."""
    if isinstance(atom, ir.IsTrue):
        name = atom.input
        return lambda facts: facts[name] is True
    if isinstance(atom, ir.CmpChoice):
        name, choices, negated = atom.input, atom.choices, atom.negated
        return lambda facts: (facts[name] in choices) != negated
    assert isinstance(atom, ir.CmpNum)
    compare = ir.COMPARISONS[atom.op]
    left, right = compile_num(atom.left), compile_num(atom.right)
    return lambda facts: bool(compare(left(facts), right(facts)))


def compile_num(expr: ir.NumExpr) -> Number:
    """`lambda facts: interpreter.num_value(expr, facts)`, made once."""
    if isinstance(expr, ir.NumConst):
        constant = expr.value
        return lambda facts: constant
    if isinstance(expr, ir.NumInput):
        name = expr.name
        return lambda facts: _number(facts[name])
    if isinstance(expr, ir.NumNeg):
        inner = compile_num(expr.operand)
        return lambda facts: -inner(facts)
    left, right = compile_num(expr.left), compile_num(expr.right)
    apply = ir.ARITHMETIC[expr.op]
    return lambda facts: apply(left(facts), right(facts))


def _number(value: object) -> float:
    if isinstance(value, str):
        return float(dt.date.fromisoformat(value).toordinal())
    assert isinstance(value, int | float)
    return float(value)
