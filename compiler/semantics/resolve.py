"""Resolves names, checks types and units, and lowers expressions to the IR.

An expression that has an error lowers to an `error` type, which never causes a
second diagnostic: one mistake, one message.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction

from compiler.semantics import ir
from compiler.semantics.narrative import narratives
from compiler.semantics.typed import ERROR, Typed, words
from compiler.semantics.values import ValueLowering
from dsl import ast
from dsl.diagnostics import Diagnostic, error, warning
from dsl.source import SourceFile, Span
from dsl.units import (
    MOLAR_UNIT,
    NONE,
    Molar,
    Unit,
    UnitError,
    conversion,
    declared_molar,
    format_unit,
    parse_unit,
    through,
)

_FLIP = {">=": "<=", "<=": ">=", ">": "<", "<": ">", "=": "=", "!=": "!="}


def molar_mass(kind: ast.NumberType) -> Molar | None:
    """The molar mass a number input declares (`molar mass 113.12 g/mol`, or through a
    conversion such as `convert 1 mg/dL = 88.4 umol/L`), exact, when it is usable."""
    if kind.conversion is not None:
        return _conversion_molar(kind.conversion)
    declared = kind.molar_mass
    if declared is None or declared.value <= 0:
        return None
    try:
        unit = parse_unit(declared.unit)
    except UnitError:
        return None
    if not unit.compatible(MOLAR_UNIT):
        return None
    return declared.value, unit


def conversion_sides(
    declared: ast.Conversion,
) -> tuple[tuple[Fraction, Unit], tuple[Fraction, Unit]] | None:
    """A conversion's mass side and molar side, in that order, or None when it is not the
    same substance's mass and molar concentration (or a number is not positive)."""
    try:
        left = declared.left, parse_unit(declared.left_unit)
        right = declared.right, parse_unit(declared.right_unit)
    except UnitError:
        return None
    if declared.left <= 0 or declared.right <= 0:
        return None
    if (left[1] / right[1]).compatible(MOLAR_UNIT):
        return left, right
    if (right[1] / left[1]).compatible(MOLAR_UNIT):
        return right, left
    return None


def _conversion_molar(declared: ast.Conversion) -> Molar | None:
    sides = conversion_sides(declared)
    return None if sides is None else declared_molar(*sides)


_words = words


