"""Lowering of what limits a dose and when to look again: `dose cap`, `daily maximum`,
`review in` and `recheck ... in`, and the working shown beside a computed figure.

A cap is converted exactly into the dose's unit; a daily maximum is an amount per
day (an amount written without a time, `daily maximum 4 g`, is read as per day);
review and recheck times are fixed lengths of time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from compiler.semantics import ir
from compiler.semantics.resolve import Resolver, Typed
from dsl import ast
from dsl.units import Unit, conversion, dose_problem, format_unit, parse_unit

Report = Callable[..., None]  # (code, message, span, *hints)

DAY = parse_unit("day")
_PER_DAY = Unit((("day", -1),))


def _is_time(symbol: str) -> bool:
    return Unit(((symbol, 1),)).compatible(DAY)


def without_time(unit: Unit) -> Unit:
    """The unit with its `per unit of time` removed (`mg/day` -> `mg`)."""
    return Unit(tuple(t for t in unit.terms if not (t[1] == -1 and _is_time(t[0]))))


def per_time(unit: Unit) -> str | None:
    """The time symbol a unit is per (`mg/day` -> `day`), or None."""
    return next((s for s, e in unit.terms if e == -1 and _is_time(s)), None)


def value_refs(expr: ast.Expr) -> Iterator[ast.Ref]:
    """The names whose values make up a quantity: not those only tested by a condition
    (of an `if`, or the choice a `lookup` reads), whose outcome the rule's steps say."""
    if isinstance(expr, ast.Ref):
        yield expr
    elif isinstance(expr, ast.Arith | ast.Limit):
        left, right = (expr.left, expr.right) if isinstance(expr, ast.Arith) else (
            expr.value, expr.limit)  # fmt: skip
        yield from value_refs(left)
        yield from value_refs(right)
    elif isinstance(expr, ast.Neg):
        yield from value_refs(expr.operand)
    elif isinstance(expr, ast.IfValue):
        yield from value_refs(expr.then)
        yield from value_refs(expr.otherwise)
    elif isinstance(expr, ast.Lookup):
        for arm in expr.arms:
            yield from value_refs(arm.value)
    elif isinstance(expr, ast.Call):
        for arg in expr.args:
            yield from value_refs(arg)


