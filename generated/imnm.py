"""Treatment for necrotizing myopathy

Decision tree generated from guidelines/imnm.guideline by `guideline build`.
Do not edit: change the guideline source and rebuild.

Guideline imnm, version 0.1.0, source SHA-256 8157b8fea585bf3ee6fdf457879cabfac25246abe810357aa1e202f8d42e1843.
Call `evaluate(patient)` with a mapping of fact names to values.
"""

from __future__ import annotations

import difflib as _difflib
import math as _math
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal as _Decimal
from fractions import Fraction as _Fraction
from numbers import Real as _Real
from typing import Final, NamedTuple, cast, overload

GUIDELINE_ID: Final = 'imnm'
TITLE: Final = 'Treatment for necrotizing myopathy'
VERSION: Final = '0.1.0'
SOURCE_HASH: Final = '8157b8fea585bf3ee6fdf457879cabfac25246abe810357aa1e202f8d42e1843'
STATUS: Final = 'draft'
INPUTS: Final = ('category', 'weight', 'anti_hmgcr', 'statin_associated', 'skin_disease', 'weeks_on_treatment', 'response')

_Facts = tuple[str, float, bool | None, bool | None, bool, int, str | None]  # the facts, in INPUTS order


class PatientDataError(ValueError):
    """Patient data that cannot be evaluated; `problems` lists each (fact, message)."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__(problems)  # the only argument: copies and pickles rebuild from it
        self.problems = problems

    def __str__(self) -> str:
        return "; ".join(f"{name}: {message}" for name, message in self.problems)


class GuidelineDefect(RuntimeError):
    """A patient for whom a decision has no branch; `result` is the path up to it."""

    def __init__(self, message: str, result: Result | None = None) -> None:  # pragma: no cover
        # Defensive: the build's logic checks prove some branch of every decision applies.
        super().__init__(message, result)
        self.result = result

    def __str__(self) -> str:  # pragma: no cover
        return str(self.args[0])


_new: Final = tuple.__new__  # builds a NamedTuple from a tuple of all its fields


class Dose(NamedTuple):
    """A dose computed for this patient; `fixed` when the guideline gave one amount.

    `cap` is the per-dose cap in the dose's unit (each bound is at most the cap),
    `capped` whether the cap lowered the dose; `calculation` shows the figures.
    """

    low: float
    high: float
    unit: str
    rule: str
    facts: tuple[tuple[str, object], ...]
    fixed: bool
    cap: float | None
    capped: bool
    calculation: str

    @property
    def text(self) -> str:
        """`35 to 70 mg/day`, or `500 mg` for a fixed amount."""
        return f"{_fmt(self.low)} to {_fmt(self.high)} {self.unit}"

    def to_dict(self) -> dict[str, object]:
        """Plain data (JSON-ready)."""
        return {"low": self.low, "high": self.high, "unit": self.unit, "text": self.text,
                "rule": self.rule, "facts": _plain_facts(self.facts), "cap": self.cap,
                "capped": self.capped, "calculation": self.calculation}


class DailyMaximum(NamedTuple):
    """The most this patient may have in a day, in `unit` (an amount per day)."""

    value: float
    unit: str
    rule: str
    calculation: str


class Timing(NamedTuple):
    """When to review, or to recheck `text`: `low` to `high` `unit` (equal for one time)."""

    low: float
    high: float
    unit: str
    text: str | None


class Option(NamedTuple):
    """One alternative of a `choose` recommendation; `preferred` for this patient."""

    id: str
    text: str
    preferred: bool | None


class Note(NamedTuple):
    """A note or gap of the source that concerns a recommendation, as the docs word it.

    `on` is what the guideline attaches it to (`recommendation`, `option`, `section`,
    `decision`, `branch`, `definition`, `input`, `score`, `reference` or `guideline`),
    `name` that thing's id (empty for the recommendation, its branch and the guideline).
    """

    kind: str
    text: str
    bullets: tuple[str, ...]
    on: str
    name: str


class Recommendation(NamedTuple):
    """One recommendation, with its evidence, any computed dose, and the source's notes
    and gaps that concern it."""

    id: str
    kind: str
    text: str
    strength: str
    citations: tuple[str, ...]
    expert_opinion: bool
    dose: Dose | None
    options: tuple[Option, ...]
    route: str | None
    frequency: str | None
    duration: str | None
    every: str | None
    target: str | None
    rationale: str | None
    time_to_effect: str | None
    drug: str | None
    daily_maximum: DailyMaximum | None
    review: Timing | None
    rechecks: tuple[Timing, ...]
    notes: tuple[Note, ...]

    def to_dict(self) -> dict[str, object]:
        """Plain data (JSON-ready)."""
        data = self._asdict()
        data["citations"] = list(self.citations)
        data["options"] = [o._asdict() for o in self.options]
        data["dose"] = None if self.dose is None else self.dose.to_dict()
        data["rechecks"] = [t._asdict() for t in self.rechecks]
        data["notes"] = [{**n._asdict(), "bullets": list(n.bullets)} for n in self.notes]
        return data


class Step(NamedTuple):
    """One step of the path: which branch was taken and the facts that decided it."""

    node: str
    question: str
    branch: str
    facts: tuple[tuple[str, object], ...]

    def to_dict(self) -> dict[str, object]:
        """Plain data (JSON-ready)."""
        return {"node": self.node, "question": self.question, "branch": self.branch,
                "facts": _plain_facts(self.facts)}


class Path(Sequence[Step]):
    """The steps taken, in order. Evaluation records each step as a number; the `Step`s
    are built from those numbers and the patient's facts when the path is first read.
    """

    __slots__ = ("_facts", "_steps", "_trace")

    def __init__(self, trace: list[int], facts: tuple[object, ...]) -> None:
        self._trace = trace
        self._facts = facts
        self._steps: tuple[Step, ...] | None = None

    def steps(self) -> tuple[Step, ...]:
        """Every step, as a tuple."""
        if self._steps is None:
            facts = self._facts
            self._steps = tuple(
                _new(Step, (node, question, branch, tuple((INPUTS[i], facts[i]) for i in read)))
                for node, question, branch, read in map(_STEPS.__getitem__, self._trace)
            )
        return self._steps

    def __len__(self) -> int:
        return len(self._trace)

    def __iter__(self) -> Iterator[Step]:
        return iter(self.steps())

    @overload
    def __getitem__(self, index: int) -> Step: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Step, ...]: ...

    def __getitem__(self, index: int | slice) -> Step | tuple[Step, ...]:
        return self.steps()[index]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Path) and self.steps() == other.steps()

    def __hash__(self) -> int:
        return hash(self.steps())

    def __repr__(self) -> str:
        return f"Path({self.steps()!r})"


class Score(NamedTuple):
    """A score for this patient: its value, or the range its unknown criteria leave open."""

    name: str
    title: str
    value: float | None  # None: some criteria are unknown, the score lies in low..high
    low: float
    high: float
    scored: tuple[tuple[str, float], ...]  # (label, points) of the criteria that are yes
    unknown: tuple[tuple[str, float], ...]  # (label, points) of the unknown criteria


class Waiting(NamedTuple):
    """A fact to find out: its question, and the decisions waiting for it (id, question)."""

    fact: str
    question: str
    decisions: tuple[tuple[str, str], ...]

    def to_dict(self) -> dict[str, object]:
        """Plain data (JSON-ready)."""
        return {"fact": self.fact, "question": self.question,
                "decisions": [{"id": i, "question": q} for i, q in self.decisions]}


class Result(NamedTuple):
    """What the guideline recommends for one patient, and why.

    A decision that needs an unknown fact waits: it gives nothing, the later ones go on.
    `complete` is false when one waits; `needs` names every fact to find out (sorted),
    and `waiting` gives each with its question and the decisions waiting for it.
    """

    guideline: str
    version: str
    source_hash: str
    complete: bool
    needs: tuple[str, ...]
    recommendations: tuple[Recommendation, ...]
    path: Path
    scores: tuple[Score, ...]
    waiting: tuple[Waiting, ...]

    def to_dict(self) -> dict[str, object]:
        """Plain data (JSON-ready)."""
        return {
            "guideline": self.guideline,
            "version": self.version,
            "source_hash": self.source_hash,
            "complete": self.complete,
            "needs": list(self.needs),
            "recommendations": [r.to_dict() for r in self.recommendations],
            "path": [s.to_dict() for s in self.path],
            "scores": [],
            "waiting": [w.to_dict() for w in self.waiting],
        }


def _needs(wt: list[tuple[int, tuple[str, ...]]]) -> tuple[str, ...]:
    """Every fact the waiting decisions need, each once, sorted."""
    return tuple(sorted({name for _, names in wt for name in names}))


def _waiting(wt: list[tuple[int, tuple[str, ...]]]) -> tuple[Waiting, ...]:
    """Each fact needed, with its question and the decisions waiting for it."""
    return tuple(
        _new(Waiting, (name, _QUESTIONS[name], tuple(_WAITS[k] for k, names in wt if name in names)))
        for name in _needs(wt)
    )


class _Unread(Exception):
    """A patient missing required facts that only some paths read: `filled` is the
    patient with a stand-in value for each (`_FILL`)."""

    def __init__(self, names: tuple[str, ...], filled: dict[str, object]) -> None:
        super().__init__(names)
        self.names = names
        self.filled = filled

    def check(self) -> None:
        """Refuse the patient when the path, taken with the stand-ins, reads one of them.

        Up to the first step that reads one, the path is the same whatever its value;
        when no step reads one, the result does not depend on it.
        """
        result = evaluate(self.filled)
        read = {name for step in result.path for name, _ in step.facts}
        read.update(n for rec in result.recommendations for n in _REC_READS.get(rec.id, ()))
        if not read.isdisjoint(self.names):
            raise PatientDataError([(name, "is required but missing") for name in self.names])


def _fmt(value: float) -> str:
    text = f"{float(value):.4f}".rstrip("0").rstrip(".")
    return "0" if text in {"-0", ""} else text


def _yesno(raw: object) -> tuple[object, str | None]:
    if isinstance(raw, bool) or _is_numpy_bool(raw):
        return bool(raw), None
    return None, "expected yes or no (true or false)"


def _is_numpy_bool(raw: object) -> bool:
    """True for numpy's bool (what a pandas yes/no column holds), without importing numpy."""
    kind = type(raw)
    return kind.__module__ == "numpy" and kind.__name__ in ("bool", "bool_")


