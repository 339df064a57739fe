"""The project's own syntax tree: typed, immutable nodes, each with a source span.

The Lark parse tree never leaves `dsl/`; everything downstream sees these nodes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from dsl.source import Span

# ------------------------------------------------------------------ expressions


@dataclass(frozen=True)
class Ref:
    """A reference to an input or a definition by name."""

    name: str
    span: Span


@dataclass(frozen=True)
class Quantity:
    """A number, with the unit written after it (or none); the value is the decimal written."""

    value: Fraction
    text: str
    unit: str | None
    whole: bool
    span: Span


@dataclass(frozen=True)
class RangeLit:
    """`0.5 to 1 mg/kg/day`: a range of values with one unit."""

    low: Fraction
    high: Fraction
    low_text: str
    high_text: str
    unit: str | None
    span: Span


@dataclass(frozen=True)
class BoolLit:
    """`yes` or `no`."""

    value: bool
    span: Span


@dataclass(frozen=True)
class DateLit:
    """A calendar date, `2024-06-01`."""

    value: dt.date
    span: Span


@dataclass(frozen=True)
class Compare:
    """`left op right` with op one of >= <= > < = !=."""

    op: str
    left: Expr
    right: Expr
    span: Span


@dataclass(frozen=True)
class ChoiceName:
    """A choice named in `is`, `is not` or `is one of`."""

    name: str
    span: Span


@dataclass(frozen=True)
class IsChoice:
    """`x is a`, `x is not a`, `x is one of a, b`."""

    subject: Expr
    choices: tuple[ChoiceName, ...]
    negated: bool
    span: Span


@dataclass(frozen=True)
class IsKnown:
    """`x is known` (known=True) or `x is unknown` (known=False)."""

    subject: Expr
    known: bool
    span: Span


@dataclass(frozen=True)
class Not:
    """`not x`."""

    operand: Expr
    span: Span


@dataclass(frozen=True)
class BoolOp:
    """`a and b and c` or `a or b`."""

    op: str
    operands: tuple[Expr, ...]
    span: Span


@dataclass(frozen=True)
class Arith:
    """`a + b`, `a - b`, `a * b`, `a / b`."""

    op: str
    left: Expr
    right: Expr
    span: Span


@dataclass(frozen=True)
class Neg:
    """`-x`."""

    operand: Expr
    span: Span


@dataclass(frozen=True)
class IfValue:
    """`if cond then a else b`: a value chosen by a condition (`else` may chain another `if`)."""

    cond: Expr
    then: Expr
    otherwise: Expr
    span: Span


@dataclass(frozen=True)
class LookupArm:
    """`choice -> value` in a lookup; `choice` is None for the final `otherwise -> value`."""

    choice: ChoiceName | None
    value: Expr
    span: Span


@dataclass(frozen=True)
class Lookup:
    """`lookup input: a -> 1, b -> 2, otherwise -> 3`: a value per choice of a one-of input."""

    subject: Ref
    arms: tuple[LookupArm, ...]
    span: Span


@dataclass(frozen=True)
class Call:
    """`min(a, b, ...)` or `max(a, b, ...)` (any other name is reported by the resolver)."""

    name: str
    args: tuple[Expr, ...]
    span: Span
    name_span: Span


@dataclass(frozen=True)
class Limit:
    """`value at most limit` (kind "most", min) or `value at least limit` (kind "least", max)."""

    kind: str
    value: Expr
    limit: Expr
    span: Span


Expr = (
    Ref
    | Quantity
    | RangeLit
    | BoolLit
    | DateLit
    | Compare
    | IsChoice
    | IsKnown
    | Not
    | BoolOp
    | Arith
    | Neg
    | IfValue
    | Lookup
    | Call
    | Limit
)

# -------------------------------------------------------------------- narrative


@dataclass(frozen=True)
class CiteKey:
    """One citation key as written, e.g. the `2` of `cites 2`."""

    key: str
    span: Span


@dataclass(frozen=True)
class Bullet:
    """A `- "text"` item under a note."""

    text: str
    cites: tuple[CiteKey, ...]
    span: Span


@dataclass(frozen=True)
class Note:
    """Narrative text for the documentation, with optional bullets and citations."""

    text: str
    cites: tuple[CiteKey, ...]
    bullets: tuple[Bullet, ...]
    span: Span


@dataclass(frozen=True)
class Gap:
    """Something the source leaves open, carried visibly into the outputs."""

    text: str
    span: Span


Narrative = Note | Gap

# ----------------------------------------------------------------------- header


@dataclass(frozen=True)
class Field:
    """A header or recommendation field's value with its span."""

    value: str
    span: Span


