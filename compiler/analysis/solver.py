"""The constraint solver shared by test generation and the logic checks (z3).

Conditions are encoded in the same three-valued logic the interpreter uses: for
each condition `c`, `yes(c)` holds exactly when `c` evaluates to yes, `no(c)` when
it evaluates to no; neither holds when it is unknown. A fact that may be unknown
has a `known` flag; one that may not is always known.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from fractions import Fraction

import z3

from compiler.semantics import ir

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
        left, right = self.num(expr.left), self.num(expr.right)
        ops = {"+": left + right, "-": left - right, "*": left * right}
        return ops[expr.op] if expr.op in ops else left / right

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
        left, right = self.num(atom.left), self.num(atom.right)
        table = {
            ">=": left >= right,
            "<=": left <= right,
            ">": left > right,
            "<": left < right,
            "=": left == right,
            "!=": left != right,
        }
        return table[atom.op]

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
        known = self._atom_known(cond)
        truth = self.atom(cond)
        return z3.And(known, truth), z3.And(known, z3.Not(truth))

    # ------------------------------------------------------------ models
    def patient(self, model: z3.ModelRef) -> dict[str, object]:
        """The patient a model describes, in the shape `evaluate` accepts."""
        patient: dict[str, object] = {}
        for decl in self.guideline.inputs:
            if decl.name in self.known and not z3.is_true(
                model.eval(self.known[decl.name], model_completion=True)
            ):
                patient[decl.name] = None
                continue
            value = model.eval(self.values[decl.name], model_completion=True)
            patient[decl.name] = _python_value(decl, value)
        return patient


def exact(value: float | None) -> Fraction:
    """A float as an exact fraction of its shortest decimal form (how constants are encoded)."""
    assert value is not None
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
    return float(Fraction(fraction.numerator, fraction.denominator))


def solve(
    encoder: Encoder, constraints: list[z3.BoolRef], timeout_ms: int = DEFAULT_TIMEOUT_MS
) -> Solution:
    """Find a patient satisfying every constraint (inside the declared ranges)."""
    solver = z3.Solver()
    solver.set("timeout", timeout_ms)
    solver.add(*encoder.domain(), *constraints)
    status = solver.check()
    if status == z3.sat:
        return Solution("sat", encoder.patient(solver.model()))
    if status == z3.unsat:
        return Solution("unsat")
    return Solution("unknown", reason=str(solver.reason_unknown()))


# ------------------------------------------------------------------ paths


@dataclass(frozen=True)
class Context:
    """One branch reached through one chain of enclosing branches."""

    steps: tuple[tuple[str, str], ...]  # (decision or section id, branch label)
    condition: z3.BoolRef
    node: ir.Decision | ir.Section
    branch: ir.Branch | None


def branch_condition(encoder: Encoder, decision: ir.Decision, branch: ir.Branch) -> z3.BoolRef:
    """The condition, in the decision alone, under which `branch` is taken."""
    guards = [b.guard for b in decision.when_branches() if b.guard is not None]
    if branch.kind == "when":
        assert branch.guard is not None
        index = decision.when_branches().index(branch)
        return z3.And(*[encoder.no(g) for g in guards[:index]], encoder.yes(branch.guard))
    if branch.kind == "otherwise":
        return z3.And(*[encoder.no(g) for g in guards])
    options = [
        z3.And(*[encoder.no(g) for g in guards[:j]], encoder.unknown(guard))
        for j, guard in enumerate(guards)
    ]
    return z3.Or(*options) if options else z3.BoolVal(False)


def contexts(encoder: Encoder) -> list[Context]:
    """Every branch of every decision (and every conditional section), in each nesting context.

    Sequential decisions do not multiply: the condition of a context is that of its
    enclosing branches only.
    """
    out: list[Context] = []

    def visit(
        nodes: tuple[ir.Node, ...], steps: tuple[tuple[str, str], ...], cond: z3.BoolRef
    ) -> None:
        for node in nodes:
            if isinstance(node, ir.Decision):
                for branch in node.branches:
                    here = z3.And(cond, branch_condition(encoder, node, branch))
                    path = (*steps, (node.id, branch.label))
                    out.append(Context(path, here, node, branch))
                    visit(branch.body, path, here)
            elif isinstance(node, ir.Section):
                here = cond if node.when is None else z3.And(cond, encoder.yes(node.when))
                path = (*steps, (node.id, "applies"))
                if node.when is not None:
                    out.append(Context(path, here, node, None))
                visit(node.body, path, here)

    visit(encoder.guideline.body, (), z3.BoolVal(True))
    return out


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


@dataclass(frozen=True)
class Reach:
    """A node and the condition under which evaluation arrives at it.

    The condition holds exactly when the enclosing branches are taken and every
    earlier node of each enclosing body finished without stopping (no unanswered
    unknown, no `ask`, no decision without an applicable branch).
    """

    node: ir.Node
    steps: tuple[tuple[str, str], ...]
    condition: z3.BoolRef


@dataclass
class _Reacher:
    encoder: Encoder
    done: dict[int, z3.BoolRef] = field(default_factory=dict)
    branches: dict[int, list[z3.BoolRef]] = field(default_factory=dict)
    found: list[Reach] = field(default_factory=list)

    def completes(self, nodes: tuple[ir.Node, ...]) -> z3.BoolRef:
        return z3.And(*[self.node_completes(n) for n in nodes])

    def node_completes(self, node: ir.Node) -> z3.BoolRef:
        key = id(node)
        if key not in self.done:
            self.done[key] = self._completes(node)
        return self.done[key]

    def _completes(self, node: ir.Node) -> z3.BoolRef:
        enc = self.encoder
        if isinstance(node, ir.AskNode):
            return z3.BoolVal(False)
        if isinstance(node, ir.Section):
            if node.when is None:
                return self.completes(node.body)
            return z3.Or(z3.And(enc.yes(node.when), self.completes(node.body)), enc.no(node.when))
        if isinstance(node, ir.Decision):
            taken = self.taken(node)
            return z3.Or(
                *[
                    z3.And(t, self.completes(b.body))
                    for t, b in zip(taken, node.branches, strict=True)
                ]
            )
        return z3.BoolVal(True)

    def taken(self, decision: ir.Decision) -> list[z3.BoolRef]:
        key = id(decision)
        if key not in self.branches:
            self.branches[key] = branch_conditions(self.encoder, decision)
        return self.branches[key]

    def body(
        self, nodes: tuple[ir.Node, ...], steps: tuple[tuple[str, str], ...], cond: z3.BoolRef
    ) -> None:
        here = cond
        for node in nodes:
            self.found.append(Reach(node, steps, here))
            self.inside(node, steps, here)
            here = z3.And(here, self.node_completes(node))

    def inside(self, node: ir.Node, steps: tuple[tuple[str, str], ...], cond: z3.BoolRef) -> None:
        enc = self.encoder
        if isinstance(node, ir.Decision):
            for branch, taken in zip(node.branches, self.taken(node), strict=True):
                self.body(branch.body, (*steps, (node.id, branch.label)), z3.And(cond, taken))
        elif isinstance(node, ir.Section):
            applies = cond if node.when is None else z3.And(cond, enc.yes(node.when))
            self.body(node.body, (*steps, (node.id, "applies")), applies)


def completes(encoder: Encoder, nodes: tuple[ir.Node, ...]) -> z3.BoolRef:
    """Evaluating `nodes` finishes without stopping and without a decision that has no branch."""
    return _Reacher(encoder).completes(nodes)


def reaches(encoder: Encoder) -> list[Reach]:
    """Every node of the guideline body (depth first, in source order) with its reach condition.

    Built eagerly, each condition growing with the node's position. The logic checks
    build the same conditions on demand, smaller (`compiler.analysis.reach.ReachMap`).
    """
    reacher = _Reacher(encoder)
    reacher.body(encoder.guideline.body, (), z3.BoolVal(True))
    return reacher.found


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

    Every question is asked inside the declared ranges and the declared assumptions;
    `find` returns a patient with round values where it can.
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

    def find(self, constraints: list[z3.BoolRef]) -> Solution:
        """A patient satisfying the constraints, preferring round values."""
        self.solver.push()
        try:
            self.solver.add(*constraints)
            status = self.solver.check()
            if status != z3.sat:
                reason = "" if status == z3.unsat else str(self.solver.reason_unknown())
                return Solution(str(status), reason=reason)
            model = self.solver.model()
            self.solver.add(*_preferences(self.encoder))
            if self.solver.check() == z3.sat:
                model = self.solver.model()
            return Solution("sat", self.encoder.patient(model))
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
        """A patient satisfying the constraints, preferring round values (like `Session.find`)."""
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