def _choice(raw: object, names: tuple[str, ...]) -> tuple[object, str | None]:
    if isinstance(raw, str) and raw in names:
        return raw, None
    return None, f"expected one of {', '.join(names)}, got {raw!r}"


class _Exact(_Fraction):
    """A fact or constant whose exact value is the shortest repr of no float (a third;
    1 mg/dL in umol/L). Compared with a float, it reads the float as the decimal of its
    shortest repr, as every number given is read; its arithmetic is exact."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return _Fraction.__eq__(self, _dec(other))

    def __lt__(self, other: object) -> bool:
        return _Fraction.__lt__(self, _dec(other))

    def __le__(self, other: object) -> bool:
        return _Fraction.__le__(self, _dec(other))

    def __gt__(self, other: object) -> bool:
        return _Fraction.__gt__(self, _dec(other))

    def __ge__(self, other: object) -> bool:
        return _Fraction.__ge__(self, _dec(other))

    __hash__ = _Fraction.__hash__


def _plain_facts(facts: tuple[tuple[str, object], ...]) -> dict[str, object]:
    """Facts as plain data: an exact number that no float is, as the float nearest it."""
    return {name: float(v) if isinstance(v, _Fraction) else v for name, v in facts}


def _dec(value: object) -> _Fraction:
    """A float as the decimal of its shortest repr, exactly; anything else as it is."""
    if type(value) is float:
        return _Fraction(_Decimal(repr(value)))
    return cast(_Fraction, value)  # an int or a Fraction


def _x(value: float) -> _Fraction:
    """A number fact's exact value, for exact arithmetic."""
    if type(value) is float:
        return _Fraction(_Decimal(repr(value)))
    return cast(_Fraction, value)  # an _Exact


def _held(value: _Fraction) -> float:
    """An exact number as a fact is held: the float whose repr it is, if any, else exact."""
    exact = _Exact(value)
    near = float(exact)  # OverflowError past the floats
    return near if exact == near else cast(float, exact)


def _read(value: object) -> float | None:
    """A number given, read exactly, or None when it is not a finite number: a float as the
    decimal of its shortest repr; an int, Decimal, Fraction or numpy number (through its
    text, which numpy writes as its shortest repr) as what it holds."""
    if type(value) is float:
        return value if _math.isfinite(value) else None
    try:
        return _held(_Fraction(str(value)))
    except (OverflowError, ValueError, ZeroDivisionError):  # too large, NaN, infinity
        return None


