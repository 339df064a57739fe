"""Lowers values chosen by condition: `if`, `lookup`, `min`/`max`, `at most`/`at least`.

Every value an expression may take must measure one thing; values in different units
of that thing are converted exactly to one unit (that of the first value read from the
patient, or else the first written).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Protocol

from compiler.semantics import ir
from compiler.semantics.typed import ERROR, Typed, words
from dsl import ast
from dsl.diagnostics import Diagnostic, error, warning
from dsl.source import Span
from dsl.units import Unit, conversion, format_unit

FUNCTIONS = ("min", "max")


class _Host(Protocol):
    inputs: dict[str, ast.Input]
    diagnostics: list[Diagnostic]

    def lower(self, expr: ast.Expr) -> Typed: ...

    def condition(self, expr: ast.Expr, what: str) -> ir.Cond | None: ...

    def text(self, span: Span) -> str: ...


@dataclass(frozen=True)
class _Values:
    """Several values brought to one unit: each value's low and high bound."""

    lows: tuple[ir.NumExpr, ...]
    highs: tuple[ir.NumExpr, ...]
    unit: Unit
    is_range: bool


class ValueLowering:
    """The resolver's handlers for the value-choosing expressions."""

    def if_value(self: _Host, expr: ast.IfValue) -> Typed:
        cond = self.condition(expr.cond, "the condition of `if`")
        values = _values(self, [expr.then, expr.otherwise], "`if` chooses", expr.span)
        if cond is None or values is None:
            return ERROR
        known = next((a for a in ir.atoms(cond) if isinstance(a, ir.Known)), None)
        if known is not None:
            self.diagnostics.append(
                error(
                    "T035",
                    f"`{known.text}` cannot choose a value: a value is unknown when any fact "
                    "it reads is unknown, so this test could never be no",
                    expr.cond.span,
                    "choose between the decisions instead: a branch `when unknown:` or "
                    "`when x is unknown:` says what to do without the fact",
                )
            )
            return ERROR
        text = self.text(expr.cond.span)
        line = expr.cond.span.line

        def pick(branches: tuple[ir.NumExpr, ...]) -> ir.NumExpr:
            if isinstance(cond, ir.Const):
                return branches[0] if cond.value else branches[1]
            return ir.NumIf(cond, branches[0], branches[1], text, line)

        return _typed(values, pick(values.lows), pick(values.highs))

    def lookup(self: _Host, expr: ast.Lookup) -> Typed:
        subject = self.lower(expr.subject)
        if subject.kind == "error":
            return ERROR
        if subject.kind != "choice":
            self.diagnostics.append(
                error(
                    "T032",
                    f"`lookup` reads a one-of input, but `{expr.subject.name}` is {words(subject)}",
                    expr.subject.span,
                    "for numbers, choose with `if`, for example "
                    "`if egfr < 30 mL/min then 1 else 2`",
                )
            )
            return ERROR
        assert subject.choice_input is not None
        decl = self.inputs[subject.choice_input]
        assert isinstance(decl.type, ast.ChoiceType)
        arms = _checked_arms(self, expr, decl)
        if arms is None:
            return ERROR
        values = _values(self, [a.value for a in expr.arms], "`lookup` chooses", expr.span)
        if values is None:
            return ERROR

        def chain(bounds: tuple[ir.NumExpr, ...]) -> ir.NumExpr:
            *tested, last = zip(arms, bounds, strict=True)
            value = last[1]
            for arm, bound in reversed(tested):
                assert arm.choice is not None
                text = f"{decl.name} is {arm.choice.name}"
                atom = ir.CmpChoice(decl.name, (arm.choice.name,), False, text, arm.span.line)
                value = ir.NumIf(atom, bound, value, text, arm.span.line)
            return value

        return _typed(values, chain(values.lows), chain(values.highs))

    def call(self: _Host, expr: ast.Call) -> Typed:
        if expr.name not in FUNCTIONS:
            close = difflib.get_close_matches(expr.name, FUNCTIONS, n=1, cutoff=0.5)
            hint = f"did you mean `{close[0]}`?" if close else "the functions are `min` and `max`"
            self.diagnostics.append(
                error("N030", f"`{expr.name}` is not a function", expr.name_span, hint)
            )
            return ERROR
        if len(expr.args) == 1:
            self.diagnostics.append(
                warning(
                    "T034",
                    f"`{expr.name}` of one value is that value",
                    expr.span,
                    f"give `{expr.name}` two values or more, for example "
                    f"`{expr.name}(dose, 750 mg)`, or write the value alone",
                )
            )
        values = _values(self, list(expr.args), f"`{expr.name}` compares", expr.span)
        if values is None:
            return ERROR
        texts = tuple(self.text(a.span) for a in expr.args)
        line = expr.span.line
        low = _pick(expr.name, values.lows, texts, False, line)
        return _typed(values, low, _pick(expr.name, values.highs, texts, False, line))

    def limit(self: _Host, expr: ast.Limit) -> Typed:
        words_ = f"`at {expr.kind}`"
        values = _values(self, [expr.value, expr.limit], f"{words_} compares", expr.span)
        if values is None:
            return ERROR
        op = "min" if expr.kind == "most" else "max"
        texts = (self.text(expr.value.span), self.text(expr.limit.span))
        line = expr.span.line
        low = _pick(op, values.lows, texts, True, line)
        return _typed(values, low, _pick(op, values.highs, texts, True, line))


