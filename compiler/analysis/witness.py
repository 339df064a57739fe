"""Witnesses: concrete valid patients that show what is possible without asking the solver.

A witness is a valid patient (every fact inside its declared range, no declared
assumption `no`) with exact values: numbers as fractions, dates as day numbers,
choices by name, None for unknown. Walking the guideline with it follows the
interpreter's rules in the solver's exact arithmetic (`compiler.analysis.solver.Encoder`:
constants as the fraction of their shortest decimal, no floating point), so
whatever a witness reaches or takes is possible for the solver too.

`Pool` keeps which nodes some witness reached and which branches some witness took:
every "can a valid patient get here?" question it answers yes needs no solver call.
Patients come from a seeded random draw (deterministic) and from solver models.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction

import z3

from compiler.analysis.solver import Encoder, date_range, exact
from compiler.semantics import ir
from compiler.semantics.compiled import Arithmetic, Test, compile_cond
from compiler.semantics.numbers import as_fact

Value = Fraction | bool | str | None
Patient = Mapping[str, Value]


class Undefined(ArithmeticError):
    """A division by zero: the solver leaves its value open, so the witness says nothing."""


# ------------------------------------------------------------------ evaluation


def _divide(left: Fraction, right: Fraction) -> Fraction:
    if right == 0:
        raise Undefined("division by zero")
    return left / right


EXACT = Arithmetic(exact, None, _divide)
"""The solver's arithmetic: constants as the fraction of their shortest decimal."""


def truth(cond: ir.Cond, patient: Patient) -> bool | None:
    """Three-valued truth of a condition for an exact patient (raises Undefined)."""
    return compile_cond(cond, EXACT)(patient, None)


# ---------------------------------------------------------------- patients


@dataclass(frozen=True)
class _Range:
    kind: str
    may_be_unknown: bool
    low: Fraction
    high: Fraction
    choices: frozenset[str]


def _range(decl: ir.Input) -> _Range:
    if decl.kind == "date":
        low, high = date_range()
    elif decl.kind in {"number", "whole"}:
        low, high = exact(decl.low), exact(decl.high)
    else:
        low = high = Fraction(0)
    choices = frozenset(c.name for c in decl.choices)
    return _Range(decl.kind, decl.may_be_unknown, low, high, choices)


class Domain:
    """Which patients are valid: every fact inside its declared range, no assumption `no`."""

    def __init__(self, guideline: ir.Guideline) -> None:
        self.guideline = guideline
        self.decls = {d.name: d for d in guideline.inputs}
        self.ranges = {d.name: _range(d) for d in guideline.inputs}
        self.assumptions = [compile_cond(a.cond, EXACT) for a in guideline.assumptions]
        self.assumption_inputs = frozenset(
            n for a in guideline.assumptions for n in ir.cond_inputs(a.cond)
        )

    def inside(self, name: str, value: Value) -> bool:
        """The value is one the fact may take (None: the fact may be unknown)."""
        r = self.ranges[name]
        if value is None:
            return r.may_be_unknown
        if r.kind == "yesno":
            return isinstance(value, bool)
        if r.kind == "choice":
            return value in r.choices
        if not isinstance(value, Fraction):
            return False
        if r.kind != "number" and value.denominator != 1:
            return False
        return r.low <= value <= r.high

    def assumptions_hold(self, patient: Patient) -> bool:
        """No declared assumption is `no` for the patient (a division by zero counts as `no`)."""
        try:
            return all(holds(patient, None) is not False for holds in self.assumptions)
        except Undefined:
            return False

    def valid(self, patient: Patient) -> bool:
        """Every fact inside its range and every assumption holding."""
        inside = all(self.inside(n, patient.get(n)) for n in self.ranges)
        return inside and self.assumptions_hold(patient)


def from_model(encoder: Encoder, model: z3.ModelRef) -> dict[str, Value] | None:
    """The exact patient a solver model describes (None when a value is not rational)."""
    patient: dict[str, Value] = {}
    for decl in encoder.guideline.inputs:
        flag = encoder.known.get(decl.name)
        if flag is not None and not z3.is_true(model.eval(flag, model_completion=True)):
            patient[decl.name] = None
            continue
        value = model.eval(encoder.values[decl.name], model_completion=True)
        if decl.kind == "yesno":
            patient[decl.name] = z3.is_true(value)
        elif decl.kind == "choice":
            assert isinstance(value, z3.IntNumRef)
            patient[decl.name] = decl.choices[value.as_long()].name
        elif isinstance(value, z3.IntNumRef):
            patient[decl.name] = Fraction(value.as_long())
        elif isinstance(value, z3.RatNumRef):
            patient[decl.name] = Fraction(value.numerator_as_long(), value.denominator_as_long())
        else:
            return None
    return patient


def _random_value(decl: ir.Input, rng: random.Random, unknown_rate: float) -> Value:
    if decl.may_be_unknown and rng.random() < unknown_rate:
        return None
    if decl.kind == "yesno":
        return rng.random() < 0.5
    if decl.kind == "choice":
        return rng.choice(decl.choices).name
    if decl.kind == "date":
        low, high = date_range()
        return Fraction(rng.randint(int(low), int(high)))
    assert decl.low is not None and decl.high is not None
    low, high = exact(decl.low), exact(decl.high)
    if decl.kind == "whole":
        return Fraction(rng.randint(math.ceil(low), math.floor(high)))
    first, last = math.ceil(low * 10), math.floor(high * 10)
    return Fraction(rng.randint(first, last), 10) if first <= last else low