def _number(
    raw: object, unit_text: str, factors: Mapping[str, tuple[int, int]]
) -> tuple[float | None, str | None]:
    value, factor = raw, (1, 1)
    if isinstance(raw, Mapping):
        if set(raw) != {"value", "unit"}:
            return None, 'give a number, or {"value": number, "unit": "..."}'
        value = raw["value"]
        unit = raw["unit"]
        if not isinstance(unit, str) or unit not in factors:
            return None, f"expected a value in {unit_text}, got {unit!r}"
        factor = factors[unit]
    if isinstance(value, bool) or not isinstance(value, _Real | _Decimal):
        return None, f"expected a number, got {type(value).__name__}"
    number = _read(value)
    if number is not None and factor != (1, 1):
        try:
            number = _held(_x(number) * _Fraction(*factor))
        except OverflowError:
            number = None
    if number is None:
        return None, "must be a finite number"
    return number, None


def _in_range(
    result: float, low: float, high: float, unit_text: str
) -> tuple[object, str | None]:
    if not low <= result <= high:
        unit = f" {unit_text}" if unit_text else ""
        return None, (
            f"{_fmt(result)}{unit} is outside the plausible range {_fmt(low)} to {_fmt(high)}{unit}"
        )
    return result, None


def _measure(
    raw: object, *, low: float, high: float, unit_text: str,
    factors: Mapping[str, tuple[int, int]],
) -> tuple[object, str | None]:
    value, problem = _number(raw, unit_text, factors)
    if problem is not None or value is None:
        return None, problem
    return _in_range(value, low, high, unit_text)


def _count(
    raw: object, *, low: float, high: float, unit_text: str,
    factors: Mapping[str, tuple[int, int]],
) -> tuple[object, str | None]:
    value, problem = _number(raw, unit_text, factors)
    if problem is not None or value is None:
        return None, problem
    if value != int(value):
        return None, "must be a whole number"
    return _in_range(int(value), low, high, unit_text)


def _validate(patient: object) -> _Facts:
    """The facts, converted and checked; PatientDataError names every problem."""
    if not isinstance(patient, Mapping):
        raise PatientDataError([("patient", "must be a mapping of fact names to values")])
    problems: list[tuple[str, str]] = []
    for key in sorted(str(k) for k in patient if k not in INPUTS):
        close = _difflib.get_close_matches(key, list(INPUTS), n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        problems.append((key, f"is not a fact of this guideline{hint}"))
    values: dict[str, object] = {}
    for name, check, if_missing in _CHECKS:
        raw = patient.get(name)
        if raw is None:
            problems.extend(if_missing)  # nothing when the fact may be unknown
            values[name] = None
            continue
        value, problem = check(raw)
        if problem is not None:
            problems.append((name, problem))
        values[name] = value
    if problems:
        raise PatientDataError(problems)
    unread = tuple(name for name in _FILL if values[name] is None)
    if unread:
        given = {str(name): value for name, value in patient.items()}
        raise _Unread(unread, given | {name: _FILL[name] for name in unread})
    return cast(_Facts, tuple(values.values()))


_Check = Callable[[object], tuple[object, str | None]]
_Missing = tuple[tuple[str, str], ...]


_CHECKS: Final[tuple[tuple[str, _Check, _Missing], ...]] = (
    ('category', lambda raw: _choice(raw, ('immune_mediated', 'non_immune_mediated')), (('category', 'is required but missing'),)),
    ('weight', lambda raw: _measure(raw, low=1.0, high=400.0, unit_text='kg', factors={'g': (1, 1000), 'kg': (1, 1), 'mcg': (1, 1000000000), 'mg': (1, 1000000), 'ng': (1, 1000000000000), 'ug': (1, 1000000000), 'µg': (1, 1000000000)}), ()),
    ('anti_hmgcr', _yesno, ()),
    ('statin_associated', _yesno, ()),
    ('skin_disease', _yesno, ()),
    ('weeks_on_treatment', lambda raw: _count(raw, low=0.0, high=520.0, unit_text='week', factors={'d': (1, 7), 'day': (1, 7), 'days': (1, 7), 'h': (1, 168), 'hour': (1, 168), 'hours': (1, 168), 'min': (1, 10080), 'minute': (1, 10080), 'minutes': (1, 10080), 'month': (487, 112), 'months': (487, 112), 'week': (1, 1), 'weeks': (1, 1), 'wk': (1, 1), 'year': (1461, 28), 'years': (1461, 28), 'yr': (1461, 28)}), ()),
    ('response', lambda raw: _choice(raw, ('adequate', 'inadequate')), ()),
)


_INPUT_SET: Final = frozenset(INPUTS)


def _plain(patient: Mapping[str, object]) -> _Facts | None:
    """The facts when every one is plainly valid; None sends the caller to _validate."""
    if type(patient) is not dict or not _INPUT_SET.issuperset(patient):
        return None
    try:
        v_category = patient['category']
        v_weight = patient['weight']
        v_anti_hmgcr = patient.get('anti_hmgcr')
        v_statin_associated = patient.get('statin_associated')
        v_skin_disease = patient['skin_disease']
        v_weeks_on_treatment = patient['weeks_on_treatment']
        v_response = patient.get('response')
    except KeyError:
        return None
    if not (
        type(v_category) is str and v_category in ('immune_mediated', 'non_immune_mediated')
        and (type(v_weight) is float or type(v_weight) is int) and 1.0 <= v_weight <= 400.0
        and (v_anti_hmgcr is None or (type(v_anti_hmgcr) is bool))
        and (v_statin_associated is None or (type(v_statin_associated) is bool))
        and type(v_skin_disease) is bool
        and type(v_weeks_on_treatment) is int and 0 <= v_weeks_on_treatment <= 520
        and (v_response is None or (type(v_response) is str and v_response in ('adequate', 'inadequate')))
    ):
        return None
    return (v_category, 1.0 * v_weight, v_anti_hmgcr, v_statin_associated, v_skin_disease, v_weeks_on_treatment, v_response,)


_WAITS: Final[tuple[tuple[str, str], ...]] = (
    ('scope_check', 'Is the necrotizing myopathy immune-mediated?'),
    ('statin', 'Is the myopathy statin-associated?'),
    ('hmgcr', 'Anti-HMGCR antibodies (specific considerations for HMGCR-positive IMNM)'),
    ('refractory_treatment', 'Is the disease refractory (inadequate response after 4-6 weeks)?'),
)
_QUESTIONS: Final[dict[str, str]] = {
    'category': 'Category of necrotizing myopathy',
    'weight': 'Body weight',
    'anti_hmgcr': 'Anti-HMGCR antibodies detected',
    'statin_associated': 'Is the myopathy statin-associated?',
    'skin_disease': 'Skin disease as well as muscle disease',
    'weeks_on_treatment': 'Weeks since immunosuppressive treatment started',
    'response': 'Response to treatment so far',
}


_FILL: Final[dict[str, object]] = {
    'weight': 1,
    'skin_disease': False,
    'weeks_on_treatment': 0,
}
_REC_READS: Final[dict[str, tuple[str, ...]]] = {
    'prednisone': ('weight',),
    'second_agent': ('skin_disease',),
}


_R_not_covered: Final = Recommendation(
    'not_covered',
    'advise',
    'This treatment pathway is for immune-mediated necrotizing myopathy; the source gives no treatment for non-immune-mediated necrotizing myopathy',
    'recommend',
    (),
    False,
    None,
    (),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (),
    (Note('gap', 'The source lists the associations of non-immune-mediated necrotizing myopathy (drugs/toxins, dystrophies, infections, hypothyroidism) but no treatment.', (), 'recommendation', ''), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),),
)


