"""The constraint solver shared by test generation and the logic checks (z3).

Conditions are encoded in the same three-valued logic the interpreter uses: for
each condition `c`, `yes(c)` holds exactly when `c` evaluates to yes, `no(c)` when
it evaluates to no; neither holds when it is unknown. A fact that may be unknown
has a `known` flag; one that may not is always known.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from dataclasses import dataclass, field
from fractions import Fraction

import z3

from compiler.analysis import pieces
from compiler.semantics import ir
from compiler.semantics.numbers import as_fact

DEFAULT_TIMEOUT_MS = 5000
_DATE_LOW = dt.date(1900, 1, 1).toordinal()
_DATE_HIGH = dt.date(2200, 12, 31).toordinal()


@dataclass(frozen=True)
class Solution:
    """A solver answer: `sat` with a patient, `unsat`, or `unknown` (timeout or too hard)."""

    status: str
    patient: dict[str, object] | None = None
    reason: str = ""


@dataclass
class Encoder:
    """z3 variables and formulas for one guideline's inputs and conditions."""

    guideline: ir.Guideline
    values: dict[str, z3.ExprRef] = field(default_factory=dict)
    known: dict[str, z3.BoolRef] = field(default_factory=dict)
    corner: dict[str, z3.ArithRef] = field(default_factory=dict)  # scores at an end

    def __post_init__(self) -> None:
        for decl in self.guideline.inputs:
            self.values[decl.name] = self._variable(decl)
            if decl.may_be_unknown:
                self.known[decl.name] = z3.Bool(f"known__{decl.name}")

    @staticmethod
    def _variable(decl: ir.Input) -> z3.ExprRef:
        if decl.kind == "yesno":
            return z3.Bool(decl.name)
        if decl.kind == "number":
            return z3.Real(decl.name)
        return z3.Int(decl.name)

    # ------------------------------------------------------------ domain
    def domain(self) -> list[z3.BoolRef]:
        """Every fact inside its declared range (choices as indexes 0..n-1)."""
        out: list[z3.BoolRef] = []
        for decl in self.guideline.inputs:
            var = self.values[decl.name]
            if decl.kind == "choice":
                out += [var >= 0, var < len(decl.choices)]
            elif decl.kind == "date":
                out += [var >= _DATE_LOW, var <= _DATE_HIGH]
            elif decl.kind in {"number", "whole"}:
                out += [var >= _q(decl.low), var <= _q(decl.high)]
        return out

    def all_known(self) -> list[z3.BoolRef]:
        """Every fact that may be unknown is known."""
        return list(self.known.values())

    def is_known(self, name: str) -> z3.BoolRef:
        """The formula saying a fact is known."""
        return self.known.get(name, z3.BoolVal(True))

    def on_resolution(self, name: str) -> z3.BoolRef:
        """The fact is a multiple of its declared step (numbers with a `step`)."""
        decl = self.guideline.input(name)
        if decl.kind != "number" or not decl.step:
            return z3.BoolVal(True)
        k = z3.Int(f"steps__{name}")
        return self.values[name] == k * _q(decl.step)

    # ------------------------------------------------------- expressions
    def num(self, expr: ir.NumExpr) -> z3.ArithRef:
        """A numeric expression (whole numbers promoted to reals)."""
        if isinstance(expr, ir.ScoreRef):
            return self.score_term(expr.score)
        if isinstance(expr, ir.NumConst):
            return z3.RealVal(_q(expr.value))
        if isinstance(expr, ir.NumInput):
            return (
                z3.ToReal(self.values[expr.name])
                if self._is_int(expr.name)
                else self.values[expr.name]
            )
        if isinstance(expr, ir.NumNeg):
            return -self.num(expr.operand)
        if isinstance(expr, ir.NumIf | ir.NumPick):
            return self.chosen(expr)
        return ir.ARITHMETIC[expr.op](self.num(expr.left), self.num(expr.right))

    def score_term(self, score: ir.Score) -> z3.ArithRef:
        """The score's value: at the end `corner` holds, else the sum of the points of
        the criteria that are true (two-valued, every fact taken as known)."""
        if score.name in self.corner:
            return self.corner[score.name]
        return _sum([(self.truth(c.cond), c.points) for c in score.criteria])

    def score_bounds(self, score: ir.Score) -> tuple[z3.ArithRef, z3.ArithRef]:
        """The score's low and high value in three-valued logic: a criterion that is
        unknown adds its points to the high end when positive, to the low end when not."""
        low: list[tuple[z3.BoolRef, Fraction]] = []
        high: list[tuple[z3.BoolRef, Fraction]] = []
        for criterion in score.criteria:
            yes, no = self._three(criterion.cond)
            unknown = z3.And(z3.Not(yes), z3.Not(no))
            low.append((yes, criterion.points))
            high.append((yes, criterion.points))
            (low if criterion.points < 0 else high).append((unknown, criterion.points))
        return _sum(low), _sum(high)

    def truth(self, cond: ir.Cond) -> z3.BoolRef:
        """Two-valued truth of a condition, every fact taken as known."""
        if isinstance(cond, ir.Const):
            return z3.BoolVal(cond.value)
        if isinstance(cond, ir.NotC):
            return z3.Not(self.truth(cond.operand))
        if isinstance(cond, ir.AndC | ir.OrC):
            parts = [self.truth(op) for op in cond.operands]
            return z3.And(*parts) if isinstance(cond, ir.AndC) else z3.Or(*parts)
        return self.atom(cond)

    def _score_three(self, atom: ir.CmpNum) -> tuple[z3.BoolRef, z3.BoolRef]:
        """Yes and no of a comparison reading scores: its answer at every corner of the
        scores' ranges (see `compiler.semantics.scores`)."""
        ranges = {s.name: self.score_bounds(s) for s in ir.atom_scores(atom)}
        names = list(ranges)
        differences: list[z3.ArithRef] = []
        for ends in itertools.product((0, 1), repeat=len(names)):
            self.corner = {n: ranges[n][end] for n, end in zip(names, ends, strict=True)}
            try:
                differences.append(self.num(atom.left) - self.num(atom.right))
            finally:
                self.corner = {}
        zero = z3.RealVal(0)
        every = {
            op: z3.And(*[ir.COMPARISONS[op](d, zero) for d in differences])
            for op in (">=", ">", "<=", "<", "=")
        }
        apart = z3.Or(every[">"], every["<"])
        yes, no = {
            ">=": (every[">="], every["<"]),
            ">": (every[">"], every["<="]),
            "<=": (every["<="], every[">"]),
            "<": (every["<"], every[">="]),
            "=": (every["="], apart),
            "!=": (apart, every["="]),
        }[atom.op]
        direct = dict.fromkeys(ir.direct_inputs(atom.left) + ir.direct_inputs(atom.right))
        known = z3.And(*[self.is_known(n) for n in direct])
        return z3.And(known, yes), z3.And(known, no)

    def chosen(self, expr: ir.NumIf | ir.NumPick) -> z3.ArithRef:
        """An `if` or a min/max as z3's `If`, its parts encoded by `num`."""
        if isinstance(expr, ir.NumIf):  # read only with its facts known: yes or no
            return z3.If(self.yes(expr.cond), self.num(expr.then), self.num(expr.otherwise))
        out = self.num(expr.args[0])
        for arg in expr.args[1:]:
            other = self.num(arg)
            out = z3.If(other < out if expr.op == "min" else other > out, other, out)
        return out

    def _is_int(self, name: str) -> bool:
        return self.guideline.input(name).kind in {"whole", "date", "choice"}

    def atom(self, atom: ir.Atom) -> z3.BoolRef:
        """An atom's truth, assuming its facts are known."""
        if isinstance(atom, ir.Known):
            flag = self.is_known(atom.input)
            return flag if atom.known else z3.Not(flag)
        if isinstance(atom, ir.IsTrue):
            return self.values[atom.input] == True  # noqa: E712 - a z3 formula
        if isinstance(atom, ir.CmpChoice):
            decl = self.guideline.input(atom.input)
            names = [c.name for c in decl.choices]
            var = self.values[atom.input]
            test = z3.Or(*[var == names.index(c) for c in atom.choices])
            return z3.Not(test) if atom.negated else test
        cases = pieces.split(atom) if pieces.has_choice(atom) else None
        if cases is not None:  # each case plain arithmetic, which the grid takes exactly
            return z3.Or(*[z3.And(*self.guards(g), self.atom(case)) for g, case in cases])
        return ir.COMPARISONS[atom.op](self.num(atom.left), self.num(atom.right))

    def guards(self, guards: tuple[pieces.Guard, ...]) -> list[z3.BoolRef]:
        """The guards of a case, the facts they read known (as in the comparison)."""
        return [self.yes(c) if holds else z3.Not(self.yes(c)) for c, holds in guards]

    def _atom_known(self, atom: ir.Atom) -> z3.BoolRef:
        if isinstance(atom, ir.Known):
            return z3.BoolVal(True)
        return z3.And(*[self.is_known(n) for n in ir.atom_inputs(atom)])

    def yes(self, cond: ir.Cond) -> z3.BoolRef:
        """`cond` evaluates to yes."""
        return self._three(cond)[0]

    def no(self, cond: ir.Cond) -> z3.BoolRef:
        """`cond` evaluates to no."""
        return self._three(cond)[1]

    def unknown(self, cond: ir.Cond) -> z3.BoolRef:
        """`cond` evaluates to unknown."""
        yes, no = self._three(cond)
        return z3.And(z3.Not(yes), z3.Not(no))

    def _three(self, cond: ir.Cond) -> tuple[z3.BoolRef, z3.BoolRef]:
        if isinstance(cond, ir.Const):
            return z3.BoolVal(cond.value), z3.BoolVal(not cond.value)
        if isinstance(cond, ir.NotC):
            yes, no = self._three(cond.operand)
            return no, yes
        if isinstance(cond, ir.AndC | ir.OrC):
            parts = [self._three(op) for op in cond.operands]
            yeses, nos = [p[0] for p in parts], [p[1] for p in parts]
            if isinstance(cond, ir.AndC):
                return z3.And(*yeses), z3.Or(*nos)
            return z3.Or(*yeses), z3.And(*nos)
        if isinstance(cond, ir.CmpNum) and ir.is_score_atom(cond):
            return self._score_three(cond)
        known = self._atom_known(cond)
        truth = self.atom(cond)
        return z3.And(known, truth), z3.And(known, z3.Not(truth))


