"""Acute kidney injury: KDIGO definition, staging and stage-based management

Decision tree generated from guidelines/kdigo_aki.guideline by `guideline build`.
Do not edit: change the guideline source and rebuild.

Guideline kdigo_aki, version 0.1.0, source SHA-256 bcd521df0a1e65c2acd306f6a1505becb0089fdceb4ab2a88db685e69951d5bb.
Call `evaluate(patient)` with a mapping of fact names to values.
"""

from __future__ import annotations

import difflib as _difflib
import math as _math
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal as _Decimal
from fractions import Fraction as _Fraction
from numbers import Real as _Real
from typing import Any, Final, NamedTuple, cast, overload

GUIDELINE_ID: Final = 'kdigo_aki'
TITLE: Final = 'Acute kidney injury: KDIGO definition, staging and stage-based management'
VERSION: Final = '0.1.0'
SOURCE_HASH: Final = 'bcd521df0a1e65c2acd306f6a1505becb0089fdceb4ab2a88db685e69951d5bb'
STATUS: Final = 'draft'
INPUTS: Final = ('scr_current', 'scr_baseline', 'baseline_within_7_days', 'scr_rise_48h', 'urine_output', 'uo_hours', 'anuria_hours', 'rrt_started', 'age', 'egfr', 'weight')

_Facts = tuple[float | None, float | None, bool | None, float | None, float | None, float | None, float | None, bool, int, float | None, float | None]  # the facts, in INPUTS order


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


_K1: Final = cast(float, _Exact(3, 2))  # 1.5
_K2: Final = cast(float, _Exact(1, 2))  # 0.5
_K3: Final = cast(float, _Exact(3, 10))  # 0.3


_Check = Callable[[object], tuple[object, str | None]]
_Missing = tuple[tuple[str, str], ...]


_CHECKS: Final[tuple[tuple[str, _Check, _Missing], ...]] = (
    ('scr_current', lambda raw: _measure(raw, low=9.0, high=1770.0, unit_text='umol/L', factors={'g/L': (8840, 1), 'g/dL': (88400, 1), 'g/mL': (8840000, 1), 'mcg/L': (221, 25000), 'mcg/dL': (221, 2500), 'mcg/mL': (221, 25), 'mg/L': (221, 25), 'mg/dL': (442, 5), 'mg/mL': (8840, 1), 'mmol/L': (1000, 1), 'mmol/dL': (10000, 1), 'mmol/mL': (1000000, 1), 'mol/L': (1000000, 1), 'mol/dL': (10000000, 1), 'mol/mL': (1000000000, 1), 'ng/L': (221, 25000000), 'ng/dL': (221, 2500000), 'ng/mL': (221, 25000), 'nmol/L': (1, 1000), 'nmol/dL': (1, 100), 'nmol/mL': (1, 1), 'ug/L': (221, 25000), 'ug/dL': (221, 2500), 'ug/mL': (221, 25), 'umol/L': (1, 1), 'umol/dL': (10, 1), 'umol/mL': (1000, 1)}), ()),
    ('scr_baseline', lambda raw: _measure(raw, low=9.0, high=1770.0, unit_text='umol/L', factors={'g/L': (8840, 1), 'g/dL': (88400, 1), 'g/mL': (8840000, 1), 'mcg/L': (221, 25000), 'mcg/dL': (221, 2500), 'mcg/mL': (221, 25), 'mg/L': (221, 25), 'mg/dL': (442, 5), 'mg/mL': (8840, 1), 'mmol/L': (1000, 1), 'mmol/dL': (10000, 1), 'mmol/mL': (1000000, 1), 'mol/L': (1000000, 1), 'mol/dL': (10000000, 1), 'mol/mL': (1000000000, 1), 'ng/L': (221, 25000000), 'ng/dL': (221, 2500000), 'ng/mL': (221, 25000), 'nmol/L': (1, 1000), 'nmol/dL': (1, 100), 'nmol/mL': (1, 1), 'ug/L': (221, 25000), 'ug/dL': (221, 2500), 'ug/mL': (221, 25), 'umol/L': (1, 1), 'umol/dL': (10, 1), 'umol/mL': (1000, 1)}), ()),
    ('baseline_within_7_days', _yesno, ()),
    ('scr_rise_48h', lambda raw: _measure(raw, low=0.0, high=1326.0, unit_text='umol/L', factors={'g/L': (8840, 1), 'g/dL': (88400, 1), 'g/mL': (8840000, 1), 'mcg/L': (221, 25000), 'mcg/dL': (221, 2500), 'mcg/mL': (221, 25), 'mg/L': (221, 25), 'mg/dL': (442, 5), 'mg/mL': (8840, 1), 'mmol/L': (1000, 1), 'mmol/dL': (10000, 1), 'mmol/mL': (1000000, 1), 'mol/L': (1000000, 1), 'mol/dL': (10000000, 1), 'mol/mL': (1000000000, 1), 'ng/L': (221, 25000000), 'ng/dL': (221, 2500000), 'ng/mL': (221, 25000), 'nmol/L': (1, 1000), 'nmol/dL': (1, 100), 'nmol/mL': (1, 1), 'ug/L': (221, 25000), 'ug/dL': (221, 2500), 'ug/mL': (221, 25), 'umol/L': (1, 1), 'umol/dL': (10, 1), 'umol/mL': (1000, 1)}), ()),
    ('urine_output', lambda raw: _measure(raw, low=0.0, high=3000.0, unit_text='mL/hour', factors={'mL/hour': (1, 1)}), ()),
    ('uo_hours', lambda raw: _measure(raw, low=0.0, high=72.0, unit_text='hour', factors={'d': (24, 1), 'day': (24, 1), 'days': (24, 1), 'h': (1, 1), 'hour': (1, 1), 'hours': (1, 1), 'min': (1, 60), 'minute': (1, 60), 'minutes': (1, 60), 'month': (1461, 2), 'months': (1461, 2), 'week': (168, 1), 'weeks': (168, 1), 'wk': (168, 1), 'year': (8766, 1), 'years': (8766, 1), 'yr': (8766, 1)}), ()),
    ('anuria_hours', lambda raw: _measure(raw, low=0.0, high=72.0, unit_text='hour', factors={'d': (24, 1), 'day': (24, 1), 'days': (24, 1), 'h': (1, 1), 'hour': (1, 1), 'hours': (1, 1), 'min': (1, 60), 'minute': (1, 60), 'minutes': (1, 60), 'month': (1461, 2), 'months': (1461, 2), 'week': (168, 1), 'weeks': (168, 1), 'wk': (168, 1), 'year': (8766, 1), 'years': (8766, 1), 'yr': (8766, 1)}), ()),
    ('rrt_started', _yesno, ()),
    ('age', lambda raw: _count(raw, low=0.0, high=110.0, unit_text='year', factors={'d': (4, 1461), 'day': (4, 1461), 'days': (4, 1461), 'h': (1, 8766), 'hour': (1, 8766), 'hours': (1, 8766), 'min': (1, 525960), 'minute': (1, 525960), 'minutes': (1, 525960), 'month': (1, 12), 'months': (1, 12), 'week': (28, 1461), 'weeks': (28, 1461), 'wk': (28, 1461), 'year': (1, 1), 'years': (1, 1), 'yr': (1, 1)}), ()),
    ('egfr', lambda raw: _measure(raw, low=0.0, high=150.0, unit_text='mL/minute/1.73m2', factors={'mL/minute/1.73m2': (1, 1)}), ()),
    ('weight', lambda raw: _measure(raw, low=2.0, high=300.0, unit_text='kg', factors={'g': (1, 1000), 'kg': (1, 1), 'mcg': (1, 1000000000), 'mg': (1, 1000000), 'ng': (1, 1000000000000), 'ug': (1, 1000000000), 'µg': (1, 1000000000)}), ()),
)


_INPUT_SET: Final = frozenset(INPUTS)


def _plain(patient: Mapping[str, object]) -> _Facts | None:
    """The facts when every one is plainly valid; None sends the caller to _validate."""
    if type(patient) is not dict or not _INPUT_SET.issuperset(patient):
        return None
    try:
        v_scr_current = patient.get('scr_current')
        v_scr_baseline = patient.get('scr_baseline')
        v_baseline_within_7_days = patient.get('baseline_within_7_days')
        v_scr_rise_48h = patient.get('scr_rise_48h')
        v_urine_output = patient.get('urine_output')
        v_uo_hours = patient.get('uo_hours')
        v_anuria_hours = patient.get('anuria_hours')
        v_rrt_started = patient['rrt_started']
        v_age = patient['age']
        v_egfr = patient.get('egfr')
        v_weight = patient.get('weight')
    except KeyError:
        return None
    if not (
        (v_scr_current is None or ((type(v_scr_current) is float or type(v_scr_current) is int) and 9.0 <= v_scr_current <= 1770.0))
        and (v_scr_baseline is None or ((type(v_scr_baseline) is float or type(v_scr_baseline) is int) and 9.0 <= v_scr_baseline <= 1770.0))
        and (v_baseline_within_7_days is None or (type(v_baseline_within_7_days) is bool))
        and (v_scr_rise_48h is None or ((type(v_scr_rise_48h) is float or type(v_scr_rise_48h) is int) and 0.0 <= v_scr_rise_48h <= 1326.0))
        and (v_urine_output is None or ((type(v_urine_output) is float or type(v_urine_output) is int) and 0.0 <= v_urine_output <= 3000.0))
        and (v_uo_hours is None or ((type(v_uo_hours) is float or type(v_uo_hours) is int) and 0.0 <= v_uo_hours <= 72.0))
        and (v_anuria_hours is None or ((type(v_anuria_hours) is float or type(v_anuria_hours) is int) and 0.0 <= v_anuria_hours <= 72.0))
        and type(v_rrt_started) is bool
        and type(v_age) is int and 0 <= v_age <= 110
        and (v_egfr is None or ((type(v_egfr) is float or type(v_egfr) is int) and 0.0 <= v_egfr <= 150.0))
        and (v_weight is None or ((type(v_weight) is float or type(v_weight) is int) and 2.0 <= v_weight <= 300.0))
    ):
        return None
    return (None if v_scr_current is None else 1.0 * v_scr_current, None if v_scr_baseline is None else 1.0 * v_scr_baseline, v_baseline_within_7_days, None if v_scr_rise_48h is None else 1.0 * v_scr_rise_48h, None if v_urine_output is None else 1.0 * v_urine_output, None if v_uo_hours is None else 1.0 * v_uo_hours, None if v_anuria_hours is None else 1.0 * v_anuria_hours, v_rrt_started, v_age, None if v_egfr is None else 1.0 * v_egfr, None if v_weight is None else 1.0 * v_weight,)