@dataclass(frozen=True)
class Acknowledgement:
    """`acknowledge CODE [in ID] "reason"`: warnings of that code, reported inside the
    construct named ID (anywhere without `in`), are intended, for the reason given."""

    code: Field
    target: Field | None
    reason: Field
    span: Span


@dataclass(frozen=True)
class Header:
    """The `guideline` block."""

    id: str
    title: str
    span: Span
    id_span: Span
    version: Field | None
    status: Field | None
    owners: tuple[Field, ...]
    reviewed: Field | None
    scope: Field | None
    excludes: tuple[Field, ...]
    grading: tuple[Field, ...]
    narrative: tuple[Narrative, ...]
    acknowledged: tuple[Acknowledgement, ...] = ()


# ------------------------------------------------------------------- references


@dataclass(frozen=True)
class Reference:
    """A keyed citation with its full text."""

    key: str
    text: str
    doi: Field | None
    pmid: Field | None
    url: Field | None
    narrative: tuple[Narrative, ...]
    span: Span


# ----------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class YesNoType:
    """A yes/no fact."""

    span: Span


@dataclass(frozen=True)
class ChoiceOption:
    """One choice of a `one of` input."""

    name: str
    label: str | None
    span: Span


@dataclass(frozen=True)
class ChoiceType:
    """One of a fixed set of choices."""

    options: tuple[ChoiceOption, ...]
    span: Span


@dataclass(frozen=True)
class MolarMass:
    """`molar mass 113.12 g/mol`: converts the input between mass and molar units."""

    value: Fraction
    unit: str
    span: Span


@dataclass(frozen=True)
class Conversion:
    """`convert 1 mg/dL = 88.4 umol/L`: a factor the source declares between a mass and a
    molar concentration of the input's substance."""

    left: Fraction
    left_unit: str
    right: Fraction
    right_unit: str
    span: Span
    left_span: Span
    right_span: Span


@dataclass(frozen=True)
class NumberType:
    """A measurement with a unit and a plausible range; `whole` for counts."""

    unit: str | None
    unit_span: Span | None
    low: Fraction
    high: Fraction
    step: Fraction | None
    whole: bool
    span: Span
    molar_mass: MolarMass | None = None
    conversion: Conversion | None = None


@dataclass(frozen=True)
class DateType:
    """A calendar date."""

    span: Span


InputType = YesNoType | ChoiceType | NumberType | DateType


@dataclass(frozen=True)
class Input:
    """A patient fact the guideline asks for."""

    name: str
    question: str
    type: InputType
    may_be_unknown: bool
    narrative: tuple[Narrative, ...]
    span: Span
    name_span: Span


@dataclass(frozen=True)
class Definition:
    """A named condition or quantity built from inputs and other definitions."""

    name: str
    label: str | None
    expr: Expr
    narrative: tuple[Narrative, ...]
    span: Span
    name_span: Span


@dataclass(frozen=True)
class Criterion:
    """`points N when CONDITION ["label"]`: one criterion of a score."""

    points: Fraction
    points_text: str  # as written, with its sign: `-2`, `1.5`
    condition: Expr
    label: str | None
    narrative: tuple[Narrative, ...]
    span: Span
    points_span: Span


@dataclass(frozen=True)
class Score:
    """A named score: the sum of the points of the criteria whose condition is yes."""

    name: str
    title: str
    criteria: tuple[Criterion, ...]
    narrative: tuple[Narrative, ...]
    span: Span
    name_span: Span


@dataclass(frozen=True)
class Assumption:
    """A clinical constraint between inputs that every valid patient satisfies."""

    id: str
    text: str
    expr: Expr
    narrative: tuple[Narrative, ...]
    span: Span
    id_span: Span


