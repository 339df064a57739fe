"""The decision-tree IR: what every emitter and the interpreter read.

Definitions are inlined, units are resolved (every numeric constant is in the
unit of the input it is compared with), and every node keeps the source line
it came from.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from dsl.units import Unit

# ------------------------------------------------------------ numeric expressions


@dataclass(frozen=True)
class NumInput:
    """The value of a number, whole or date input (dates as day numbers)."""

    name: str


@dataclass(frozen=True)
class NumConst:
    """A constant: exactly the decimal written, converted exactly to its input's unit."""

    value: Fraction


@dataclass(frozen=True)
class NumOp:
    """`left op right` with op in + - * /."""

    op: str
    left: NumExpr
    right: NumExpr


@dataclass(frozen=True)
class NumNeg:
    """`-operand`."""

    operand: NumExpr


@dataclass(frozen=True)
class ScoreRef:
    """The value of a score: the sum of the points of its criteria that are yes."""

    score: Score


@dataclass(frozen=True)
class NumIf:
    """`if cond then then else otherwise`; `lookup` lowers to a chain of these.

    Unknown when any fact it reads is unknown, its condition's facts included.
    """

    cond: Cond
    then: NumExpr
    otherwise: NumExpr
    text: str  # the condition as written (`sex is female`)
    line: int


@dataclass(frozen=True)
class NumPick:
    """`min(a, b, ...)` (op "min") or `max(...)`; `at most` / `at least` when `limit`.

    A limit has two arguments, the value then the limit. `texts` is each argument as written.
    """

    op: str
    args: tuple[NumExpr, ...]
    texts: tuple[str, ...]
    limit: bool
    line: int


NumExpr = NumInput | NumConst | NumOp | NumNeg | NumIf | NumPick | ScoreRef

PICKS: dict[str, Callable[..., Any]] = {"min": min, "max": max}


def exact_decimal(value: Fraction | float | int) -> Fraction:
    """A number as an exact fraction; a float means the decimal of its shortest repr."""
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int):
        return Fraction(value)
    return Fraction(repr(float(value)))


def scaled(expr: NumExpr, factor: Fraction) -> NumExpr:
    """`expr` converted by an exact unit factor.

    A constant is multiplied exactly, so equal quantities written in different
    units (`4.5 hours`, `270 minutes`) give the same constant. Any other
    expression is multiplied by the factor's numerator and divided by its
    denominator, both whole numbers, so no rounded factor enters a comparison.
    """
    if factor == 1:
        return expr
    if isinstance(expr, NumIf):  # each branch converted, so its constants stay exact
        then, otherwise = scaled(expr.then, factor), scaled(expr.otherwise, factor)
        return NumIf(expr.cond, then, otherwise, expr.text, expr.line)
    if isinstance(expr, NumPick) and factor > 0:
        args = tuple(scaled(arg, factor) for arg in expr.args)
        return NumPick(expr.op, args, expr.texts, expr.limit, expr.line)
    if isinstance(expr, NumConst):
        return NumConst(expr.value * factor)
    if factor.numerator != 1:
        expr = NumOp("*", expr, NumConst(Fraction(factor.numerator)))
    if factor.denominator != 1:
        expr = NumOp("/", expr, NumConst(Fraction(factor.denominator)))
    return expr

# -------------------------------------------------------------------- conditions


# What each comparison operator of `CmpNum` means, for any ordered numbers.
ARITHMETIC: dict[str, Callable[[Any, Any], Any]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
}

COMPARISONS: dict[str, Callable[[Any, Any], bool]] = {
    ">=": operator.ge,
    "<=": operator.le,
    ">": operator.gt,
    "<": operator.lt,
    "=": operator.eq,
    "!=": operator.ne,
}


@dataclass(frozen=True)
class CmpNum:
    """An atomic numeric comparison."""

    op: str
    left: NumExpr
    right: NumExpr
    text: str
    line: int


@dataclass(frozen=True)
class CmpChoice:
    """An atomic test of a one-of input against a set of choices."""

    input: str
    choices: tuple[str, ...]
    negated: bool
    text: str
    line: int


@dataclass(frozen=True)
class IsTrue:
    """An atomic test that a yes/no input is yes."""

    input: str
    text: str
    line: int


@dataclass(frozen=True)
class Known:
    """An atomic test of whether a fact is known; never itself unknown."""

    input: str
    known: bool
    text: str
    line: int


@dataclass(frozen=True)
class Const:
    """`yes` or `no` written as a condition."""

    value: bool


@dataclass(frozen=True)
class NotC:
    """Negation (Kleene: not unknown is unknown)."""

    operand: Cond


@dataclass(frozen=True)
class AndC:
    """Conjunction; evaluated left to right, stops at the first `no`."""

    operands: tuple[Cond, ...]


