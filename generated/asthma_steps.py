"""Adjusting asthma treatment in adults and adolescents: GINA 2024 Track 1

Decision tree generated from guidelines/asthma_steps.guideline by `guideline build`.
Do not edit: change the guideline source and rebuild.

Guideline asthma_steps, version 0.1.0, source SHA-256 406d515b7492485cec021ea8d7cc4747197bff6cf08cbe5b89a79bdee22b3ec1.
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

GUIDELINE_ID: Final = 'asthma_steps'
TITLE: Final = 'Adjusting asthma treatment in adults and adolescents: GINA 2024 Track 1'
VERSION: Final = '0.1.0'
SOURCE_HASH: Final = '406d515b7492485cec021ea8d7cc4747197bff6cf08cbe5b89a79bdee22b3ec1'
STATUS: Final = 'draft'
INPUTS: Final = ('age', 'current_step', 'q1', 'q2', 'q3', 'q4', 'inhaler_technique_correct', 'adherence_adequate', 'symptoms_due_to_asthma', 'modifiable_factors_addressed', 'months_well_controlled', 'lung_function', 'suitable_time', 'airflow_limitation', 'risk_saba', 'risk_ics', 'risk_comorbidity', 'risk_exposure', 'risk_psychosocial', 'risk_lung_function', 'risk_type2', 'risk_intubated', 'risk_severe_exacerbation')

_Facts = tuple[int, str, bool | None, bool | None, bool | None, bool | None, bool | None, bool | None, bool | None, bool | None, float | None, str | None, bool | None, bool, bool, bool, bool, bool, bool, bool, bool, bool, bool]  # the facts, in INPUTS order


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
        data["review"] = None if self.review is None else self.review._asdict()
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

    def to_dict(self) -> dict[str, object]:
        """Plain data (JSON-ready)."""
        return {"name": self.name, "title": self.title,
                "value": None if self.value is None else _figure(self.value),
                "low": _figure(self.low), "high": _figure(self.high),
                "scored": [{"label": k, "points": _figure(p)} for k, p in self.scored],
                "unknown": [{"label": k, "points": _figure(p)} for k, p in self.unknown]}


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
            "scores": [s.to_dict() for s in self.scores],
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


def _figure(value: float) -> int | float:
    """A score's figure as the result shows it: a whole number as an int."""
    return int(value) if value == int(value) else value


def _bounds(points: tuple[int, ...], truths: tuple[bool | None, ...]) -> tuple[int, int]:
    """A score's low and high value, in its points scaled to whole numbers (exact): an
    unknown criterion may add 0 or its points."""
    rows = tuple(zip(points, truths, strict=True))
    low = sum(p if t else min(p, 0) if t is None else 0 for p, t in rows)
    high = sum(p if t else max(p, 0) if t is None else 0 for p, t in rows)
    return low, high


def _per(value: int, scale: int) -> float:
    """A sum of scaled points as the result shows it: a whole number as an int, else the
    float nearest the exact value (int division rounds once)."""
    return value // scale if value % scale == 0 else value / scale


def _over(op: str, differences: tuple[float | _Fraction, ...]) -> bool | None:
    """`difference op 0` for every difference between the lowest and the highest given:
    yes or no when it is the same for all, else None (see the guideline's scores)."""
    low, high = min(differences), max(differences)
    yes = {">=": low >= 0, ">": low > 0, "<=": high <= 0, "<": high < 0,
           "=": low == high == 0, "!=": low > 0 or high < 0}[op]
    no = {">=": high < 0, ">": high <= 0, "<=": low > 0, "<": low >= 0,
          "=": low > 0 or high < 0, "!=": low == high == 0}[op]
    return True if yes else False if no else None


def _score(
    name: str, title: str, points: tuple[int, ...], labels: tuple[str, ...],
    truths: tuple[bool | None, ...], *, scale: int,
) -> Score:
    low, high = _bounds(points, truths)
    rows = tuple(zip(labels, points, truths, strict=True))
    return Score(name, title, _per(low, scale) if low == high else None, _per(low, scale),
                 _per(high, scale), tuple((k, _per(p, scale)) for k, p, t in rows if t),
                 tuple((k, _per(p, scale)) for k, p, t in rows if t is None))


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
    ('age', lambda raw: _count(raw, low=0.0, high=110.0, unit_text='year', factors={'d': (4, 1461), 'day': (4, 1461), 'days': (4, 1461), 'h': (1, 8766), 'hour': (1, 8766), 'hours': (1, 8766), 'min': (1, 525960), 'minute': (1, 525960), 'minutes': (1, 525960), 'month': (1, 12), 'months': (1, 12), 'week': (28, 1461), 'weeks': (28, 1461), 'wk': (28, 1461), 'year': (1, 1), 'years': (1, 1), 'yr': (1, 1)}), (('age', 'is required but missing'),)),
    ('current_step', lambda raw: _choice(raw, ('steps_1_2', 'step_3', 'step_4', 'step_5')), ()),
    ('q1', _yesno, ()),
    ('q2', _yesno, ()),
    ('q3', _yesno, ()),
    ('q4', _yesno, ()),
    ('inhaler_technique_correct', _yesno, ()),
    ('adherence_adequate', _yesno, ()),
    ('symptoms_due_to_asthma', _yesno, ()),
    ('modifiable_factors_addressed', _yesno, ()),
    ('months_well_controlled', lambda raw: _measure(raw, low=0.0, high=120.0, unit_text='month', factors={'d': (16, 487), 'day': (16, 487), 'days': (16, 487), 'h': (2, 1461), 'hour': (2, 1461), 'hours': (2, 1461), 'min': (1, 43830), 'minute': (1, 43830), 'minutes': (1, 43830), 'month': (1, 1), 'months': (1, 1), 'week': (112, 487), 'weeks': (112, 487), 'wk': (112, 487), 'year': (12, 1), 'years': (12, 1), 'yr': (12, 1)}), ()),
    ('lung_function', lambda raw: _choice(raw, ('stable', 'not_stable', 'not_measured')), ()),
    ('suitable_time', _yesno, ()),
    ('airflow_limitation', _yesno, ()),
    ('risk_saba', _yesno, ()),
    ('risk_ics', _yesno, ()),
    ('risk_comorbidity', _yesno, ()),
    ('risk_exposure', _yesno, ()),
    ('risk_psychosocial', _yesno, ()),
    ('risk_lung_function', _yesno, ()),
    ('risk_type2', _yesno, ()),
    ('risk_intubated', _yesno, ()),
    ('risk_severe_exacerbation', _yesno, ()),
)


_INPUT_SET: Final = frozenset(INPUTS)


def _plain(patient: Mapping[str, object]) -> _Facts | None:
    """The facts when every one is plainly valid; None sends the caller to _validate."""
    if type(patient) is not dict or not _INPUT_SET.issuperset(patient):
        return None
    try:
        v_age = patient['age']
        v_current_step = patient['current_step']
        v_q1 = patient.get('q1')
        v_q2 = patient.get('q2')
        v_q3 = patient.get('q3')
        v_q4 = patient.get('q4')
        v_inhaler_technique_correct = patient.get('inhaler_technique_correct')
        v_adherence_adequate = patient.get('adherence_adequate')
        v_symptoms_due_to_asthma = patient.get('symptoms_due_to_asthma')
        v_modifiable_factors_addressed = patient.get('modifiable_factors_addressed')
        v_months_well_controlled = patient.get('months_well_controlled')
        v_lung_function = patient.get('lung_function')
        v_suitable_time = patient.get('suitable_time')
        v_airflow_limitation = patient['airflow_limitation']
        v_risk_saba = patient['risk_saba']
        v_risk_ics = patient['risk_ics']
        v_risk_comorbidity = patient['risk_comorbidity']
        v_risk_exposure = patient['risk_exposure']
        v_risk_psychosocial = patient['risk_psychosocial']
        v_risk_lung_function = patient['risk_lung_function']
        v_risk_type2 = patient['risk_type2']
        v_risk_intubated = patient['risk_intubated']
        v_risk_severe_exacerbation = patient['risk_severe_exacerbation']
    except KeyError:
        return None
    if not (
        type(v_age) is int and 0 <= v_age <= 110
        and type(v_current_step) is str and v_current_step in ('steps_1_2', 'step_3', 'step_4', 'step_5')
        and (v_q1 is None or (type(v_q1) is bool))
        and (v_q2 is None or (type(v_q2) is bool))
        and (v_q3 is None or (type(v_q3) is bool))
        and (v_q4 is None or (type(v_q4) is bool))
        and (v_inhaler_technique_correct is None or (type(v_inhaler_technique_correct) is bool))
        and (v_adherence_adequate is None or (type(v_adherence_adequate) is bool))
        and (v_symptoms_due_to_asthma is None or (type(v_symptoms_due_to_asthma) is bool))
        and (v_modifiable_factors_addressed is None or (type(v_modifiable_factors_addressed) is bool))
        and (v_months_well_controlled is None or ((type(v_months_well_controlled) is float or type(v_months_well_controlled) is int) and 0.0 <= v_months_well_controlled <= 120.0))
        and (v_lung_function is None or (type(v_lung_function) is str and v_lung_function in ('stable', 'not_stable', 'not_measured')))
        and (v_suitable_time is None or (type(v_suitable_time) is bool))
        and type(v_airflow_limitation) is bool
        and type(v_risk_saba) is bool
        and type(v_risk_ics) is bool
        and type(v_risk_comorbidity) is bool
        and type(v_risk_exposure) is bool
        and type(v_risk_psychosocial) is bool
        and type(v_risk_lung_function) is bool
        and type(v_risk_type2) is bool
        and type(v_risk_intubated) is bool
        and type(v_risk_severe_exacerbation) is bool
    ):
        return None
    return (v_age, v_current_step, v_q1, v_q2, v_q3, v_q4, v_inhaler_technique_correct, v_adherence_adequate, v_symptoms_due_to_asthma, v_modifiable_factors_addressed, None if v_months_well_controlled is None else 1.0 * v_months_well_controlled, v_lung_function, v_suitable_time, v_airflow_limitation, v_risk_saba, v_risk_ics, v_risk_comorbidity, v_risk_exposure, v_risk_psychosocial, v_risk_lung_function, v_risk_type2, v_risk_intubated, v_risk_severe_exacerbation,)