_R_monotherapy_insufficient: Final = Recommendation(
    'monotherapy_insufficient',
    'caution',
    'Corticosteroid monotherapy is usually insufficient; 90% of patients require 2 or more immunotherapeutic agents',
    'recommend',
    ('1',),
    False,
    None,
    (),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (),
    (Note('gap', 'The source cites this work by number only; its full citation is not given.', (), 'reference', '1'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),),
)


_R_second_agent: Final[dict[bool | None, Recommendation]] = {
    True: Recommendation('second_agent', 'choose', 'Combine an immunosuppressant with the steroids: methotrexate first', 'recommend', ('2',), False, None, (Option('methotrexate', 'Methotrexate: first-line immunosuppressant to combine with steroids', None), Option('azathioprine', 'Azathioprine (alternative)', None), Option('mycophenolate', 'Mycophenolate mofetil (alternative)', True),), None, None, None, None, None, None, None, None, None, None, (), (Note('gap', "The source heads this 'Second-Line/Combination Therapy' and does not say when to add the immunosuppressant; it is shown from the start of treatment here.", (), 'recommendation', ''), Note('note', 'Particularly useful for both muscle and skin disease.', (), 'option', 'mycophenolate'), Note('gap', "The source calls mycophenolate 'particularly useful' for muscle and skin disease; it does not say it replaces methotrexate as the first choice. It is marked as suited to patients with skin disease, and methotrexate stays listed first.", (), 'option', 'mycophenolate'), Note('gap', 'The source cites this work by number only; its full citation is not given.', (), 'reference', '2'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),)),
    False: Recommendation('second_agent', 'choose', 'Combine an immunosuppressant with the steroids: methotrexate first', 'recommend', ('2',), False, None, (Option('methotrexate', 'Methotrexate: first-line immunosuppressant to combine with steroids', None), Option('azathioprine', 'Azathioprine (alternative)', None), Option('mycophenolate', 'Mycophenolate mofetil (alternative)', False),), None, None, None, None, None, None, None, None, None, None, (), (Note('gap', "The source heads this 'Second-Line/Combination Therapy' and does not say when to add the immunosuppressant; it is shown from the start of treatment here.", (), 'recommendation', ''), Note('note', 'Particularly useful for both muscle and skin disease.', (), 'option', 'mycophenolate'), Note('gap', "The source calls mycophenolate 'particularly useful' for muscle and skin disease; it does not say it replaces methotrexate as the first choice. It is marked as suited to patients with skin disease, and methotrexate stays listed first.", (), 'option', 'mycophenolate'), Note('gap', 'The source cites this work by number only; its full citation is not given.', (), 'reference', '2'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),)),
    None: Recommendation('second_agent', 'choose', 'Combine an immunosuppressant with the steroids: methotrexate first', 'recommend', ('2',), False, None, (Option('methotrexate', 'Methotrexate: first-line immunosuppressant to combine with steroids', None), Option('azathioprine', 'Azathioprine (alternative)', None), Option('mycophenolate', 'Mycophenolate mofetil (alternative)', None),), None, None, None, None, None, None, None, None, None, None, (), (Note('gap', "The source heads this 'Second-Line/Combination Therapy' and does not say when to add the immunosuppressant; it is shown from the start of treatment here.", (), 'recommendation', ''), Note('note', 'Particularly useful for both muscle and skin disease.', (), 'option', 'mycophenolate'), Note('gap', "The source calls mycophenolate 'particularly useful' for muscle and skin disease; it does not say it replaces methotrexate as the first choice. It is marked as suited to patients with skin disease, and methotrexate stays listed first.", (), 'option', 'mycophenolate'), Note('gap', 'The source cites this work by number only; its full citation is not given.', (), 'reference', '2'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),)),
}


_R_strength: Final = Recommendation(
    'strength',
    'monitor',
    'Muscle strength',
    'recommend',
    ('2',),
    False,
    None,
    (),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (),
    (Note('note', 'Regular assessment of:', (), 'section', 'monitoring'), Note('gap', "The source says 'regular' but sets no interval for these assessments.", (), 'section', 'monitoring'), Note('gap', 'The source places one citation, [2], at the end of the list of regular assessments; it is applied here to each item.', (), 'section', 'monitoring'), Note('gap', 'The source cites this work by number only; its full citation is not given.', (), 'reference', '2'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),),
)


_R_serial_ck: Final = Recommendation(
    'serial_ck',
    'monitor',
    'Serial CK measurements',
    'recommend',
    ('2',),
    False,
    None,
    (),
    None,
    None,
    None,
    None,
    'low-normal range',
    None,
    None,
    None,
    None,
    None,
    (),
    (Note('note', 'Regular assessment of:', (), 'section', 'monitoring'), Note('gap', "The source says 'regular' but sets no interval for these assessments.", (), 'section', 'monitoring'), Note('gap', 'The source places one citation, [2], at the end of the list of regular assessments; it is applied here to each item.', (), 'section', 'monitoring'), Note('gap', 'The source cites this work by number only; its full citation is not given.', (), 'reference', '2'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),),
)