def random_patients(
    guideline: ir.Guideline, count: int, seed: int, unknown_rate: float = 0.1
) -> list[dict[str, Value]]:
    """Seeded random valid patients (draws that break an assumption are left out)."""
    rng = random.Random(seed)
    domain = Domain(guideline)
    out = []
    for _ in range(count):
        patient = {d.name: _random_value(d, rng, unknown_rate) for d in guideline.inputs}
        if domain.valid(patient):
            out.append(patient)
    return out


def as_facts(guideline: ir.Guideline, patient: Patient) -> dict[str, object]:
    """The patient in the shape `compiler.semantics.interpreter.evaluate` accepts."""
    facts: dict[str, object] = {}
    for decl in guideline.inputs:
        value = patient[decl.name]
        if not isinstance(value, Fraction):
            facts[decl.name] = value
        elif decl.kind == "date":
            facts[decl.name] = dt.date.fromordinal(int(value)).isoformat()
        elif decl.kind == "whole":
            facts[decl.name] = int(value)
        else:
            facts[decl.name] = as_fact(value)
    return facts


# --------------------------------------------------------------------- pool

GAP = -1  # outcome of a decision without `otherwise` where every branch says `no`
STOP = -2  # outcome of a decision that waits at an unknown fact with no `when unknown`


@dataclass
class Conditions:
    """Compiled conditions, each compiled once."""

    compiled: dict[int, tuple[ir.Cond, Test]] = field(default_factory=dict)

    def truth(self, cond: ir.Cond, patient: Patient) -> bool | None:
        """Three-valued truth of the condition for the patient (raises Undefined)."""
        hit = self.compiled.get(id(cond))
        if hit is None or hit[0] is not cond:
            hit = self.compiled[id(cond)] = (cond, compile_cond(cond, EXACT))
        return hit[1](patient, None)

    def outcome(self, decision: ir.Decision, patient: Patient) -> int:
        """The index of the branch the decision takes for the patient, or GAP or STOP."""
        for index, branch in enumerate(decision.branches):
            if branch.kind != "when":
                continue
            assert branch.guard is not None
            value = self.truth(branch.guard, patient)
            if value is None:
                return _special(decision, "unknown", STOP)
            if value:
                return index
        return _special(decision, "otherwise", GAP)


def _special(decision: ir.Decision, kind: str, missing: int) -> int:
    branch = decision.special(kind)
    return missing if branch is None else decision.branches.index(branch)


@dataclass
class Trace:
    """What one patient reached: node ids, and the outcome of each decision reached."""

    reached: set[int] = field(default_factory=set)
    outcomes: dict[int, int] = field(default_factory=dict)


@dataclass
class _Walker:
    patient: Patient
    conditions: Conditions
    trace: Trace

    def body(self, nodes: tuple[ir.Node, ...]) -> bool:
        """Evaluate a body; False when evaluation ends in it (a decision without a branch).
        An `ask` ends its body (a `when unknown:` branch): its decision waits."""
        for node in nodes:
            self.trace.reached.add(id(node))
            if isinstance(node, ir.AskNode):
                return True
            if not self.node(node):
                return False
        return True

    def node(self, node: ir.Node) -> bool:
        """Evaluate one node; False when evaluation ends in it. A decision or section
        that waits for an unknown fact lets evaluation go on after it."""
        if isinstance(node, ir.Decision):
            outcome = self.conditions.outcome(node, self.patient)
            self.trace.outcomes[id(node)] = outcome
            if outcome == STOP:
                return True
            return outcome >= 0 and self.body(node.branches[outcome].body)
        if isinstance(node, ir.Section):
            if node.when is None:
                return self.body(node.body)
            value = self.conditions.truth(node.when, self.patient)
            return self.body(node.body) if value else True
        return True


def walk(guideline: ir.Guideline, patient: Patient, conditions: Conditions) -> Trace:
    """Evaluate the guideline for a valid patient, keeping what it reaches.

    A division by zero ends the walk: what was reached before it stays reached.
    """
    trace = Trace()
    with contextlib.suppress(Undefined):
        _Walker(patient, conditions, trace).body(guideline.body)
    return trace


def completes(node: ir.Node, patient: Patient, conditions: Conditions) -> bool:
    """Evaluating the node lets evaluation go on after it for the patient (no: a decision
    without a branch, a division by zero, an `ask`, which ends the body it is in)."""
    if isinstance(node, ir.AskNode):
        return False
    try:
        return _Walker(patient, conditions, Trace()).node(node)
    except Undefined:
        return False


@dataclass
class Pool:
    """What the witnesses so far reached: nodes, and the outcomes of each decision."""

    guideline: ir.Guideline
    conditions: Conditions = field(default_factory=Conditions)
    size: int = 0
    reached: set[int] = field(default_factory=set)
    outcomes: dict[int, set[int]] = field(default_factory=dict)

    def add(self, patient: Patient) -> Trace:
        """Walk the guideline with a valid patient; keep and return what it reaches."""
        trace = walk(self.guideline, patient, self.conditions)
        self.size += 1
        self.reached |= trace.reached
        for key, outcome in trace.outcomes.items():
            self.outcomes.setdefault(key, set()).add(outcome)
        return trace

    def has_reached(self, node: ir.Node) -> bool:
        """Some witness reached the node."""
        return id(node) in self.reached

    def has_outcome(self, decision: ir.Decision, outcome: int) -> bool:
        """Some witness left the decision with this outcome (a branch index, GAP or STOP)."""
        return outcome in self.outcomes.get(id(decision), ())