_WAITS: Final[tuple[tuple[str, str], ...]] = (
    ('age_scope', 'Is the patient 12 years or over?'),
    ('step_5_referral', 'Referral at Step 5'),
    ('control', 'How well controlled are the symptoms (past 4 weeks)?'),
    ('level', 'Partly controlled or uncontrolled?'),
    ('checks', 'Are inhaler technique, adherence, diagnosis and modifiable factors satisfactory?'),
    ('step_up', 'Step up one Track 1 step'),
    ('step_down_check', 'Consider stepping down?'),
    ('step_down', 'Step down one Track 1 step'),
    ('supervision', 'Risk factors for exacerbations or persistent airflow limitation?'),
    ('risk', 'Risk factors for exacerbations?'),
)
_QUESTIONS: Final[dict[str, str]] = {
    'age': 'Age',
    'current_step': 'Current Track 1 step',
    'q1': 'In the past 4 weeks: daytime asthma symptoms more than twice a week?',
    'q2': 'In the past 4 weeks: any night waking due to asthma?',
    'q3': 'In the past 4 weeks: reliever needed for symptoms more than twice a week (not counting reliever taken before exercise)?',
    'q4': 'In the past 4 weeks: any activity limitation due to asthma?',
    'inhaler_technique_correct': 'Is the inhaler technique correct?',
    'adherence_adequate': 'Is adherence adequate?',
    'symptoms_due_to_asthma': 'Are the symptoms due to asthma (diagnosis confirmed)?',
    'modifiable_factors_addressed': 'Have modifiable risk factors and comorbidities been addressed (for example smoking, exposures, comorbidities)?',
    'months_well_controlled': 'Months for which asthma has been well controlled',
    'lung_function': 'Lung function',
    'suitable_time': 'Is it a suitable time to step down (no respiratory infection, not travelling, not pregnant)?',
    'airflow_limitation': 'Persistent airflow limitation',
    'risk_saba': 'High SABA use (3 or more 200-dose canisters a year; the risk of death is higher with 1 or more a month)',
    'risk_ics': 'Inadequate ICS (not prescribed, poor adherence, incorrect inhaler technique)',
    'risk_comorbidity': 'Obesity, chronic rhinosinusitis, gastro-oesophageal reflux disease, confirmed food allergy or pregnancy',
    'risk_exposure': 'Smoking or e-cigarettes, allergen exposure if sensitised, or air pollution',
    'risk_psychosocial': 'Major psychological or socioeconomic problems',
    'risk_lung_function': 'Low FEV1 (especially below 60% predicted) or high bronchodilator responsiveness',
    'risk_type2': 'Raised blood eosinophils or raised FeNO',
    'risk_intubated': 'Ever intubated or in intensive care for asthma',
    'risk_severe_exacerbation': '1 or more severe exacerbations in the last 12 months',
}


_FILL: Final[dict[str, object]] = {
    'current_step': 'steps_1_2',
    'airflow_limitation': False,
    'risk_saba': False,
    'risk_ics': False,
    'risk_comorbidity': False,
    'risk_exposure': False,
    'risk_psychosocial': False,
    'risk_lung_function': False,
    'risk_type2': False,
    'risk_intubated': False,
    'risk_severe_exacerbation': False,
}
_REC_READS: Final[dict[str, tuple[str, ...]]] = {
}


_P_symptom_count: Final = (1, 1, 1, 1)


_L_symptom_count: Final = ('Daytime symptoms more than twice a week', 'Any night waking due to asthma', 'Reliever for symptoms more than twice a week', 'Any activity limitation due to asthma')


def _t_symptom_count(facts: _Facts) -> tuple[tuple[bool | None, ...], list[str]]:
    """Score symptom_count: each criterion yes, no or unknown (None), and the facts the unknown ones need."""
    _, _, v_q1, v_q2, v_q3, v_q4, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, = facts
    u: list[str] = []
    # guidelines/asthma_steps.guideline:64: points 1 when q1
    c1 = v_q1
    u.extend(('q1',) if c1 is None else ())
    # guidelines/asthma_steps.guideline:65: points 1 when q2
    c2 = v_q2
    u.extend(('q2',) if c2 is None else ())
    # guidelines/asthma_steps.guideline:66: points 1 when q3
    c3 = v_q3
    u.extend(('q3',) if c3 is None else ())
    # guidelines/asthma_steps.guideline:67: points 1 when q4
    c4 = v_q4
    u.extend(('q4',) if c4 is None else ())
    return (c1, c2, c3, c4,), u


def _b_symptom_count(facts: _Facts) -> tuple[int, int, list[str]]:
    """Score symptom_count: its low and high value, and the unknown facts that leave it open."""
    truths, u = _t_symptom_count(facts)
    return (*_bounds(_P_symptom_count, truths), u)


def _scores(facts: _Facts) -> tuple[Score, ...]:
    """Every score for these facts, as the result shows them."""
    return (
        _score('symptom_count', 'Symptom control: number of yes answers to the four questions', _P_symptom_count, _L_symptom_count, _t_symptom_count(facts)[0], scale=1),
    )