def _pick(
    op: str, args: tuple[ir.NumExpr, ...], texts: tuple[str, ...], limit: bool, line: int
) -> ir.NumExpr:
    if len(args) == 1:
        return args[0]
    if all(isinstance(a, ir.NumConst) for a in args):
        chosen = ir.PICKS[op](ir.exact_decimal(a.value) for a in args if isinstance(a, ir.NumConst))
        return ir.NumConst(chosen)
    return ir.NumPick(op, args, texts, limit, line)


def _typed(values: _Values, low: ir.NumExpr, high: ir.NumExpr) -> Typed:
    if values.is_range:
        return Typed("range", num=low, high=high, unit=values.unit)
    return Typed("num", num=low, unit=values.unit)


def _values(host: _Host, exprs: list[ast.Expr], what: str, span: Span) -> _Values | None:
    """Lower the values; None (reported) when one is not a number or they differ in kind."""
    typed = [host.lower(e) for e in exprs]
    if any(t.kind == "error" for t in typed):
        return None
    for t, e in zip(typed, exprs, strict=True):
        if t.kind not in {"num", "range"}:
            host.diagnostics.append(
                error(
                    "T031",
                    f"{what} between numbers, but this is {words(t)}",
                    e.span,
                    "give a number (with its unit) for each value; to combine conditions "
                    "use `and`, `or` and `not`",
                )
            )
            return None
    variable = [t for t in typed if not isinstance(t.num, ir.NumConst)]
    unit = (variable or typed)[0].unit
    lows: list[ir.NumExpr] = []
    highs: list[ir.NumExpr] = []
    for t, e in zip(typed, exprs, strict=True):
        if not t.unit.compatible(unit):
            _mismatch(host, t.unit, unit, what, e.span)
            return None
        factor = conversion(t.unit, unit)
        assert t.num is not None
        lows.append(ir.scaled(t.num, factor))
        highs.append(ir.scaled(t.high if t.high is not None else t.num, factor))
    return _Values(tuple(lows), tuple(highs), unit, any(t.kind == "range" for t in typed))


def _mismatch(host: _Host, unit: Unit, other: Unit, what: str, span: Span) -> None:
    if unit.is_dimensionless() or other.is_dimensionless():
        measured = other if unit.is_dimensionless() else unit
        message = f"{what} a plain number and a measurement in {format_unit(measured)}"
        hint = f"write the unit after the number, for example `1 {format_unit(measured)}`"
    else:
        message = (
            f"{what} values in {format_unit(unit)} and {format_unit(other)}, "
            "which measure different things"
        )
        hint = "every value must measure the same thing, in any of its units"
    host.diagnostics.append(error("T030", message, span, hint))


def _checked_arms(
    host: _Host, expr: ast.Lookup, decl: ast.Input
) -> tuple[ast.LookupArm, ...] | None:
    """The arms, when each names a choice of the input once and every choice is covered."""
    assert isinstance(decl.type, ast.ChoiceType)
    allowed = [o.name for o in decl.type.options]
    seen: dict[str, ast.LookupArm] = {}
    ok = True
    otherwise = next((a for a in expr.arms if a.choice is None), None)
    for arm in expr.arms:
        if arm.choice is None:
            continue
        name = arm.choice.name
        if name not in allowed:
            close = difflib.get_close_matches(name, allowed, n=1, cutoff=0.5)
            hint = (
                f"did you mean `{close[0]}`?"
                if close
                else "the choices are " + ", ".join(f"`{a}`" for a in allowed)
            )
            message = f"`{name}` is not one of the choices of `{decl.name}`"
            host.diagnostics.append(error("N031", message, arm.choice.span, hint))
            ok = False
        elif name in seen:
            host.diagnostics.append(
                error(
                    "N032",
                    f"the choice `{name}` is given twice in this lookup",
                    arm.choice.span,
                    f"give each choice one value: keep one `{name} -> ...`",
                )
            )
            ok = False
        else:
            seen[name] = arm
    missing = [a for a in allowed if a not in seen]
    if ok and missing and otherwise is None:
        listed = ", ".join(f"`{m}`" for m in missing)
        host.diagnostics.append(
            error(
                "T033",
                f"this lookup gives no value when `{decl.name}` is {listed}",
                expr.span,
                f"add `{missing[0]} -> value` for each missing choice, or a last "
                "`otherwise -> value`",
            )
        )
        ok = False
    if ok and not missing and otherwise is not None:
        host.diagnostics.append(
            warning(
                "T036",
                f"every choice of `{decl.name}` has its value, so `otherwise` is never used",
                otherwise.span,
                "remove the `otherwise -> ...` arm",
            )
        )
    return expr.arms if ok else None
