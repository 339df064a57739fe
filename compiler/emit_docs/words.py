"""Conditions, facts and recommendation kinds in the words a clinician reads.

Input names are replaced by their questions, choice names by their labels,
and numbers carry the unit of the input they are compared with.
"""

from __future__ import annotations

import datetime as dt
import sys
from fractions import Fraction

from compiler.semantics import ir
from compiler.semantics.numbers import fmt_number
from dsl.units import format_unit

_OPS = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "=", "!=": "≠"}
_FLIP = {">=": "<", "<=": ">", ">": "≤", "<": "≥", "=": "≠", "!=": "="}
_FLIP_OP = {">=": "<", "<=": ">", ">": "<=", "<": ">=", "=": "!=", "!=": "="}
_KINDS = {
    "start": "Start",
    "stop": "Stop",
    "add": "Add",
    "consider": "Consider",
    "choose": "Choose one",
    "refer": "Refer",
    "assess": "Assess",
    "monitor": "Monitor",
    "advise": "Advise",
    "caution": "Caution",
}


def number(value: Fraction | float) -> str:
    """A number as a clinician writes it: `35`, `0.5`, `35.15`."""
    return fmt_number(value)


def kind_words(kind: str) -> str:
    """`start` -> `Start`, `choose` -> `Choose one`."""
    return _KINDS.get(kind, kind.capitalize())


def strength_words(strength: str) -> str:
    """A strength as the page shows it; `not_graded` in words."""
    return "not graded in the source" if strength == "not_graded" else strength


def choice_label(decl: ir.Input, name: str) -> str:
    """The label of a choice of a one-of input (its name when it has none)."""
    for choice in decl.choices:
        if choice.name == name:
            return choice.label or name.replace("_", " ")
    return name.replace("_", " ")


def value_words(decl: ir.Input, value: object) -> str:
    """A fact's value as shown to a clinician: `70 kg`, `yes`, `Adequate`, `unknown`."""
    if value is None:
        return "unknown"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if decl.kind == "choice":
        return choice_label(decl, str(value))
    if isinstance(value, int) and too_large_for_float(value):
        return _in_unit(huge_int(value), decl)
    if isinstance(value, int | float):
        return quantity(float(value), decl)
    return str(value)


def too_large_for_float(value: int) -> bool:
    """True for an integer beyond the largest float (`float()` refuses it)."""
    return not isinstance(value, bool) and abs(value) > sys.float_info.max


def huge_int(value: int) -> str:
    """An integer too large for a float, in scientific notation: `1.797e+308`."""
    digits = str(abs(value))
    sign = "-" if value < 0 else ""
    return f"{sign}{digits[0]}.{digits[1:4]}e+{len(digits) - 1}"


def quantity(value: Fraction | float, decl: ir.Input | None) -> str:
    """`70 kg`, `4 weeks`, `1 week`: a number in the unit of an input."""
    return _in_unit(number(value), decl)


def _in_unit(text: str, decl: ir.Input | None) -> str:
    """A number's text followed by the unit of an input (singular for exactly 1)."""
    if decl is None or not decl.unit_text:
        return text
    unit = decl.unit_text
    if decl.unit is not None and not decl.unit.is_dimensionless():
        unit = format_unit(decl.unit, plural=text != "1")
    return f"{text} {unit}"


def type_words(decl: ir.Input) -> str:
    """`yes/no`, `one of: Adequate, Inadequate`, `number (steps of 0.1)`."""
    if decl.kind == "yesno":
        return "yes/no"
    if decl.kind == "choice":
        return "one of: " + ", ".join(choice_label(decl, c.name) for c in decl.choices)
    if decl.kind == "date":
        return "date (YYYY-MM-DD)"
    if decl.kind == "whole":
        return "whole number"
    step = f" (steps of {number(decl.step)})" if decl.step else ""
    return f"number{step}"


def range_words(decl: ir.Input) -> str:
    """`1 to 400 kg`, or an empty string for inputs without a range."""
    if decl.low is None or decl.high is None:
        return ""
    return f"{number(decl.low)} to {quantity(decl.high, decl)}"