_WAITS: Final[tuple[tuple[str, str], ...]] = (
    ('aki_present', 'Is acute kidney injury present (KDIGO 2.1.1)?'),
    ('stage', 'Which KDIGO stage (KDIGO 2.1.2 and Table 2)?'),
    ('stage_3_check', 'Stage 3?'),
)
_QUESTIONS: Final[dict[str, str]] = {
    'scr_current': 'Serum creatinine now, in umol/L or mg/dL',
    'scr_baseline': 'Baseline serum creatinine, in umol/L or mg/dL',
    'baseline_within_7_days': 'Is the rise from the baseline known or presumed to have happened within the prior 7 days?',
    'scr_rise_48h': 'Increase in serum creatinine within a 48-hour window, in umol/L or mg/dL',
    'urine_output': 'Urine output, in mL/h, over the latest period of low output',
    'uo_hours': 'Hours for which the urine output has stayed at that rate',
    'anuria_hours': 'Hours with no urine output',
    'rrt_started': 'Has renal replacement therapy been begun during this episode?',
    'age': 'Age',
    'egfr': 'Estimated glomerular filtration rate (used only when the patient is under 18 years)',
    'weight': 'Body weight, to turn the urine output into mL/kg/h',
}


_FILL: Final[dict[str, object]] = {
    'rrt_started': False,
    'age': 0,
}
_REC_READS: Final[dict[str, tuple[str, ...]]] = {
}


_R_aki_manage: Final = Recommendation(
    'aki_manage',
    'advise',
    'Acute kidney injury (KDIGO definition): manage it according to the stage and the cause',
    'not_graded',
    ('kdigo2012', 'khwaja2012'),
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
    (Note('note', 'Recommendation 2.3.3; the stage is given below. Every patient with AKI is at least stage 1.', (), 'recommendation', ''), Note('note', 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', (), 'decision', 'aki_present'), Note('note', 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', (), 'definition', 'rise_criterion'), Note('note', 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', (), 'input', 'scr_rise_48h'), Note('note', 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', (), 'input', 'scr_current'), Note('gap', 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', (), 'input', 'scr_baseline'), Note('note', 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', (), 'definition', 'low_urine_6h'), Note('gap', 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', (), 'input', 'uo_hours'), Note('note', "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", (), 'input', 'urine_output'), Note('gap', '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', (), 'input', 'weight'), Note('note', 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', (), 'reference', 'kdigo2012'), Note('note', 'A summary of the same guideline.', (), 'reference', 'khwaja2012'), Note('note', 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', (), 'guideline', ''), Note('note', "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", (), 'guideline', ''), Note('gap', 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', (), 'guideline', ''),),
)


_R_nephrotoxic_agents: Final = Recommendation(
    'nephrotoxic_agents',
    'stop',
    'Discontinue all nephrotoxic agents when possible',
    'not_graded',
    ('kdigo2012',),
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
    (Note('note', 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', (), 'decision', 'aki_present'), Note('note', 'The actions of KDIGO Figure 4, whose columns are "high risk", stage 1, 2 and 3. Its legend says solid shading marks an action equally appropriate at every stage and graded shading marks priority rising with severity.', (), 'section', 'every_stage'), Note('gap', 'Figure 4 gives these actions to patients at high risk of AKI as well; the text lists no input for high risk and does not define it, so they are given here to patients with AKI only.', (), 'section', 'every_stage'), Note('gap', 'The shading of Figure 4 (priority rising with severity) has no words or numbers to encode; no priority is shown.', (), 'section', 'every_stage'), Note('note', 'Graded statements elsewhere in the guideline give content to some of these actions:', (), 'section', 'every_stage'), Note('note', 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', (), 'definition', 'rise_criterion'), Note('note', 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', (), 'input', 'scr_rise_48h'), Note('note', 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', (), 'input', 'scr_current'), Note('gap', 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', (), 'input', 'scr_baseline'), Note('note', 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', (), 'definition', 'low_urine_6h'), Note('gap', 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', (), 'input', 'uo_hours'), Note('note', "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", (), 'input', 'urine_output'), Note('gap', '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', (), 'input', 'weight'), Note('note', 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', (), 'reference', 'kdigo2012'), Note('note', 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', (), 'guideline', ''), Note('note', "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", (), 'guideline', ''), Note('gap', 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', (), 'guideline', ''),),
)


_R_volume_perfusion: Final = Recommendation(
    'volume_perfusion',
    'advise',
    'Ensure volume status and perfusion pressure',
    'not_graded',
    ('kdigo2012',),
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
    (Note('note', 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', (), 'decision', 'aki_present'), Note('note', 'The actions of KDIGO Figure 4, whose columns are "high risk", stage 1, 2 and 3. Its legend says solid shading marks an action equally appropriate at every stage and graded shading marks priority rising with severity.', (), 'section', 'every_stage'), Note('gap', 'Figure 4 gives these actions to patients at high risk of AKI as well; the text lists no input for high risk and does not define it, so they are given here to patients with AKI only.', (), 'section', 'every_stage'), Note('gap', 'The shading of Figure 4 (priority rising with severity) has no words or numbers to encode; no priority is shown.', (), 'section', 'every_stage'), Note('note', 'Graded statements elsewhere in the guideline give content to some of these actions:', (), 'section', 'every_stage'), Note('note', 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', (), 'definition', 'rise_criterion'), Note('note', 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', (), 'input', 'scr_rise_48h'), Note('note', 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', (), 'input', 'scr_current'), Note('gap', 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', (), 'input', 'scr_baseline'), Note('note', 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', (), 'definition', 'low_urine_6h'), Note('gap', 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', (), 'input', 'uo_hours'), Note('note', "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", (), 'input', 'urine_output'), Note('gap', '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', (), 'input', 'weight'), Note('note', 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', (), 'reference', 'kdigo2012'), Note('note', 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', (), 'guideline', ''), Note('note', "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", (), 'guideline', ''), Note('gap', 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', (), 'guideline', ''),),
)


_R_haemodynamic_monitoring: Final = Recommendation(
    'haemodynamic_monitoring',
    'consider',
    'Consider functional haemodynamic monitoring',
    'not_graded',
    ('kdigo2012',),
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
    (Note('note', 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', (), 'decision', 'aki_present'), Note('note', 'The actions of KDIGO Figure 4, whose columns are "high risk", stage 1, 2 and 3. Its legend says solid shading marks an action equally appropriate at every stage and graded shading marks priority rising with severity.', (), 'section', 'every_stage'), Note('gap', 'Figure 4 gives these actions to patients at high risk of AKI as well; the text lists no input for high risk and does not define it, so they are given here to patients with AKI only.', (), 'section', 'every_stage'), Note('gap', 'The shading of Figure 4 (priority rising with severity) has no words or numbers to encode; no priority is shown.', (), 'section', 'every_stage'), Note('note', 'Graded statements elsewhere in the guideline give content to some of these actions:', (), 'section', 'every_stage'), Note('note', 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', (), 'definition', 'rise_criterion'), Note('note', 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', (), 'input', 'scr_rise_48h'), Note('note', 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', (), 'input', 'scr_current'), Note('gap', 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', (), 'input', 'scr_baseline'), Note('note', 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', (), 'definition', 'low_urine_6h'), Note('gap', 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', (), 'input', 'uo_hours'), Note('note', "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", (), 'input', 'urine_output'), Note('gap', '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', (), 'input', 'weight'), Note('note', 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', (), 'reference', 'kdigo2012'), Note('note', 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', (), 'guideline', ''), Note('note', "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", (), 'guideline', ''), Note('gap', 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', (), 'guideline', ''),),
)


_R_creatinine_urine: Final = Recommendation(
    'creatinine_urine',
    'monitor',
    'Monitor serum creatinine and urine output',
    'not_graded',
    ('kdigo2012',),
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
    (Note('note', 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', (), 'decision', 'aki_present'), Note('note', 'The actions of KDIGO Figure 4, whose columns are "high risk", stage 1, 2 and 3. Its legend says solid shading marks an action equally appropriate at every stage and graded shading marks priority rising with severity.', (), 'section', 'every_stage'), Note('gap', 'Figure 4 gives these actions to patients at high risk of AKI as well; the text lists no input for high risk and does not define it, so they are given here to patients with AKI only.', (), 'section', 'every_stage'), Note('gap', 'The shading of Figure 4 (priority rising with severity) has no words or numbers to encode; no priority is shown.', (), 'section', 'every_stage'), Note('note', 'Graded statements elsewhere in the guideline give content to some of these actions:', (), 'section', 'every_stage'), Note('note', 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', (), 'definition', 'rise_criterion'), Note('note', 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', (), 'input', 'scr_rise_48h'), Note('note', 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', (), 'input', 'scr_current'), Note('gap', 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', (), 'input', 'scr_baseline'), Note('note', 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', (), 'definition', 'low_urine_6h'), Note('gap', 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', (), 'input', 'uo_hours'), Note('note', "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", (), 'input', 'urine_output'), Note('gap', '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', (), 'input', 'weight'), Note('note', 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', (), 'reference', 'kdigo2012'), Note('note', 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', (), 'guideline', ''), Note('note', "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", (), 'guideline', ''), Note('gap', 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', (), 'guideline', ''),),
)


_R_avoid_hyperglycaemia: Final = Recommendation(
    'avoid_hyperglycaemia',
    'advise',
    'Avoid hyperglycaemia',
    'not_graded',
    ('kdigo2012',),
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
    (Note('note', 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', (), 'decision', 'aki_present'), Note('note', 'The actions of KDIGO Figure 4, whose columns are "high risk", stage 1, 2 and 3. Its legend says solid shading marks an action equally appropriate at every stage and graded shading marks priority rising with severity.', (), 'section', 'every_stage'), Note('gap', 'Figure 4 gives these actions to patients at high risk of AKI as well; the text lists no input for high risk and does not define it, so they are given here to patients with AKI only.', (), 'section', 'every_stage'), Note('gap', 'The shading of Figure 4 (priority rising with severity) has no words or numbers to encode; no priority is shown.', (), 'section', 'every_stage'), Note('note', 'Graded statements elsewhere in the guideline give content to some of these actions:', (), 'section', 'every_stage'), Note('note', 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', (), 'definition', 'rise_criterion'), Note('note', 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', (), 'input', 'scr_rise_48h'), Note('note', 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', (), 'input', 'scr_current'), Note('gap', 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', (), 'input', 'scr_baseline'), Note('note', 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', (), 'definition', 'low_urine_6h'), Note('gap', 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', (), 'input', 'uo_hours'), Note('note', "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", (), 'input', 'urine_output'), Note('gap', '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', (), 'input', 'weight'), Note('note', 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', (), 'reference', 'kdigo2012'), Note('note', 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', (), 'guideline', ''), Note('note', "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", (), 'guideline', ''), Note('gap', 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', (), 'guideline', ''),),
)