# -------------------------------------------------------------- recommendations


@dataclass(frozen=True)
class ExprField:
    """A recommendation field holding an expression."""

    expr: Expr
    span: Span


@dataclass(frozen=True)
class Timing:
    """`review in 2 to 3 months "text"` or `recheck "CK" in 2 to 6 weeks`.

    `text` is the review's optional description, or what a recheck rechecks.
    """

    kind: str  # "review" | "recheck"
    expr: Expr
    text: str | None
    span: Span


@dataclass(frozen=True)
class Option:
    """One alternative of a `choose` recommendation."""

    id: str
    text: str
    preferred_when: Expr | None
    narrative: tuple[Narrative, ...]
    span: Span


@dataclass(frozen=True)
class Recommendation:
    """An action: start, stop, add, consider, choose, refer, assess, monitor, advise, caution."""

    kind: str
    id: str
    text: str
    span: Span
    id_span: Span
    dose: ExprField | None = None
    route: Field | None = None
    frequency: Field | None = None
    duration: ExprField | None = None
    every: ExprField | None = None
    target: Field | None = None
    strength: Field | None = None
    cites: tuple[CiteKey, ...] = ()
    expert_opinion: Span | None = None
    uncited: Field | None = None
    rationale: Field | None = None
    time_to_effect: ExprField | None = None
    time_to_effect_up_to: bool = False
    drug: Field | None = None
    options: tuple[Option, ...] = ()
    narrative: tuple[Narrative, ...] = ()
    dose_cap: ExprField | None = None
    daily_maximum: ExprField | None = None
    review: Timing | None = None
    rechecks: tuple[Timing, ...] = ()


# -------------------------------------------------------------------- structure


@dataclass(frozen=True)
class Nothing:
    """`nothing`: this branch recommends nothing."""

    span: Span


@dataclass(frozen=True)
class Ask:
    """`ask`: stop here and ask for the missing facts."""

    span: Span


@dataclass(frozen=True)
class Branch:
    """`when guard:`, `when unknown:` or `otherwise:` with its body."""

    kind: str  # "when" | "unknown" | "otherwise"
    guard: Expr | None
    body: tuple[BodyItem, ...]
    span: Span


@dataclass(frozen=True)
class Decision:
    """A named question with ordered branches; the first branch that applies wins."""

    id: str
    question: str
    exclusive: bool
    branches: tuple[Branch, ...]
    narrative: tuple[Narrative, ...]
    span: Span
    id_span: Span


@dataclass(frozen=True)
class Section:
    """Cross-cutting content (monitoring, supportive care, cautions) for everyone it applies to."""

    id: str
    title: str
    when: Expr | None
    items: tuple[BodyItem, ...]
    span: Span
    id_span: Span


BodyItem = Recommendation | Decision | Section | Note | Gap | Nothing | Ask

# --------------------------------------------------------------------- examples


@dataclass(frozen=True)
class Given:
    """`given name = value`; value None means `unknown`."""

    name: str
    value: Expr | None
    span: Span


@dataclass(frozen=True)
class ExpectDose:
    """`expect dose rec_id 35 to 70 mg/day`."""

    rec_id: str
    value: Expr
    span: Span


@dataclass(frozen=True)
class Example:
    """An authored example patient with the outcome the author expects."""

    id: str
    title: str
    givens: tuple[Given, ...]
    expect_recs: tuple[CiteKey, ...] | None
    expect_doses: tuple[ExpectDose, ...]
    expect_needs: tuple[CiteKey, ...] | None
    narrative: tuple[Narrative, ...]
    span: Span


# --------------------------------------------------------------------- document

TopItem = Decision | Section | Note | Gap


@dataclass(frozen=True)
class Guideline:
    """A whole guideline file."""

    path: str
    header: Header
    references: tuple[Reference, ...]
    inputs: tuple[Input, ...]
    definitions: tuple[Definition, ...]
    assumptions: tuple[Assumption, ...]
    body: tuple[TopItem, ...]
    examples: tuple[Example, ...]
    scores: tuple[Score, ...] = ()