@dataclass
class Resolver(ValueLowering):
    """Lowers AST expressions in the scope of one guideline's inputs and definitions."""

    source: SourceFile
    inputs: dict[str, ast.Input]
    definitions: dict[str, ast.Definition]
    diagnostics: list[Diagnostic] = field(default_factory=list)
    _cache: dict[str, Typed] = field(default_factory=dict)
    _active: list[str] = field(default_factory=list)
    _like: Unit | None = None  # the unit the value being lowered is compared with
    used: set[str] = field(default_factory=set)
    scores: dict[str, ast.Score] = field(default_factory=dict)
    _scores: dict[str, ir.Score | None] = field(default_factory=dict)

    # -------------------------------------------------------------- helpers
    def text(self, span: Span) -> str:
        """The source text a span covers (first line only)."""
        line = self.source.line_text(span.line)
        end = span.end_column - 1 if span.end_line == span.line else len(line)
        return line[span.column - 1 : end].strip()

    def _err(self, code: str, message: str, span: Span, *hints: str) -> Typed:
        self.diagnostics.append(error(code, message, span, *hints))
        return ERROR

    # ------------------------------------------------------------- entries
    def condition(self, expr: ast.Expr, what: str) -> ir.Cond | None:
        """Lower an expression that must be a yes/no condition."""
        t = self.lower(expr)
        if t.kind == "error":
            return None
        if t.kind != "bool":
            self._err(
                "T001",
                f"{what} must be a yes/no condition, but this is {_words(t)}",
                _span_of(expr),
                "compare it with something, for example `weight >= 40 kg` "
                "or `antibody is anti_srp`",
            )
            return None
        assert t.cond is not None
        return t.cond

    def lower(self, expr: ast.Expr) -> Typed:
        """Lower any expression."""
        handler = _HANDLERS[type(expr)]
        typed = handler(self, expr)
        if isinstance(expr, _CHOOSERS) and _chooses_by_score(typed):
            return self._err(
                "T023",
                "a score cannot be used inside `if`, `lookup`, `min`, `max`, `at most` or "
                "`at least`",
                expr.span,
                "decide on the score instead, for example `when wells >= 2:`, and give each "
                "branch its own value",
            )
        return typed

    # ------------------------------------------------------------ references
    def _ref(self, expr: ast.Ref) -> Typed:
        self.used.add(expr.name)
        if expr.name in self.inputs:
            return self._input_ref(self.inputs[expr.name], expr)
        if expr.name in self.definitions:
            return self._definition_ref(expr)
        if expr.name in self.scores:
            score = self.score(expr.name, expr.span)
            return ERROR if score is None else Typed("num", num=ir.ScoreRef(score))
        names = sorted(set(self.inputs) | set(self.definitions) | set(self.scores))
        close = difflib.get_close_matches(expr.name, names, n=1, cutoff=0.6)
        hint = f"did you mean `{close[0]}`?" if close else "declare it with `input` or `define`"
        if expr.name == "otherwise":  # `when otherwise:`
            hint = "write `otherwise:` on its own line, without `when`"
        return self._err("N001", f"`{expr.name}` is not an input or a definition", expr.span, hint)

    def _input_ref(self, decl: ast.Input, expr: ast.Ref) -> Typed:
        kind = decl.type
        if isinstance(kind, ast.YesNoType):
            return Typed("bool", cond=ir.IsTrue(decl.name, expr.name, expr.span.line))
        if isinstance(kind, ast.ChoiceType):
            return Typed("choice", choice_input=decl.name)
        if isinstance(kind, ast.DateType):
            return Typed("date", num=ir.NumInput(decl.name), unit=parse_unit("day"))
        unit = self.unit(kind.unit, kind.unit_span)
        return Typed("num", num=ir.NumInput(decl.name), unit=unit, molar=molar_mass(kind))

    def _definition_ref(self, expr: ast.Ref) -> Typed:
        name = expr.name
        if name in self._cache:
            return self._cache[name]
        if name in self._active:
            chain = " -> ".join([*self._active[self._active.index(name) :], name])
            return self._err(
                "N005",
                f"`{name}` is defined in terms of itself ({chain})",
                expr.span,
                "break the circle: a definition may only use inputs and earlier ideas",
            )
        self._active.append(name)
        result = self.lower(self.definitions[name].expr)
        self._active.pop()
        self._cache[name] = result
        return result

    def score(self, name: str, span: Span) -> ir.Score | None:
        """The score of that name, lowered once (None when it has an error)."""
        if name in self._scores:
            return self._scores[name]
        if name in self._active:
            chain = " -> ".join([*self._active[self._active.index(name) :], name])
            self._err(
                "N005",
                f"`{name}` is defined in terms of itself ({chain})",
                span,
                "break the circle: a score's criteria may only use inputs, definitions "
                "and other scores",
            )
            return None
        self._active.append(name)
        decl = self.scores[name]
        if not decl.criteria:
            self.diagnostics.append(
                warning(
                    "T024",
                    f"the score `{name}` has no `points` line, so it is always 0",
                    decl.name_span,
                    "give each criterion a line such as `points 1 when finding_a`",
                )
            )
        criteria = [self._criterion(c) for c in decl.criteria]
        self._active.pop()
        score = None
        if all(c is not None for c in criteria):
            score = ir.Score(
                decl.name,
                decl.title,
                tuple(c for c in criteria if c is not None),
                narratives(decl.narrative),
                decl.span.line,
            )
        self._scores[name] = score
        return score

    def _criterion(self, criterion: ast.Criterion) -> ir.Criterion | None:
        cond = self.condition(criterion.condition, "the condition of a `points` line")
        if cond is None:
            return None
        if criterion.points == 0:
            self.diagnostics.append(
                warning(
                    "T022",
                    "a criterion of 0 points never changes the score",
                    criterion.points_span,
                    "give it the points the source gives, or remove the line and keep what it "
                    "says as a `note`",
                )
            )
        text = self.text(criterion.condition.span)
        label = criterion.label
        if label is None:
            label = text
            subject = criterion.condition
            if isinstance(subject, ast.Ref) and subject.name in self.inputs:
                label = self.inputs[subject.name].question
        return ir.Criterion(
            Fraction(criterion.points_text),
            cond,
            label,
            text,
            narratives(criterion.narrative),
            criterion.span.line,
        )

    def unit(self, text: str | None, span: Span | None, like: Unit | None = None) -> Unit:
        """Parse a unit, reporting an unknown symbol once.

        A suggestion for a misspelled symbol has the dimension of `like` (or of the
        other side of the comparison being lowered), never another one.
        """
        try:
            return parse_unit(text, like if like is not None else self._like)
        except UnitError as exc:
            hint = (
                f"did you mean `{exc.suggestion}`?"
                if exc.suggestion
                else ("known units include kg, mg, g, U/L, days, weeks, months, years, mL, %")
            )
            if span is not None:
                self._err("T005", f"`{exc.symbol}` is not a unit this language knows", span, hint)
            return NONE

    # -------------------------------------------------------------- literals
    def _quantity(self, expr: ast.Quantity) -> Typed:
        reported = len(self.diagnostics)
        unit = self.unit(expr.unit, expr.span)
        if len(self.diagnostics) > reported:  # an unknown unit: one mistake, one message
            return ERROR
        return Typed("num", num=ir.NumConst(expr.value), unit=unit)

    def _range(self, expr: ast.RangeLit) -> Typed:
        if expr.low > expr.high:
            return self._err(
                "T009",
                f"this range runs backwards: {expr.low_text} is more than {expr.high_text}",
                expr.span,
                f"write the smaller value first: `{expr.high_text} to {expr.low_text}`",
            )
        reported = len(self.diagnostics)
        unit = self.unit(expr.unit, expr.span)
        if len(self.diagnostics) > reported:
            return ERROR
        return Typed("range", num=ir.NumConst(expr.low), high=ir.NumConst(expr.high), unit=unit)

    def _bool(self, expr: ast.BoolLit) -> Typed:
        return Typed("bool", cond=ir.Const(expr.value))

    def _date(self, expr: ast.DateLit) -> Typed:
        day = ir.NumConst(Fraction(expr.value.toordinal()))
        return Typed("date", num=day, unit=parse_unit("day"))

    # ----------------------------------------------------------- comparisons
    def _compare(self, expr: ast.Compare) -> Typed:
        left = self.lower(expr.left)
        # `response >= inadequate`: the right side is a choice, not a name to resolve
        right = left if left.kind == "choice" else self._lower_like(expr.right, left)
        if "error" in (left.kind, right.kind):
            return ERROR
        if left.kind == "choice" or right.kind == "choice":
            return self._err(
                "T006",
                "a choice is tested with `is`, not with a comparison sign",
                expr.span,
                "write for example `response is inadequate` or `antibody is one of a, b`",
            )
        if "range" in (left.kind, right.kind):
            return self._err(
                "T004",
                "a range of values cannot be compared; compare with a single value",
                expr.span,
                "split it, for example `weeks >= 4 weeks and weeks <= 6 weeks`",
            )
        if left.kind != right.kind or left.kind not in {"num", "date"}:
            return self._err(
                "T001",
                f"{_words(left)} cannot be compared with {_words(right)}",
                expr.span,
                "both sides of a comparison must be numbers of the same kind, or both dates",
            )
        lhs, rhs = self._align(left, right, expr.span)
        if lhs is None or rhs is None:
            return ERROR
        text = self.text(expr.span)
        op = expr.op
        if isinstance(lhs, ir.NumConst) and not isinstance(rhs, ir.NumConst):
            lhs, rhs, op = rhs, lhs, _FLIP[op]
        return Typed("bool", cond=ir.CmpNum(op, lhs, rhs, text, expr.span.line))

    def _lower_like(self, expr: ast.Expr, other: Typed) -> Typed:
        """Lower `expr`, the other side of a comparison with `other`."""
        outer = self._like
        self._like = other.unit if other.kind == "num" and other.unit.terms else None
        try:
            return self.lower(expr)
        finally:
            self._like = outer

    def _align(
        self, left: Typed, right: Typed, span: Span
    ) -> tuple[ir.NumExpr | None, ir.NumExpr | None]:
        """Bring the two sides to one unit, converting constants where possible."""
        assert left.num is not None and right.num is not None
        if left.unit.compatible(right.unit):
            if left.unit == right.unit:
                return left.num, right.num
            if isinstance(left.num, ir.NumConst):
                return ir.scaled(left.num, conversion(left.unit, right.unit)), right.num
            return left.num, ir.scaled(right.num, conversion(right.unit, left.unit))
        converted = _molar_align(left, right)
        if converted is not None:
            return converted
        if left.unit.is_dimensionless() or right.unit.is_dimensionless():
            measured = left if not left.unit.is_dimensionless() else right
            self._err(
                "T003",
                f"a plain number is compared with a measurement in {format_unit(measured.unit)}",
                span,
                f"write the unit after the number, for example `40 {format_unit(measured.unit)}`",
            )
            return None, None
        self._err(
            "T002",
            f"{format_unit(left.unit)} and {format_unit(right.unit)} measure different things "
            "and cannot be compared or added",
            span,
            _mismatch_hint(left.unit, right.unit),
        )
        return None, None

    def _is_choice(self, expr: ast.IsChoice) -> Typed:
        subject = self.lower(expr.subject)
        if subject.kind == "error":
            return ERROR
        if subject.kind == "bool":
            assert subject.cond is not None
            return self._is_yes_no(expr, subject.cond)
        if subject.kind != "choice":
            return self._err(
                "T006",
                f"`is` tests a choice, but this is {_words(subject)}",
                expr.span,
                "use a comparison such as `>=` for numbers",
            )
        assert subject.choice_input is not None
        decl = self.inputs[subject.choice_input]
        assert isinstance(decl.type, ast.ChoiceType)
        allowed = [o.name for o in decl.type.options]
        for choice in expr.choices:
            if choice.name not in allowed:
                close = difflib.get_close_matches(choice.name, allowed, n=1, cutoff=0.5)
                hint = (
                    f"did you mean `{close[0]}`?"
                    if close
                    else "the choices are " + ", ".join(f"`{a}`" for a in allowed)
                )
                return self._err(
                    "N003",
                    f"`{choice.name}` is not one of the choices of `{decl.name}`",
                    choice.span,
                    hint,
                )
        names = tuple(c.name for c in expr.choices)
        atom = ir.CmpChoice(decl.name, names, expr.negated, self.text(expr.span), expr.span.line)
        return Typed("bool", cond=atom)

    def _is_yes_no(self, expr: ast.IsChoice, cond: ir.Cond) -> Typed:
        """`x is yes` / `x is no` on a yes/no input or any yes/no condition."""
        name = self.text(expr.subject.span)
        if len(expr.choices) != 1 or expr.choices[0].name not in {"yes", "no"}:
            return self._err(
                "N003",
                f"`{name}` is a yes/no fact: test it with `is yes` or `is no`",
                expr.span,
                f"or write just `{name}` or `not {name}`",
            )
        positive = (expr.choices[0].name == "yes") != expr.negated
        if isinstance(cond, ir.IsTrue):
            cond = ir.IsTrue(cond.input, self.text(expr.span), expr.span.line)
        return Typed("bool", cond=cond if positive else ir.NotC(cond))

    def _is_known(self, expr: ast.IsKnown) -> Typed:
        subject = expr.subject
        if not isinstance(subject, ast.Ref) or subject.name not in self.inputs:
            if isinstance(subject, ast.Ref) and subject.name not in self.definitions:
                return self._ref(subject)
            return self._err(
                "T010",
                "only an input can be tested with `is known` or `is unknown`",
                expr.span,
                "test the inputs the definition is built from",
            )
        self.used.add(subject.name)
        decl = self.inputs[subject.name]
        if not decl.may_be_unknown:
            self.diagnostics.append(
                warning(
                    "U003",
                    f"`{decl.name}` can never be unknown, so this test is always "
                    f"{'yes' if expr.known else 'no'}",
                    expr.span,
                    f"add `or unknown` to the input `{decl.name}` if it may be missing",
                )
            )
        atom = ir.Known(decl.name, expr.known, self.text(expr.span), expr.span.line)
        return Typed("bool", cond=atom)

    # ------------------------------------------------------------ connectives
    def _not(self, expr: ast.Not) -> Typed:
        cond = self.condition(expr.operand, "what follows `not`")
        return ERROR if cond is None else Typed("bool", cond=ir.NotC(cond))

    def _boolop(self, expr: ast.BoolOp) -> Typed:
        parts = [self.condition(o, f"each side of `{expr.op}`") for o in expr.operands]
        if any(p is None for p in parts):
            return ERROR
        ops = tuple(p for p in parts if p is not None)
        return Typed("bool", cond=ir.AndC(ops) if expr.op == "and" else ir.OrC(ops))

    # ------------------------------------------------------------- arithmetic
    def _arith(self, expr: ast.Arith) -> Typed:
        left, right = self.lower(expr.left), self.lower(expr.right)
        if "error" in (left.kind, right.kind):
            return ERROR
        for side in (left, right):
            if side.kind not in {"num", "range", "date"}:
                return self._err(
                    "T001",
                    f"{_words(side)} cannot be used in arithmetic",
                    expr.span,
                    "arithmetic works on numbers with units",
                )
        if expr.op in "*/":
            return self._scale(expr, left, right)
        return self._sum(expr, left, right)

    def _scale(self, expr: ast.Arith, left: Typed, right: Typed) -> Typed:
        if "date" in (left.kind, right.kind) or (left.kind == right.kind == "range"):
            return self._err(
                "T004",
                f"these values cannot be combined with `{expr.op}`",
                expr.span,
                "multiply or divide a range or a number by a single number",
            )
        if right.num is not None and ir.scores_in(right.num) and (
            expr.op == "/" or (left.num is not None and ir.scores_in(left.num))
        ):
            return self._err(
                "T020",
                "a score can be added to, subtracted from, or multiplied or divided by a "
                "value that does not use a score, but not "
                + ("divided by" if expr.op == "/" else "multiplied by another score"),
                expr.span,
                "compare the score itself, for example `wells >= 2`",
            )
        if expr.op == "/" and isinstance(right.num, ir.NumConst) and right.num.value == 0:
            return self._err(
                "T001", "this divides by zero", expr.span, "divide by a number other than 0"
            )
        unit = left.unit * right.unit if expr.op == "*" else left.unit / right.unit
        lo = _op(expr.op, _lo(left), _lo(right))
        if "range" in (left.kind, right.kind):
            hi = _op(expr.op, _hi(left), _hi(right) if expr.op == "*" else _lo(right))
            if expr.op == "/" and right.kind == "range":
                return self._err("T004", "a value cannot be divided by a range", expr.span)
            return Typed("range", num=lo, high=hi, unit=unit)
        return Typed("num", num=lo, unit=unit)

    def _sum(self, expr: ast.Arith, left: Typed, right: Typed) -> Typed:
        if "range" in (left.kind, right.kind):
            return self._err(
                "T004",
                "ranges cannot be added or subtracted",
                expr.span,
                "add a single value, or write the range you mean",
            )
        if left.kind == "date" or right.kind == "date":
            return self._date_sum(expr, left, right)
        lhs, rhs = self._align(left, right, expr.span)
        if lhs is None or rhs is None:
            return ERROR
        unit = left.unit if not isinstance(left.num, ir.NumConst) else right.unit
        return Typed("num", num=ir.NumOp(expr.op, lhs, rhs), unit=unit)

    def _date_sum(self, expr: ast.Arith, left: Typed, right: Typed) -> Typed:
        day = parse_unit("day")
        assert left.num is not None and right.num is not None
        if left.kind == right.kind == "date" and expr.op == "-":
            return Typed("num", num=ir.NumOp("-", left.num, right.num), unit=day)
        if left.kind == "date" and right.kind == "num" and right.unit.compatible(day):
            moved = ir.scaled(right.num, conversion(right.unit, day))
            return Typed("date", num=ir.NumOp(expr.op, left.num, moved), unit=day)
        return self._err(
            "T002",
            "a date can only be moved by a duration, or subtracted from another date",
            expr.span,
            "for example `onset + 3 months` or `today - onset`",
        )

    def _neg(self, expr: ast.Neg) -> Typed:
        inner = self.lower(expr.operand)
        if inner.kind != "num":
            return (
                ERROR
                if inner.kind == "error"
                else self._err("T001", f"{_words(inner)} cannot be negated", expr.span)
            )
        assert inner.num is not None
        return Typed("num", num=ir.NumNeg(inner.num), unit=inner.unit)