@dataclass(frozen=True)
class OrC:
    """Disjunction; evaluated left to right, stops at the first `yes`."""

    operands: tuple[Cond, ...]


Atom = CmpNum | CmpChoice | IsTrue | Known
Cond = CmpNum | CmpChoice | IsTrue | Known | Const | NotC | AndC | OrC


@dataclass(frozen=True)
class Criterion:
    """One criterion of a score: its points count when its condition is yes."""

    points: Fraction
    cond: Cond
    label: str
    text: str  # the condition as written
    narrative: tuple[Narrative, ...]
    line: int


@dataclass(frozen=True)
class Score:
    """A named score. A criterion whose condition is unknown may add 0 or its points,
    so the score lies between a low and a high value (see `compiler.semantics.scores`)."""

    name: str
    title: str
    criteria: tuple[Criterion, ...]
    narrative: tuple[Narrative, ...]
    line: int

# ---------------------------------------------------------------------- document


@dataclass(frozen=True)
class Narrative:
    """A note (with bullets) or a gap, with its citations."""

    kind: str  # "note" | "gap"
    text: str
    bullets: tuple[tuple[str, tuple[str, ...]], ...]
    cites: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class Reference:
    """A numbered reference."""

    key: str
    number: int
    text: str
    doi: str | None
    pmid: str | None
    url: str | None
    narrative: tuple[Narrative, ...]
    cited: bool


@dataclass(frozen=True)
class Choice:
    """One choice of a one-of input."""

    name: str
    label: str


@dataclass(frozen=True)
class Input:
    """A patient fact with its type and valid values."""

    name: str
    question: str
    kind: str  # "yesno" | "choice" | "number" | "whole" | "date"
    unit: Unit | None
    unit_text: str
    low: Fraction | None
    high: Fraction | None
    step: Fraction | None
    choices: tuple[Choice, ...]
    may_be_unknown: bool
    narrative: tuple[Narrative, ...]
    line: int
    # the molar mass the input declares (`molar mass`, or a `convert` factor): patient
    # values in the other kind of concentration are converted exactly through it
    molar: tuple[Fraction, Unit] | None = None
    converts: str = ""  # how the source declared it: `1 mg/dL = 88.4 umol/L`, `113.12 g/mol`


@dataclass(frozen=True)
class Definition:
    """A named condition or quantity, as written (the tree holds it inlined), for the docs."""

    name: str
    label: str
    text: str  # the expression as written
    narrative: tuple[Narrative, ...]
    line: int


@dataclass(frozen=True)
class Shown:
    """A value a calculation shows for the patient: a fact or a definition, with its unit."""

    value: NumExpr
    unit: str


# A calculation as the author wrote it, each fact or definition it reads replaced by
# the patient's value: `15 mg/kg x ` then the weight shown in kg.
Working = tuple[str | Shown, ...]


@dataclass(frozen=True)
class Dose:
    """A dose computed for the patient: a low and a high bound in one unit.

    `cap` is the per-dose cap in the dose's unit: each bound is the lower of the
    bound computed by the rule and the cap. `inputs` are the facts the rule and
    the cap read; `working` is the rule with the patient's values.
    """

    low: NumExpr
    high: NumExpr
    unit: str
    rule: str
    inputs: tuple[str, ...]
    cap: NumExpr | None = None
    cap_rule: str = ""
    working: Working = ()


@dataclass(frozen=True)
class DailyMaximum:
    """The most the patient may have in a day, computed for the patient, in `unit`
    (an amount per day)."""

    value: NumExpr
    unit: str
    rule: str
    inputs: tuple[str, ...]
    working: Working = ()

    def as_dose(self) -> Dose:
        """The maximum as a fixed amount, for what reads a dose's rule and its steps."""
        return Dose(self.value, self.value, self.unit, self.rule, self.inputs)


@dataclass(frozen=True)
class Timing:
    """When to review, or when to recheck something: a fixed time or range of times.

    `text` is the review's description or what a recheck rechecks; `written` is the
    time as the author wrote it (`2 to 6 weeks`).
    """

    kind: str  # "review" | "recheck"
    low: float
    high: float
    unit: str
    text: str | None
    written: str


@dataclass(frozen=True)
class Option:
    """One alternative of a `choose` recommendation."""

    id: str
    text: str
    preferred_when: Cond | None
    preferred_text: str
    narrative: tuple[Narrative, ...]