_R_function: Final = Recommendation(
    'function',
    'monitor',
    'Functional status improvement',
    'recommend',
    ('2',),
    False,
    None,
    (),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (),
    (Note('note', 'Regular assessment of:', (), 'section', 'monitoring'), Note('gap', "The source says 'regular' but sets no interval for these assessments.", (), 'section', 'monitoring'), Note('gap', 'The source places one citation, [2], at the end of the list of regular assessments; it is applied here to each item.', (), 'section', 'monitoring'), Note('gap', 'The source cites this work by number only; its full citation is not given.', (), 'reference', '2'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),),
)


_R_steroid_taper: Final = Recommendation(
    'steroid_taper',
    'monitor',
    'Ability to taper corticosteroids',
    'recommend',
    ('2',),
    False,
    None,
    (),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (),
    (Note('note', 'Regular assessment of:', (), 'section', 'monitoring'), Note('gap', "The source says 'regular' but sets no interval for these assessments.", (), 'section', 'monitoring'), Note('gap', 'The source places one citation, [2], at the end of the list of regular assessments; it is applied here to each item.', (), 'section', 'monitoring'), Note('gap', 'The source cites this work by number only; its full citation is not given.', (), 'reference', '2'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),),
)


_R_damage_index: Final = Recommendation(
    'damage_index',
    'assess',
    'Disease damage, using validated indices like the Myositis Damage Index',
    'recommend',
    ('2',),
    False,
    None,
    (),
    None,
    None,
    None,
    '1 year',
    None,
    None,
    None,
    None,
    None,
    None,
    (),
    (Note('note', 'Regular assessment of:', (), 'section', 'monitoring'), Note('gap', "The source says 'regular' but sets no interval for these assessments.", (), 'section', 'monitoring'), Note('gap', 'The source places one citation, [2], at the end of the list of regular assessments; it is applied here to each item.', (), 'section', 'monitoring'), Note('gap', 'The source cites this work by number only; its full citation is not given.', (), 'reference', '2'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),),
)


_R_physical_therapy: Final = Recommendation(
    'physical_therapy',
    'advise',
    'Physical therapy to prevent joint contractures and muscle atrophy',
    'recommend',
    ('2',),
    False,
    None,
    (),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (),
    (Note('gap', 'The source places one citation, [2], at the end of the supportive-care list; it is applied here to each item.', (), 'section', 'supportive_care'), Note('gap', 'The source cites this work by number only; its full citation is not given.', (), 'reference', '2'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),),
)


_R_physiatrist: Final = Recommendation(
    'physiatrist',
    'refer',
    'Early referral to a physiatrist for appropriate assistive devices',
    'recommend',
    ('2',),
    False,
    None,
    (),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (),
    (Note('gap', 'The source places one citation, [2], at the end of the supportive-care list; it is applied here to each item.', (), 'section', 'supportive_care'), Note('gap', 'The source cites this work by number only; its full citation is not given.', (), 'reference', '2'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),),
)


_R_exercise: Final = Recommendation(
    'exercise',
    'advise',
    'Individualized and supervised exercise program',
    'recommend',
    ('2',),
    False,
    None,
    (),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (),
    (Note('gap', 'The source places one citation, [2], at the end of the supportive-care list; it is applied here to each item.', (), 'section', 'supportive_care'), Note('gap', 'The source cites this work by number only; its full citation is not given.', (), 'reference', '2'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),),
)


_R_pain: Final = Recommendation(
    'pain',
    'advise',
    'Symptomatic management of pain with acetaminophen or NSAIDs if no contraindications',
    'recommend',
    ('2',),
    False,
    None,
    (),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (),
    (Note('gap', 'The source places one citation, [2], at the end of the supportive-care list; it is applied here to each item.', (), 'section', 'supportive_care'), Note('gap', 'The source cites this work by number only; its full citation is not given.', (), 'reference', '2'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),),
)


_R_aspiration: Final = Recommendation(
    'aspiration',
    'monitor',
    'Dysphagia and risk of aspiration pneumonia',
    'recommend',
    (),
    False,
    None,
    (),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (),
    (Note('gap', 'The source cites no evidence for this list and sets no interval for watching these complications.', (), 'section', 'complications'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),),
)


_R_cardiac: Final = Recommendation(
    'cardiac',
    'monitor',
    'Cardiac complications (conduction defects, tachyarrhythmias)',
    'recommend',
    (),
    False,
    None,
    (),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (),
    (Note('gap', 'The source cites no evidence for this list and sets no interval for watching these complications.', (), 'section', 'complications'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),),
)


_R_respiratory: Final = Recommendation(
    'respiratory',
    'monitor',
    'Respiratory complications',
    'recommend',
    (),
    False,
    None,
    (),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (),
    (Note('gap', 'The source cites no evidence for this list and sets no interval for watching these complications.', (), 'section', 'complications'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),),
)


_R_side_effects: Final = Recommendation(
    'side_effects',
    'monitor',
    'Side effects of immunosuppressive therapy',
    'recommend',
    (),
    False,
    None,
    (),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (),
    (Note('gap', 'The source cites no evidence for this list and sets no interval for watching these complications.', (), 'section', 'complications'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),),
)


_R_neuromuscular: Final = Recommendation(
    'neuromuscular',
    'refer',
    'Referral to a neurologist specializing in neuromuscular disorders may benefit the patient',
    'consider',
    ('4',),
    False,
    None,
    (),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (),
    (Note('note', "The source's caution on statin-associated autoimmune myopathy is given with the statin question below.", (), 'section', 'caution'), Note('gap', 'The source does not say whether the referral applies to every patient or only to statin-associated disease; it is shown to every patient in scope.', (), 'section', 'caution'), Note('gap', 'The source cites this work by number only; its full citation is not given.', (), 'reference', '4'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),),
)


_R_stop_statin: Final = Recommendation(
    'stop_statin',
    'stop',
    'Stop statin therapy immediately',
    'recommend',
    ('4',),
    False,
    None,
    (),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    'statin',
    None,
    None,
    (),
    (Note('note', 'The source asks for statin cessation under HMGCR-positive IMNM and again in its caution on statin-associated autoimmune myopathy, which names no antibody; it is asked here for every patient in scope.', (), 'decision', 'statin'), Note('gap', "The source does not define 'statin-associated' (for example, current or past statin use).", (), 'input', 'statin_associated'), Note('gap', 'The source cites this work by number only; its full citation is not given.', (), 'reference', '4'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),),
)


