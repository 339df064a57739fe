"""Conditions turned once into Python functions that give what `interpreter.truth` gives.

`interpreter.truth` walks a condition's IR on every call; test generation and the
logic checks' witnesses ask the same conditions for many patients. The function
built here takes the same steps in the same order (three-valued `and`, `or` and
`not` with the same short cuts, the same unknown facts noted in the same order),
without the walk. How numbers are read is the caller's `Arithmetic`: the
interpreter's own, or exact fractions.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from compiler.semantics import ir
from compiler.semantics import numbers as nums
from compiler.semantics import scores as score_rule

Facts = Mapping[str, object]
Test = Callable[[Facts, list[str] | None], bool | None]
Number = Callable[[Facts], Any]


@dataclass(frozen=True)
class Arithmetic:
    """How a compiled condition reads numbers: constants, facts, and division."""

    constant: Callable[[Fraction], Any]
    fact: Callable[[object], Any] | None  # None: the fact's value as it is
    divide: Callable[[Any, Any], Any]


def _interpreter_fact(value: object) -> Fraction:
    if isinstance(value, str):
        return Fraction(dt.date.fromisoformat(value).toordinal())
    return nums.exact(value)


def _as_written(value: Fraction) -> Fraction:
    return value


INTERPRETER = Arithmetic(_as_written, _interpreter_fact, operator.truediv)
"""The interpreter's arithmetic (`interpreter.num_value`): exact fractions, a float fact as
the decimal of its shortest repr, dates as day numbers."""


def compile_cond(cond: ir.Cond, arithmetic: Arithmetic = INTERPRETER) -> Test:
    """`lambda facts, unknown: interpreter.truth(cond, facts, unknown)`, made once.

    The unknown facts met are added to `unknown` unless it is None.
    """
    if isinstance(cond, ir.Const):
        constant = cond.value
        return lambda facts, unknown: constant
    if isinstance(cond, ir.NotC):
        return _negate(compile_cond(cond.operand, arithmetic))
    if isinstance(cond, ir.AndC | ir.OrC):
        operands = [compile_cond(op, arithmetic) for op in cond.operands]
        return _junction(operands, isinstance(cond, ir.OrC))
    return _atom(cond, arithmetic)


def _negate(inner: Test) -> Test:
    def test(facts: Facts, unknown: list[str] | None) -> bool | None:
        value = inner(facts, unknown)
        return None if value is None else not value

    return test


def _junction(operands: list[Test], decisive: bool) -> Test:
    def test(facts: Facts, unknown: list[str] | None) -> bool | None:
        seen_unknown = False
        for operand in operands:
            value = operand(facts, unknown)
            if value is decisive:
                return decisive
            seen_unknown = seen_unknown or value is None
        return None if seen_unknown else not decisive

    return test


def _atom(atom: ir.Atom, arithmetic: Arithmetic) -> Test:
    if isinstance(atom, ir.CmpNum) and ir.is_score_atom(atom):
        return _score_atom(atom, arithmetic)
    if isinstance(atom, ir.Known):
        name, known = atom.input, atom.known
        return lambda facts, unknown: (facts[name] is not None) == known
    names = ir.atom_inputs(atom)
    decide = _decider(atom, arithmetic)

    def test(facts: Facts, unknown: list[str] | None) -> bool | None:
        missing = [n for n in names if facts[n] is None]
        if missing:
            if unknown is not None:
                unknown.extend(missing)
            return None
        return decide(facts)

    return test


def _decider(atom: ir.Atom, arithmetic: Arithmetic) -> Callable[[Facts], bool]:
    """The atom's truth once its facts are known."""
    if isinstance(atom, ir.IsTrue):
        name = atom.input
        return lambda facts: facts[name] is True
    if isinstance(atom, ir.CmpChoice):
        name, choices, negated = atom.input, frozenset(atom.choices), atom.negated
        return lambda facts: (facts[name] in choices) != negated
    assert isinstance(atom, ir.CmpNum)
    compare = ir.COMPARISONS[atom.op]
    left, right = compile_num(atom.left, arithmetic), compile_num(atom.right, arithmetic)
    return lambda facts: bool(compare(left(facts), right(facts)))