_R_radiocontrast_alternatives: Final = Recommendation(
    'radiocontrast_alternatives',
    'consider',
    'Consider alternatives to radiocontrast procedures',
    'not_graded',
    ('kdigo2012',),
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
    (Note('note', 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', (), 'decision', 'aki_present'), Note('note', 'The actions of KDIGO Figure 4, whose columns are "high risk", stage 1, 2 and 3. Its legend says solid shading marks an action equally appropriate at every stage and graded shading marks priority rising with severity.', (), 'section', 'every_stage'), Note('gap', 'Figure 4 gives these actions to patients at high risk of AKI as well; the text lists no input for high risk and does not define it, so they are given here to patients with AKI only.', (), 'section', 'every_stage'), Note('gap', 'The shading of Figure 4 (priority rising with severity) has no words or numbers to encode; no priority is shown.', (), 'section', 'every_stage'), Note('note', 'Graded statements elsewhere in the guideline give content to some of these actions:', (), 'section', 'every_stage'), Note('note', 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', (), 'definition', 'rise_criterion'), Note('note', 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', (), 'input', 'scr_rise_48h'), Note('note', 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', (), 'input', 'scr_current'), Note('gap', 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', (), 'input', 'scr_baseline'), Note('note', 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', (), 'definition', 'low_urine_6h'), Note('gap', 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', (), 'input', 'uo_hours'), Note('note', "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", (), 'input', 'urine_output'), Note('gap', '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', (), 'input', 'weight'), Note('note', 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', (), 'reference', 'kdigo2012'), Note('note', 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', (), 'guideline', ''), Note('note', "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", (), 'guideline', ''), Note('gap', 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', (), 'guideline', ''),),
)


_R_glucose_target: Final = Recommendation(
    'glucose_target',
    'advise',
    'In critically ill patients, insulin therapy targeting plasma glucose 110-149 mg/dL (6.1-8.3 mmol/L)',
    'grade_2c',
    ('kdigo2012',),
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
    (Note('note', 'KDIGO 3.3.1.', (), 'recommendation', ''), Note('note', 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', (), 'decision', 'aki_present'), Note('note', 'The actions of KDIGO Figure 4, whose columns are "high risk", stage 1, 2 and 3. Its legend says solid shading marks an action equally appropriate at every stage and graded shading marks priority rising with severity.', (), 'section', 'every_stage'), Note('gap', 'Figure 4 gives these actions to patients at high risk of AKI as well; the text lists no input for high risk and does not define it, so they are given here to patients with AKI only.', (), 'section', 'every_stage'), Note('gap', 'The shading of Figure 4 (priority rising with severity) has no words or numbers to encode; no priority is shown.', (), 'section', 'every_stage'), Note('note', 'Graded statements elsewhere in the guideline give content to some of these actions:', (), 'section', 'every_stage'), Note('note', 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', (), 'definition', 'rise_criterion'), Note('note', 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', (), 'input', 'scr_rise_48h'), Note('note', 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', (), 'input', 'scr_current'), Note('gap', 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', (), 'input', 'scr_baseline'), Note('note', 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', (), 'definition', 'low_urine_6h'), Note('gap', 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', (), 'input', 'uo_hours'), Note('note', "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", (), 'input', 'urine_output'), Note('gap', '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', (), 'input', 'weight'), Note('note', 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', (), 'reference', 'kdigo2012'), Note('note', 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', (), 'guideline', ''), Note('note', "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", (), 'guideline', ''), Note('gap', 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', (), 'guideline', ''),),
)


_R_crystalloids: Final = Recommendation(
    'crystalloids',
    'advise',
    'Without haemorrhagic shock, isotonic crystalloids rather than colloids (albumin or starches) for initial volume expansion',
    'grade_2b',
    ('kdigo2012',),
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
    (Note('note', 'KDIGO 3.1.1.', (), 'recommendation', ''), Note('note', 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', (), 'decision', 'aki_present'), Note('note', 'The actions of KDIGO Figure 4, whose columns are "high risk", stage 1, 2 and 3. Its legend says solid shading marks an action equally appropriate at every stage and graded shading marks priority rising with severity.', (), 'section', 'every_stage'), Note('gap', 'Figure 4 gives these actions to patients at high risk of AKI as well; the text lists no input for high risk and does not define it, so they are given here to patients with AKI only.', (), 'section', 'every_stage'), Note('gap', 'The shading of Figure 4 (priority rising with severity) has no words or numbers to encode; no priority is shown.', (), 'section', 'every_stage'), Note('note', 'Graded statements elsewhere in the guideline give content to some of these actions:', (), 'section', 'every_stage'), Note('note', 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', (), 'definition', 'rise_criterion'), Note('note', 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', (), 'input', 'scr_rise_48h'), Note('note', 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', (), 'input', 'scr_current'), Note('gap', 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', (), 'input', 'scr_baseline'), Note('note', 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', (), 'definition', 'low_urine_6h'), Note('gap', 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', (), 'input', 'uo_hours'), Note('note', "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", (), 'input', 'urine_output'), Note('gap', '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', (), 'input', 'weight'), Note('note', 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', (), 'reference', 'kdigo2012'), Note('note', 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', (), 'guideline', ''), Note('note', "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", (), 'guideline', ''), Note('gap', 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', (), 'guideline', ''),),
)


_R_no_diuretics_prevention: Final = Recommendation(
    'no_diuretics_prevention',
    'caution',
    'Do not use diuretics to prevent AKI',
    'grade_1b',
    ('kdigo2012',),
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
    (Note('note', 'KDIGO 3.4.1.', (), 'recommendation', ''), Note('note', 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', (), 'decision', 'aki_present'), Note('note', 'The actions of KDIGO Figure 4, whose columns are "high risk", stage 1, 2 and 3. Its legend says solid shading marks an action equally appropriate at every stage and graded shading marks priority rising with severity.', (), 'section', 'every_stage'), Note('gap', 'Figure 4 gives these actions to patients at high risk of AKI as well; the text lists no input for high risk and does not define it, so they are given here to patients with AKI only.', (), 'section', 'every_stage'), Note('gap', 'The shading of Figure 4 (priority rising with severity) has no words or numbers to encode; no priority is shown.', (), 'section', 'every_stage'), Note('note', 'Graded statements elsewhere in the guideline give content to some of these actions:', (), 'section', 'every_stage'), Note('note', 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', (), 'definition', 'rise_criterion'), Note('note', 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', (), 'input', 'scr_rise_48h'), Note('note', 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', (), 'input', 'scr_current'), Note('gap', 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', (), 'input', 'scr_baseline'), Note('note', 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', (), 'definition', 'low_urine_6h'), Note('gap', 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', (), 'input', 'uo_hours'), Note('note', "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", (), 'input', 'urine_output'), Note('gap', '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', (), 'input', 'weight'), Note('note', 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', (), 'reference', 'kdigo2012'), Note('note', 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', (), 'guideline', ''), Note('note', "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", (), 'guideline', ''), Note('gap', 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', (), 'guideline', ''),),
)


_R_no_diuretics_treatment: Final = Recommendation(
    'no_diuretics_treatment',
    'caution',
    'Do not use diuretics to treat AKI, except in the management of volume overload',
    'grade_2c',
    ('kdigo2012',),
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
    (Note('note', 'KDIGO 3.4.2.', (), 'recommendation', ''), Note('note', 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', (), 'decision', 'aki_present'), Note('note', 'The actions of KDIGO Figure 4, whose columns are "high risk", stage 1, 2 and 3. Its legend says solid shading marks an action equally appropriate at every stage and graded shading marks priority rising with severity.', (), 'section', 'every_stage'), Note('gap', 'Figure 4 gives these actions to patients at high risk of AKI as well; the text lists no input for high risk and does not define it, so they are given here to patients with AKI only.', (), 'section', 'every_stage'), Note('gap', 'The shading of Figure 4 (priority rising with severity) has no words or numbers to encode; no priority is shown.', (), 'section', 'every_stage'), Note('note', 'Graded statements elsewhere in the guideline give content to some of these actions:', (), 'section', 'every_stage'), Note('note', 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', (), 'definition', 'rise_criterion'), Note('note', 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', (), 'input', 'scr_rise_48h'), Note('note', 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', (), 'input', 'scr_current'), Note('gap', 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', (), 'input', 'scr_baseline'), Note('note', 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', (), 'definition', 'low_urine_6h'), Note('gap', 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', (), 'input', 'uo_hours'), Note('note', "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", (), 'input', 'urine_output'), Note('gap', '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', (), 'input', 'weight'), Note('note', 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', (), 'reference', 'kdigo2012'), Note('note', 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', (), 'guideline', ''), Note('note', "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", (), 'guideline', ''), Note('gap', 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', (), 'guideline', ''),),
)


_R_emergent_rrt: Final = Recommendation(
    'emergent_rrt',
    'advise',
    'Start renal replacement therapy emergently when life-threatening changes in fluid, electrolyte or acid-base balance exist',
    'not_graded',
    ('kdigo2012',),
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
    (Note('note', 'KDIGO 5.1.1.', (), 'recommendation', ''), Note('gap', 'The text ties this statement to no stage; it is given at every stage of AKI.', (), 'recommendation', ''), Note('note', 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', (), 'decision', 'aki_present'), Note('note', 'The actions of KDIGO Figure 4, whose columns are "high risk", stage 1, 2 and 3. Its legend says solid shading marks an action equally appropriate at every stage and graded shading marks priority rising with severity.', (), 'section', 'every_stage'), Note('gap', 'Figure 4 gives these actions to patients at high risk of AKI as well; the text lists no input for high risk and does not define it, so they are given here to patients with AKI only.', (), 'section', 'every_stage'), Note('gap', 'The shading of Figure 4 (priority rising with severity) has no words or numbers to encode; no priority is shown.', (), 'section', 'every_stage'), Note('note', 'Graded statements elsewhere in the guideline give content to some of these actions:', (), 'section', 'every_stage'), Note('note', 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', (), 'definition', 'rise_criterion'), Note('note', 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', (), 'input', 'scr_rise_48h'), Note('note', 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', (), 'input', 'scr_current'), Note('gap', 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', (), 'input', 'scr_baseline'), Note('note', 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', (), 'definition', 'low_urine_6h'), Note('gap', 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', (), 'input', 'uo_hours'), Note('note', "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", (), 'input', 'urine_output'), Note('gap', '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', (), 'input', 'weight'), Note('note', 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', (), 'reference', 'kdigo2012'), Note('note', 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', (), 'guideline', ''), Note('note', "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", (), 'guideline', ''), Note('gap', 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', (), 'guideline', ''),),
)