_R_statin_myopathy: Final = Recommendation(
    'statin_myopathy',
    'caution',
    'Statin-associated autoimmune myopathy is a rare disorder requiring statin cessation and aggressive immunotherapy directed at the autoimmune process',
    'recommend',
    ('4',),
    False,
    None,
    (),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (),
    (Note('note', 'The source asks for statin cessation under HMGCR-positive IMNM and again in its caution on statin-associated autoimmune myopathy, which names no antibody; it is asked here for every patient in scope.', (), 'decision', 'statin'), Note('gap', "The source does not define 'statin-associated' (for example, current or past statin use).", (), 'input', 'statin_associated'), Note('gap', 'The source cites this work by number only; its full citation is not given.', (), 'reference', '4'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),),
)


_R_ivig_early: Final = Recommendation(
    'ivig_early',
    'consider',
    'Intravenous immunoglobulin (IVIG) as first-line therapy or early in the treatment course',
    'consider',
    ('3',),
    False,
    None,
    (),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    'ivig',
    None,
    None,
    (),
    (Note('gap', 'The source cites this work by number only; its full citation is not given.', (), 'reference', '3'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),),
)


_R_maintenance: Final = Recommendation(
    'maintenance',
    'advise',
    'Maintenance therapy: long-term immunosuppression is often required, as relapse occurs in 55% of patients during immunosuppressant taper or discontinuation',
    'recommend',
    ('1',),
    False,
    None,
    (),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (),
    (Note('gap', 'The source cites this work by number only; its full citation is not given.', (), 'reference', '1'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),),
)


_R_ivig_refractory: Final = Recommendation(
    'ivig_refractory',
    'consider',
    'Intravenous immunoglobulin (IVIG) for refractory disease',
    'consider',
    (),
    False,
    None,
    (),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    'ivig',
    None,
    None,
    (),
    (Note('gap', 'The source gives IVIG a heading under refractory disease and nothing under it: no strength, dose, timing or citation. It is shown here as an option to consider.', (), 'recommendation', ''), Note('gap', "The source has an 'Other options:' heading for refractory disease with an empty list.", (), 'branch', ''), Note('note', 'The source defines refractory disease as an inadequate response after 4-6 weeks.', (), 'definition', 'refractory'), Note('gap', 'The source gives a window of 4-6 weeks, not one threshold. This guideline treats an inadequate response from 4 weeks on as refractory; the source does not say how to choose within the window.', (), 'definition', 'refractory'), Note('note', 'At diagnosis, before treatment has had time to work, the response is not yet known.', (), 'input', 'response'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),),
)


_R_rituximab: Final = Recommendation(
    'rituximab',
    'consider',
    'Rituximab for refractory disease',
    'consider',
    ('2',),
    False,
    None,
    (),
    None,
    None,
    None,
    None,
    None,
    None,
    'up to 26 weeks',
    'rituximab',
    None,
    None,
    (),
    (Note('gap', "The source has an 'Other options:' heading for refractory disease with an empty list.", (), 'branch', ''), Note('note', 'The source defines refractory disease as an inadequate response after 4-6 weeks.', (), 'definition', 'refractory'), Note('gap', 'The source gives a window of 4-6 weeks, not one threshold. This guideline treats an inadequate response from 4 weeks on as refractory; the source does not say how to choose within the window.', (), 'definition', 'refractory'), Note('note', 'At diagnosis, before treatment has had time to work, the response is not yet known.', (), 'input', 'response'), Note('gap', 'The source cites this work by number only; its full citation is not given.', (), 'reference', '2'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),),
)


_STEPS: Final[tuple[tuple[str, str, str, tuple[int, ...]], ...]] = (
    ('classification', 'Classification and diagnosis', 'applies to everyone', ()),
    ('scope_check', 'Is the necrotizing myopathy immune-mediated?', 'not immune_mediated', (0,)),
    ('scope_check', 'Is the necrotizing myopathy immune-mediated?', 'otherwise', (0,)),
    ('first_line', 'First-line treatment', 'applies to everyone', ()),
    ('combination', 'Second-line / combination therapy', 'applies to everyone', ()),
    ('monitoring', 'Monitoring and follow-up', 'applies to everyone', ()),
    ('predictors', 'Predictors of favorable outcome', 'applies to everyone', ()),
    ('supportive_care', 'Supportive care', 'applies to everyone', ()),
    ('complications', 'Complications to monitor', 'applies to everyone', ()),
    ('caution', 'Caution', 'applies to everyone', ()),
    ('statin', 'Is the myopathy statin-associated?', 'unknown', (3,)),
    ('statin', 'Is the myopathy statin-associated?', 'statin_associated', (3,)),
    ('statin', 'Is the myopathy statin-associated?', 'otherwise', (3,)),
    ('hmgcr', 'Anti-HMGCR antibodies (specific considerations for HMGCR-positive IMNM)', 'unknown', (2,)),
    ('hmgcr', 'Anti-HMGCR antibodies (specific considerations for HMGCR-positive IMNM)', 'anti_hmgcr', (2,)),
    ('hmgcr', 'Anti-HMGCR antibodies (specific considerations for HMGCR-positive IMNM)', 'otherwise', (2,)),
    ('refractory_treatment', 'Is the disease refractory (inadequate response after 4-6 weeks)?', 'unknown', (6, 5)),
    ('refractory_treatment', 'Is the disease refractory (inadequate response after 4-6 weeks)?', 'refractory', (6, 5)),
    ('refractory_treatment', 'Is the disease refractory (inadequate response after 4-6 weeks)?', 'weeks_on_treatment < 4 weeks', (6, 5)),
    ('refractory_treatment', 'Is the disease refractory (inadequate response after 4-6 weeks)?', 'response is adequate', (6, 5)),
)