class CondWords:
    """Renders IR conditions of one guideline as clinical text."""

    def __init__(self, guideline: ir.Guideline) -> None:
        self.guideline = guideline
        self.decls = {i.name: i for i in guideline.inputs}

    def question(self, name: str) -> str:
        """The question of an input (its name when it is not declared)."""
        decl = self.decls.get(name)
        return decl.question if decl else name

    def cond(self, cond: ir.Cond) -> str:
        """A whole condition."""
        if isinstance(cond, ir.Const):
            return "always" if cond.value else "never"
        if isinstance(cond, ir.NotC):
            return self._not(cond.operand)
        if isinstance(cond, ir.AndC | ir.OrC):
            joiner = " and " if isinstance(cond, ir.AndC) else " or "
            other = ir.OrC if isinstance(cond, ir.AndC) else ir.AndC
            parts = [self._group(op, other) for op in cond.operands]
            return joiner.join(parts)
        return self.atom(cond, negated=False)

    def _group(self, cond: ir.Cond, needs_parens: type) -> str:
        text = self.cond(cond)
        return f"({text})" if isinstance(cond, needs_parens) else text

    def _not(self, operand: ir.Cond) -> str:
        if isinstance(operand, ir.CmpNum | ir.CmpChoice | ir.IsTrue | ir.Known):
            return self.atom(operand, negated=True)
        if isinstance(operand, ir.NotC):
            return self.cond(operand.operand)
        return f"not ({self.cond(operand)})"

    def atom(self, atom: ir.Atom, negated: bool) -> str:
        """One atomic test, possibly negated."""
        if isinstance(atom, ir.IsTrue):
            return f"{self.question(atom.input)}: {'no' if negated else 'yes'}"
        if isinstance(atom, ir.Known):
            known = atom.known != negated
            return f"{self.question(atom.input)}: {'known' if known else 'not known'}"
        if isinstance(atom, ir.CmpChoice):
            return self._choice(atom, atom.negated != negated)
        op = _FLIP_OP[atom.op] if negated else atom.op
        return self._compare(atom, op)

    def _choice(self, atom: ir.CmpChoice, negated: bool) -> str:
        decl = self.decls.get(atom.input)
        labels = [choice_label(decl, c) if decl else c for c in atom.choices]
        if len(labels) > 1:
            verb = "is not one of" if negated else "is one of"
            return f"{self.question(atom.input)} {verb}: " + ", ".join(labels)
        return f"{self.question(atom.input)} {'is not' if negated else 'is'} {labels[0]}"

    def _compare(self, atom: ir.CmpNum, op: str) -> str:
        context = _context_input(atom, self.decls)
        left = self.expr(atom.left, context)
        right = self.expr(atom.right, context)
        return f"{left} {_OPS[op]} {right}"

    def expr(self, expr: ir.NumExpr, context: ir.Input | None = None) -> str:
        """A numeric expression; constants take the unit of the input in context."""
        if isinstance(expr, ir.NumInput):
            return self.question(expr.name)
        if isinstance(expr, ir.ScoreRef):
            return expr.score.title
        if isinstance(expr, ir.NumConst):
            return _const_words(expr.value, context)
        if isinstance(expr, ir.NumNeg):
            return f"−{self.expr(expr.operand)}"
        if isinstance(expr, ir.NumIf):
            then, otherwise = self.expr(expr.then, context), self.expr(expr.otherwise, context)
            return f"({then} if {self.cond(expr.cond)}, else {otherwise})"
        if isinstance(expr, ir.NumPick):
            args = [self.expr(arg, context) for arg in expr.args]
            if expr.limit:
                return f"({args[0]}, at {'most' if expr.op == 'min' else 'least'} {args[1]})"
            which = "smallest" if expr.op == "min" else "largest"
            return f"(the {which} of {', '.join(args)})"
        sign = {"*": "×", "/": "÷", "+": "+", "-": "−"}.get(expr.op, expr.op)
        return f"({self.expr(expr.left)} {sign} {self.expr(expr.right)})"

    def branch(self, decision: ir.Decision, branch: ir.Branch) -> str:
        """The label of a branch: its condition, `Otherwise`, or which facts are unknown."""
        if branch.kind == "when" and branch.guard is not None:
            return self.cond(branch.guard)
        if branch.kind == "otherwise":
            return "Otherwise (none of the above)"
        names = self.unknowable_facts(decision)
        if not names:
            return "A fact it needs is not known"
        return "Not known: " + "; ".join(self.question(n) for n in names)

    def unknowable_facts(self, decision: ir.Decision) -> list[str]:
        """The facts the decision reads that may be unknown, in order."""
        seen: dict[str, None] = {}
        for branch in decision.when_branches():
            if branch.guard is not None:
                for name in ir.cond_inputs(branch.guard):
                    decl = self.decls.get(name)
                    if decl is not None and decl.may_be_unknown:
                        seen.setdefault(name, None)
        return list(seen)


def _context_input(atom: ir.CmpNum, decls: dict[str, ir.Input]) -> ir.Input | None:
    """The input a constant is compared with, when one side is a plain input."""
    for side in (atom.left, atom.right):
        if isinstance(side, ir.NumInput) and side.name in decls:
            return decls[side.name]
    return None


def _const_words(value: Fraction, context: ir.Input | None) -> str:
    if context is not None and context.kind == "date" and value.denominator == 1:
        try:
            return dt.date.fromordinal(int(value)).isoformat()
        except ValueError:
            return number(value)
    return quantity(value, context)