_R_noninvasive_workup: Final = Recommendation(
    'noninvasive_workup',
    'assess',
    'Non-invasive diagnostic work-up',
    'not_graded',
    ('kdigo2012',),
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
    (Note('note', 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', (), 'decision', 'aki_present'), Note('note', 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', (), 'definition', 'rise_criterion'), Note('note', 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', (), 'input', 'scr_rise_48h'), Note('note', 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', (), 'input', 'scr_current'), Note('gap', 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', (), 'input', 'scr_baseline'), Note('note', 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', (), 'definition', 'low_urine_6h'), Note('gap', 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', (), 'input', 'uo_hours'), Note('note', "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", (), 'input', 'urine_output'), Note('gap', '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', (), 'input', 'weight'), Note('note', 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', (), 'reference', 'kdigo2012'), Note('note', 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', (), 'guideline', ''), Note('note', "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", (), 'guideline', ''), Note('gap', 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', (), 'guideline', ''),),
)


_R_invasive_workup: Final = Recommendation(
    'invasive_workup',
    'consider',
    'Consider invasive diagnostic work-up',
    'not_graded',
    ('kdigo2012',),
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
    (Note('note', 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', (), 'decision', 'aki_present'), Note('note', 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', (), 'definition', 'rise_criterion'), Note('note', 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', (), 'input', 'scr_rise_48h'), Note('note', 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', (), 'input', 'scr_current'), Note('gap', 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', (), 'input', 'scr_baseline'), Note('note', 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', (), 'definition', 'low_urine_6h'), Note('gap', 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', (), 'input', 'uo_hours'), Note('note', "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", (), 'input', 'urine_output'), Note('gap', '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', (), 'input', 'weight'), Note('note', 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', (), 'reference', 'kdigo2012'), Note('note', 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', (), 'guideline', ''), Note('note', "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", (), 'guideline', ''), Note('gap', 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', (), 'guideline', ''),),
)