def _mismatch_hint(left: Unit, right: Unit) -> str:
    """What to do about two units of different kinds (a molar mass, for mg/dL and umol/L)."""
    if (left / MOLAR_UNIT).compatible(right) or (left * MOLAR_UNIT).compatible(right):
        return (
            "mass and molar concentrations convert only through the substance's molar mass: "
            "declare it on the input, for example `molar mass 113.12 g/mol` after its range, "
            "or the factor the source gives, for example `convert 1 mg/dL = 88.4 umol/L`"
        )
    return "check that you used the right input and unit"


def _molar_align(left: Typed, right: Typed) -> tuple[ir.NumExpr, ir.NumExpr] | None:
    """An input with a molar mass beside a constant of the other kind (mg/dL beside umol/L)."""
    assert left.num is not None and right.num is not None
    if left.molar is not None and isinstance(right.num, ir.NumConst):
        value = through(right.num.value, right.unit, left.molar, left.unit)
        return None if value is None else (left.num, ir.NumConst(value))
    if right.molar is not None and isinstance(left.num, ir.NumConst):
        value = through(left.num.value, left.unit, right.molar, right.unit)
        return None if value is None else (ir.NumConst(value), right.num)
    return None


def _lo(t: Typed) -> ir.NumExpr:
    assert t.num is not None
    return t.num