@dataclass
class DoseLimits:
    """Lowers the limit and timing fields of one guideline's recommendations."""

    resolver: Resolver
    report: Report

    # ------------------------------------------------------------- working
    def working(self, expr: ast.Expr) -> ir.Working:
        """The expression as written, each numeric fact or definition it reads replaced
        by the patient's value (shown with its unit), `*` shown as `x`."""
        line = self.resolver.source.line_text(expr.span.line)
        start = expr.span.column - 1
        end = expr.span.end_column - 1 if expr.span.end_line == expr.span.line else len(line)
        parts: list[str | ir.Shown] = []
        at = start
        refs = sorted(
            (r for r in value_refs(expr) if r.span.line == expr.span.line),
            key=lambda r: r.span.column,
        )
        for ref in refs:
            typed = self.resolver.lower(ref)
            if typed.kind != "num" or typed.num is None or ref.span.column - 1 < at:
                continue
            parts.append(line[at : ref.span.column - 1])
            parts.append(ir.Shown(typed.num, self._unit_text(ref.name, typed.unit)))
            at = ref.span.end_column - 1
        parts.append(line[at:end])
        shown = [p.replace("*", "x") if isinstance(p, str) else p for p in parts]
        shown[0] = shown[0].lstrip() if isinstance(shown[0], str) else shown[0]
        shown[-1] = shown[-1].rstrip() if isinstance(shown[-1], str) else shown[-1]
        return tuple(p for p in shown if p != "")

    def _unit_text(self, name: str, unit: Unit) -> str:
        """An input's unit as declared (`mL/min`), a definition's as computed."""
        decl = self.resolver.inputs.get(name)
        if decl is not None and isinstance(decl.type, ast.NumberType):
            return decl.type.unit or ""
        return format_unit(unit)

    # ----------------------------------------------------------------- cap
    def cap(self, field: ast.ExprField, dose_unit: Unit) -> ir.NumExpr | None:
        """The cap's value in the dose's unit, or None after reporting why it cannot be."""
        typed = self.resolver.lower(field.expr)
        if typed.kind == "error":
            return None
        dose_text = format_unit(dose_unit)
        if typed.kind == "range":
            self.report(
                "T043",
                "a dose cap is one amount, not a range",
                field.expr.span,
                f"write the most one dose may be, for example `dose cap 750 {dose_text}`",
            )
            return None
        if typed.kind != "num" or not typed.unit.compatible(dose_unit):
            written = format_unit(typed.unit) if typed.kind == "num" else "no amount"
            self.report(
                "T042",
                f"a dose cap must be an amount of the same kind as the dose ({dose_text}), "
                f"not {written or 'a plain number'}",
                field.expr.span,
                *_cap_hints(typed, dose_unit),
            )
            return None
        assert typed.num is not None
        return ir.scaled(typed.num, conversion(typed.unit, dose_unit))

    # ------------------------------------------------------- daily maximum
    def daily_maximum(self, field: ast.ExprField, dose_unit: Unit | None) -> ir.DailyMaximum | None:
        """The daily maximum as an amount per day, or None after reporting why not."""
        typed = self.resolver.lower(field.expr)
        if typed.kind == "error":
            return None
        span = field.expr.span
        hint = (
            "write an amount per day, such as `daily maximum 4 g/day` or "
            "`daily maximum 60 mg/kg/day * weight`; an amount alone (`4 g`) is read as per day"
        )
        if typed.kind == "range":
            self.report("T044", "a daily maximum is one amount per day, not a range", span, hint)
            return None
        if typed.kind != "num" or typed.unit.is_dimensionless():
            self.report("T044", "a daily maximum must be an amount per day", span, hint)
            return None
        time = per_time(typed.unit)
        amount = without_time(typed.unit)
        if (time is not None and time != "day") or dose_problem(amount) is not None:
            self.report(
                "T044",
                f"a daily maximum cannot be measured in {format_unit(typed.unit)}: it must "
                "be an amount of drug per day",
                span,
                hint,
            )
            return None
        if dose_unit is not None and not amount.compatible(without_time(dose_unit)):
            self.report(
                "T045",
                f"the daily maximum ({format_unit(typed.unit)}) is not the same kind of amount "
                f"as the dose ({format_unit(dose_unit)})",
                span,
                "give the daily maximum in units of the dose's kind (a mass for a dose in mg, "
                "a volume for a dose in mL); a per-kg maximum needs a per-kg dose: multiply "
                "it by the weight (`60 mg/kg/day * weight`)",
            )
            return None
        assert typed.num is not None
        unit = typed.unit if time is not None else typed.unit * _PER_DAY
        rule = self.resolver.text(span)
        inputs = tuple(dict.fromkeys(ir.num_inputs(typed.num)))
        return ir.DailyMaximum(typed.num, format_unit(unit), rule, inputs, self.working(field.expr))

    # -------------------------------------------------------------- timing
    def timing(self, timing: ast.Timing) -> ir.Timing | None:
        """A review or recheck time, fixed, in the unit written; None after a report."""
        typed = self.resolver.lower(timing.expr)
        if typed.kind == "error":
            return None
        span = timing.expr.span
        example = (
            'for example `review in 2 to 3 months "Review the response"` or '
            '`recheck "CK" in 2 to 6 weeks`'
        )
        if typed.kind not in {"num", "range"} or not typed.unit.compatible(DAY):
            shown = format_unit(typed.unit) if typed.kind in {"num", "range"} else ""
            self.report(
                "T040",
                f"`{timing.kind}` needs a length of time"
                + (f", not an amount in {shown}" if shown else ""),
                span,
                "use days, weeks, months or years; " + example,
            )
            return None
        high = typed.high if typed.high is not None else typed.num
        if not isinstance(typed.num, ir.NumConst) or not isinstance(high, ir.NumConst):
            self.report(
                "T041",
                f"the time of a `{timing.kind}` must be fixed, not computed for the patient",
                span,
                example,
            )
            return None
        unit = format_unit(typed.unit, plural=not typed.num.value == high.value == 1)
        written = self.resolver.text(span)
        low_value, high_value = float(typed.num.value), float(high.value)
        return ir.Timing(timing.kind, low_value, high_value, unit, timing.text, written)


def _cap_hints(typed: Typed, dose_unit: Unit) -> tuple[str, ...]:
    per_kg_dose = any(e == -1 and not _is_time(s) for s, e in dose_unit.terms)
    cap_per_kg = typed.kind == "num" and any(
        e == -1 and not _is_time(s) for s, e in typed.unit.terms
    )
    if cap_per_kg and not per_kg_dose:
        return (
            "a per-kg cap cannot limit a dose already multiplied by the weight: multiply "
            "the cap by the weight too (`dose cap 15 mg/kg * weight`), or give it as an "
            f"amount (`dose cap 750 {format_unit(dose_unit)}`)",
        )
    return (
        f"give the most one dose may be in {format_unit(dose_unit)} or a unit of the "
        f"same kind, for example `dose cap 750 {format_unit(dose_unit)}`",
    )