def _score_key(name: str) -> str:
    """Where a compiled comparison puts a score's value among the facts (no fact's name)."""
    return f" score {name}"


def compile_bounds(
    score: ir.Score, arithmetic: Arithmetic = INTERPRETER
) -> Callable[[Facts, list[str] | None], tuple[Any, Any]]:
    """`interpreter.score_bounds` for the score, made once: its low and high value."""
    tests = [compile_cond(c.cond, arithmetic) for c in score.criteria]
    points = [arithmetic.constant(c.points) for c in score.criteria]
    plain = ir.Score(
        score.name,
        score.title,
        tuple(
            ir.Criterion(p, c.cond, c.label, c.text, c.narrative, c.line)
            for p, c in zip(points, score.criteria, strict=True)
        ),
        score.narrative,
        score.line,
    )

    def bounds(facts: Facts, unknown: list[str] | None) -> tuple[Any, Any]:
        truths = []
        for test in tests:
            met: list[str] = []
            value = test(facts, met)
            if value is None and unknown is not None:
                unknown.extend(met)
            truths.append(value)
        return score_rule.bounds(plain, truths)

    return bounds


def _score_atom(atom: ir.CmpNum, arithmetic: Arithmetic) -> Test:
    """A comparison reading scores (see `compiler.semantics.scores`)."""
    scored = [(s.name, compile_bounds(s, arithmetic)) for s in ir.atom_scores(atom)]
    direct = list(dict.fromkeys(ir.direct_inputs(atom.left) + ir.direct_inputs(atom.right)))
    left, right = compile_num(atom.left, arithmetic), compile_num(atom.right, arithmetic)
    op = atom.op

    def test(facts: Facts, unknown: list[str] | None) -> bool | None:
        pending: list[str] = []
        ranges = {name: bounds(facts, pending) for name, bounds in scored}
        missing = [n for n in direct if facts[n] is None]
        if missing:
            if unknown is not None:
                unknown.extend(missing + pending)
            return None
        differences = []
        for corner in score_rule.corners(ranges):
            at = {**facts, **{_score_key(name): value for name, value in corner.items()}}
            differences.append(left(at) - right(at))
        answer = score_rule.over(op, differences)
        if answer is None and unknown is not None:
            unknown.extend(pending)
        return answer

    return test


def compile_num(expr: ir.NumExpr, arithmetic: Arithmetic = INTERPRETER) -> Number:
    """`lambda facts: interpreter.num_value(expr, facts)` in the given arithmetic, made once."""
    if isinstance(expr, ir.ScoreRef):
        key, whole = _score_key(expr.score.name), compile_bounds(expr.score, arithmetic)

        def score(facts: Facts) -> Any:
            return facts[key] if key in facts else whole(facts, None)[0]

        return score
    if isinstance(expr, ir.NumConst):
        constant = arithmetic.constant(expr.value)
        return lambda facts: constant
    if isinstance(expr, ir.NumInput):
        name, read = expr.name, arithmetic.fact
        if read is None:
            return lambda facts: facts[name]
        return lambda facts: read(facts[name])
    if isinstance(expr, ir.NumNeg):
        inner = compile_num(expr.operand, arithmetic)
        return lambda facts: -inner(facts)
    if isinstance(expr, ir.NumIf):  # its facts are known, so its condition is yes or no
        test = compile_cond(expr.cond, arithmetic)
        then = compile_num(expr.then, arithmetic)
        otherwise = compile_num(expr.otherwise, arithmetic)
        return lambda facts: then(facts) if test(facts, None) else otherwise(facts)
    if isinstance(expr, ir.NumPick):
        pick = ir.PICKS[expr.op]
        args = [compile_num(arg, arithmetic) for arg in expr.args]
        return lambda facts: pick(arg(facts) for arg in args)
    left, right = compile_num(expr.left, arithmetic), compile_num(expr.right, arithmetic)
    apply = arithmetic.divide if expr.op == "/" else ir.ARITHMETIC[expr.op]
    return lambda facts: apply(left(facts), right(facts))