_R_not_covered: Final = Recommendation(
    'not_covered',
    'advise',
    'This text applies to adults and adolescents aged 12 years and over; GINA has separate advice for children aged 6-11',
    'not_graded',
    ('gina2024',),
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
    (Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_reliever: Final = Recommendation(
    'reliever',
    'advise',
    'As-needed low-dose ICS-formoterol as the reliever, at every Track 1 step',
    'not_graded',
    ('gina2024', 'reddel2022'),
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
    (Note('note', 'The Track 1 steps: Steps 1-2, as-needed-only low-dose ICS-formoterol (no maintenance treatment); Step 3, low-dose maintenance ICS-formoterol with the same inhaler as reliever (maintenance-and-reliever therapy, MART); Step 4, medium-dose maintenance ICS-formoterol (MART); Step 5, add-on long-acting muscarinic antagonist (LAMA), referral for phenotypic assessment with or without biologic therapy, and consider high-dose maintenance ICS-formoterol.', (), 'section', 'reliever_every_step'), Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'The two-track structure and its rationale.', (), 'reference', 'reddel2022'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_phenotypic_assessment: Final = Recommendation(
    'phenotypic_assessment',
    'refer',
    'Refer for phenotypic (expert) assessment and consideration of add-on biologic therapy',
    'not_graded',
    ('gina2024',),
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
    (Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_uncontrolled: Final = Recommendation(
    'uncontrolled',
    'advise',
    'Asthma uncontrolled (3-4 yes answers)',
    'not_graded',
    ('gina2024',),
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
    (Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'Count the "yes" answers to the four questions. None: well controlled. 1-2: partly controlled. 3-4: uncontrolled.', (), 'score', 'symptom_count'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q1'), Note('gap', "The four questions rely on the patient's recall over 4 weeks; the text gives no other measure of control.", (), 'input', 'q1'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q3'), Note('gap', "GINA's symptom-control box words the reliever question in terms of SABA use; how as-needed ICS-formoterol use in Track 1 should be counted for this question is not settled by the text. The guideline does not decide it: the person answering must.", (), 'input', 'q3'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_uncontrolled_risk: Final = Recommendation(
    'uncontrolled_risk',
    'caution',
    'Uncontrolled symptoms are a risk factor for exacerbations',
    'not_graded',
    ('gina2024',),
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
    (Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'Count the "yes" answers to the four questions. None: well controlled. 1-2: partly controlled. 3-4: uncontrolled.', (), 'score', 'symptom_count'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q1'), Note('gap', "The four questions rely on the patient's recall over 4 weeks; the text gives no other measure of control.", (), 'input', 'q1'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q3'), Note('gap', "GINA's symptom-control box words the reliever question in terms of SABA use; how as-needed ICS-formoterol use in Track 1 should be counted for this question is not settled by the text. The guideline does not decide it: the person answering must.", (), 'input', 'q3'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_partly_controlled: Final = Recommendation(
    'partly_controlled',
    'advise',
    'Asthma partly controlled (1-2 yes answers)',
    'not_graded',
    ('gina2024',),
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
    (Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'Count the "yes" answers to the four questions. None: well controlled. 1-2: partly controlled. 3-4: uncontrolled.', (), 'score', 'symptom_count'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q1'), Note('gap', "The four questions rely on the patient's recall over 4 weeks; the text gives no other measure of control.", (), 'input', 'q1'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q3'), Note('gap', "GINA's symptom-control box words the reliever question in terms of SABA use; how as-needed ICS-formoterol use in Track 1 should be counted for this question is not settled by the text. The guideline does not decide it: the person answering must.", (), 'input', 'q3'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_step_up_checks: Final = Recommendation(
    'step_up_checks',
    'assess',
    'Before stepping up: check inhaler technique and adherence, confirm that the symptoms are due to asthma, and address modifiable risk factors and comorbidities',
    'not_graded',
    ('gina2024',),
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
    (Note('note', 'Stepping up, when asthma is partly controlled or uncontrolled.', (), 'branch', ''), Note('gap', 'The text also steps up when exacerbations continue despite treatment, but lists no input for it; that trigger is not encoded.', (), 'branch', ''), Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'Count the "yes" answers to the four questions. None: well controlled. 1-2: partly controlled. 3-4: uncontrolled.', (), 'score', 'symptom_count'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q1'), Note('gap', "The four questions rely on the patient's recall over 4 weeks; the text gives no other measure of control.", (), 'input', 'q1'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q3'), Note('gap', "GINA's symptom-control box words the reliever question in terms of SABA use; how as-needed ICS-formoterol use in Track 1 should be counted for this question is not settled by the text. The guideline does not decide it: the person answering must.", (), 'input', 'q3'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_step_up_to_3: Final = Recommendation(
    'step_up_to_3',
    'start',
    'Step up to Step 3: low-dose maintenance ICS-formoterol, with the same inhaler as reliever (MART)',
    'not_graded',
    ('gina2024',),
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
    (Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'Count the "yes" answers to the four questions. None: well controlled. 1-2: partly controlled. 3-4: uncontrolled.', (), 'score', 'symptom_count'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q1'), Note('gap', "The four questions rely on the patient's recall over 4 weeks; the text gives no other measure of control.", (), 'input', 'q1'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q3'), Note('gap', "GINA's symptom-control box words the reliever question in terms of SABA use; how as-needed ICS-formoterol use in Track 1 should be counted for this question is not settled by the text. The guideline does not decide it: the person answering must.", (), 'input', 'q3'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_step_up_to_4: Final = Recommendation(
    'step_up_to_4',
    'start',
    'Step up to Step 4: medium-dose maintenance ICS-formoterol (MART)',
    'not_graded',
    ('gina2024',),
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
    (Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'Count the "yes" answers to the four questions. None: well controlled. 1-2: partly controlled. 3-4: uncontrolled.', (), 'score', 'symptom_count'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q1'), Note('gap', "The four questions rely on the patient's recall over 4 weeks; the text gives no other measure of control.", (), 'input', 'q1'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q3'), Note('gap', "GINA's symptom-control box words the reliever question in terms of SABA use; how as-needed ICS-formoterol use in Track 1 should be counted for this question is not settled by the text. The guideline does not decide it: the person answering must.", (), 'input', 'q3'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_step_up_lama: Final = Recommendation(
    'step_up_lama',
    'add',
    'Step up to Step 5: add-on long-acting muscarinic antagonist (LAMA)',
    'not_graded',
    ('gina2024',),
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
    (Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'Count the "yes" answers to the four questions. None: well controlled. 1-2: partly controlled. 3-4: uncontrolled.', (), 'score', 'symptom_count'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q1'), Note('gap', "The four questions rely on the patient's recall over 4 weeks; the text gives no other measure of control.", (), 'input', 'q1'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q3'), Note('gap', "GINA's symptom-control box words the reliever question in terms of SABA use; how as-needed ICS-formoterol use in Track 1 should be counted for this question is not settled by the text. The guideline does not decide it: the person answering must.", (), 'input', 'q3'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_step_up_referral: Final = Recommendation(
    'step_up_referral',
    'refer',
    'Step 5: refer for phenotypic assessment with or without biologic therapy',
    'not_graded',
    ('gina2024',),
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
    (Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'Count the "yes" answers to the four questions. None: well controlled. 1-2: partly controlled. 3-4: uncontrolled.', (), 'score', 'symptom_count'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q1'), Note('gap', "The four questions rely on the patient's recall over 4 weeks; the text gives no other measure of control.", (), 'input', 'q1'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q3'), Note('gap', "GINA's symptom-control box words the reliever question in terms of SABA use; how as-needed ICS-formoterol use in Track 1 should be counted for this question is not settled by the text. The guideline does not decide it: the person answering must.", (), 'input', 'q3'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_step_up_high_dose: Final = Recommendation(
    'step_up_high_dose',
    'consider',
    'Step 5: consider high-dose maintenance ICS-formoterol',
    'not_graded',
    ('gina2024',),
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
    (Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'Count the "yes" answers to the four questions. None: well controlled. 1-2: partly controlled. 3-4: uncontrolled.', (), 'score', 'symptom_count'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q1'), Note('gap', "The four questions rely on the patient's recall over 4 weeks; the text gives no other measure of control.", (), 'input', 'q1'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q3'), Note('gap', "GINA's symptom-control box words the reliever question in terms of SABA use; how as-needed ICS-formoterol use in Track 1 should be counted for this question is not settled by the text. The guideline does not decide it: the person answering must.", (), 'input', 'q3'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_step_up_trial: Final = Recommendation(
    'step_up_trial',
    'advise',
    'The step-up is a trial: review the response; if there is no response, return to the previous step and consider other treatment or referral',
    'not_graded',
    ('gina2024',),
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
    Timing(2.0, 3.0, 'months', 'Review the response to the step-up'),
    (),
    (Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'Count the "yes" answers to the four questions. None: well controlled. 1-2: partly controlled. 3-4: uncontrolled.', (), 'score', 'symptom_count'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q1'), Note('gap', "The four questions rely on the patient's recall over 4 weeks; the text gives no other measure of control.", (), 'input', 'q1'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q3'), Note('gap', "GINA's symptom-control box words the reliever question in terms of SABA use; how as-needed ICS-formoterol use in Track 1 should be counted for this question is not settled by the text. The guideline does not decide it: the person answering must.", (), 'input', 'q3'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_correct_first: Final = Recommendation(
    'correct_first',
    'advise',
    'Correct what is not satisfactory first (for example the inhaler technique, and check adherence): no step-up yet; reassess control afterwards',
    'not_graded',
    ('gina2024',),
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
    (Note('note', 'Only when these are satisfactory, step up one Track 1 step.', (), 'recommendation', ''), Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'Count the "yes" answers to the four questions. None: well controlled. 1-2: partly controlled. 3-4: uncontrolled.', (), 'score', 'symptom_count'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q1'), Note('gap', "The four questions rely on the patient's recall over 4 weeks; the text gives no other measure of control.", (), 'input', 'q1'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q3'), Note('gap', "GINA's symptom-control box words the reliever question in terms of SABA use; how as-needed ICS-formoterol use in Track 1 should be counted for this question is not settled by the text. The guideline does not decide it: the person answering must.", (), 'input', 'q3'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_well_controlled: Final = Recommendation(
    'well_controlled',
    'advise',
    'Asthma well controlled (no yes answer)',
    'not_graded',
    ('gina2024',),
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
    (Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'Count the "yes" answers to the four questions. None: well controlled. 1-2: partly controlled. 3-4: uncontrolled.', (), 'score', 'symptom_count'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q1'), Note('gap', "The four questions rely on the patient's recall over 4 weeks; the text gives no other measure of control.", (), 'input', 'q1'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q3'), Note('gap', "GINA's symptom-control box words the reliever question in terms of SABA use; how as-needed ICS-formoterol use in Track 1 should be counted for this question is not settled by the text. The guideline does not decide it: the person answering must.", (), 'input', 'q3'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_continue_lowest: Final = Recommendation(
    'continue_lowest',
    'advise',
    'Continue: there is no lower Track 1 step',
    'not_graded',
    ('gina2024',),
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
    (Note('note', 'Do not stop ICS completely in adults or adolescents: the lowest Track 1 step is as-needed ICS-formoterol, never a reliever without ICS.', (), 'recommendation', ''), Note('note', 'Consider stepping down once asthma has been well controlled, with stable lung function, for 3 months or more, at a suitable time.', (), 'decision', 'step_down_check'), Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'Count the "yes" answers to the four questions. None: well controlled. 1-2: partly controlled. 3-4: uncontrolled.', (), 'score', 'symptom_count'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q1'), Note('gap', "The four questions rely on the patient's recall over 4 weeks; the text gives no other measure of control.", (), 'input', 'q1'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q3'), Note('gap', "GINA's symptom-control box words the reliever question in terms of SABA use; how as-needed ICS-formoterol use in Track 1 should be counted for this question is not settled by the text. The guideline does not decide it: the person answering must.", (), 'input', 'q3'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_step_down_to_1_2: Final = Recommendation(
    'step_down_to_1_2',
    'consider',
    'Consider stepping down to Steps 1-2: as-needed-only low-dose ICS-formoterol',
    'not_graded',
    ('gina2024',),
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
    (Note('note', 'Consider stepping down once asthma has been well controlled, with stable lung function, for 3 months or more, at a suitable time.', (), 'decision', 'step_down_check'), Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'Count the "yes" answers to the four questions. None: well controlled. 1-2: partly controlled. 3-4: uncontrolled.', (), 'score', 'symptom_count'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q1'), Note('gap', "The four questions rely on the patient's recall over 4 weeks; the text gives no other measure of control.", (), 'input', 'q1'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q3'), Note('gap', "GINA's symptom-control box words the reliever question in terms of SABA use; how as-needed ICS-formoterol use in Track 1 should be counted for this question is not settled by the text. The guideline does not decide it: the person answering must.", (), 'input', 'q3'), Note('gap', '"Well controlled for 3 months" does not say whether a single exacerbation in that time breaks the count.', (), 'input', 'months_well_controlled'), Note('gap', '"Suitable time" has no further definition than the three examples in the question.', (), 'input', 'suitable_time'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_step_down_to_3: Final = Recommendation(
    'step_down_to_3',
    'consider',
    'Consider stepping down to Step 3: low-dose maintenance ICS-formoterol (MART)',
    'not_graded',
    ('gina2024',),
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
    (Note('note', 'Consider stepping down once asthma has been well controlled, with stable lung function, for 3 months or more, at a suitable time.', (), 'decision', 'step_down_check'), Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'Count the "yes" answers to the four questions. None: well controlled. 1-2: partly controlled. 3-4: uncontrolled.', (), 'score', 'symptom_count'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q1'), Note('gap', "The four questions rely on the patient's recall over 4 weeks; the text gives no other measure of control.", (), 'input', 'q1'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q3'), Note('gap', "GINA's symptom-control box words the reliever question in terms of SABA use; how as-needed ICS-formoterol use in Track 1 should be counted for this question is not settled by the text. The guideline does not decide it: the person answering must.", (), 'input', 'q3'), Note('gap', '"Well controlled for 3 months" does not say whether a single exacerbation in that time breaks the count.', (), 'input', 'months_well_controlled'), Note('gap', '"Suitable time" has no further definition than the three examples in the question.', (), 'input', 'suitable_time'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_step_down_to_4: Final = Recommendation(
    'step_down_to_4',
    'consider',
    'Consider stepping down to Step 4: medium-dose maintenance ICS-formoterol (MART)',
    'not_graded',
    ('gina2024',),
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
    (Note('note', 'Consider stepping down once asthma has been well controlled, with stable lung function, for 3 months or more, at a suitable time.', (), 'decision', 'step_down_check'), Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'Count the "yes" answers to the four questions. None: well controlled. 1-2: partly controlled. 3-4: uncontrolled.', (), 'score', 'symptom_count'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q1'), Note('gap', "The four questions rely on the patient's recall over 4 weeks; the text gives no other measure of control.", (), 'input', 'q1'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q3'), Note('gap', "GINA's symptom-control box words the reliever question in terms of SABA use; how as-needed ICS-formoterol use in Track 1 should be counted for this question is not settled by the text. The guideline does not decide it: the person answering must.", (), 'input', 'q3'), Note('gap', '"Well controlled for 3 months" does not say whether a single exacerbation in that time breaks the count.', (), 'input', 'months_well_controlled'), Note('gap', '"Suitable time" has no further definition than the three examples in the question.', (), 'input', 'suitable_time'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_action_plan: Final = Recommendation(
    'action_plan',
    'advise',
    'Give a written asthma action plan',
    'not_graded',
    ('gina2024',),
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
    (Note('note', 'Consider stepping down once asthma has been well controlled, with stable lung function, for 3 months or more, at a suitable time.', (), 'decision', 'step_down_check'), Note('gap', 'Unconfirmed in the text: GINA gives its step-down options per step (some lower the maintenance dose within the same step), so "one Track 1 step" may be the text\'s simplification rather than the report\'s wording; check the step-down table. GINA\'s detailed step-down options for each step are not reproduced.', (), 'branch', ''), Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'Count the "yes" answers to the four questions. None: well controlled. 1-2: partly controlled. 3-4: uncontrolled.', (), 'score', 'symptom_count'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q1'), Note('gap', "The four questions rely on the patient's recall over 4 weeks; the text gives no other measure of control.", (), 'input', 'q1'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q3'), Note('gap', "GINA's symptom-control box words the reliever question in terms of SABA use; how as-needed ICS-formoterol use in Track 1 should be counted for this question is not settled by the text. The guideline does not decide it: the person answering must.", (), 'input', 'q3'), Note('gap', '"Well controlled for 3 months" does not say whether a single exacerbation in that time breaks the count.', (), 'input', 'months_well_controlled'), Note('gap', '"Suitable time" has no further definition than the three examples in the question.', (), 'input', 'suitable_time'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_follow_up: Final = Recommendation(
    'follow_up',
    'advise',
    'Book a follow-up visit',
    'not_graded',
    ('gina2024',),
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
    (Note('gap', 'The text gives no interval for the follow-up visit.', (), 'recommendation', ''), Note('note', 'Consider stepping down once asthma has been well controlled, with stable lung function, for 3 months or more, at a suitable time.', (), 'decision', 'step_down_check'), Note('gap', 'Unconfirmed in the text: GINA gives its step-down options per step (some lower the maintenance dose within the same step), so "one Track 1 step" may be the text\'s simplification rather than the report\'s wording; check the step-down table. GINA\'s detailed step-down options for each step are not reproduced.', (), 'branch', ''), Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'Count the "yes" answers to the four questions. None: well controlled. 1-2: partly controlled. 3-4: uncontrolled.', (), 'score', 'symptom_count'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q1'), Note('gap', "The four questions rely on the patient's recall over 4 weeks; the text gives no other measure of control.", (), 'input', 'q1'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q3'), Note('gap', "GINA's symptom-control box words the reliever question in terms of SABA use; how as-needed ICS-formoterol use in Track 1 should be counted for this question is not settled by the text. The guideline does not decide it: the person answering must.", (), 'input', 'q3'), Note('gap', '"Well controlled for 3 months" does not say whether a single exacerbation in that time breaks the count.', (), 'input', 'months_well_controlled'), Note('gap', '"Suitable time" has no further definition than the three examples in the question.', (), 'input', 'suitable_time'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_keep_ics: Final = Recommendation(
    'keep_ics',
    'caution',
    'Do not stop ICS completely in adults or adolescents: the lowest Track 1 step is as-needed ICS-formoterol, never a reliever without ICS',
    'not_graded',
    ('gina2024',),
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
    (Note('note', 'Consider stepping down once asthma has been well controlled, with stable lung function, for 3 months or more, at a suitable time.', (), 'decision', 'step_down_check'), Note('gap', 'Unconfirmed in the text: GINA gives its step-down options per step (some lower the maintenance dose within the same step), so "one Track 1 step" may be the text\'s simplification rather than the report\'s wording; check the step-down table. GINA\'s detailed step-down options for each step are not reproduced.', (), 'branch', ''), Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'Count the "yes" answers to the four questions. None: well controlled. 1-2: partly controlled. 3-4: uncontrolled.', (), 'score', 'symptom_count'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q1'), Note('gap', "The four questions rely on the patient's recall over 4 weeks; the text gives no other measure of control.", (), 'input', 'q1'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q3'), Note('gap', "GINA's symptom-control box words the reliever question in terms of SABA use; how as-needed ICS-formoterol use in Track 1 should be counted for this question is not settled by the text. The guideline does not decide it: the person answering must.", (), 'input', 'q3'), Note('gap', '"Well controlled for 3 months" does not say whether a single exacerbation in that time breaks the count.', (), 'input', 'months_well_controlled'), Note('gap', '"Suitable time" has no further definition than the three examples in the question.', (), 'input', 'suitable_time'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_close_supervision: Final = Recommendation(
    'close_supervision',
    'caution',
    'Step down only with close supervision: risk factors for exacerbations or persistent airflow limitation',
    'not_graded',
    ('gina2024',),
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
    (Note('gap', '"Close supervision" has no further definition in the text.', (), 'recommendation', ''), Note('note', 'Consider stepping down once asthma has been well controlled, with stable lung function, for 3 months or more, at a suitable time.', (), 'decision', 'step_down_check'), Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'Count the "yes" answers to the four questions. None: well controlled. 1-2: partly controlled. 3-4: uncontrolled.', (), 'score', 'symptom_count'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q1'), Note('gap', "The four questions rely on the patient's recall over 4 weeks; the text gives no other measure of control.", (), 'input', 'q1'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q3'), Note('gap', "GINA's symptom-control box words the reliever question in terms of SABA use; how as-needed ICS-formoterol use in Track 1 should be counted for this question is not settled by the text. The guideline does not decide it: the person answering must.", (), 'input', 'q3'), Note('gap', '"Well controlled for 3 months" does not say whether a single exacerbation in that time breaks the count.', (), 'input', 'months_well_controlled'), Note('gap', '"Suitable time" has no further definition than the three examples in the question.', (), 'input', 'suitable_time'), Note('note', 'Uncontrolled symptoms, the first risk factor of the list, are given with the level of control.', (), 'definition', 'any_risk_factor'), Note('gap', 'Unconfirmed in the text: the report may limit raised FeNO to adults with allergic asthma taking ICS; check the risk-factor box.', (), 'input', 'risk_type2'), Note('note', "Rule 4 names persistent airflow limitation beside the risk factors for exacerbations; the text's list of inputs does not, so it is asked here for that rule.", (), 'input', 'airflow_limitation'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_lung_function_unmeasured: Final = Recommendation(
    'lung_function_unmeasured',
    'caution',
    'Lung function not measured: the text does not say whether a step-down may still be considered',
    'not_graded',
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
    (Note('gap', 'If lung function has not been measured, the text does not say whether a step-down may still be considered; the guideline does not decide it.', (), 'recommendation', ''), Note('note', 'Consider stepping down once asthma has been well controlled, with stable lung function, for 3 months or more, at a suitable time.', (), 'decision', 'step_down_check'), Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'Count the "yes" answers to the four questions. None: well controlled. 1-2: partly controlled. 3-4: uncontrolled.', (), 'score', 'symptom_count'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q1'), Note('gap', "The four questions rely on the patient's recall over 4 weeks; the text gives no other measure of control.", (), 'input', 'q1'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q3'), Note('gap', "GINA's symptom-control box words the reliever question in terms of SABA use; how as-needed ICS-formoterol use in Track 1 should be counted for this question is not settled by the text. The guideline does not decide it: the person answering must.", (), 'input', 'q3'), Note('gap', '"Well controlled for 3 months" does not say whether a single exacerbation in that time breaks the count.', (), 'input', 'months_well_controlled'), Note('gap', '"Suitable time" has no further definition than the three examples in the question.', (), 'input', 'suitable_time'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_continue_treatment: Final = Recommendation(
    'continue_treatment',
    'advise',
    'Continue the current Track 1 treatment',
    'not_graded',
    ('gina2024',),
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
    (Note('gap', 'The text says what to do at 3 months or more of good control with stable lung function at a suitable time; otherwise it says only "continue" (in its example at Steps 1-2).', (), 'recommendation', ''), Note('note', 'Consider stepping down once asthma has been well controlled, with stable lung function, for 3 months or more, at a suitable time.', (), 'decision', 'step_down_check'), Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'Count the "yes" answers to the four questions. None: well controlled. 1-2: partly controlled. 3-4: uncontrolled.', (), 'score', 'symptom_count'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q1'), Note('gap', "The four questions rely on the patient's recall over 4 weeks; the text gives no other measure of control.", (), 'input', 'q1'), Note('note', '"More than twice a week" means three or more times in a week; exactly twice counts as no.', (), 'input', 'q3'), Note('gap', "GINA's symptom-control box words the reliever question in terms of SABA use; how as-needed ICS-formoterol use in Track 1 should be counted for this question is not settled by the text. The guideline does not decide it: the person answering must.", (), 'input', 'q3'), Note('gap', '"Well controlled for 3 months" does not say whether a single exacerbation in that time breaks the count.', (), 'input', 'months_well_controlled'), Note('gap', '"Suitable time" has no further definition than the three examples in the question.', (), 'input', 'suitable_time'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_R_exacerbation_risk: Final = Recommendation(
    'exacerbation_risk',
    'caution',
    'One or more risk factors for exacerbations: the risk is raised even when symptoms are well controlled',
    'not_graded',
    ('gina2024',),
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
    (Note('note', 'The text applies from 12 to 110 years; younger patients are asked so that the guideline can decline them (the lower limit 0 is that of any age, not of the text).', (), 'input', 'age'), Note('note', 'Uncontrolled symptoms, the first risk factor of the list, are given with the level of control.', (), 'definition', 'any_risk_factor'), Note('gap', 'Unconfirmed in the text: the report may limit raised FeNO to adults with allergic asthma taking ICS; check the risk-factor box.', (), 'input', 'risk_type2'), Note('note', 'The assessment chapter (symptom control and risk factors for exacerbations) and the management chapter (the Track 1 treatment steps, stepping up, stepping down, referral).', (), 'reference', 'gina2024'), Note('note', 'GINA is a strategy report. It attaches evidence levels to many statements (A: randomised trials and meta-analyses, rich data; B: limited randomised data; C: non-randomised or observational studies; D: panel consensus) and does not grade the strength of its recommendations. Every recommendation here is therefore not graded; the evidence levels are not reproduced (check the report).', (), 'guideline', ''), Note('gap', 'Products, inhalations and doses for each step are in the GINA report and are not given by the text; none are given here.', (), 'guideline', ''),),
)


_STEPS: Final[tuple[tuple[str, str, str, tuple[int, ...]], ...]] = (
    ('age_scope', 'Is the patient 12 years or over?', 'age < 12 years', (0,)),
    ('age_scope', 'Is the patient 12 years or over?', 'otherwise', (0,)),
    ('reliever_every_step', 'The reliever at every step', 'applies to everyone', ()),
    ('step_5_referral', 'Referral at Step 5', 'applies', (1,)),
    ('step_5_referral', 'Referral at Step 5', 'does not apply', (1,)),
    ('control', 'How well controlled are the symptoms (past 4 weeks)?', 'unknown', (2, 3, 4, 5)),
    ('control', 'How well controlled are the symptoms (past 4 weeks)?', 'symptom_count >= 1', (2, 3, 4, 5)),
    ('level', 'Partly controlled or uncontrolled?', 'unknown', (2, 3, 4, 5)),
    ('level', 'Partly controlled or uncontrolled?', 'symptom_count >= 3', (2, 3, 4, 5)),
    ('level', 'Partly controlled or uncontrolled?', 'otherwise', (2, 3, 4, 5)),
    ('checks', 'Are inhaler technique, adherence, diagnosis and modifiable factors satisfactory?', 'unknown', (6, 7, 8, 9)),
    ('checks', 'Are inhaler technique, adherence, diagnosis and modifiable factors satisfactory?', 'checks_satisfactory', (6, 7, 8, 9)),
    ('step_up', 'Step up one Track 1 step', 'current_step is steps_1_2', (1,)),
    ('step_up', 'Step up one Track 1 step', 'current_step is step_3', (1,)),
    ('step_up', 'Step up one Track 1 step', 'current_step is step_4', (1,)),
    ('step_up', 'Step up one Track 1 step', 'current_step is step_5', (1,)),
    ('checks', 'Are inhaler technique, adherence, diagnosis and modifiable factors satisfactory?', 'otherwise', (6, 7, 8, 9)),
    ('control', 'How well controlled are the symptoms (past 4 weeks)?', 'otherwise', (2, 3, 4, 5)),
    ('step_down_check', 'Consider stepping down?', 'current_step is steps_1_2', (1,)),
    ('step_down_check', 'Consider stepping down?', 'unknown', (1, 10, 11, 12)),
    ('step_down_check', 'Consider stepping down?', 'months_well_controlled >= 3 months and lung_function is stable and suitable_time', (1, 10, 11, 12)),
    ('step_down', 'Step down one Track 1 step', 'current_step is step_3', (1,)),
    ('step_down', 'Step down one Track 1 step', 'current_step is step_4', (1,)),
    ('step_down', 'Step down one Track 1 step', 'otherwise', (1,)),
    ('supervision', 'Risk factors for exacerbations or persistent airflow limitation?', 'any_risk_factor or airflow_limitation', (14, 15, 16, 17, 18, 19, 20, 21, 22, 13)),
    ('supervision', 'Risk factors for exacerbations or persistent airflow limitation?', 'otherwise', (14, 15, 16, 17, 18, 19, 20, 21, 22, 13)),
    ('step_down_check', 'Consider stepping down?', 'months_well_controlled >= 3 months and lung_function is not_measured and suitable_time', (1, 10, 11, 12)),
    ('step_down_check', 'Consider stepping down?', 'otherwise', (1, 10, 11, 12)),
    ('risk', 'Risk factors for exacerbations?', 'any_risk_factor', (14, 15, 16, 17, 18, 19, 20, 21, 22)),
    ('risk', 'Risk factors for exacerbations?', 'otherwise', (14, 15, 16, 17, 18, 19, 20, 21, 22)),
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
    v_months_well_controlled: Any
    v_age, v_current_step, _, _, _, _, v_inhaler_technique_correct, v_adherence_adequate, v_symptoms_due_to_asthma, v_modifiable_factors_addressed, v_months_well_controlled, v_lung_function, v_suitable_time, v_airflow_limitation, v_risk_saba, v_risk_ics, v_risk_comorbidity, v_risk_exposure, v_risk_psychosocial, v_risk_lung_function, v_risk_type2, v_risk_intubated, v_risk_severe_exacerbation, = facts
    recs: list[Recommendation] = []
    trace: list[int] = []
    u: list[str] = []
    wt: list[tuple[int, tuple[str, ...]]] = []
    # guidelines/asthma_steps.guideline:74: decision age_scope: Is the patient 12 years or over?
    # guidelines/asthma_steps.guideline:75: when age < 12 years
    if v_age < 12:
        trace.append(0)
        # guidelines/asthma_steps.guideline:76: advise not_covered
        recs.append(_R_not_covered)
    else:
        # guidelines/asthma_steps.guideline:79: otherwise
        trace.append(1)
        # guidelines/asthma_steps.guideline:80: section reliever_every_step: The reliever at every step
        trace.append(2)
        # guidelines/asthma_steps.guideline:81: advise reliever
        recs.append(_R_reliever)
        # guidelines/asthma_steps.guideline:85: section step_5_referral: Referral at Step 5, when current_step is step_5
        if v_current_step == 'step_5':
            trace.append(3)
            # guidelines/asthma_steps.guideline:86: refer phenotypic_assessment
            recs.append(_R_phenotypic_assessment)
        else:
            trace.append(4)
        # guidelines/asthma_steps.guideline:89: decision control: How well controlled are the symptoms (past 4 weeks)?
        # guidelines/asthma_steps.guideline:90: when symptom_count >= 1
        g1: bool | None
        s2 = _b_symptom_count(facts)
        g1 = _over('>=', (s2[0] - 1.0, s2[1] - 1.0,))  # guidelines/asthma_steps.guideline:90: symptom_count >= 1
        u.extend(s2[2] if g1 is None else [])
        if g1 is None:
            trace.append(5)
            wt.append((2, tuple(sorted(set(u)))))
        elif g1:
            trace.append(6)
            # guidelines/asthma_steps.guideline:91: decision level: Partly controlled or uncontrolled?
            # guidelines/asthma_steps.guideline:92: when symptom_count >= 3
            u.clear()  # only this branch's unknown facts count
            g3: bool | None
            s4 = _b_symptom_count(facts)
            g3 = _over('>=', (s4[0] - 3.0, s4[1] - 3.0,))  # guidelines/asthma_steps.guideline:92: symptom_count >= 3
            u.extend(s4[2] if g3 is None else [])
            if g3 is None:
                trace.append(7)
                wt.append((3, tuple(sorted(set(u)))))
            elif g3:
                trace.append(8)
                # guidelines/asthma_steps.guideline:93: advise uncontrolled
                # guidelines/asthma_steps.guideline:96: caution uncontrolled_risk
                recs.extend((_R_uncontrolled, _R_uncontrolled_risk))
            else:
                # guidelines/asthma_steps.guideline:99: otherwise
                trace.append(9)
                # guidelines/asthma_steps.guideline:100: advise partly_controlled
                recs.append(_R_partly_controlled)
            # guidelines/asthma_steps.guideline:106: assess step_up_checks
            recs.append(_R_step_up_checks)
            # guidelines/asthma_steps.guideline:109: decision checks: Are inhaler technique, adherence, diagnosis and modifiable factors satisfactory?
            # guidelines/asthma_steps.guideline:110: when checks_satisfactory
            u.clear()  # only this branch's unknown facts count
            g5: bool | None
            s6 = False
            g5 = True
            t7: bool | None
            if v_inhaler_technique_correct is None:
                t7 = None
                u.append('inhaler_technique_correct')
            elif v_inhaler_technique_correct is True:  # guidelines/asthma_steps.guideline:72: inhaler_technique_correct
                t7 = True
            else:
                t7 = False
            if t7 is False:
                g5 = False
            else:
                s6 = s6 or t7 is None
            if g5 is True:
                t8: bool | None
                if v_adherence_adequate is None:
                    t8 = None
                    u.append('adherence_adequate')
                elif v_adherence_adequate is True:  # guidelines/asthma_steps.guideline:72: adherence_adequate
                    t8 = True
                else:
                    t8 = False
                if t8 is False:
                    g5 = False
                else:
                    s6 = s6 or t8 is None
            if g5 is True:
                t9: bool | None
                if v_symptoms_due_to_asthma is None:
                    t9 = None
                    u.append('symptoms_due_to_asthma')
                elif v_symptoms_due_to_asthma is True:  # guidelines/asthma_steps.guideline:72: symptoms_due_to_asthma
                    t9 = True
                else:
                    t9 = False
                if t9 is False:
                    g5 = False
                else:
                    s6 = s6 or t9 is None
            if g5 is True:
                t10: bool | None
                if v_modifiable_factors_addressed is None:
                    t10 = None
                    u.append('modifiable_factors_addressed')
                elif v_modifiable_factors_addressed is True:  # guidelines/asthma_steps.guideline:72: modifiable_factors_addressed
                    t10 = True
                else:
                    t10 = False
                if t10 is False:
                    g5 = False
                else:
                    s6 = s6 or t10 is None
            if s6 and g5 is True:
                g5 = None
            if g5 is None:
                trace.append(10)
                wt.append((4, tuple(sorted(set(u)))))
            elif g5:
                trace.append(11)
                # guidelines/asthma_steps.guideline:111: decision step_up: Step up one Track 1 step
                # guidelines/asthma_steps.guideline:112: when current_step is steps_1_2
                if v_current_step == 'steps_1_2':
                    trace.append(12)
                    # guidelines/asthma_steps.guideline:113: start step_up_to_3
                    recs.append(_R_step_up_to_3)
                # guidelines/asthma_steps.guideline:116: when current_step is step_3
                elif v_current_step == 'step_3':
                    trace.append(13)
                    # guidelines/asthma_steps.guideline:117: start step_up_to_4
                    recs.append(_R_step_up_to_4)
                # guidelines/asthma_steps.guideline:120: when current_step is step_4
                elif v_current_step == 'step_4':
                    trace.append(14)
                    # guidelines/asthma_steps.guideline:121: add step_up_lama
                    # guidelines/asthma_steps.guideline:124: refer step_up_referral
                    # guidelines/asthma_steps.guideline:127: consider step_up_high_dose
                    recs.extend((_R_step_up_lama, _R_step_up_referral, _R_step_up_high_dose))
                else:
                    # guidelines/asthma_steps.guideline:130: when current_step is step_5
                    # (the build proved that everyone reaching this line meets this condition)
                    trace.append(15)
                # guidelines/asthma_steps.guideline:132: advise step_up_trial
                recs.append(_R_step_up_trial)
            else:
                # guidelines/asthma_steps.guideline:136: otherwise
                trace.append(16)
                # guidelines/asthma_steps.guideline:137: advise correct_first
                recs.append(_R_correct_first)
        else:
            # guidelines/asthma_steps.guideline:142: otherwise
            trace.append(17)
            # guidelines/asthma_steps.guideline:143: advise well_controlled
            recs.append(_R_well_controlled)
            # guidelines/asthma_steps.guideline:146: decision step_down_check: Consider stepping down?
            # guidelines/asthma_steps.guideline:148: when current_step is steps_1_2
            if v_current_step == 'steps_1_2':
                trace.append(18)
                # guidelines/asthma_steps.guideline:149: advise continue_lowest
                recs.append(_R_continue_lowest)
            else:
                # guidelines/asthma_steps.guideline:153: when months_well_controlled >= 3 months and lung_function is stable and suitable_time
                u.clear()  # only this branch's unknown facts count
                g11: bool | None
                s12 = False
                g11 = True
                t13: bool | None
                if v_months_well_controlled is None:
                    t13 = None
                    u.append('months_well_controlled')
                elif cast('float', v_months_well_controlled) >= 3.0:  # guidelines/asthma_steps.guideline:153: months_well_controlled >= 3 months
                    t13 = True
                else:
                    t13 = False
                if t13 is False:
                    g11 = False
                else:
                    s12 = s12 or t13 is None
                if g11 is True:
                    t14: bool | None
                    if v_lung_function is None:
                        t14 = None
                        u.append('lung_function')
                    elif v_lung_function == 'stable':  # guidelines/asthma_steps.guideline:153: lung_function is stable
                        t14 = True
                    else:
                        t14 = False
                    if t14 is False:
                        g11 = False
                    else:
                        s12 = s12 or t14 is None
                if g11 is True:
                    t15: bool | None
                    if v_suitable_time is None:
                        t15 = None
                        u.append('suitable_time')
                    elif v_suitable_time is True:  # guidelines/asthma_steps.guideline:153: suitable_time
                        t15 = True
                    else:
                        t15 = False
                    if t15 is False:
                        g11 = False
                    else:
                        s12 = s12 or t15 is None
                if s12 and g11 is True:
                    g11 = None
                if g11 is None:
                    trace.append(19)
                    wt.append((6, tuple(sorted(set(u)))))
                elif g11:
                    trace.append(20)
                    # guidelines/asthma_steps.guideline:155: decision step_down: Step down one Track 1 step
                    # guidelines/asthma_steps.guideline:156: when current_step is step_3
                    if v_current_step == 'step_3':
                        trace.append(21)
                        # guidelines/asthma_steps.guideline:157: consider step_down_to_1_2
                        recs.append(_R_step_down_to_1_2)
                    # guidelines/asthma_steps.guideline:160: when current_step is step_4
                    elif v_current_step == 'step_4':
                        trace.append(22)
                        # guidelines/asthma_steps.guideline:161: consider step_down_to_3
                        recs.append(_R_step_down_to_3)
                    else:
                        # guidelines/asthma_steps.guideline:164: otherwise
                        trace.append(23)
                        # guidelines/asthma_steps.guideline:165: consider step_down_to_4
                        recs.append(_R_step_down_to_4)
                    # guidelines/asthma_steps.guideline:168: advise action_plan
                    # guidelines/asthma_steps.guideline:171: advise follow_up
                    # guidelines/asthma_steps.guideline:175: caution keep_ics
                    recs.extend((_R_action_plan, _R_follow_up, _R_keep_ics))
                    # guidelines/asthma_steps.guideline:178: decision supervision: Risk factors for exacerbations or persistent airflow limitation?
                    # guidelines/asthma_steps.guideline:179: when any_risk_factor or airflow_limitation
                    if (v_risk_saba or v_risk_ics or v_risk_comorbidity or v_risk_exposure or v_risk_psychosocial or v_risk_lung_function or v_risk_type2 or v_risk_intubated or v_risk_severe_exacerbation) or v_airflow_limitation:
                        trace.append(24)
                        # guidelines/asthma_steps.guideline:180: caution close_supervision
                        recs.append(_R_close_supervision)
                    else:
                        # guidelines/asthma_steps.guideline:184: otherwise
                        trace.append(25)
                else:
                    # guidelines/asthma_steps.guideline:185: when months_well_controlled >= 3 months and lung_function is not_measured and suitable_time
                    u.clear()  # only this branch's unknown facts count
                    g16: bool | None
                    s17 = False
                    g16 = True
                    t18: bool | None
                    if v_months_well_controlled is None:
                        t18 = None
                        u.append('months_well_controlled')
                    elif cast('float', v_months_well_controlled) >= 3.0:  # guidelines/asthma_steps.guideline:185: months_well_controlled >= 3 months
                        t18 = True
                    else:
                        t18 = False
                    if t18 is False:
                        g16 = False
                    else:
                        s17 = s17 or t18 is None
                    if g16 is True:
                        t19: bool | None
                        if v_lung_function is None:
                            t19 = None
                            u.append('lung_function')
                        elif v_lung_function == 'not_measured':  # guidelines/asthma_steps.guideline:185: lung_function is not_measured
                            t19 = True
                        else:
                            t19 = False
                        if t19 is False:
                            g16 = False
                        else:
                            s17 = s17 or t19 is None
                    if g16 is True:
                        t20: bool | None
                        if v_suitable_time is None:
                            t20 = None
                            u.append('suitable_time')
                        elif v_suitable_time is True:  # guidelines/asthma_steps.guideline:185: suitable_time
                            t20 = True
                        else:
                            t20 = False
                        if t20 is False:
                            g16 = False
                        else:
                            s17 = s17 or t20 is None
                    if s17 and g16 is True:
                        g16 = None
                    if g16 is None:
                        trace.append(19)
                        wt.append((6, tuple(sorted(set(u)))))
                    elif g16:
                        trace.append(26)
                        # guidelines/asthma_steps.guideline:186: caution lung_function_unmeasured
                        recs.append(_R_lung_function_unmeasured)
                    else:
                        # guidelines/asthma_steps.guideline:190: otherwise
                        trace.append(27)
                        # guidelines/asthma_steps.guideline:191: advise continue_treatment
                        recs.append(_R_continue_treatment)
        # guidelines/asthma_steps.guideline:197: decision risk: Risk factors for exacerbations?
        # guidelines/asthma_steps.guideline:198: when any_risk_factor
        if v_risk_saba or v_risk_ics or v_risk_comorbidity or v_risk_exposure or v_risk_psychosocial or v_risk_lung_function or v_risk_type2 or v_risk_intubated or v_risk_severe_exacerbation:
            trace.append(28)
            # guidelines/asthma_steps.guideline:199: caution exacerbation_risk
            recs.append(_R_exacerbation_risk)
        else:
            # guidelines/asthma_steps.guideline:202: otherwise
            trace.append(29)
    return _new(Result, (GUIDELINE_ID, VERSION, SOURCE_HASH, not wt, _needs(wt) if wt else (), tuple(recs), Path(trace, facts), _scores(facts), _waiting(wt) if wt else ()))


Decided = tuple[tuple[str, ...], dict[str, tuple[float, float]], tuple[str, ...]]


def decide(patient: Mapping[str, object]) -> Decided:
    """Ids in order, {id: (low, high) dose} and needs, as `evaluate` says."""
    try:
        facts = _plain(patient) or _validate(patient)
    except _Unread as missing:
        missing.check()
        return decide(missing.filled)
    v_months_well_controlled: Any
    v_age, v_current_step, _, _, _, _, v_inhaler_technique_correct, v_adherence_adequate, v_symptoms_due_to_asthma, v_modifiable_factors_addressed, v_months_well_controlled, v_lung_function, v_suitable_time, v_airflow_limitation, v_risk_saba, v_risk_ics, v_risk_comorbidity, v_risk_exposure, v_risk_psychosocial, v_risk_lung_function, v_risk_type2, v_risk_intubated, v_risk_severe_exacerbation, = facts
    ids: list[str] = []
    doses: dict[str, tuple[float, float]] = {}
    u: list[str] = []
    wt: list[tuple[int, tuple[str, ...]]] = []
    # guidelines/asthma_steps.guideline:74: decision age_scope: Is the patient 12 years or over?
    # guidelines/asthma_steps.guideline:75: when age < 12 years
    if v_age < 12:
        # guidelines/asthma_steps.guideline:76: advise not_covered
        ids.append('not_covered')
    else:
        # guidelines/asthma_steps.guideline:79: otherwise
        # guidelines/asthma_steps.guideline:80: section reliever_every_step: The reliever at every step
        # guidelines/asthma_steps.guideline:81: advise reliever
        ids.append('reliever')
        # guidelines/asthma_steps.guideline:85: section step_5_referral: Referral at Step 5, when current_step is step_5
        if v_current_step == 'step_5':
            # guidelines/asthma_steps.guideline:86: refer phenotypic_assessment
            ids.append('phenotypic_assessment')
        # guidelines/asthma_steps.guideline:89: decision control: How well controlled are the symptoms (past 4 weeks)?
        # guidelines/asthma_steps.guideline:90: when symptom_count >= 1
        g1: bool | None
        s2 = _b_symptom_count(facts)
        g1 = _over('>=', (s2[0] - 1.0, s2[1] - 1.0,))  # guidelines/asthma_steps.guideline:90: symptom_count >= 1
        u.extend(s2[2] if g1 is None else [])
        if g1 is None:
            wt.append((2, tuple(sorted(set(u)))))
        elif g1:
            # guidelines/asthma_steps.guideline:91: decision level: Partly controlled or uncontrolled?
            # guidelines/asthma_steps.guideline:92: when symptom_count >= 3
            u.clear()  # only this branch's unknown facts count
            g3: bool | None
            s4 = _b_symptom_count(facts)
            g3 = _over('>=', (s4[0] - 3.0, s4[1] - 3.0,))  # guidelines/asthma_steps.guideline:92: symptom_count >= 3
            u.extend(s4[2] if g3 is None else [])
            if g3 is None:
                wt.append((3, tuple(sorted(set(u)))))
            elif g3:
                # guidelines/asthma_steps.guideline:93: advise uncontrolled
                # guidelines/asthma_steps.guideline:96: caution uncontrolled_risk
                ids.extend(('uncontrolled', 'uncontrolled_risk'))
            else:
                # guidelines/asthma_steps.guideline:99: otherwise
                # guidelines/asthma_steps.guideline:100: advise partly_controlled
                ids.append('partly_controlled')
            # guidelines/asthma_steps.guideline:106: assess step_up_checks
            ids.append('step_up_checks')
            # guidelines/asthma_steps.guideline:109: decision checks: Are inhaler technique, adherence, diagnosis and modifiable factors satisfactory?
            # guidelines/asthma_steps.guideline:110: when checks_satisfactory
            u.clear()  # only this branch's unknown facts count
            g5: bool | None
            s6 = False
            g5 = True
            t7: bool | None
            if v_inhaler_technique_correct is None:
                t7 = None
                u.append('inhaler_technique_correct')
            elif v_inhaler_technique_correct is True:  # guidelines/asthma_steps.guideline:72: inhaler_technique_correct
                t7 = True
            else:
                t7 = False
            if t7 is False:
                g5 = False
            else:
                s6 = s6 or t7 is None
            if g5 is True:
                t8: bool | None
                if v_adherence_adequate is None:
                    t8 = None
                    u.append('adherence_adequate')
                elif v_adherence_adequate is True:  # guidelines/asthma_steps.guideline:72: adherence_adequate
                    t8 = True
                else:
                    t8 = False
                if t8 is False:
                    g5 = False
                else:
                    s6 = s6 or t8 is None
            if g5 is True:
                t9: bool | None
                if v_symptoms_due_to_asthma is None:
                    t9 = None
                    u.append('symptoms_due_to_asthma')
                elif v_symptoms_due_to_asthma is True:  # guidelines/asthma_steps.guideline:72: symptoms_due_to_asthma
                    t9 = True
                else:
                    t9 = False
                if t9 is False:
                    g5 = False
                else:
                    s6 = s6 or t9 is None
            if g5 is True:
                t10: bool | None
                if v_modifiable_factors_addressed is None:
                    t10 = None
                    u.append('modifiable_factors_addressed')
                elif v_modifiable_factors_addressed is True:  # guidelines/asthma_steps.guideline:72: modifiable_factors_addressed
                    t10 = True
                else:
                    t10 = False
                if t10 is False:
                    g5 = False
                else:
                    s6 = s6 or t10 is None
            if s6 and g5 is True:
                g5 = None
            if g5 is None:
                wt.append((4, tuple(sorted(set(u)))))
            elif g5:
                # guidelines/asthma_steps.guideline:111: decision step_up: Step up one Track 1 step
                # guidelines/asthma_steps.guideline:112: when current_step is steps_1_2
                if v_current_step == 'steps_1_2':
                    # guidelines/asthma_steps.guideline:113: start step_up_to_3
                    ids.append('step_up_to_3')
                # guidelines/asthma_steps.guideline:116: when current_step is step_3
                elif v_current_step == 'step_3':
                    # guidelines/asthma_steps.guideline:117: start step_up_to_4
                    ids.append('step_up_to_4')
                # guidelines/asthma_steps.guideline:120: when current_step is step_4
                elif v_current_step == 'step_4':
                    # guidelines/asthma_steps.guideline:121: add step_up_lama
                    # guidelines/asthma_steps.guideline:124: refer step_up_referral
                    # guidelines/asthma_steps.guideline:127: consider step_up_high_dose
                    ids.extend(('step_up_lama', 'step_up_referral', 'step_up_high_dose'))
                # guidelines/asthma_steps.guideline:132: advise step_up_trial
                ids.append('step_up_trial')
            else:
                # guidelines/asthma_steps.guideline:136: otherwise
                # guidelines/asthma_steps.guideline:137: advise correct_first
                ids.append('correct_first')
        else:
            # guidelines/asthma_steps.guideline:142: otherwise
            # guidelines/asthma_steps.guideline:143: advise well_controlled
            ids.append('well_controlled')
            # guidelines/asthma_steps.guideline:146: decision step_down_check: Consider stepping down?
            # guidelines/asthma_steps.guideline:148: when current_step is steps_1_2
            if v_current_step == 'steps_1_2':
                # guidelines/asthma_steps.guideline:149: advise continue_lowest
                ids.append('continue_lowest')
            else:
                # guidelines/asthma_steps.guideline:153: when months_well_controlled >= 3 months and lung_function is stable and suitable_time
                u.clear()  # only this branch's unknown facts count
                g11: bool | None
                s12 = False
                g11 = True
                t13: bool | None
                if v_months_well_controlled is None:
                    t13 = None
                    u.append('months_well_controlled')
                elif cast('float', v_months_well_controlled) >= 3.0:  # guidelines/asthma_steps.guideline:153: months_well_controlled >= 3 months
                    t13 = True
                else:
                    t13 = False
                if t13 is False:
                    g11 = False
                else:
                    s12 = s12 or t13 is None
                if g11 is True:
                    t14: bool | None
                    if v_lung_function is None:
                        t14 = None
                        u.append('lung_function')
                    elif v_lung_function == 'stable':  # guidelines/asthma_steps.guideline:153: lung_function is stable
                        t14 = True
                    else:
                        t14 = False
                    if t14 is False:
                        g11 = False
                    else:
                        s12 = s12 or t14 is None
                if g11 is True:
                    t15: bool | None
                    if v_suitable_time is None:
                        t15 = None
                        u.append('suitable_time')
                    elif v_suitable_time is True:  # guidelines/asthma_steps.guideline:153: suitable_time
                        t15 = True
                    else:
                        t15 = False
                    if t15 is False:
                        g11 = False
                    else:
                        s12 = s12 or t15 is None
                if s12 and g11 is True:
                    g11 = None
                if g11 is None:
                    wt.append((6, tuple(sorted(set(u)))))
                elif g11:
                    # guidelines/asthma_steps.guideline:155: decision step_down: Step down one Track 1 step
                    # guidelines/asthma_steps.guideline:156: when current_step is step_3
                    if v_current_step == 'step_3':
                        # guidelines/asthma_steps.guideline:157: consider step_down_to_1_2
                        ids.append('step_down_to_1_2')
                    # guidelines/asthma_steps.guideline:160: when current_step is step_4
                    elif v_current_step == 'step_4':
                        # guidelines/asthma_steps.guideline:161: consider step_down_to_3
                        ids.append('step_down_to_3')
                    else:
                        # guidelines/asthma_steps.guideline:164: otherwise
                        # guidelines/asthma_steps.guideline:165: consider step_down_to_4
                        ids.append('step_down_to_4')
                    # guidelines/asthma_steps.guideline:168: advise action_plan
                    # guidelines/asthma_steps.guideline:171: advise follow_up
                    # guidelines/asthma_steps.guideline:175: caution keep_ics
                    ids.extend(('action_plan', 'follow_up', 'keep_ics'))
                    # guidelines/asthma_steps.guideline:178: decision supervision: Risk factors for exacerbations or persistent airflow limitation?
                    # guidelines/asthma_steps.guideline:179: when any_risk_factor or airflow_limitation
                    if (v_risk_saba or v_risk_ics or v_risk_comorbidity or v_risk_exposure or v_risk_psychosocial or v_risk_lung_function or v_risk_type2 or v_risk_intubated or v_risk_severe_exacerbation) or v_airflow_limitation:
                        # guidelines/asthma_steps.guideline:180: caution close_supervision
                        ids.append('close_supervision')
                else:
                    # guidelines/asthma_steps.guideline:185: when months_well_controlled >= 3 months and lung_function is not_measured and suitable_time
                    u.clear()  # only this branch's unknown facts count
                    g16: bool | None
                    s17 = False
                    g16 = True
                    t18: bool | None
                    if v_months_well_controlled is None:
                        t18 = None
                        u.append('months_well_controlled')
                    elif cast('float', v_months_well_controlled) >= 3.0:  # guidelines/asthma_steps.guideline:185: months_well_controlled >= 3 months
                        t18 = True
                    else:
                        t18 = False
                    if t18 is False:
                        g16 = False
                    else:
                        s17 = s17 or t18 is None
                    if g16 is True:
                        t19: bool | None
                        if v_lung_function is None:
                            t19 = None
                            u.append('lung_function')
                        elif v_lung_function == 'not_measured':  # guidelines/asthma_steps.guideline:185: lung_function is not_measured
                            t19 = True
                        else:
                            t19 = False
                        if t19 is False:
                            g16 = False
                        else:
                            s17 = s17 or t19 is None
                    if g16 is True:
                        t20: bool | None
                        if v_suitable_time is None:
                            t20 = None
                            u.append('suitable_time')
                        elif v_suitable_time is True:  # guidelines/asthma_steps.guideline:185: suitable_time
                            t20 = True
                        else:
                            t20 = False
                        if t20 is False:
                            g16 = False
                        else:
                            s17 = s17 or t20 is None
                    if s17 and g16 is True:
                        g16 = None
                    if g16 is None:
                        wt.append((6, tuple(sorted(set(u)))))
                    elif g16:
                        # guidelines/asthma_steps.guideline:186: caution lung_function_unmeasured
                        ids.append('lung_function_unmeasured')
                    else:
                        # guidelines/asthma_steps.guideline:190: otherwise
                        # guidelines/asthma_steps.guideline:191: advise continue_treatment
                        ids.append('continue_treatment')
        # guidelines/asthma_steps.guideline:197: decision risk: Risk factors for exacerbations?
        # guidelines/asthma_steps.guideline:198: when any_risk_factor
        if v_risk_saba or v_risk_ics or v_risk_comorbidity or v_risk_exposure or v_risk_psychosocial or v_risk_lung_function or v_risk_type2 or v_risk_intubated or v_risk_severe_exacerbation:
            # guidelines/asthma_steps.guideline:199: caution exacerbation_risk
            ids.append('exacerbation_risk')
    return tuple(ids), doses, _needs(wt) if wt else ()