def _sum(terms: list[tuple[z3.BoolRef, Fraction]]) -> z3.ArithRef:
    """The sum of the points whose condition holds."""
    total: z3.ArithRef = z3.RealVal(0)
    for holds, points in terms:
        total = total + z3.If(holds, z3.RealVal(points), z3.RealVal(0))
    return total


def exact(value: Fraction | float | None) -> Fraction:
    """A constant as an exact fraction (a float as its shortest decimal form)."""
    assert value is not None
    if isinstance(value, Fraction):
        return value
    return _exact(float(value))


@functools.lru_cache(maxsize=4096)
def _exact(value: float) -> Fraction:
    return Fraction(repr(value))


_q = exact


def date_range() -> tuple[Fraction, Fraction]:
    """The first and last day number a date fact may take."""
    return Fraction(_DATE_LOW), Fraction(_DATE_HIGH)


def _python_value(decl: ir.Input, value: z3.ExprRef) -> object:
    if decl.kind == "yesno":
        return bool(z3.is_true(value))
    if decl.kind == "choice":
        return decl.choices[value.as_long()].name
    if decl.kind == "date":
        return dt.date.fromordinal(value.as_long()).isoformat()
    if decl.kind == "whole":
        return int(value.as_long())
    fraction = value.as_fraction()
    return as_fact(Fraction(fraction.numerator, fraction.denominator))