def evaluate(patient: Mapping[str, object]) -> Result:
    """Validate the patient, walk the decision tree, and say what to do and why.

    Raises PatientDataError, naming each bad fact, before anything is decided.
    A fact given as None or left out is unknown; a decision that needs it waits
    (it gives nothing, the later decisions go on): the result is incomplete,
    `needs` names the facts to find out and `waiting` asks for them.
    """
    try:
        facts = _plain(patient) or _validate(patient)
    except _Unread as missing:
        missing.check()
        return evaluate(missing.filled)
    v_category, v_weight, v_anti_hmgcr, v_statin_associated, v_skin_disease, v_weeks_on_treatment, v_response, = facts
    recs: list[Recommendation] = []
    trace: list[int] = []
    u: list[str] = []
    wt: list[tuple[int, tuple[str, ...]]] = []
    # guidelines/imnm.guideline:26: section classification: Classification and diagnosis
    trace.append(0)
    # guidelines/imnm.guideline:62: decision scope_check: Is the necrotizing myopathy immune-mediated?
    # guidelines/imnm.guideline:63: when not immune_mediated
    if v_category != 'immune_mediated':
        trace.append(1)
        # guidelines/imnm.guideline:64: advise not_covered
        recs.append(_R_not_covered)
    else:
        # guidelines/imnm.guideline:67: otherwise
        trace.append(2)
        # guidelines/imnm.guideline:68: section first_line: First-line treatment
        trace.append(3)
        # guidelines/imnm.guideline:69: start prednisone
        lo1 = 0.5 * v_weight
        hi2 = 1.0 * v_weight
        recs.append(_new(Recommendation, ('prednisone', 'start', 'Prednisone as initial therapy', 'recommend', ('2',), False, _new(Dose, (lo1, hi2, 'mg/day', '0.5 to 1 mg/kg/day * weight', (('weight', v_weight),), False, None, False, _fmt(lo1) + ' to ' + _fmt(hi2) + ' mg/day' + ': ' + '0.5 to 1 mg/kg/day x ' + _fmt(float(v_weight)) + ' kg')), (), None, None, None, None, None, None, None, 'prednisone', None, None, (), (Note('gap', 'The source gives no maximum dose: the range grows with body weight (a 130 kg patient gets 65 to 130 mg/day).', (), 'recommendation', ''), Note('gap', 'The source cites this work by number only; its full citation is not given.', (), 'reference', '2'), Note('note', 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', (), 'guideline', ''), Note('gap', 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', (), 'guideline', ''), Note('gap', "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", (), 'guideline', ''),))))
        # guidelines/imnm.guideline:74: caution monotherapy_insufficient
        recs.append(_R_monotherapy_insufficient)
        # guidelines/imnm.guideline:76: section combination: Second-line / combination therapy
        trace.append(4)
        # guidelines/imnm.guideline:77: choose second_agent
        p3 = v_skin_disease
        recs.append(_R_second_agent[p3])
        # guidelines/imnm.guideline:86: section monitoring: Monitoring and follow-up
        trace.append(5)
        # guidelines/imnm.guideline:89: monitor strength
        # guidelines/imnm.guideline:91: monitor serial_ck
        # guidelines/imnm.guideline:94: monitor function
        # guidelines/imnm.guideline:96: monitor steroid_taper
        recs.extend((_R_strength, _R_serial_ck, _R_function, _R_steroid_taper))
        # guidelines/imnm.guideline:99: assess damage_index
        recs.append(_R_damage_index)
        # guidelines/imnm.guideline:102: section predictors: Predictors of favorable outcome
        trace.append(6)
        # guidelines/imnm.guideline:106: section supportive_care: Supportive care
        trace.append(7)
        # guidelines/imnm.guideline:107: advise physical_therapy
        # guidelines/imnm.guideline:109: refer physiatrist
        # guidelines/imnm.guideline:111: advise exercise
        # guidelines/imnm.guideline:113: advise pain
        recs.extend((_R_physical_therapy, _R_physiatrist, _R_exercise, _R_pain))
        # guidelines/imnm.guideline:116: section complications: Complications to monitor
        trace.append(8)
        # guidelines/imnm.guideline:117: monitor aspiration
        # guidelines/imnm.guideline:119: monitor cardiac
        # guidelines/imnm.guideline:121: monitor respiratory
        # guidelines/imnm.guideline:123: monitor side_effects
        recs.extend((_R_aspiration, _R_cardiac, _R_respiratory, _R_side_effects))
        # guidelines/imnm.guideline:126: section caution: Caution
        trace.append(9)
        # guidelines/imnm.guideline:129: refer neuromuscular
        recs.append(_R_neuromuscular)
        # guidelines/imnm.guideline:133: decision statin: Is the myopathy statin-associated?
        # guidelines/imnm.guideline:135: when statin_associated
        if v_statin_associated is None:
            trace.append(10)
            wt.append((1, ('statin_associated',)))
        elif v_statin_associated:
            trace.append(11)
            # guidelines/imnm.guideline:136: stop stop_statin
            # guidelines/imnm.guideline:139: caution statin_myopathy
            recs.extend((_R_stop_statin, _R_statin_myopathy))
        else:
            # guidelines/imnm.guideline:141: otherwise
            trace.append(12)
        # guidelines/imnm.guideline:143: decision hmgcr: Anti-HMGCR antibodies (specific considerations for HMGCR-positive IMNM)
        # guidelines/imnm.guideline:144: when anti_hmgcr
        if v_anti_hmgcr is None:
            trace.append(13)
            wt.append((2, ('anti_hmgcr',)))
        elif v_anti_hmgcr:
            trace.append(14)
            # guidelines/imnm.guideline:145: consider ivig_early
            # guidelines/imnm.guideline:148: advise maintenance
            recs.extend((_R_ivig_early, _R_maintenance))
        else:
            # guidelines/imnm.guideline:150: otherwise
            trace.append(15)
        # guidelines/imnm.guideline:152: decision refractory_treatment: Is the disease refractory (inadequate response after 4-6 weeks)?
        # guidelines/imnm.guideline:153: when refractory
        g4: bool | None
        s5 = False
        g4 = True
        t6: bool | None
        if v_response is None:
            t6 = None
            u.append('response')
        elif v_response == 'inadequate':  # guidelines/imnm.guideline:56: response is inadequate
            t6 = True
        else:
            t6 = False
        if t6 is False:
            g4 = False
        else:
            s5 = s5 or t6 is None
        if g4 is True:
            t7: bool | None
            if v_weeks_on_treatment >= 4:  # guidelines/imnm.guideline:56: weeks_on_treatment >= 4 weeks
                t7 = True
            else:
                t7 = False
            if t7 is False:
                g4 = False
            else:
                s5 = s5 or t7 is None
        if s5 and g4 is True:
            g4 = None
        if g4 is None:
            trace.append(16)
            wt.append((3, tuple(sorted(set(u)))))
        elif g4:
            trace.append(17)
            # guidelines/imnm.guideline:154: consider ivig_refractory
            # guidelines/imnm.guideline:158: consider rituximab
            recs.extend((_R_ivig_refractory, _R_rituximab))
        # guidelines/imnm.guideline:163: when weeks_on_treatment < 4 weeks
        elif v_weeks_on_treatment < 4:
            trace.append(18)
        else:
            # guidelines/imnm.guideline:164: when response is adequate
            # (the build proved that everyone reaching this line meets this condition)
            trace.append(19)
    return _new(Result, (GUIDELINE_ID, VERSION, SOURCE_HASH, not wt, _needs(wt) if wt else (), tuple(recs), Path(trace, facts), (), _waiting(wt) if wt else ()))


