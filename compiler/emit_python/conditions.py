"""Python code for conditions and numeric expressions.

Facts are local variables named `v_<fact>`. A condition whose facts can never be
unknown is one Python expression (`expr`), with Python's own short-circuit `and`
and `or`, or, where a statement is wanted, a flat `if`/`elif` chain that stops at
the first operand deciding it (`plain`). Conditions that can meet an unknown fact
are evaluated in three-valued logic,
exactly as the interpreter does: each sub-condition lands in a temporary holding
True, False or None, and `u` collects the names of the unknown facts met. Chains
stay flat however many operands they have; only nested sub-conditions indent.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from fractions import Fraction

from compiler.semantics import ir, numbers


def var(name: str) -> str:
    """The local variable holding a fact's value."""
    return f"v_{name}"


@dataclass
class Writer:
    """Accumulates indented lines and hands out fresh temporary names."""

    lines: list[str] = field(default_factory=list)
    depth: int = 0
    counter: int = 0
    uses_unknowns: bool = False

    def line(self, text: str) -> None:
        """Add one line at the current depth."""
        self.lines.append("    " * self.depth + text)

    def temp(self, prefix: str = "t") -> str:
        """A fresh local name."""
        self.counter += 1
        return f"{prefix}{self.counter}"

    def indent(self) -> Writer:
        """Use as `with w.indent():`."""
        return self

    def __enter__(self) -> None:
        self.depth += 1

    def __exit__(self, *_: object) -> None:
        self.depth -= 1


def flat_text(text: str) -> str:
    """Text on one line of printable characters (safe in a comment or a docstring)."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def comment(text: str, path: str, line: int) -> str:
    """A `# path:line: text` comment, on one line whatever the path and text hold."""
    return "# " + flat_text(f"{path}:{line}: {text}")


# Brackets an expression may nest (Python's parser refuses more than 200).
MAX_NESTING = 50


def _nesting(cond: ir.Cond) -> int:
    """How deep the condition's sub-conditions nest."""
    if isinstance(cond, ir.NotC):
        return 1 + _nesting(cond.operand)
    if isinstance(cond, ir.AndC | ir.OrC):
        return 1 + max(_nesting(o) for o in cond.operands)
    return 0


_PY_TYPES = {"number": "float", "whole": "int", "date": "str"}


def _plain_sides(atom: ir.CmpNum) -> bool:
    """A fact compared with a fact or a constant: compared as held, which is exact (see
    `compiler.semantics.numbers`); anything else is computed exactly."""
    simple = (ir.NumInput, ir.NumConst)
    return isinstance(atom.left, simple) and isinstance(atom.right, simple)


def _power_of_two(value: Fraction) -> bool:
    """1, 2, 0.5, 0.25...: a factor that scales a float exactly (within the normal range)."""
    num, den = abs(value.numerator), value.denominator
    return value > 0 and num & (num - 1) == 0 and den & (den - 1) == 0 and num * den < 2**500