@dataclass(frozen=True)
class RecNote:
    """A note or a gap that concerns a recommendation, in the words of the docs.

    `on` says what the guideline attaches it to: the recommendation itself, one of its
    options, a section or decision it sits in (or the branch holding it), a definition,
    input or score its path reads, a reference it cites, or the whole guideline; `name`
    is that thing's id (empty for the recommendation, its branch and the guideline).
    """

    kind: str  # "note" | "gap"
    text: str
    bullets: tuple[str, ...]
    on: str  # "recommendation" | "option" | "section" | "decision" | "branch" | "definition"
    #          | "input" | "score" | "reference" | "guideline"
    name: str


@dataclass(frozen=True)
class Recommendation:
    """An action the guideline recommends."""

    id: str
    kind: str
    text: str
    strength: str
    citations: tuple[str, ...]
    expert_opinion: bool
    uncited: str | None
    dose: Dose | None
    route: str | None
    frequency: str | None
    duration: str | None
    every: str | None
    target: str | None
    rationale: str | None
    time_to_effect: str | None
    drug: str | None
    options: tuple[Option, ...]
    narrative: tuple[Narrative, ...]
    line: int
    daily_maximum: DailyMaximum | None = None
    review: Timing | None = None
    rechecks: tuple[Timing, ...] = ()
    notes: tuple[RecNote, ...] = ()


@dataclass(frozen=True)
class Emit:
    """A recommendation placed in a body."""

    rec: Recommendation


@dataclass(frozen=True)
class AskNode:
    """Stop and ask for the facts that are missing."""

    line: int


@dataclass(frozen=True)
class NarrNode:
    """Narrative placed in a body (documentation only)."""

    narrative: Narrative


@dataclass(frozen=True)
class Branch:
    """One branch of a decision."""

    kind: str  # "when" | "unknown" | "otherwise"
    guard: Cond | None
    label: str
    body: tuple[Node, ...]
    line: int


@dataclass(frozen=True)
class Decision:
    """A question with ordered branches."""

    id: str
    question: str
    exclusive: bool
    branches: tuple[Branch, ...]
    narrative: tuple[Narrative, ...]
    line: int

    def when_branches(self) -> tuple[Branch, ...]:
        """The guarded branches, in order."""
        return tuple(b for b in self.branches if b.kind == "when")

    def special(self, kind: str) -> Branch | None:
        """The `otherwise` or `unknown` branch, if any."""
        return next((b for b in self.branches if b.kind == kind), None)


@dataclass(frozen=True)
class Section:
    """Cross-cutting content for everyone it applies to."""

    id: str
    title: str
    when: Cond | None
    when_label: str
    body: tuple[Node, ...]
    line: int


Node = Decision | Section | Emit | AskNode | NarrNode


@dataclass(frozen=True)
class Assumption:
    """A declared clinical constraint between inputs; patients violating it are invalid."""

    id: str
    text: str
    cond: Cond
    label: str
    line: int


@dataclass(frozen=True)
class Example:
    """An authored example patient and its expected outcome."""

    id: str
    title: str
    patient: tuple[tuple[str, object], ...]
    expect_recs: tuple[str, ...] | None
    expect_doses: tuple[tuple[str, Fraction, Fraction, str], ...]
    expect_needs: tuple[str, ...] | None
    narrative: tuple[Narrative, ...]
    line: int


@dataclass(frozen=True)
class Acknowledged:
    """A warning the author acknowledged in the source, with the reason given."""

    code: str
    message: str
    line: int
    target: str | None
    reason: str


@dataclass(frozen=True)
class Guideline:
    """A checked guideline, ready for the emitters."""

    id: str
    title: str
    version: str
    status: str
    owners: tuple[str, ...]
    reviewed: str
    scope: str
    excludes: tuple[str, ...]
    grading: tuple[str, ...]
    narrative: tuple[Narrative, ...]
    references: tuple[Reference, ...]
    inputs: tuple[Input, ...]
    assumptions: tuple[Assumption, ...]
    body: tuple[Node, ...]
    examples: tuple[Example, ...]
    source_path: str
    source_hash: str
    acknowledged: tuple[Acknowledged, ...] = ()
    scores: tuple[Score, ...] = ()
    definitions: tuple[Definition, ...] = ()

    def input(self, name: str) -> Input:
        """The input of that name."""
        return next(i for i in self.inputs if i.name == name)


def atoms(cond: Cond) -> list[Atom]:
    """Every atomic condition inside `cond`, left to right."""
    if isinstance(cond, CmpNum | CmpChoice | IsTrue | Known):
        return [cond]
    if isinstance(cond, NotC):
        return atoms(cond.operand)
    if isinstance(cond, AndC | OrC):
        return [a for op in cond.operands for a in atoms(op)]
    return []