def _hi(t: Typed) -> ir.NumExpr:
    return t.high if t.high is not None else _lo(t)


def _op(op: str, left: ir.NumExpr, right: ir.NumExpr) -> ir.NumExpr:
    if isinstance(left, ir.NumConst) and isinstance(right, ir.NumConst):
        value = left.value * right.value if op == "*" else left.value / right.value
        return ir.NumConst(value)
    return ir.NumOp(op, left, right)


def _span_of(expr: ast.Expr) -> Span:
    return expr.span


_CHOOSERS = (ast.IfValue, ast.Lookup, ast.Call, ast.Limit)


def _chooses_by_score(typed: Typed) -> bool:
    """A chosen value that reads a score in its condition, its branches or its arguments."""
    for expr in (typed.num, typed.high):
        for part in [] if expr is None else ir.num_parts(expr):
            if isinstance(part, ir.NumIf):
                inside = [part.then, part.otherwise]
                if any(ir.is_score_atom(a) for a in ir.atoms(part.cond)):
                    return True
            else:
                inside = list(part.args)
            if any(ir.scores_in(e) for e in inside):
                return True
    return False


_HANDLERS: dict[type, Callable[[Resolver, ast.Expr], Typed]] = {
    ast.Ref: Resolver._ref,  # type: ignore[dict-item]
    ast.Quantity: Resolver._quantity,  # type: ignore[dict-item]
    ast.RangeLit: Resolver._range,  # type: ignore[dict-item]
    ast.BoolLit: Resolver._bool,  # type: ignore[dict-item]
    ast.DateLit: Resolver._date,  # type: ignore[dict-item]
    ast.Compare: Resolver._compare,  # type: ignore[dict-item]
    ast.IsChoice: Resolver._is_choice,  # type: ignore[dict-item]
    ast.IsKnown: Resolver._is_known,  # type: ignore[dict-item]
    ast.Not: Resolver._not,  # type: ignore[dict-item]
    ast.BoolOp: Resolver._boolop,  # type: ignore[dict-item]
    ast.Arith: Resolver._arith,  # type: ignore[dict-item]
    ast.Neg: Resolver._neg,  # type: ignore[dict-item]
    ast.IfValue: Resolver.if_value,  # type: ignore[dict-item]
    ast.Lookup: Resolver.lookup,  # type: ignore[dict-item]
    ast.Call: Resolver.call,  # type: ignore[dict-item]
    ast.Limit: Resolver.limit,  # type: ignore[dict-item]
}

__all__ = ["ERROR", "Resolver", "Typed"]