_R_drug_dosing: Final = Recommendation(
    'drug_dosing',
    'assess',
    'Check for changes in drug dosing',
    'not_graded',
    ('kdigo2012',),
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
    (Note('note', 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', (), 'decision', 'aki_present'), Note('note', 'The patient takes the highest stage reached by either the creatinine criteria or the urine-output criteria.', (), 'decision', 'stage'), Note('gap', 'The printed creatinine bands (1.5-1.9, 2.0-2.9, 3.0 or more times baseline) leave ratios such as 1.95 or 2.95 unassigned; this guideline reads them as [1.5, 2.0), [2.0, 3.0) and 3.0 or more, which is an interpretation, not the text.', (), 'decision', 'stage'), Note('gap', 'Urine output below 0.5 mL/kg/h for "6-12 hours" (stage 1) and "12 hours or more" (stage 2) both contain exactly 12 hours; the highest stage is taken, so exactly 12 hours is stage 2 here.', (), 'decision', 'stage'), Note('gap', 'Table 2, as the text gives it, does not repeat the 7-day window of the definition for the creatinine ratio; once AKI is present, the stage uses the ratio to baseline whatever its timing.', (), 'decision', 'stage'), Note('note', 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', (), 'definition', 'rise_criterion'), Note('note', 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', (), 'input', 'scr_rise_48h'), Note('note', 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', (), 'input', 'scr_current'), Note('gap', 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', (), 'input', 'scr_baseline'), Note('note', 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', (), 'definition', 'low_urine_6h'), Note('gap', 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', (), 'input', 'uo_hours'), Note('note', "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", (), 'input', 'urine_output'), Note('gap', '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', (), 'input', 'weight'), Note('note', "Stage 3's creatinine of 3.0 times baseline or more, and its urine output below 0.3 mL/kg/h for 24 hours or more, meet the stage 2 criteria as well, so they are not repeated here.", (), 'definition', 'stage_2_or_3'), Note('note', 'Creatinine 2.0-2.9 times baseline; or urine output below 0.5 mL/kg/h for 12 hours or more.', (), 'definition', 'stage_2'), Note('note', 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', (), 'reference', 'kdigo2012'), Note('note', 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', (), 'guideline', ''), Note('note', "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", (), 'guideline', ''), Note('gap', 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', (), 'guideline', ''),),
)


_R_rrt: Final = Recommendation(
    'rrt',
    'consider',
    'Consider renal replacement therapy',
    'not_graded',
    ('kdigo2012',),
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
    (Note('note', 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', (), 'decision', 'aki_present'), Note('note', 'The patient takes the highest stage reached by either the creatinine criteria or the urine-output criteria.', (), 'decision', 'stage'), Note('gap', 'The printed creatinine bands (1.5-1.9, 2.0-2.9, 3.0 or more times baseline) leave ratios such as 1.95 or 2.95 unassigned; this guideline reads them as [1.5, 2.0), [2.0, 3.0) and 3.0 or more, which is an interpretation, not the text.', (), 'decision', 'stage'), Note('gap', 'Urine output below 0.5 mL/kg/h for "6-12 hours" (stage 1) and "12 hours or more" (stage 2) both contain exactly 12 hours; the highest stage is taken, so exactly 12 hours is stage 2 here.', (), 'decision', 'stage'), Note('gap', 'Table 2, as the text gives it, does not repeat the 7-day window of the definition for the creatinine ratio; once AKI is present, the stage uses the ratio to baseline whatever its timing.', (), 'decision', 'stage'), Note('note', 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', (), 'definition', 'rise_criterion'), Note('note', 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', (), 'input', 'scr_rise_48h'), Note('note', 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', (), 'input', 'scr_current'), Note('gap', 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', (), 'input', 'scr_baseline'), Note('note', 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', (), 'definition', 'low_urine_6h'), Note('gap', 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', (), 'input', 'uo_hours'), Note('note', "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", (), 'input', 'urine_output'), Note('gap', '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', (), 'input', 'weight'), Note('note', "Stage 3's creatinine of 3.0 times baseline or more, and its urine output below 0.3 mL/kg/h for 24 hours or more, meet the stage 2 criteria as well, so they are not repeated here.", (), 'definition', 'stage_2_or_3'), Note('note', 'Creatinine 2.0-2.9 times baseline; or urine output below 0.5 mL/kg/h for 12 hours or more.', (), 'definition', 'stage_2'), Note('note', 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', (), 'reference', 'kdigo2012'), Note('note', 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', (), 'guideline', ''), Note('note', "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", (), 'guideline', ''), Note('gap', 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', (), 'guideline', ''),),
)


_R_icu: Final = Recommendation(
    'icu',
    'consider',
    'Consider ICU admission',
    'not_graded',
    ('kdigo2012',),
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
    (Note('note', 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', (), 'decision', 'aki_present'), Note('note', 'The patient takes the highest stage reached by either the creatinine criteria or the urine-output criteria.', (), 'decision', 'stage'), Note('gap', 'The printed creatinine bands (1.5-1.9, 2.0-2.9, 3.0 or more times baseline) leave ratios such as 1.95 or 2.95 unassigned; this guideline reads them as [1.5, 2.0), [2.0, 3.0) and 3.0 or more, which is an interpretation, not the text.', (), 'decision', 'stage'), Note('gap', 'Urine output below 0.5 mL/kg/h for "6-12 hours" (stage 1) and "12 hours or more" (stage 2) both contain exactly 12 hours; the highest stage is taken, so exactly 12 hours is stage 2 here.', (), 'decision', 'stage'), Note('gap', 'Table 2, as the text gives it, does not repeat the 7-day window of the definition for the creatinine ratio; once AKI is present, the stage uses the ratio to baseline whatever its timing.', (), 'decision', 'stage'), Note('note', 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', (), 'definition', 'rise_criterion'), Note('note', 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', (), 'input', 'scr_rise_48h'), Note('note', 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', (), 'input', 'scr_current'), Note('gap', 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', (), 'input', 'scr_baseline'), Note('note', 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', (), 'definition', 'low_urine_6h'), Note('gap', 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', (), 'input', 'uo_hours'), Note('note', "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", (), 'input', 'urine_output'), Note('gap', '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', (), 'input', 'weight'), Note('note', "Stage 3's creatinine of 3.0 times baseline or more, and its urine output below 0.3 mL/kg/h for 24 hours or more, meet the stage 2 criteria as well, so they are not repeated here.", (), 'definition', 'stage_2_or_3'), Note('note', 'Creatinine 2.0-2.9 times baseline; or urine output below 0.5 mL/kg/h for 12 hours or more.', (), 'definition', 'stage_2'), Note('note', 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', (), 'reference', 'kdigo2012'), Note('note', 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', (), 'guideline', ''), Note('note', "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", (), 'guideline', ''), Note('gap', 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', (), 'guideline', ''),),
)


_R_aki_stage_3: Final = Recommendation(
    'aki_stage_3',
    'advise',
    'AKI stage 3 (KDIGO)',
    'not_graded',
    ('kdigo2012', 'khwaja2012'),
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
    (Note('note', 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', (), 'decision', 'aki_present'), Note('note', 'The patient takes the highest stage reached by either the creatinine criteria or the urine-output criteria.', (), 'decision', 'stage'), Note('gap', 'The printed creatinine bands (1.5-1.9, 2.0-2.9, 3.0 or more times baseline) leave ratios such as 1.95 or 2.95 unassigned; this guideline reads them as [1.5, 2.0), [2.0, 3.0) and 3.0 or more, which is an interpretation, not the text.', (), 'decision', 'stage'), Note('gap', 'Urine output below 0.5 mL/kg/h for "6-12 hours" (stage 1) and "12 hours or more" (stage 2) both contain exactly 12 hours; the highest stage is taken, so exactly 12 hours is stage 2 here.', (), 'decision', 'stage'), Note('gap', 'Table 2, as the text gives it, does not repeat the 7-day window of the definition for the creatinine ratio; once AKI is present, the stage uses the ratio to baseline whatever its timing.', (), 'decision', 'stage'), Note('note', 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', (), 'definition', 'rise_criterion'), Note('note', 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', (), 'input', 'scr_rise_48h'), Note('note', 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', (), 'input', 'scr_current'), Note('gap', 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', (), 'input', 'scr_baseline'), Note('note', 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', (), 'definition', 'low_urine_6h'), Note('gap', 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', (), 'input', 'uo_hours'), Note('note', "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", (), 'input', 'urine_output'), Note('gap', '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', (), 'input', 'weight'), Note('note', "Stage 3's creatinine of 3.0 times baseline or more, and its urine output below 0.3 mL/kg/h for 24 hours or more, meet the stage 2 criteria as well, so they are not repeated here.", (), 'definition', 'stage_2_or_3'), Note('note', 'Creatinine 2.0-2.9 times baseline; or urine output below 0.5 mL/kg/h for 12 hours or more.', (), 'definition', 'stage_2'), Note('note', 'Creatinine 3.0 times baseline or more; or an increase in creatinine to 4.0 mg/dL (353.6 umol/L) or more; or initiation of renal replacement therapy; or, in patients under 18 years, a fall in eGFR to below 35 mL/min/1.73 m2; or urine output below 0.3 mL/kg/h for 24 hours or more; or anuria for 12 hours or more.', (), 'definition', 'stage_3'), Note('gap', 'Some secondary summaries add conditions to the 4.0 mg/dL criterion; the text follows Table 2 as printed, with rule 3 (a creatinine of 4.0 mg/dL or more gives stage 3 only in a patient who meets the definition of AKI), and so does this guideline.', (), 'definition', 'stage_3'), Note('note', 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', (), 'reference', 'kdigo2012'), Note('note', 'A summary of the same guideline.', (), 'reference', 'khwaja2012'), Note('note', 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', (), 'guideline', ''), Note('note', "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", (), 'guideline', ''), Note('gap', 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', (), 'guideline', ''),),
)


_R_subclavian: Final = Recommendation(
    'subclavian',
    'caution',
    'Avoid subclavian catheters if possible',
    'not_graded',
    ('kdigo2012',),
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
    (Note('note', 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', (), 'decision', 'aki_present'), Note('note', 'The patient takes the highest stage reached by either the creatinine criteria or the urine-output criteria.', (), 'decision', 'stage'), Note('gap', 'The printed creatinine bands (1.5-1.9, 2.0-2.9, 3.0 or more times baseline) leave ratios such as 1.95 or 2.95 unassigned; this guideline reads them as [1.5, 2.0), [2.0, 3.0) and 3.0 or more, which is an interpretation, not the text.', (), 'decision', 'stage'), Note('gap', 'Urine output below 0.5 mL/kg/h for "6-12 hours" (stage 1) and "12 hours or more" (stage 2) both contain exactly 12 hours; the highest stage is taken, so exactly 12 hours is stage 2 here.', (), 'decision', 'stage'), Note('gap', 'Table 2, as the text gives it, does not repeat the 7-day window of the definition for the creatinine ratio; once AKI is present, the stage uses the ratio to baseline whatever its timing.', (), 'decision', 'stage'), Note('note', 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', (), 'definition', 'rise_criterion'), Note('note', 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', (), 'input', 'scr_rise_48h'), Note('note', 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', (), 'input', 'scr_current'), Note('gap', 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', (), 'input', 'scr_baseline'), Note('note', 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', (), 'definition', 'low_urine_6h'), Note('gap', 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', (), 'input', 'uo_hours'), Note('note', "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", (), 'input', 'urine_output'), Note('gap', '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', (), 'input', 'weight'), Note('note', "Stage 3's creatinine of 3.0 times baseline or more, and its urine output below 0.3 mL/kg/h for 24 hours or more, meet the stage 2 criteria as well, so they are not repeated here.", (), 'definition', 'stage_2_or_3'), Note('note', 'Creatinine 2.0-2.9 times baseline; or urine output below 0.5 mL/kg/h for 12 hours or more.', (), 'definition', 'stage_2'), Note('note', 'Creatinine 3.0 times baseline or more; or an increase in creatinine to 4.0 mg/dL (353.6 umol/L) or more; or initiation of renal replacement therapy; or, in patients under 18 years, a fall in eGFR to below 35 mL/min/1.73 m2; or urine output below 0.3 mL/kg/h for 24 hours or more; or anuria for 12 hours or more.', (), 'definition', 'stage_3'), Note('gap', 'Some secondary summaries add conditions to the 4.0 mg/dL criterion; the text follows Table 2 as printed, with rule 3 (a creatinine of 4.0 mg/dL or more gives stage 3 only in a patient who meets the definition of AKI), and so does this guideline.', (), 'definition', 'stage_3'), Note('note', 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', (), 'reference', 'kdigo2012'), Note('note', 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', (), 'guideline', ''), Note('note', "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", (), 'guideline', ''), Note('gap', 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', (), 'guideline', ''),),
)


_R_aki_stage_2: Final = Recommendation(
    'aki_stage_2',
    'advise',
    'AKI stage 2 (KDIGO)',
    'not_graded',
    ('kdigo2012', 'khwaja2012'),
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
    (Note('note', 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', (), 'decision', 'aki_present'), Note('note', 'The patient takes the highest stage reached by either the creatinine criteria or the urine-output criteria.', (), 'decision', 'stage'), Note('gap', 'The printed creatinine bands (1.5-1.9, 2.0-2.9, 3.0 or more times baseline) leave ratios such as 1.95 or 2.95 unassigned; this guideline reads them as [1.5, 2.0), [2.0, 3.0) and 3.0 or more, which is an interpretation, not the text.', (), 'decision', 'stage'), Note('gap', 'Urine output below 0.5 mL/kg/h for "6-12 hours" (stage 1) and "12 hours or more" (stage 2) both contain exactly 12 hours; the highest stage is taken, so exactly 12 hours is stage 2 here.', (), 'decision', 'stage'), Note('gap', 'Table 2, as the text gives it, does not repeat the 7-day window of the definition for the creatinine ratio; once AKI is present, the stage uses the ratio to baseline whatever its timing.', (), 'decision', 'stage'), Note('note', 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', (), 'definition', 'rise_criterion'), Note('note', 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', (), 'input', 'scr_rise_48h'), Note('note', 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', (), 'input', 'scr_current'), Note('gap', 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', (), 'input', 'scr_baseline'), Note('note', 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', (), 'definition', 'low_urine_6h'), Note('gap', 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', (), 'input', 'uo_hours'), Note('note', "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", (), 'input', 'urine_output'), Note('gap', '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', (), 'input', 'weight'), Note('note', "Stage 3's creatinine of 3.0 times baseline or more, and its urine output below 0.3 mL/kg/h for 24 hours or more, meet the stage 2 criteria as well, so they are not repeated here.", (), 'definition', 'stage_2_or_3'), Note('note', 'Creatinine 2.0-2.9 times baseline; or urine output below 0.5 mL/kg/h for 12 hours or more.', (), 'definition', 'stage_2'), Note('note', 'Creatinine 3.0 times baseline or more; or an increase in creatinine to 4.0 mg/dL (353.6 umol/L) or more; or initiation of renal replacement therapy; or, in patients under 18 years, a fall in eGFR to below 35 mL/min/1.73 m2; or urine output below 0.3 mL/kg/h for 24 hours or more; or anuria for 12 hours or more.', (), 'definition', 'stage_3'), Note('gap', 'Some secondary summaries add conditions to the 4.0 mg/dL criterion; the text follows Table 2 as printed, with rule 3 (a creatinine of 4.0 mg/dL or more gives stage 3 only in a patient who meets the definition of AKI), and so does this guideline.', (), 'definition', 'stage_3'), Note('note', 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', (), 'reference', 'kdigo2012'), Note('note', 'A summary of the same guideline.', (), 'reference', 'khwaja2012'), Note('note', 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', (), 'guideline', ''), Note('note', "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", (), 'guideline', ''), Note('gap', 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', (), 'guideline', ''),),
)


_R_aki_stage_1: Final = Recommendation(
    'aki_stage_1',
    'advise',
    'AKI stage 1 (KDIGO)',
    'not_graded',
    ('kdigo2012', 'khwaja2012'),
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
    (Note('note', 'Stage 1: creatinine 1.5-1.9 times baseline, or a rise of 0.3 mg/dL (26.5 umol/L) or more; or urine output below 0.5 mL/kg/h for 6-12 hours.', (), 'recommendation', ''), Note('note', 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', (), 'decision', 'aki_present'), Note('note', 'The patient takes the highest stage reached by either the creatinine criteria or the urine-output criteria.', (), 'decision', 'stage'), Note('gap', 'The printed creatinine bands (1.5-1.9, 2.0-2.9, 3.0 or more times baseline) leave ratios such as 1.95 or 2.95 unassigned; this guideline reads them as [1.5, 2.0), [2.0, 3.0) and 3.0 or more, which is an interpretation, not the text.', (), 'decision', 'stage'), Note('gap', 'Urine output below 0.5 mL/kg/h for "6-12 hours" (stage 1) and "12 hours or more" (stage 2) both contain exactly 12 hours; the highest stage is taken, so exactly 12 hours is stage 2 here.', (), 'decision', 'stage'), Note('gap', 'Table 2, as the text gives it, does not repeat the 7-day window of the definition for the creatinine ratio; once AKI is present, the stage uses the ratio to baseline whatever its timing.', (), 'decision', 'stage'), Note('note', 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', (), 'definition', 'rise_criterion'), Note('note', 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', (), 'input', 'scr_rise_48h'), Note('note', 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', (), 'input', 'scr_current'), Note('gap', 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', (), 'input', 'scr_baseline'), Note('note', 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', (), 'definition', 'low_urine_6h'), Note('gap', 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', (), 'input', 'uo_hours'), Note('note', "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", (), 'input', 'urine_output'), Note('gap', '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', (), 'input', 'weight'), Note('note', "Stage 3's creatinine of 3.0 times baseline or more, and its urine output below 0.3 mL/kg/h for 24 hours or more, meet the stage 2 criteria as well, so they are not repeated here.", (), 'definition', 'stage_2_or_3'), Note('note', 'Creatinine 2.0-2.9 times baseline; or urine output below 0.5 mL/kg/h for 12 hours or more.', (), 'definition', 'stage_2'), Note('note', 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', (), 'reference', 'kdigo2012'), Note('note', 'A summary of the same guideline.', (), 'reference', 'khwaja2012'), Note('note', 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', (), 'guideline', ''), Note('note', "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", (), 'guideline', ''), Note('gap', 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', (), 'guideline', ''),),
)


_STEPS: Final[tuple[tuple[str, str, str, tuple[int, ...]], ...]] = (
    ('aki_present', 'Is acute kidney injury present (KDIGO 2.1.1)?', 'unknown', (3, 0, 1, 2, 5, 4, 10, 6)),
    ('aki_present', 'Is acute kidney injury present (KDIGO 2.1.1)?', 'aki', (3, 0, 1, 2, 5, 4, 10, 6)),
    ('every_stage', 'Actions at every stage', 'applies to everyone', ()),
    ('stage_1_and_above', 'Stage 1 and above, in addition', 'applies to everyone', ()),
    ('stage', 'Which KDIGO stage (KDIGO 2.1.2 and Table 2)?', 'unknown', (0, 1, 5, 4, 10, 7, 8, 9, 6)),
    ('stage', 'Which KDIGO stage (KDIGO 2.1.2 and Table 2)?', 'stage_2_or_3', (0, 1, 5, 4, 10, 7, 8, 9, 6)),
    ('stage_2_and_above', 'Stage 2 and above, in addition', 'applies to everyone', ()),
    ('stage_3_check', 'Stage 3?', 'unknown', (0, 1, 7, 8, 9, 5, 4, 10, 6)),
    ('stage_3_check', 'Stage 3?', 'stage_3', (0, 1, 7, 8, 9, 5, 4, 10, 6)),
    ('stage_3_check', 'Stage 3?', 'otherwise', (0, 1, 7, 8, 9, 5, 4, 10, 6)),
    ('stage', 'Which KDIGO stage (KDIGO 2.1.2 and Table 2)?', 'otherwise', (0, 1, 5, 4, 10, 7, 8, 9, 6)),
    ('aki_present', 'Is acute kidney injury present (KDIGO 2.1.1)?', 'otherwise', (3, 0, 1, 2, 5, 4, 10, 6)),
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
    v_scr_current: Any
    v_scr_baseline: Any
    v_scr_rise_48h: Any
    v_urine_output: Any
    v_uo_hours: Any
    v_anuria_hours: Any
    v_egfr: Any
    v_weight: Any
    v_scr_current, v_scr_baseline, v_baseline_within_7_days, v_scr_rise_48h, v_urine_output, v_uo_hours, v_anuria_hours, v_rrt_started, v_age, v_egfr, v_weight, = facts
    recs: list[Recommendation] = []
    trace: list[int] = []
    u: list[str] = []
    wt: list[tuple[int, tuple[str, ...]]] = []
    # guidelines/kdigo_aki.guideline:72: decision aki_present: Is acute kidney injury present (KDIGO 2.1.1)?
    # guidelines/kdigo_aki.guideline:74: when aki
    g1: bool | None
    s2 = False
    g1 = False
    t3: bool | None
    if v_scr_rise_48h is None:
        t3 = None
        u.append('scr_rise_48h')
    elif cast('float', v_scr_rise_48h) >= 26.52:  # guidelines/kdigo_aki.guideline:50: scr_rise_48h >= 0.3 mg/dL
        t3 = True
    else:
        t3 = False
    if t3 is True:
        g1 = True
    else:
        s2 = s2 or t3 is None
    if g1 is False:
        t4: bool | None
        s5 = False
        t4 = True
        t6: bool | None
        if v_scr_current is None or v_scr_baseline is None:
            t6 = None
            u.extend(n for n, v in (('scr_current', v_scr_current), ('scr_baseline', v_scr_baseline),) if v is None)
        elif (_x(cast('float', v_scr_current)) / _x(cast('float', v_scr_baseline))) >= _K1:  # guidelines/kdigo_aki.guideline:55: ratio >= 1.5
            t6 = True
        else:
            t6 = False
        if t6 is False:
            t4 = False
        else:
            s5 = s5 or t6 is None
        if t4 is True:
            t7: bool | None
            if v_baseline_within_7_days is None:
                t7 = None
                u.append('baseline_within_7_days')
            elif v_baseline_within_7_days is True:  # guidelines/kdigo_aki.guideline:55: baseline_within_7_days
                t7 = True
            else:
                t7 = False
            if t7 is False:
                t4 = False
            else:
                s5 = s5 or t7 is None
        if s5 and t4 is True:
            t4 = None
        if t4 is True:
            g1 = True
        else:
            s2 = s2 or t4 is None
    if g1 is False:
        t8: bool | None
        s9 = False
        t8 = False
        t10: bool | None
        s11 = False
        t10 = True
        t12: bool | None
        if v_uo_hours is None:
            t12 = None
            u.append('uo_hours')
        elif cast('float', v_uo_hours) >= 6.0:  # guidelines/kdigo_aki.guideline:57: uo_hours >= 6 hours
            t12 = True
        else:
            t12 = False
        if t12 is False:
            t10 = False
        else:
            s11 = s11 or t12 is None
        if t10 is True:
            t13: bool | None
            if v_urine_output is None or v_weight is None:
                t13 = None
                u.extend(n for n, v in (('urine_output', v_urine_output), ('weight', v_weight),) if v is None)
            elif (_x(cast('float', v_urine_output)) / _x(cast('float', v_weight))) < _K2:  # guidelines/kdigo_aki.guideline:57: uo_rate < 0.5 mL/kg/h
                t13 = True
            else:
                t13 = False
            if t13 is False:
                t10 = False
            else:
                s11 = s11 or t13 is None
        if s11 and t10 is True:
            t10 = None
        if t10 is True:
            t8 = True
        else:
            s9 = s9 or t10 is None
        if t8 is False:
            t14: bool | None
            if v_anuria_hours is None:
                t14 = None
                u.append('anuria_hours')
            elif cast('float', v_anuria_hours) >= 6.0:  # guidelines/kdigo_aki.guideline:57: anuria_hours >= 6 hours
                t14 = True
            else:
                t14 = False
            if t14 is True:
                t8 = True
            else:
                s9 = s9 or t14 is None
        if s9 and t8 is False:
            t8 = None
        if t8 is True:
            g1 = True
        else:
            s2 = s2 or t8 is None
    if s2 and g1 is False:
        g1 = None
    if g1 is None:
        trace.append(0)
        wt.append((0, tuple(sorted(set(u)))))
    elif g1:
        trace.append(1)
        # guidelines/kdigo_aki.guideline:75: advise aki_manage
        recs.append(_R_aki_manage)
        # guidelines/kdigo_aki.guideline:79: section every_stage: Actions at every stage
        trace.append(2)
        # guidelines/kdigo_aki.guideline:83: stop nephrotoxic_agents
        # guidelines/kdigo_aki.guideline:86: advise volume_perfusion
        # guidelines/kdigo_aki.guideline:89: consider haemodynamic_monitoring
        # guidelines/kdigo_aki.guideline:92: monitor creatinine_urine
        # guidelines/kdigo_aki.guideline:95: advise avoid_hyperglycaemia
        # guidelines/kdigo_aki.guideline:98: consider radiocontrast_alternatives
        recs.extend((_R_nephrotoxic_agents, _R_volume_perfusion, _R_haemodynamic_monitoring, _R_creatinine_urine, _R_avoid_hyperglycaemia, _R_radiocontrast_alternatives))
        # guidelines/kdigo_aki.guideline:102: advise glucose_target
        # guidelines/kdigo_aki.guideline:106: advise crystalloids
        # guidelines/kdigo_aki.guideline:110: caution no_diuretics_prevention
        # guidelines/kdigo_aki.guideline:114: caution no_diuretics_treatment
        # guidelines/kdigo_aki.guideline:118: advise emergent_rrt
        recs.extend((_R_glucose_target, _R_crystalloids, _R_no_diuretics_prevention, _R_no_diuretics_treatment, _R_emergent_rrt))
        # guidelines/kdigo_aki.guideline:123: section stage_1_and_above: Stage 1 and above, in addition
        trace.append(3)
        # guidelines/kdigo_aki.guideline:124: assess noninvasive_workup
        # guidelines/kdigo_aki.guideline:127: consider invasive_workup
        recs.extend((_R_noninvasive_workup, _R_invasive_workup))
        # guidelines/kdigo_aki.guideline:130: decision stage: Which KDIGO stage (KDIGO 2.1.2 and Table 2)?
        # guidelines/kdigo_aki.guideline:135: when stage_2_or_3
        u.clear()  # only this branch's unknown facts count
        g15: bool | None
        s16 = False
        g15 = False
        t17: bool | None
        s18 = False
        t17 = False
        t19: bool | None
        if v_scr_current is None or v_scr_baseline is None:
            t19 = None
            u.extend(n for n, v in (('scr_current', v_scr_current), ('scr_baseline', v_scr_baseline),) if v is None)
        elif (_x(cast('float', v_scr_current)) / _x(cast('float', v_scr_baseline))) >= 2:  # guidelines/kdigo_aki.guideline:66: ratio >= 2
            t19 = True
        else:
            t19 = False
        if t19 is True:
            t17 = True
        else:
            s18 = s18 or t19 is None
        if t17 is False:
            t20: bool | None
            s21 = False
            t20 = True
            t22: bool | None
            if v_uo_hours is None:
                t22 = None
                u.append('uo_hours')
            elif cast('float', v_uo_hours) >= 12.0:  # guidelines/kdigo_aki.guideline:66: uo_hours >= 12 hours
                t22 = True
            else:
                t22 = False
            if t22 is False:
                t20 = False
            else:
                s21 = s21 or t22 is None
            if t20 is True:
                t23: bool | None
                if v_urine_output is None or v_weight is None:
                    t23 = None
                    u.extend(n for n, v in (('urine_output', v_urine_output), ('weight', v_weight),) if v is None)
                elif (_x(cast('float', v_urine_output)) / _x(cast('float', v_weight))) < _K2:  # guidelines/kdigo_aki.guideline:66: uo_rate < 0.5 mL/kg/h
                    t23 = True
                else:
                    t23 = False
                if t23 is False:
                    t20 = False
                else:
                    s21 = s21 or t23 is None
            if s21 and t20 is True:
                t20 = None
            if t20 is True:
                t17 = True
            else:
                s18 = s18 or t20 is None
        if s18 and t17 is False:
            t17 = None
        if t17 is True:
            g15 = True
        else:
            s16 = s16 or t17 is None
        if g15 is False:
            t24: bool | None
            if v_scr_current is None:
                t24 = None
                u.append('scr_current')
            elif cast('float', v_scr_current) >= 353.6:  # guidelines/kdigo_aki.guideline:69: scr_current >= 4.0 mg/dL
                t24 = True
            else:
                t24 = False
            if t24 is True:
                g15 = True
            else:
                s16 = s16 or t24 is None
        if g15 is False:
            t25: bool | None
            if v_rrt_started is True:  # guidelines/kdigo_aki.guideline:69: rrt_started
                t25 = True
            else:
                t25 = False
            if t25 is True:
                g15 = True
            else:
                s16 = s16 or t25 is None
        if g15 is False:
            t26: bool | None
            s27 = False
            t26 = True
            t28: bool | None
            if v_age < 18:  # guidelines/kdigo_aki.guideline:69: age < 18 years
                t28 = True
            else:
                t28 = False
            if t28 is False:
                t26 = False
            else:
                s27 = s27 or t28 is None
            if t26 is True:
                t29: bool | None
                if v_egfr is None:
                    t29 = None
                    u.append('egfr')
                elif cast('float', v_egfr) < 35.0:  # guidelines/kdigo_aki.guideline:69: egfr < 35 mL/min/1.73m2
                    t29 = True
                else:
                    t29 = False
                if t29 is False:
                    t26 = False
                else:
                    s27 = s27 or t29 is None
            if s27 and t26 is True:
                t26 = None
            if t26 is True:
                g15 = True
            else:
                s16 = s16 or t26 is None
        if g15 is False:
            t30: bool | None
            if v_anuria_hours is None:
                t30 = None
                u.append('anuria_hours')
            elif cast('float', v_anuria_hours) >= 12.0:  # guidelines/kdigo_aki.guideline:69: anuria_hours >= 12 hours
                t30 = True
            else:
                t30 = False
            if t30 is True:
                g15 = True
            else:
                s16 = s16 or t30 is None
        if s16 and g15 is False:
            g15 = None
        if g15 is None:
            trace.append(4)
            wt.append((1, tuple(sorted(set(u)))))
        elif g15:
            trace.append(5)
            # guidelines/kdigo_aki.guideline:136: section stage_2_and_above: Stage 2 and above, in addition
            trace.append(6)
            # guidelines/kdigo_aki.guideline:137: assess drug_dosing
            # guidelines/kdigo_aki.guideline:140: consider rrt
            # guidelines/kdigo_aki.guideline:143: consider icu
            recs.extend((_R_drug_dosing, _R_rrt, _R_icu))
            # guidelines/kdigo_aki.guideline:146: decision stage_3_check: Stage 3?
            # guidelines/kdigo_aki.guideline:147: when stage_3
            u.clear()  # only this branch's unknown facts count
            g31: bool | None
            s32 = False
            g31 = False
            t33: bool | None
            if v_scr_current is None or v_scr_baseline is None:
                t33 = None
                u.extend(n for n, v in (('scr_current', v_scr_current), ('scr_baseline', v_scr_baseline),) if v is None)
            elif (_x(cast('float', v_scr_current)) / _x(cast('float', v_scr_baseline))) >= 3:  # guidelines/kdigo_aki.guideline:62: ratio >= 3
                t33 = True
            else:
                t33 = False
            if t33 is True:
                g31 = True
            else:
                s32 = s32 or t33 is None
            if g31 is False:
                t34: bool | None
                if v_scr_current is None:
                    t34 = None
                    u.append('scr_current')
                elif cast('float', v_scr_current) >= 353.6:  # guidelines/kdigo_aki.guideline:62: scr_current >= 4.0 mg/dL
                    t34 = True
                else:
                    t34 = False
                if t34 is True:
                    g31 = True
                else:
                    s32 = s32 or t34 is None
            if g31 is False:
                t35: bool | None
                if v_rrt_started is True:  # guidelines/kdigo_aki.guideline:62: rrt_started
                    t35 = True
                else:
                    t35 = False
                if t35 is True:
                    g31 = True
                else:
                    s32 = s32 or t35 is None
            if g31 is False:
                t36: bool | None
                s37 = False
                t36 = True
                t38: bool | None
                if v_age < 18:  # guidelines/kdigo_aki.guideline:62: age < 18 years
                    t38 = True
                else:
                    t38 = False
                if t38 is False:
                    t36 = False
                else:
                    s37 = s37 or t38 is None
                if t36 is True:
                    t39: bool | None
                    if v_egfr is None:
                        t39 = None
                        u.append('egfr')
                    elif cast('float', v_egfr) < 35.0:  # guidelines/kdigo_aki.guideline:62: egfr < 35 mL/min/1.73m2
                        t39 = True
                    else:
                        t39 = False
                    if t39 is False:
                        t36 = False
                    else:
                        s37 = s37 or t39 is None
                if s37 and t36 is True:
                    t36 = None
                if t36 is True:
                    g31 = True
                else:
                    s32 = s32 or t36 is None
            if g31 is False:
                t40: bool | None
                s41 = False
                t40 = True
                t42: bool | None
                if v_uo_hours is None:
                    t42 = None
                    u.append('uo_hours')
                elif cast('float', v_uo_hours) >= 24.0:  # guidelines/kdigo_aki.guideline:62: uo_hours >= 24 hours
                    t42 = True
                else:
                    t42 = False
                if t42 is False:
                    t40 = False
                else:
                    s41 = s41 or t42 is None
                if t40 is True:
                    t43: bool | None
                    if v_urine_output is None or v_weight is None:
                        t43 = None
                        u.extend(n for n, v in (('urine_output', v_urine_output), ('weight', v_weight),) if v is None)
                    elif (_x(cast('float', v_urine_output)) / _x(cast('float', v_weight))) < _K3:  # guidelines/kdigo_aki.guideline:62: uo_rate < 0.3 mL/kg/h
                        t43 = True
                    else:
                        t43 = False
                    if t43 is False:
                        t40 = False
                    else:
                        s41 = s41 or t43 is None
                if s41 and t40 is True:
                    t40 = None
                if t40 is True:
                    g31 = True
                else:
                    s32 = s32 or t40 is None
            if g31 is False:
                t44: bool | None
                if v_anuria_hours is None:
                    t44 = None
                    u.append('anuria_hours')
                elif cast('float', v_anuria_hours) >= 12.0:  # guidelines/kdigo_aki.guideline:62: anuria_hours >= 12 hours
                    t44 = True
                else:
                    t44 = False
                if t44 is True:
                    g31 = True
                else:
                    s32 = s32 or t44 is None
            if s32 and g31 is False:
                g31 = None
            if g31 is None:
                trace.append(7)
                wt.append((2, tuple(sorted(set(u)))))
            elif g31:
                trace.append(8)
                # guidelines/kdigo_aki.guideline:148: advise aki_stage_3
                # guidelines/kdigo_aki.guideline:151: caution subclavian
                recs.extend((_R_aki_stage_3, _R_subclavian))
            else:
                # guidelines/kdigo_aki.guideline:154: otherwise
                trace.append(9)
                # guidelines/kdigo_aki.guideline:155: advise aki_stage_2
                recs.append(_R_aki_stage_2)
        else:
            # guidelines/kdigo_aki.guideline:159: otherwise
            trace.append(10)
            # guidelines/kdigo_aki.guideline:160: advise aki_stage_1
            recs.append(_R_aki_stage_1)
    else:
        # guidelines/kdigo_aki.guideline:165: otherwise
        trace.append(11)
    return _new(Result, (GUIDELINE_ID, VERSION, SOURCE_HASH, not wt, _needs(wt) if wt else (), tuple(recs), Path(trace, facts), (), _waiting(wt) if wt else ()))


Decided = tuple[tuple[str, ...], dict[str, tuple[float, float]], tuple[str, ...]]


def decide(patient: Mapping[str, object]) -> Decided:
    """Ids in order, {id: (low, high) dose} and needs, as `evaluate` says."""
    try:
        facts = _plain(patient) or _validate(patient)
    except _Unread as missing:
        missing.check()
        return decide(missing.filled)
    v_scr_current: Any
    v_scr_baseline: Any
    v_scr_rise_48h: Any
    v_urine_output: Any
    v_uo_hours: Any
    v_anuria_hours: Any
    v_egfr: Any
    v_weight: Any
    v_scr_current, v_scr_baseline, v_baseline_within_7_days, v_scr_rise_48h, v_urine_output, v_uo_hours, v_anuria_hours, v_rrt_started, v_age, v_egfr, v_weight, = facts
    ids: list[str] = []
    doses: dict[str, tuple[float, float]] = {}
    u: list[str] = []
    wt: list[tuple[int, tuple[str, ...]]] = []
    # guidelines/kdigo_aki.guideline:72: decision aki_present: Is acute kidney injury present (KDIGO 2.1.1)?
    # guidelines/kdigo_aki.guideline:74: when aki
    g1: bool | None
    s2 = False
    g1 = False
    t3: bool | None
    if v_scr_rise_48h is None:
        t3 = None
        u.append('scr_rise_48h')
    elif cast('float', v_scr_rise_48h) >= 26.52:  # guidelines/kdigo_aki.guideline:50: scr_rise_48h >= 0.3 mg/dL
        t3 = True
    else:
        t3 = False
    if t3 is True:
        g1 = True
    else:
        s2 = s2 or t3 is None
    if g1 is False:
        t4: bool | None
        s5 = False
        t4 = True
        t6: bool | None
        if v_scr_current is None or v_scr_baseline is None:
            t6 = None
            u.extend(n for n, v in (('scr_current', v_scr_current), ('scr_baseline', v_scr_baseline),) if v is None)
        elif (_x(cast('float', v_scr_current)) / _x(cast('float', v_scr_baseline))) >= _K1:  # guidelines/kdigo_aki.guideline:55: ratio >= 1.5
            t6 = True
        else:
            t6 = False
        if t6 is False:
            t4 = False
        else:
            s5 = s5 or t6 is None
        if t4 is True:
            t7: bool | None
            if v_baseline_within_7_days is None:
                t7 = None
                u.append('baseline_within_7_days')
            elif v_baseline_within_7_days is True:  # guidelines/kdigo_aki.guideline:55: baseline_within_7_days
                t7 = True
            else:
                t7 = False
            if t7 is False:
                t4 = False
            else:
                s5 = s5 or t7 is None
        if s5 and t4 is True:
            t4 = None
        if t4 is True:
            g1 = True
        else:
            s2 = s2 or t4 is None
    if g1 is False:
        t8: bool | None
        s9 = False
        t8 = False
        t10: bool | None
        s11 = False
        t10 = True
        t12: bool | None
        if v_uo_hours is None:
            t12 = None
            u.append('uo_hours')
        elif cast('float', v_uo_hours) >= 6.0:  # guidelines/kdigo_aki.guideline:57: uo_hours >= 6 hours
            t12 = True
        else:
            t12 = False
        if t12 is False:
            t10 = False
        else:
            s11 = s11 or t12 is None
        if t10 is True:
            t13: bool | None
            if v_urine_output is None or v_weight is None:
                t13 = None
                u.extend(n for n, v in (('urine_output', v_urine_output), ('weight', v_weight),) if v is None)
            elif (_x(cast('float', v_urine_output)) / _x(cast('float', v_weight))) < _K2:  # guidelines/kdigo_aki.guideline:57: uo_rate < 0.5 mL/kg/h
                t13 = True
            else:
                t13 = False
            if t13 is False:
                t10 = False
            else:
                s11 = s11 or t13 is None
        if s11 and t10 is True:
            t10 = None
        if t10 is True:
            t8 = True
        else:
            s9 = s9 or t10 is None
        if t8 is False:
            t14: bool | None
            if v_anuria_hours is None:
                t14 = None
                u.append('anuria_hours')
            elif cast('float', v_anuria_hours) >= 6.0:  # guidelines/kdigo_aki.guideline:57: anuria_hours >= 6 hours
                t14 = True
            else:
                t14 = False
            if t14 is True:
                t8 = True
            else:
                s9 = s9 or t14 is None
        if s9 and t8 is False:
            t8 = None
        if t8 is True:
            g1 = True
        else:
            s2 = s2 or t8 is None
    if s2 and g1 is False:
        g1 = None
    if g1 is None:
        wt.append((0, tuple(sorted(set(u)))))
    elif g1:
        # guidelines/kdigo_aki.guideline:75: advise aki_manage
        ids.append('aki_manage')
        # guidelines/kdigo_aki.guideline:79: section every_stage: Actions at every stage
        # guidelines/kdigo_aki.guideline:83: stop nephrotoxic_agents
        # guidelines/kdigo_aki.guideline:86: advise volume_perfusion
        # guidelines/kdigo_aki.guideline:89: consider haemodynamic_monitoring
        # guidelines/kdigo_aki.guideline:92: monitor creatinine_urine
        # guidelines/kdigo_aki.guideline:95: advise avoid_hyperglycaemia
        # guidelines/kdigo_aki.guideline:98: consider radiocontrast_alternatives
        ids.extend(('nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives'))
        # guidelines/kdigo_aki.guideline:102: advise glucose_target
        # guidelines/kdigo_aki.guideline:106: advise crystalloids
        # guidelines/kdigo_aki.guideline:110: caution no_diuretics_prevention
        # guidelines/kdigo_aki.guideline:114: caution no_diuretics_treatment
        # guidelines/kdigo_aki.guideline:118: advise emergent_rrt
        ids.extend(('glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt'))
        # guidelines/kdigo_aki.guideline:123: section stage_1_and_above: Stage 1 and above, in addition
        # guidelines/kdigo_aki.guideline:124: assess noninvasive_workup
        # guidelines/kdigo_aki.guideline:127: consider invasive_workup
        ids.extend(('noninvasive_workup', 'invasive_workup'))
        # guidelines/kdigo_aki.guideline:130: decision stage: Which KDIGO stage (KDIGO 2.1.2 and Table 2)?
        # guidelines/kdigo_aki.guideline:135: when stage_2_or_3
        u.clear()  # only this branch's unknown facts count
        g15: bool | None
        s16 = False
        g15 = False
        t17: bool | None
        s18 = False
        t17 = False
        t19: bool | None
        if v_scr_current is None or v_scr_baseline is None:
            t19 = None
            u.extend(n for n, v in (('scr_current', v_scr_current), ('scr_baseline', v_scr_baseline),) if v is None)
        elif (_x(cast('float', v_scr_current)) / _x(cast('float', v_scr_baseline))) >= 2:  # guidelines/kdigo_aki.guideline:66: ratio >= 2
            t19 = True
        else:
            t19 = False
        if t19 is True:
            t17 = True
        else:
            s18 = s18 or t19 is None
        if t17 is False:
            t20: bool | None
            s21 = False
            t20 = True
            t22: bool | None
            if v_uo_hours is None:
                t22 = None
                u.append('uo_hours')
            elif cast('float', v_uo_hours) >= 12.0:  # guidelines/kdigo_aki.guideline:66: uo_hours >= 12 hours
                t22 = True
            else:
                t22 = False
            if t22 is False:
                t20 = False
            else:
                s21 = s21 or t22 is None
            if t20 is True:
                t23: bool | None
                if v_urine_output is None or v_weight is None:
                    t23 = None
                    u.extend(n for n, v in (('urine_output', v_urine_output), ('weight', v_weight),) if v is None)
                elif (_x(cast('float', v_urine_output)) / _x(cast('float', v_weight))) < _K2:  # guidelines/kdigo_aki.guideline:66: uo_rate < 0.5 mL/kg/h
                    t23 = True
                else:
                    t23 = False
                if t23 is False:
                    t20 = False
                else:
                    s21 = s21 or t23 is None
            if s21 and t20 is True:
                t20 = None
            if t20 is True:
                t17 = True
            else:
                s18 = s18 or t20 is None
        if s18 and t17 is False:
            t17 = None
        if t17 is True:
            g15 = True
        else:
            s16 = s16 or t17 is None
        if g15 is False:
            t24: bool | None
            if v_scr_current is None:
                t24 = None
                u.append('scr_current')
            elif cast('float', v_scr_current) >= 353.6:  # guidelines/kdigo_aki.guideline:69: scr_current >= 4.0 mg/dL
                t24 = True
            else:
                t24 = False
            if t24 is True:
                g15 = True
            else:
                s16 = s16 or t24 is None
        if g15 is False:
            t25: bool | None
            if v_rrt_started is True:  # guidelines/kdigo_aki.guideline:69: rrt_started
                t25 = True
            else:
                t25 = False
            if t25 is True:
                g15 = True
            else:
                s16 = s16 or t25 is None
        if g15 is False:
            t26: bool | None
            s27 = False
            t26 = True
            t28: bool | None
            if v_age < 18:  # guidelines/kdigo_aki.guideline:69: age < 18 years
                t28 = True
            else:
                t28 = False
            if t28 is False:
                t26 = False
            else:
                s27 = s27 or t28 is None
            if t26 is True:
                t29: bool | None
                if v_egfr is None:
                    t29 = None
                    u.append('egfr')
                elif cast('float', v_egfr) < 35.0:  # guidelines/kdigo_aki.guideline:69: egfr < 35 mL/min/1.73m2
                    t29 = True
                else:
                    t29 = False
                if t29 is False:
                    t26 = False
                else:
                    s27 = s27 or t29 is None
            if s27 and t26 is True:
                t26 = None
            if t26 is True:
                g15 = True
            else:
                s16 = s16 or t26 is None
        if g15 is False:
            t30: bool | None
            if v_anuria_hours is None:
                t30 = None
                u.append('anuria_hours')
            elif cast('float', v_anuria_hours) >= 12.0:  # guidelines/kdigo_aki.guideline:69: anuria_hours >= 12 hours
                t30 = True
            else:
                t30 = False
            if t30 is True:
                g15 = True
            else:
                s16 = s16 or t30 is None
        if s16 and g15 is False:
            g15 = None
        if g15 is None:
            wt.append((1, tuple(sorted(set(u)))))
        elif g15:
            # guidelines/kdigo_aki.guideline:136: section stage_2_and_above: Stage 2 and above, in addition
            # guidelines/kdigo_aki.guideline:137: assess drug_dosing
            # guidelines/kdigo_aki.guideline:140: consider rrt
            # guidelines/kdigo_aki.guideline:143: consider icu
            ids.extend(('drug_dosing', 'rrt', 'icu'))
            # guidelines/kdigo_aki.guideline:146: decision stage_3_check: Stage 3?
            # guidelines/kdigo_aki.guideline:147: when stage_3
            u.clear()  # only this branch's unknown facts count
            g31: bool | None
            s32 = False
            g31 = False
            t33: bool | None
            if v_scr_current is None or v_scr_baseline is None:
                t33 = None
                u.extend(n for n, v in (('scr_current', v_scr_current), ('scr_baseline', v_scr_baseline),) if v is None)
            elif (_x(cast('float', v_scr_current)) / _x(cast('float', v_scr_baseline))) >= 3:  # guidelines/kdigo_aki.guideline:62: ratio >= 3
                t33 = True
            else:
                t33 = False
            if t33 is True:
                g31 = True
            else:
                s32 = s32 or t33 is None
            if g31 is False:
                t34: bool | None
                if v_scr_current is None:
                    t34 = None
                    u.append('scr_current')
                elif cast('float', v_scr_current) >= 353.6:  # guidelines/kdigo_aki.guideline:62: scr_current >= 4.0 mg/dL
                    t34 = True
                else:
                    t34 = False
                if t34 is True:
                    g31 = True
                else:
                    s32 = s32 or t34 is None
            if g31 is False:
                t35: bool | None
                if v_rrt_started is True:  # guidelines/kdigo_aki.guideline:62: rrt_started
                    t35 = True
                else:
                    t35 = False
                if t35 is True:
                    g31 = True
                else:
                    s32 = s32 or t35 is None
            if g31 is False:
                t36: bool | None
                s37 = False
                t36 = True
                t38: bool | None
                if v_age < 18:  # guidelines/kdigo_aki.guideline:62: age < 18 years
                    t38 = True
                else:
                    t38 = False
                if t38 is False:
                    t36 = False
                else:
                    s37 = s37 or t38 is None
                if t36 is True:
                    t39: bool | None
                    if v_egfr is None:
                        t39 = None
                        u.append('egfr')
                    elif cast('float', v_egfr) < 35.0:  # guidelines/kdigo_aki.guideline:62: egfr < 35 mL/min/1.73m2
                        t39 = True
                    else:
                        t39 = False
                    if t39 is False:
                        t36 = False
                    else:
                        s37 = s37 or t39 is None
                if s37 and t36 is True:
                    t36 = None
                if t36 is True:
                    g31 = True
                else:
                    s32 = s32 or t36 is None
            if g31 is False:
                t40: bool | None
                s41 = False
                t40 = True
                t42: bool | None
                if v_uo_hours is None:
                    t42 = None
                    u.append('uo_hours')
                elif cast('float', v_uo_hours) >= 24.0:  # guidelines/kdigo_aki.guideline:62: uo_hours >= 24 hours
                    t42 = True
                else:
                    t42 = False
                if t42 is False:
                    t40 = False
                else:
                    s41 = s41 or t42 is None
                if t40 is True:
                    t43: bool | None
                    if v_urine_output is None or v_weight is None:
                        t43 = None
                        u.extend(n for n, v in (('urine_output', v_urine_output), ('weight', v_weight),) if v is None)
                    elif (_x(cast('float', v_urine_output)) / _x(cast('float', v_weight))) < _K3:  # guidelines/kdigo_aki.guideline:62: uo_rate < 0.3 mL/kg/h
                        t43 = True
                    else:
                        t43 = False
                    if t43 is False:
                        t40 = False
                    else:
                        s41 = s41 or t43 is None
                if s41 and t40 is True:
                    t40 = None
                if t40 is True:
                    g31 = True
                else:
                    s32 = s32 or t40 is None
            if g31 is False:
                t44: bool | None
                if v_anuria_hours is None:
                    t44 = None
                    u.append('anuria_hours')
                elif cast('float', v_anuria_hours) >= 12.0:  # guidelines/kdigo_aki.guideline:62: anuria_hours >= 12 hours
                    t44 = True
                else:
                    t44 = False
                if t44 is True:
                    g31 = True
                else:
                    s32 = s32 or t44 is None
            if s32 and g31 is False:
                g31 = None
            if g31 is None:
                wt.append((2, tuple(sorted(set(u)))))
            elif g31:
                # guidelines/kdigo_aki.guideline:148: advise aki_stage_3
                # guidelines/kdigo_aki.guideline:151: caution subclavian
                ids.extend(('aki_stage_3', 'subclavian'))
            else:
                # guidelines/kdigo_aki.guideline:154: otherwise
                # guidelines/kdigo_aki.guideline:155: advise aki_stage_2
                ids.append('aki_stage_2')
        else:
            # guidelines/kdigo_aki.guideline:159: otherwise
            # guidelines/kdigo_aki.guideline:160: advise aki_stage_1
            ids.append('aki_stage_1')
    return tuple(ids), doses, _needs(wt) if wt else ()