def num_inputs(expr: NumExpr) -> list[str]:
    """Names of the inputs a numeric expression reads (a score: its criteria's)."""
    if isinstance(expr, NumInput):
        return [expr.name]
    if isinstance(expr, NumOp):
        return num_inputs(expr.left) + num_inputs(expr.right)
    if isinstance(expr, NumNeg):
        return num_inputs(expr.operand)
    if isinstance(expr, NumIf):
        return cond_inputs(expr.cond) + num_inputs(expr.then) + num_inputs(expr.otherwise)
    if isinstance(expr, NumPick):
        return [name for arg in expr.args for name in num_inputs(arg)]
    if isinstance(expr, ScoreRef):
        return score_inputs(expr.score)
    return []


def score_inputs(score: Score) -> list[str]:
    """Names of the inputs a score's criteria read, each once, in order."""
    seen: dict[str, None] = {}
    for criterion in score.criteria:
        for name in cond_inputs(criterion.cond):
            seen.setdefault(name, None)
    return list(seen)


def direct_inputs(expr: NumExpr) -> list[str]:
    """Names of the inputs a numeric expression reads outside the scores it uses (an
    `if` or a min/max holds no score: the resolver refuses one there)."""
    if isinstance(expr, NumOp):
        return direct_inputs(expr.left) + direct_inputs(expr.right)
    if isinstance(expr, NumNeg):
        return direct_inputs(expr.operand)
    if isinstance(expr, ScoreRef):
        return []
    return num_inputs(expr)


def scores_in(expr: NumExpr) -> list[Score]:
    """The scores a numeric expression uses, each once (by name), in order."""
    if isinstance(expr, ScoreRef):
        return [expr.score]
    if isinstance(expr, NumOp):
        found = {s.name: s for s in scores_in(expr.left)}
        for score in scores_in(expr.right):
            found.setdefault(score.name, score)
        return list(found.values())
    if isinstance(expr, NumNeg):
        return scores_in(expr.operand)
    return []


def is_score_atom(atom: Atom) -> bool:
    """A comparison that reads a score: unknown criteria give it a range, not unknown."""
    return isinstance(atom, CmpNum) and bool(scores_in(atom.left) or scores_in(atom.right))


def atom_scores(atom: CmpNum) -> list[Score]:
    """The scores a comparison reads, each once, in order."""
    found = {s.name: s for s in scores_in(atom.left)}
    for score in scores_in(atom.right):
        found.setdefault(score.name, score)
    return list(found.values())


def num_parts(expr: NumExpr, outermost: bool = False) -> list[NumIf | NumPick]:
    """Every `if` and min/max inside a numeric expression, outermost first (with
    `outermost`, only those not inside another)."""
    if isinstance(expr, NumOp):
        return num_parts(expr.left, outermost) + num_parts(expr.right, outermost)
    if isinstance(expr, NumNeg):
        return num_parts(expr.operand, outermost)
    if outermost and isinstance(expr, NumIf | NumPick):
        return [expr]
    if isinstance(expr, NumIf):
        inner = [p for a in atoms(expr.cond) for p in atom_parts(a)]
        return [expr, *inner, *num_parts(expr.then), *num_parts(expr.otherwise)]
    if isinstance(expr, NumPick):
        return [expr, *(p for arg in expr.args for p in num_parts(arg))]
    return []


def atom_parts(atom: Atom, outermost: bool = False) -> list[NumIf | NumPick]:
    """Every `if` and min/max inside an atomic condition's numbers."""
    if isinstance(atom, CmpNum):
        return num_parts(atom.left, outermost) + num_parts(atom.right, outermost)
    return []


def cond_parts(cond: Cond) -> list[NumIf | NumPick]:
    """Every `if` and min/max inside a condition's numbers."""
    return [p for a in atoms(cond) for p in atom_parts(a)]


def atom_inputs(atom: Atom) -> list[str]:
    """Names of the inputs an atomic condition reads."""
    if isinstance(atom, CmpNum):
        return num_inputs(atom.left) + num_inputs(atom.right)
    return [atom.input]


def cond_inputs(cond: Cond) -> list[str]:
    """Names of the inputs a condition reads, each once, in order."""
    seen: dict[str, None] = {}
    for atom in atoms(cond):
        for name in atom_inputs(atom):
            seen.setdefault(name, None)
    return list(seen)


def walk(nodes: tuple[Node, ...]) -> list[Node]:
    """Every node, depth first, in source order."""
    out: list[Node] = []
    for node in nodes:
        out.append(node)
        if isinstance(node, Decision):
            for branch in node.branches:
                out.extend(walk(branch.body))
        elif isinstance(node, Section):
            out.extend(walk(node.body))
    return out


def recommendations(guideline: Guideline) -> list[Recommendation]:
    """Every recommendation of the guideline, in source order."""
    return [n.rec for n in walk(guideline.body) if isinstance(n, Emit)]