@dataclass
class CondEmitter:
    """Emits conditions for one guideline."""

    guideline: ir.Guideline
    unknowable: frozenset[str]
    declared: frozenset[str] = frozenset()
    casts: set[str] = field(default_factory=set)
    corner: dict[str, str] = field(default_factory=dict)  # a score's value at an end
    constants: dict[Fraction, str] = field(default_factory=dict)  # exact module constants
    helpers: set[str] = field(default_factory=set)  # "exact": the code uses `_x`/`_Fraction`

    def within(self, unknowable: frozenset[str]) -> CondEmitter:
        """The same emitter where only `unknowable` facts can still be unknown."""
        return replace(self, unknowable=unknowable)

    def value(self, name: str) -> str:
        """The Python expression for an input's value in numeric context.

        A fact declared `or unknown` is typed optional; where it is read as a number it
        is known (its `None` test came first, or the checks proved it), so it is cast.
        """
        kind = self.guideline.input(name).kind
        raw = var(name)
        if name in self.declared:
            self.casts.add("cast")
            raw = f"cast({_PY_TYPES[kind]!r}, {raw})"
        return f"_ord({raw})" if kind == "date" else raw

    def num(self, expr: ir.NumExpr) -> str:
        """A numeric expression as one side of a comparison (see `atom_test`)."""
        if isinstance(expr, ir.NumConst):
            return self.constant(expr.value)
        if isinstance(expr, ir.NumInput):
            return self.value(expr.name)
        return self.exact(expr)[0]

    def constant(self, value: Fraction) -> str:
        """A constant compared with a fact: a float literal when that comparison is exact
        (`numbers.float_safe`), else a module constant holding the exact value."""
        if numbers.float_safe(value):
            return repr(float(value))
        return self.exact_constant(value)

    def exact_constant(self, value: Fraction) -> str:
        """The name of a module constant `_Exact(numerator, denominator)`."""
        if value not in self.constants:
            self.constants[value] = f"_K{len(self.constants) + 1}"
        return self.constants[value]

    def exact(self, expr: ir.NumExpr) -> tuple[str, bool]:
        """Exact arithmetic: (code, whether its value is an int). Facts read as numbers are
        taken as the decimals they stand for (`_x`), constants as exact fractions, and a
        quotient of two whole numbers is a fraction."""
        if isinstance(expr, ir.ScoreRef):
            name = expr.score.name
            whole = all(c.points.denominator == 1 for c in expr.score.criteria)
            return self.corner.get(name, f"_b_{name}(facts)[0]"), whole
        if isinstance(expr, ir.NumConst):
            if expr.value.denominator == 1:
                return repr(int(expr.value)), True
            return self.exact_constant(expr.value), False
        if isinstance(expr, ir.NumInput):
            if self.guideline.input(expr.name).kind == "number":
                self.helpers.add("exact")
                return f"_x({self.value(expr.name)})", False
            return self.value(expr.name), True
        if isinstance(expr, ir.NumNeg):
            inner, whole = self.exact(expr.operand)
            return f"(-{inner})", whole
        if isinstance(expr, ir.NumIf):  # read only with its facts known: a plain condition
            (then, then_whole), (other, other_whole) = (
                self.exact(expr.then),
                self.exact(expr.otherwise),
            )
            test = self.expr(expr.cond)
            return f"({then} if {test} else {other})", then_whole and other_whole
        if isinstance(expr, ir.NumPick):
            args = [self.exact(arg) for arg in expr.args]
            whole = all(w for _, w in args)
            if not whole:  # one type for min and max: ints as fractions beside fractions
                self.helpers.add("exact")
                args = [(f"_Fraction({code})" if w else code, w) for code, w in args]
            joined = ", ".join(code for code, _ in args)
            return f"{expr.op}({joined})", whole
        (left, left_whole), (right, right_whole) = self.exact(expr.left), self.exact(expr.right)
        if expr.op == "/" and left_whole and right_whole:
            self.helpers.add("exact")
            return f"_Fraction({left}, {right})", False
        return f"({left} {expr.op} {right})", left_whole and right_whole

    def dose(self, expr: ir.NumExpr) -> str:
        """A dose bound as a float, rounded once from its exact value.

        A product of one fact and a power of two (`1 mg/kg * weight`, `0.5 * weight`) is
        the same in floating point: scaling by a power of two rounds nothing.
        """
        if isinstance(expr, ir.NumConst):
            return repr(float(expr.value))
        if isinstance(expr, ir.NumInput):
            return f"float({self.value(expr.name)})"
        if isinstance(expr, ir.NumOp) and expr.op == "*":
            for factor, fact in ((expr.left, expr.right), (expr.right, expr.left)):
                if (
                    isinstance(factor, ir.NumConst)
                    and isinstance(fact, ir.NumInput)
                    and _power_of_two(factor.value)
                ):
                    return f"{float(factor.value)!r} * {self.value(fact.name)}"
        return f"float({_unwrapped(self.exact(expr)[0])})"

    def atom_test(self, atom: ir.Atom) -> str:
        """The Python test of an atom, assuming its facts are known."""
        if isinstance(atom, ir.Known):
            return f"{var(atom.input)} is {'not ' if atom.known else ''}None"
        if isinstance(atom, ir.IsTrue):
            return f"{var(atom.input)} is True"
        if isinstance(atom, ir.CmpChoice):
            if len(atom.choices) == 1:
                op = "!=" if atom.negated else "=="
                return f"{var(atom.input)} {op} {atom.choices[0]!r}"
            op = "not in" if atom.negated else "in"
            return f"{var(atom.input)} {op} {atom.choices!r}"
        op = "==" if atom.op == "=" else atom.op
        if _plain_sides(atom):
            left, right = self._side(atom.left, atom.right), self._side(atom.right, atom.left)
        else:  # arithmetic on facts: exact on both sides
            left, right = self.exact(atom.left)[0], self.exact(atom.right)[0]
        return f"{left} {op} {right}"

    def _side(self, expr: ir.NumExpr, other: ir.NumExpr) -> str:
        """One side of a comparison of a fact with a fact or a constant. A whole constant
        compared with a whole fact is written as an int: the same test, and an int-to-int
        compare is faster.
        """
        if (
            isinstance(expr, ir.NumConst)
            and isinstance(other, ir.NumInput)
            and self.guideline.input(other.name).kind == "whole"
            and expr.value.denominator == 1
        ):
            return repr(int(expr.value))
        return self.num(expr)

    def negated_test(self, atom: ir.Atom) -> str:
        """The Python test that an atom is false, assuming its facts are known."""
        if isinstance(atom, ir.CmpChoice):
            return self.atom_test(
                ir.CmpChoice(atom.input, atom.choices, not atom.negated, atom.text, atom.line)
            )
        if isinstance(atom, ir.CmpNum):
            flipped = {">=": "<", "<=": ">", ">": "<=", "<": ">=", "=": "!=", "!=": "="}[atom.op]
            return self.atom_test(ir.CmpNum(flipped, atom.left, atom.right, atom.text, atom.line))
        if isinstance(atom, ir.IsTrue):
            return f"{var(atom.input)} is False"
        return self.atom_test(ir.Known(atom.input, not atom.known, atom.text, atom.line))

    def can_be_unknown(self, cond: ir.Cond) -> bool:
        """True when some atom of the condition reads a fact that may be unknown."""
        return any(
            not isinstance(a, ir.Known) and set(ir.atom_inputs(a)) & self.unknowable
            for a in ir.atoms(cond)
        )

    # ---------------------------------------------------------- expression
    def has_expr(self, cond: ir.Cond) -> bool:
        """True when `expr` can write the condition: no fact can be unknown and its
        brackets nest no deeper than Python's parser takes.
        """
        return not self.can_be_unknown(cond) and _nesting(cond) <= MAX_NESTING

    def expr(self, cond: ir.Cond) -> str:
        """One Python expression for a condition none of whose facts can be unknown.

        A yes/no fact is a bool there, so it is tested by its own truth.
        """
        if isinstance(cond, ir.Const):
            return repr(cond.value)
        if isinstance(cond, ir.NotC):
            inner = cond.operand
            if isinstance(inner, ir.IsTrue):
                return f"not {var(inner.input)}"
            if isinstance(inner, ir.CmpNum | ir.CmpChoice | ir.Known):
                return self.negated_test(inner)
            return f"not ({self.expr(inner)})"
        if isinstance(cond, ir.AndC | ir.OrC):
            joiner = " and " if isinstance(cond, ir.AndC) else " or "
            return joiner.join(self.operand(o) for o in cond.operands)
        if isinstance(cond, ir.IsTrue):
            return var(cond.input)
        return self.atom_test(cond)

    def operand(self, cond: ir.Cond) -> str:
        """A condition as an operand of `and`/`or`: bracketed when it is itself a chain."""
        text = self.expr(cond)
        return f"({text})" if isinstance(cond, ir.AndC | ir.OrC) else text

    # --------------------------------------------------------------- plain
    def plain(self, w: Writer, cond: ir.Cond, target: str) -> None:
        """Assign True or False to `target`."""
        if isinstance(cond, ir.Const):
            w.line(f"{target} = {cond.value!r}")
            return
        if isinstance(cond, ir.AndC | ir.OrC):
            self._plain_chain(w, cond, target)
            return
        negate = isinstance(cond, ir.NotC)
        inner = cond.operand if isinstance(cond, ir.NotC) else cond
        test = self._plain_test(w, inner, negate)
        w.line(f"if {test}:{self._note(inner)}")
        with w.indent():
            w.line(f"{target} = True")
        w.line("else:")
        with w.indent():
            w.line(f"{target} = False")

    def _note(self, cond: ir.Cond) -> str:
        if isinstance(cond, ir.CmpNum | ir.CmpChoice | ir.IsTrue | ir.Known):
            return "  " + comment(cond.text, self.guideline.source_path, cond.line)
        return ""

    def _plain_test(self, w: Writer, cond: ir.Cond, negate: bool = False) -> str:
        if isinstance(cond, ir.CmpNum | ir.CmpChoice | ir.IsTrue | ir.Known):
            return self.negated_test(cond) if negate else self.atom_test(cond)
        temp = w.temp()
        self.plain(w, cond, temp)
        return f"not {temp}" if negate else temp

    def _plain_chain(self, w: Writer, cond: ir.AndC | ir.OrC, target: str) -> None:
        """`target` starts at the chain's default; the first deciding operand flips it."""
        is_and = isinstance(cond, ir.AndC)
        w.line(f"{target} = {is_and!r}")
        keyword, opened = "if", 0
        for operand in cond.operands:
            # The test that this operand decides the chain: false for `and`, true for `or`.
            negate = isinstance(operand, ir.NotC) != is_and
            inner = operand.operand if isinstance(operand, ir.NotC) else operand
            if not isinstance(inner, ir.CmpNum | ir.CmpChoice | ir.IsTrue | ir.Known):
                if keyword == "elif":
                    w.line("else:")
                    w.depth += 1
                    opened += 1
                keyword = "if"
            test = self._plain_test(w, inner, negate)
            w.line(f"{keyword} {test}:{self._note(inner)}")
            with w.indent():
                w.line(f"{target} = {not is_and!r}")
            keyword = "elif"
        w.depth -= opened

    # ------------------------------------------------------------- kleene
    def kleene(self, w: Writer, cond: ir.Cond, target: str) -> None:
        """Assign True, False or None to `target`, appending unknown facts to `u`."""
        w.line(f"{target}: bool | None")
        if isinstance(cond, ir.Const):
            w.line(f"{target} = {cond.value!r}")
        elif isinstance(cond, ir.NotC):
            inner = w.temp()
            self.kleene(w, cond.operand, inner)
            w.line(f"{target} = None if {inner} is None else not {inner}")
        elif isinstance(cond, ir.AndC | ir.OrC):
            self._kleene_chain(w, cond, target)
        else:
            self._kleene_atom(w, cond, target)

    def _kleene_score(self, w: Writer, atom: ir.CmpNum, target: str) -> None:
        """A comparison reading scores: settled over the scores' ranges (`_over`)."""
        held = {}
        for score in ir.atom_scores(atom):
            held[score.name] = w.temp("s")
            w.line(f"{held[score.name]} = _b_{score.name}(facts)")
        names = list(held)
        differences = []
        for ends in itertools.product((0, 1), repeat=len(names)):
            corner = {n: f"{held[n]}[{end}]" for n, end in zip(names, ends, strict=True)}
            at = replace(self, corner=corner)
            if any(c.points.denominator != 1 for s in ir.atom_scores(atom) for c in s.criteria):
                # an exact sum beside exact constants (a float would round 0.1 + 0.2)
                left, right = at.exact(atom.left)[0], at.exact(atom.right)[0]
            else:
                left, right = at.num(atom.left), at.num(atom.right)
            differences.append(f"{left} - {right}")
        pending = " + ".join(f"{held[n]}[2]" for n in names)
        direct = ir.direct_inputs(atom.left) + ir.direct_inputs(atom.right)
        risky = [n for n in dict.fromkeys(direct) if n in self.unknowable]
        settle = f"{target} = _over({atom.op!r}, ({', '.join(differences)},))"
        w.uses_unknowns = True
        if not risky:
            w.line(f"{settle}  " + comment(atom.text, self.guideline.source_path, atom.line))
            w.line(f"u.extend({pending} if {target} is None else [])")
            return
        test = " or ".join(f"{var(n)} is None" for n in risky)
        pairs = ", ".join(f"({n!r}, {var(n)})" for n in risky)
        w.line(f"if {test}:")
        with w.indent():
            w.line(f"{target} = None")
            w.line(f"u.extend(n for n, v in ({pairs},) if v is None)")
            w.line(f"u.extend({pending})")
        w.line("else:")
        with w.indent():
            w.line(f"{settle}  " + comment(atom.text, self.guideline.source_path, atom.line))
            w.line(f"u.extend({pending} if {target} is None else [])")

    def _kleene_atom(self, w: Writer, atom: ir.Atom, target: str) -> None:
        if isinstance(atom, ir.CmpNum) and ir.is_score_atom(atom):
            self._kleene_score(w, atom, target)
            return
        names = [] if isinstance(atom, ir.Known) else ir.atom_inputs(atom)
        risky = [n for n in dict.fromkeys(names) if n in self.unknowable]
        keyword = "if"
        if risky:
            test = " or ".join(f"{var(n)} is None" for n in risky)
            w.line(f"if {test}:")
            with w.indent():
                w.line(f"{target} = None")
                if len(risky) == 1:
                    w.line(f"u.append({risky[0]!r})")
                else:
                    pairs = ", ".join(f"({n!r}, {var(n)})" for n in risky)
                    w.line(f"u.extend(n for n, v in ({pairs},) if v is None)")
                w.uses_unknowns = True
            keyword = "elif"
        w.line(f"{keyword} {self.atom_test(atom)}:{self._note(atom)}")
        with w.indent():
            w.line(f"{target} = True")
        w.line("else:")
        with w.indent():
            w.line(f"{target} = False")

    def _kleene_chain(self, w: Writer, cond: ir.AndC | ir.OrC, target: str) -> None:
        """Operands in order until one decides the chain; unknown if none does and one was."""
        decisive = isinstance(cond, ir.OrC)
        seen = w.temp("s")
        w.line(f"{seen} = False")
        w.line(f"{target} = {not decisive!r}")
        for index, operand in enumerate(cond.operands):
            if index:
                w.line(f"if {target} is {not decisive!r}:")
                w.depth += 1
            part = w.temp()
            self.kleene(w, operand, part)
            w.line(f"if {part} is {decisive!r}:")
            with w.indent():
                w.line(f"{target} = {decisive!r}")
            w.line("else:")
            with w.indent():
                w.line(f"{seen} = {seen} or {part} is None")
            if index:
                w.depth -= 1
        w.line(f"if {seen} and {target} is {not decisive!r}:")
        with w.indent():
            w.line(f"{target} = None")

    def emit(self, w: Writer, cond: ir.Cond, target: str) -> None:
        """Plain code when no fact can be unknown, three-valued code otherwise."""
        if self.can_be_unknown(cond):
            self.kleene(w, cond, target)
        else:
            self.plain(w, cond, target)


def _unwrapped(code: str) -> str:
    """`code` without one pair of brackets around the whole of it (`(a * b)` is `a * b`)."""
    if not (code.startswith("(") and code.endswith(")")):
        return code
    depth = 0
    for index, char in enumerate(code):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and index < len(code) - 1:
            return code  # `(a) * (b)`: the first bracket closes before the end
    return code[1:-1]