Decided = tuple[tuple[str, ...], dict[str, tuple[float, float]], tuple[str, ...]]


def decide(patient: Mapping[str, object]) -> Decided:
    """Ids in order, {id: (low, high) dose} and needs, as `evaluate` says."""
    try:
        facts = _plain(patient) or _validate(patient)
    except _Unread as missing:
        missing.check()
        return decide(missing.filled)
    v_category, v_weight, v_anti_hmgcr, v_statin_associated, _, v_weeks_on_treatment, v_response, = facts
    ids: list[str] = []
    doses: dict[str, tuple[float, float]] = {}
    u: list[str] = []
    wt: list[tuple[int, tuple[str, ...]]] = []
    # guidelines/imnm.guideline:26: section classification: Classification and diagnosis
    # guidelines/imnm.guideline:62: decision scope_check: Is the necrotizing myopathy immune-mediated?
    # guidelines/imnm.guideline:63: when not immune_mediated
    if v_category != 'immune_mediated':
        # guidelines/imnm.guideline:64: advise not_covered
        ids.append('not_covered')
    else:
        # guidelines/imnm.guideline:67: otherwise
        # guidelines/imnm.guideline:68: section first_line: First-line treatment
        # guidelines/imnm.guideline:69: start prednisone
        # guidelines/imnm.guideline:74: caution monotherapy_insufficient
        ids.extend(('prednisone', 'monotherapy_insufficient'))
        doses['prednisone'] = (0.5 * v_weight, 1.0 * v_weight)
        # guidelines/imnm.guideline:76: section combination: Second-line / combination therapy
        # guidelines/imnm.guideline:77: choose second_agent
        ids.append('second_agent')
        # guidelines/imnm.guideline:86: section monitoring: Monitoring and follow-up
        # guidelines/imnm.guideline:89: monitor strength
        # guidelines/imnm.guideline:91: monitor serial_ck
        # guidelines/imnm.guideline:94: monitor function
        # guidelines/imnm.guideline:96: monitor steroid_taper
        ids.extend(('strength', 'serial_ck', 'function', 'steroid_taper'))
        # guidelines/imnm.guideline:99: assess damage_index
        ids.append('damage_index')
        # guidelines/imnm.guideline:102: section predictors: Predictors of favorable outcome
        # guidelines/imnm.guideline:106: section supportive_care: Supportive care
        # guidelines/imnm.guideline:107: advise physical_therapy
        # guidelines/imnm.guideline:109: refer physiatrist
        # guidelines/imnm.guideline:111: advise exercise
        # guidelines/imnm.guideline:113: advise pain
        ids.extend(('physical_therapy', 'physiatrist', 'exercise', 'pain'))
        # guidelines/imnm.guideline:116: section complications: Complications to monitor
        # guidelines/imnm.guideline:117: monitor aspiration
        # guidelines/imnm.guideline:119: monitor cardiac
        # guidelines/imnm.guideline:121: monitor respiratory
        # guidelines/imnm.guideline:123: monitor side_effects
        ids.extend(('aspiration', 'cardiac', 'respiratory', 'side_effects'))
        # guidelines/imnm.guideline:126: section caution: Caution
        # guidelines/imnm.guideline:129: refer neuromuscular
        ids.append('neuromuscular')
        # guidelines/imnm.guideline:133: decision statin: Is the myopathy statin-associated?
        # guidelines/imnm.guideline:135: when statin_associated
        if v_statin_associated is None:
            wt.append((1, ('statin_associated',)))
        elif v_statin_associated:
            # guidelines/imnm.guideline:136: stop stop_statin
            # guidelines/imnm.guideline:139: caution statin_myopathy
            ids.extend(('stop_statin', 'statin_myopathy'))
        # guidelines/imnm.guideline:143: decision hmgcr: Anti-HMGCR antibodies (specific considerations for HMGCR-positive IMNM)
        # guidelines/imnm.guideline:144: when anti_hmgcr
        if v_anti_hmgcr is None:
            wt.append((2, ('anti_hmgcr',)))
        elif v_anti_hmgcr:
            # guidelines/imnm.guideline:145: consider ivig_early
            # guidelines/imnm.guideline:148: advise maintenance
            ids.extend(('ivig_early', 'maintenance'))
        # guidelines/imnm.guideline:152: decision refractory_treatment: Is the disease refractory (inadequate response after 4-6 weeks)?
        # guidelines/imnm.guideline:153: when refractory
        g1: bool | None
        s2 = False
        g1 = True
        t3: bool | None
        if v_response is None:
            t3 = None
            u.append('response')
        elif v_response == 'inadequate':  # guidelines/imnm.guideline:56: response is inadequate
            t3 = True
        else:
            t3 = False
        if t3 is False:
            g1 = False
        else:
            s2 = s2 or t3 is None
        if g1 is True:
            t4: bool | None
            if v_weeks_on_treatment >= 4:  # guidelines/imnm.guideline:56: weeks_on_treatment >= 4 weeks
                t4 = True
            else:
                t4 = False
            if t4 is False:
                g1 = False
            else:
                s2 = s2 or t4 is None
        if s2 and g1 is True:
            g1 = None
        if g1 is None:
            wt.append((3, tuple(sorted(set(u)))))
        elif g1:
            # guidelines/imnm.guideline:154: consider ivig_refractory
            # guidelines/imnm.guideline:158: consider rituximab
            ids.extend(('ivig_refractory', 'rituximab'))
        # guidelines/imnm.guideline:163: when weeks_on_treatment < 4 weeks
        elif v_weeks_on_treatment < 4:
            pass
    return tuple(ids), doses, _needs(wt) if wt else ()