# ------------------------------------------------------- reachability (logic checks)


def assumptions_hold(encoder: Encoder) -> list[z3.BoolRef]:
    """No declared assumption evaluates to `no` (a patient breaking one is invalid data)."""
    return [z3.Not(encoder.no(a.cond)) for a in encoder.guideline.assumptions]


class MemoEncoder(Encoder):
    """An Encoder that encodes each condition object once (large guidelines)."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self._memo: dict[int, tuple[ir.Cond, tuple[z3.BoolRef, z3.BoolRef]]] = {}

    def _three(self, cond: ir.Cond) -> tuple[z3.BoolRef, z3.BoolRef]:
        hit = self._memo.get(id(cond))
        if hit is not None and hit[0] is cond:
            return hit[1]
        value = super()._three(cond)
        self._memo[id(cond)] = (cond, value)
        return value


def branch_conditions(encoder: Encoder, decision: ir.Decision) -> list[z3.BoolRef]:
    """`branch_condition` for every branch of the decision, in order, sharing the prefixes."""
    before = z3.BoolVal(True)
    taken: list[z3.BoolRef] = []
    unknown: list[z3.BoolRef] = []
    for branch in decision.when_branches():
        assert branch.guard is not None
        taken.append(z3.And(before, encoder.yes(branch.guard)))
        unknown.append(z3.And(before, encoder.unknown(branch.guard)))
        before = z3.And(before, encoder.no(branch.guard))
    out: list[z3.BoolRef] = []
    whens = iter(taken)
    for branch in decision.branches:
        if branch.kind == "when":
            out.append(next(whens))
        elif branch.kind == "otherwise":
            out.append(before)
        else:
            out.append(z3.Or(*unknown) if unknown else z3.BoolVal(False))
    return out


def _preferences(encoder: Encoder) -> list[z3.BoolRef]:
    """Round values: numbers on their declared step, or on hundredths when they have none."""
    out: list[z3.BoolRef] = []
    for decl in encoder.guideline.inputs:
        if decl.kind != "number":
            continue
        k = z3.ToReal(z3.Int(f"round__{decl.name}"))
        unit = z3.RealVal(_q(decl.step)) if decl.step else z3.RealVal(Fraction(1, 100))
        out.append(encoder.values[decl.name] == k * unit)
    return out


@dataclass
class Session:
    """One incremental solver for many questions about one guideline.

    Every question is asked inside the declared ranges and the declared assumptions.
    """

    encoder: Encoder
    timeout_ms: int = DEFAULT_TIMEOUT_MS
    solver: z3.Solver = field(init=False)

    def __post_init__(self) -> None:
        self.solver = z3.Solver()
        self.solver.set("timeout", self.timeout_ms)
        self.solver.add(*self.encoder.domain(), *assumptions_hold(self.encoder))

    def check(self, constraints: list[z3.BoolRef]) -> str:
        """`sat`, `unsat` or `unknown` for the constraints."""
        self.solver.push()
        try:
            self.solver.add(*constraints)
            return str(self.solver.check())
        finally:
            self.solver.pop()

    def model(self, constraints: list[z3.BoolRef]) -> tuple[str, z3.ModelRef | None]:
        """`sat`, `unsat` or `unknown` for the constraints, with a model when `sat`."""
        self.solver.push()
        try:
            self.solver.add(*constraints)
            status = self.solver.check()
            return str(status), self.solver.model() if status == z3.sat else None
        finally:
            self.solver.pop()


@dataclass
class Isolated:
    """Finds example patients, each with a solver in a z3 context of its own.

    z3's answer among many valid patients depends on everything the solver and the
    process asked before (a shared `Session` gives a different patient for the same
    question depending on the questions before it). Here the answer depends only on
    the question: the constraints are copied into a fresh context for each search.
    """

    encoder: Encoder
    timeout_ms: int = DEFAULT_TIMEOUT_MS

    def find(self, constraints: list[z3.BoolRef]) -> Solution:
        """A patient satisfying the constraints, preferring round values."""
        context = z3.Context()
        solver = z3.Solver(ctx=context)
        solver.set("timeout", self.timeout_ms)
        base = [*self.encoder.domain(), *assumptions_hold(self.encoder)]
        solver.add(*[c.translate(context) for c in base])
        solver.push()
        solver.add(*[c.translate(context) for c in constraints])
        status = solver.check()
        if status != z3.sat:
            reason = "" if status == z3.unsat else str(solver.reason_unknown())
            return Solution(str(status), reason=reason)
        model = solver.model()
        solver.add(*[c.translate(context) for c in _preferences(self.encoder)])
        if solver.check() == z3.sat:
            model = solver.model()
        return Solution("sat", self._patient(model, context))

    def _patient(self, model: z3.ModelRef, context: z3.Context) -> dict[str, object]:
        patient: dict[str, object] = {}
        for decl in self.encoder.guideline.inputs:
            flag = self.encoder.known.get(decl.name)
            if flag is not None and not z3.is_true(
                model.eval(flag.translate(context), model_completion=True)
            ):
                patient[decl.name] = None
                continue
            value = self.encoder.values[decl.name].translate(context)
            patient[decl.name] = _python_value(decl, model.eval(value, model_completion=True))
        return patient
