"""Suspected deep vein thrombosis: two-level Wells score, D-dimer and ultrasound

Decision tree generated from guidelines/wells_dvt.guideline by `guideline build`.
Do not edit: change the guideline source and rebuild.

Guideline wells_dvt, version 0.1.0, source SHA-256 02b906677e049801a012099f357eecb4ebd37a2bdfd2a63cc0bb8b0978e2a4e6.
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

GUIDELINE_ID: Final = 'wells_dvt'
TITLE: Final = 'Suspected deep vein thrombosis: two-level Wells score, D-dimer and ultrasound'
VERSION: Final = '0.1.0'
SOURCE_HASH: Final = '02b906677e049801a012099f357eecb4ebd37a2bdfd2a63cc0bb8b0978e2a4e6'
STATUS: Final = 'draft'
INPUTS: Final = ('active_cancer', 'paralysis', 'bedridden', 'tenderness', 'leg_swollen', 'calf_swelling', 'pitting_oedema', 'collateral_veins', 'previous_dvt', 'alternative_diagnosis', 'scan_result_within_4h', 'd_dimer_result_within_4h', 'd_dimer', 'scan', 'repeat_scan', 'age')

_Facts = tuple[bool, bool, bool, bool, bool, bool, bool, bool, bool, bool | None, bool, bool, str | None, str | None, str | None, int]  # the facts, in INPUTS order


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
                "facts": dict(self.facts)}


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
    ('active_cancer', _yesno, (('active_cancer', 'is required but missing'),)),
    ('paralysis', _yesno, (('paralysis', 'is required but missing'),)),
    ('bedridden', _yesno, (('bedridden', 'is required but missing'),)),
    ('tenderness', _yesno, (('tenderness', 'is required but missing'),)),
    ('leg_swollen', _yesno, (('leg_swollen', 'is required but missing'),)),
    ('calf_swelling', _yesno, (('calf_swelling', 'is required but missing'),)),
    ('pitting_oedema', _yesno, (('pitting_oedema', 'is required but missing'),)),
    ('collateral_veins', _yesno, (('collateral_veins', 'is required but missing'),)),
    ('previous_dvt', _yesno, (('previous_dvt', 'is required but missing'),)),
    ('alternative_diagnosis', _yesno, ()),
    ('scan_result_within_4h', _yesno, ()),
    ('d_dimer_result_within_4h', _yesno, ()),
    ('d_dimer', lambda raw: _choice(raw, ('positive', 'negative')), ()),
    ('scan', lambda raw: _choice(raw, ('positive', 'negative')), ()),
    ('repeat_scan', lambda raw: _choice(raw, ('positive', 'negative')), ()),
    ('age', lambda raw: _count(raw, low=18.0, high=110.0, unit_text='year', factors={'d': (4, 1461), 'day': (4, 1461), 'days': (4, 1461), 'h': (1, 8766), 'hour': (1, 8766), 'hours': (1, 8766), 'min': (1, 525960), 'minute': (1, 525960), 'minutes': (1, 525960), 'month': (1, 12), 'months': (1, 12), 'week': (28, 1461), 'weeks': (28, 1461), 'wk': (28, 1461), 'year': (1, 1), 'years': (1, 1), 'yr': (1, 1)}), (('age', 'is required but missing'),)),
)


_INPUT_SET: Final = frozenset(INPUTS)


def _plain(patient: Mapping[str, object]) -> _Facts | None:
    """The facts when every one is plainly valid; None sends the caller to _validate."""
    if type(patient) is not dict or not _INPUT_SET.issuperset(patient):
        return None
    try:
        v_active_cancer = patient['active_cancer']
        v_paralysis = patient['paralysis']
        v_bedridden = patient['bedridden']
        v_tenderness = patient['tenderness']
        v_leg_swollen = patient['leg_swollen']
        v_calf_swelling = patient['calf_swelling']
        v_pitting_oedema = patient['pitting_oedema']
        v_collateral_veins = patient['collateral_veins']
        v_previous_dvt = patient['previous_dvt']
        v_alternative_diagnosis = patient.get('alternative_diagnosis')
        v_scan_result_within_4h = patient['scan_result_within_4h']
        v_d_dimer_result_within_4h = patient['d_dimer_result_within_4h']
        v_d_dimer = patient.get('d_dimer')
        v_scan = patient.get('scan')
        v_repeat_scan = patient.get('repeat_scan')
        v_age = patient['age']
    except KeyError:
        return None
    if not (
        type(v_active_cancer) is bool
        and type(v_paralysis) is bool
        and type(v_bedridden) is bool
        and type(v_tenderness) is bool
        and type(v_leg_swollen) is bool
        and type(v_calf_swelling) is bool
        and type(v_pitting_oedema) is bool
        and type(v_collateral_veins) is bool
        and type(v_previous_dvt) is bool
        and (v_alternative_diagnosis is None or (type(v_alternative_diagnosis) is bool))
        and type(v_scan_result_within_4h) is bool
        and type(v_d_dimer_result_within_4h) is bool
        and (v_d_dimer is None or (type(v_d_dimer) is str and v_d_dimer in ('positive', 'negative')))
        and (v_scan is None or (type(v_scan) is str and v_scan in ('positive', 'negative')))
        and (v_repeat_scan is None or (type(v_repeat_scan) is str and v_repeat_scan in ('positive', 'negative')))
        and type(v_age) is int and 18 <= v_age <= 110
    ):
        return None
    return (v_active_cancer, v_paralysis, v_bedridden, v_tenderness, v_leg_swollen, v_calf_swelling, v_pitting_oedema, v_collateral_veins, v_previous_dvt, v_alternative_diagnosis, v_scan_result_within_4h, v_d_dimer_result_within_4h, v_d_dimer, v_scan, v_repeat_scan, v_age,)


_WAITS: Final[tuple[tuple[str, str], ...]] = (
    ('age_adjusted', 'Is the person aged over 50?'),
    ('probability', 'Is DVT likely or unlikely (two-level Wells score)?'),
    ('likely_scan_time', 'DVT likely: can the scan result be obtained within 4 hours?'),
    ('likely_scan_result', 'DVT likely: what does the proximal scan show?'),
    ('likely_d_dimer_result', 'DVT likely, scan negative: what does the D-dimer show?'),
    ('repeat_scan_result', 'What does the repeat scan show?'),
    ('unlikely_d_dimer_time', 'DVT unlikely: can the D-dimer result be obtained within 4 hours?'),
    ('unlikely_d_dimer_result', 'DVT unlikely: what does the D-dimer show?'),
    ('unlikely_scan_time', 'DVT unlikely, D-dimer positive: can the scan result be obtained within 4 hours?'),
    ('unlikely_scan_result', 'DVT unlikely, D-dimer positive: what does the proximal scan show?'),
)
_QUESTIONS: Final[dict[str, str]] = {
    'active_cancer': 'Active cancer (treatment ongoing, within the previous 6 months, or palliative)',
    'paralysis': 'Paralysis, paresis or recent plaster immobilisation of the legs',
    'bedridden': 'Recently bedridden for 3 days or more, or major surgery within the previous 12 weeks that needed general or regional anaesthesia',
    'tenderness': 'Localised tenderness along the distribution of the deep venous system',
    'leg_swollen': 'Entire leg swollen',
    'calf_swelling': 'Calf swelling at least 3 cm larger than on the asymptomatic side (Wells 2003: measured 10 cm below the tibial tuberosity)',
    'pitting_oedema': 'Pitting oedema confined to the symptomatic leg',
    'collateral_veins': 'Collateral superficial veins (non-varicose)',
    'previous_dvt': 'Previously documented DVT',
    'alternative_diagnosis': 'An alternative diagnosis is at least as likely as DVT (clinical judgement)',
    'scan_result_within_4h': 'Can a proximal leg vein ultrasound result be obtained within 4 hours of the request?',
    'd_dimer_result_within_4h': 'Can a D-dimer result be obtained within 4 hours of the request?',
    'd_dimer': 'D-dimer result, judged by the threshold of the assay used',
    'scan': 'Proximal leg vein ultrasound scan result',
    'repeat_scan': 'Repeat proximal leg vein ultrasound scan, 6 to 8 days later',
    'age': 'Age',
}


_FILL: Final[dict[str, object]] = {
    'scan_result_within_4h': False,
    'd_dimer_result_within_4h': False,
}
_REC_READS: Final[dict[str, tuple[str, ...]]] = {
}


_P_wells: Final = (1, 1, 1, 1, 1, 1, 1, 1, 1, -2)


_L_wells: Final = ('Active cancer', 'Paralysis, paresis or recent plaster immobilisation of the legs', 'Recently bedridden 3 days or more, or major surgery within 12 weeks', 'Localised tenderness along the deep venous system', 'Entire leg swollen', 'Calf swelling at least 3 cm larger than the asymptomatic side', 'Pitting oedema confined to the symptomatic leg', 'Collateral superficial veins (non-varicose)', 'Previously documented DVT', 'Alternative diagnosis at least as likely as DVT')


def _t_wells(facts: _Facts) -> tuple[tuple[bool | None, ...], list[str]]:
    """Score wells: each criterion yes, no or unknown (None), and the facts the unknown ones need."""
    v_active_cancer, v_paralysis, v_bedridden, v_tenderness, v_leg_swollen, v_calf_swelling, v_pitting_oedema, v_collateral_veins, v_previous_dvt, v_alternative_diagnosis, _, _, _, _, _, _, = facts
    u: list[str] = []
    # guidelines/wells_dvt.guideline:52: points 1 when active_cancer
    c1 = v_active_cancer
    # guidelines/wells_dvt.guideline:53: points 1 when paralysis
    c2 = v_paralysis
    # guidelines/wells_dvt.guideline:54: points 1 when bedridden
    c3 = v_bedridden
    # guidelines/wells_dvt.guideline:55: points 1 when tenderness
    c4 = v_tenderness
    # guidelines/wells_dvt.guideline:56: points 1 when leg_swollen
    c5 = v_leg_swollen
    # guidelines/wells_dvt.guideline:57: points 1 when calf_swelling
    c6 = v_calf_swelling
    # guidelines/wells_dvt.guideline:58: points 1 when pitting_oedema
    c7 = v_pitting_oedema
    # guidelines/wells_dvt.guideline:59: points 1 when collateral_veins
    c8 = v_collateral_veins
    # guidelines/wells_dvt.guideline:60: points 1 when previous_dvt
    c9 = v_previous_dvt
    # guidelines/wells_dvt.guideline:61: points -2 when alternative_diagnosis
    c10 = v_alternative_diagnosis
    u.extend(('alternative_diagnosis',) if c10 is None else ())
    return (c1, c2, c3, c4, c5, c6, c7, c8, c9, c10,), u


def _b_wells(facts: _Facts) -> tuple[int, int, list[str]]:
    """Score wells: its low and high value, and the unknown facts that leave it open."""
    truths, u = _t_wells(facts)
    return (*_bounds(_P_wells, truths), u)


def _scores(facts: _Facts) -> tuple[Score, ...]:
    """Every score for these facts, as the result shows them."""
    return (
        _score('wells', 'Two-level Wells score for DVT', _P_wells, _L_wells, _t_wells(facts)[0], scale=1),
    )


_R_use_wells: Final = Recommendation(
    'use_wells',
    'assess',
    'When DVT is suspected, use the two-level DVT Wells score to estimate the clinical probability of DVT',
    'recommend',
    ('nice_ng158', 'wells2003'),
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
    (Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'The modified score: items, points, the two levels.', (), 'reference', 'wells2003'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_point_of_care: Final = Recommendation(
    'point_of_care',
    'consider',
    'Consider a point-of-care D-dimer test if laboratory facilities are not immediately available',
    'consider',
    ('nice_ng158',),
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
    (Note('note', 'For every D-dimer test of the pathway below.', (), 'section', 'd_dimer_testing'), Note('gap', 'The text gives no input for whether laboratory facilities are immediately available or a point-of-care test is used; both conditions are left in the wording.', (), 'section', 'd_dimer_testing'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_quantitative: Final = Recommendation(
    'quantitative',
    'advise',
    'If a point-of-care D-dimer test is used, choose a fully quantitative test',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'For every D-dimer test of the pathway below.', (), 'section', 'd_dimer_testing'), Note('gap', 'The text gives no input for whether laboratory facilities are immediately available or a point-of-care test is used; both conditions are left in the wording.', (), 'section', 'd_dimer_testing'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_age_adjusted_threshold: Final = Recommendation(
    'age_adjusted_threshold',
    'consider',
    'With a laboratory D-dimer test, consider an age-adjusted D-dimer threshold for people aged over 50',
    'consider',
    ('nice_ng158',),
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
    (Note('gap', 'Neither the text nor the NICE recommendation gives the age-adjusted formula; none is applied.', (), 'recommendation', ''), Note('note', 'For every D-dimer test of the pathway below.', (), 'section', 'd_dimer_testing'), Note('gap', 'The text gives no input for whether laboratory facilities are immediately available or a point-of-care test is used; both conditions are left in the wording.', (), 'section', 'd_dimer_testing'), Note('note', 'Used only by the age-adjusted D-dimer option.', (), 'input', 'age'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_likely: Final = Recommendation(
    'likely',
    'advise',
    'DVT likely: two-level Wells score 2 or more',
    'not_graded',
    ('wells2003',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('note', 'The modified score: items, points, the two levels.', (), 'reference', 'wells2003'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_likely_scan_4h: Final = Recommendation(
    'likely_scan_4h',
    'assess',
    'Offer a proximal leg vein ultrasound scan, with the result available within 4 hours',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', '"Cannot be obtained within 4 hours" is a local, forward-looking judgement; the text gives no way to compute it, so it is asked.', (), 'input', 'scan_result_within_4h'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_likely_interim: Final = Recommendation(
    'likely_interim',
    'start',
    'Offer interim therapeutic anticoagulation, choosing an anticoagulant that can be continued if DVT is confirmed',
    'recommend',
    ('nice_ng158',),
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
    (Note('gap', 'Which anticoagulant and what dose are outside the text.', (), 'recommendation', ''), Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The scan result cannot be obtained within 4 hours: all three are offered.', (), 'branch', ''), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', '"Cannot be obtained within 4 hours" is a local, forward-looking judgement; the text gives no way to compute it, so it is asked.', (), 'input', 'scan_result_within_4h'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_likely_d_dimer: Final = Recommendation(
    'likely_d_dimer',
    'assess',
    'Offer a D-dimer test',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The scan result cannot be obtained within 4 hours: all three are offered.', (), 'branch', ''), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', '"Cannot be obtained within 4 hours" is a local, forward-looking judgement; the text gives no way to compute it, so it is asked.', (), 'input', 'scan_result_within_4h'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_likely_scan_24h: Final = Recommendation(
    'likely_scan_24h',
    'assess',
    'Offer a proximal leg vein ultrasound scan with the result available within 24 hours',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The scan result cannot be obtained within 4 hours: all three are offered.', (), 'branch', ''), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', '"Cannot be obtained within 4 hours" is a local, forward-looking judgement; the text gives no way to compute it, so it is asked.', (), 'input', 'scan_result_within_4h'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_likely_diagnose: Final = Recommendation(
    'likely_diagnose',
    'start',
    'Diagnose DVT and start or continue treatment',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', (), 'input', 'scan'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_scan_dd_stop_interim: Final = Recommendation(
    'scan_dd_stop_interim',
    'stop',
    'Stop any interim therapeutic anticoagulation',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', (), 'input', 'scan'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_scan_dd_other_diagnoses: Final = Recommendation(
    'scan_dd_other_diagnoses',
    'assess',
    'Consider other diagnoses',
    'consider',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', (), 'input', 'scan'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_scan_dd_tell: Final = Recommendation(
    'scan_dd_tell',
    'advise',
    'Tell the person that DVT is not likely',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', (), 'input', 'scan'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_scan_dd_safety_net: Final = Recommendation(
    'scan_dd_safety_net',
    'advise',
    'Discuss the signs and symptoms of DVT, and when and where to seek further medical help',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', (), 'input', 'scan'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_stop_interim_for_repeat: Final = Recommendation(
    'stop_interim_for_repeat',
    'stop',
    'Stop interim therapeutic anticoagulation',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', (), 'input', 'scan'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_repeat_scan_offer: Final = Recommendation(
    'repeat_scan_offer',
    'assess',
    'Offer a repeat proximal leg vein ultrasound scan 6 to 8 days later',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', (), 'input', 'scan'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_repeat_diagnose: Final = Recommendation(
    'repeat_diagnose',
    'start',
    'Diagnose DVT and start treatment',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', (), 'input', 'scan'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_repeat_stop_interim: Final = Recommendation(
    'repeat_stop_interim',
    'stop',
    'Stop any interim therapeutic anticoagulation',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', (), 'input', 'scan'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_repeat_other_diagnoses: Final = Recommendation(
    'repeat_other_diagnoses',
    'assess',
    'Consider other diagnoses',
    'consider',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', (), 'input', 'scan'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_repeat_tell: Final = Recommendation(
    'repeat_tell',
    'advise',
    'Tell the person that DVT is not likely',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', (), 'input', 'scan'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_repeat_safety_net: Final = Recommendation(
    'repeat_safety_net',
    'advise',
    'Discuss the signs and symptoms of DVT, and when and where to seek further medical help',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', (), 'input', 'scan'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_likely_d_dimer_after_scan: Final = Recommendation(
    'likely_d_dimer_after_scan',
    'assess',
    'Offer a D-dimer test if one has not been done',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', (), 'input', 'scan'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_unlikely: Final = Recommendation(
    'unlikely',
    'advise',
    'DVT unlikely: two-level Wells score 1 or less',
    'not_graded',
    ('wells2003',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('note', 'The modified score: items, points, the two levels.', (), 'reference', 'wells2003'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_unlikely_d_dimer: Final = Recommendation(
    'unlikely_d_dimer',
    'assess',
    'Offer a D-dimer test with the result available within 4 hours',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_unlikely_interim: Final = Recommendation(
    'unlikely_interim',
    'start',
    'Offer interim therapeutic anticoagulation while waiting for the D-dimer result, choosing an anticoagulant that can be continued if DVT is confirmed',
    'recommend',
    ('nice_ng158',),
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
    (Note('gap', 'Which anticoagulant and what dose are outside the text.', (), 'recommendation', ''), Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'As for the scan, a local judgement the text gives no way to compute; it is asked.', (), 'input', 'd_dimer_result_within_4h'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_dd_stop_interim: Final = Recommendation(
    'dd_stop_interim',
    'stop',
    'Stop any interim therapeutic anticoagulation',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_dd_other_diagnoses: Final = Recommendation(
    'dd_other_diagnoses',
    'assess',
    'Consider other diagnoses',
    'consider',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_dd_tell: Final = Recommendation(
    'dd_tell',
    'advise',
    'Tell the person that DVT is not likely',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_dd_safety_net: Final = Recommendation(
    'dd_safety_net',
    'advise',
    'Discuss the signs and symptoms of DVT, and when and where to seek further medical help',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_unlikely_scan_4h: Final = Recommendation(
    'unlikely_scan_4h',
    'assess',
    'Offer a proximal leg vein ultrasound scan with the result available within 4 hours',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('gap', '"Cannot be obtained within 4 hours" is a local, forward-looking judgement; the text gives no way to compute it, so it is asked.', (), 'input', 'scan_result_within_4h'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_unlikely_scan_interim: Final = Recommendation(
    'unlikely_scan_interim',
    'start',
    'Offer interim therapeutic anticoagulation, choosing an anticoagulant that can be continued if DVT is confirmed',
    'recommend',
    ('nice_ng158',),
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
    (Note('gap', 'Which anticoagulant and what dose are outside the text.', (), 'recommendation', ''), Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('gap', '"Cannot be obtained within 4 hours" is a local, forward-looking judgement; the text gives no way to compute it, so it is asked.', (), 'input', 'scan_result_within_4h'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_unlikely_scan_24h: Final = Recommendation(
    'unlikely_scan_24h',
    'assess',
    'Offer a proximal leg vein ultrasound scan with the result available within 24 hours',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('gap', '"Cannot be obtained within 4 hours" is a local, forward-looking judgement; the text gives no way to compute it, so it is asked.', (), 'input', 'scan_result_within_4h'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_unlikely_diagnose: Final = Recommendation(
    'unlikely_diagnose',
    'start',
    'Diagnose DVT and start or continue treatment',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('gap', 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', (), 'input', 'scan'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_dd_scan_stop_interim: Final = Recommendation(
    'dd_scan_stop_interim',
    'stop',
    'Stop any interim therapeutic anticoagulation',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('gap', 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', (), 'input', 'scan'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_dd_scan_other_diagnoses: Final = Recommendation(
    'dd_scan_other_diagnoses',
    'assess',
    'Consider other diagnoses',
    'consider',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('gap', 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', (), 'input', 'scan'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_dd_scan_tell: Final = Recommendation(
    'dd_scan_tell',
    'advise',
    'Tell the person that DVT is not likely',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('gap', 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', (), 'input', 'scan'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_R_dd_scan_safety_net: Final = Recommendation(
    'dd_scan_safety_net',
    'advise',
    'Discuss the signs and symptoms of DVT, and when and where to seek further medical help',
    'recommend',
    ('nice_ng158',),
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
    (Note('note', 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', (), 'decision', 'probability'), Note('note', 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', (), 'decision', 'probability'), Note('note', 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', (), 'score', 'wells'), Note('note', 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', (), 'score', 'wells'), Note('gap', "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", (), 'input', 'alternative_diagnosis'), Note('gap', 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', (), 'input', 'd_dimer'), Note('gap', 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', (), 'input', 'scan'), Note('note', 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', (), 'reference', 'nice_ng158'), Note('note', 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', (), 'guideline', ''),),
)


_STEPS: Final[tuple[tuple[str, str, str, tuple[int, ...]], ...]] = (
    ('estimate', 'Estimating the clinical probability', 'applies to everyone', ()),
    ('d_dimer_testing', 'D-dimer testing', 'applies to everyone', ()),
    ('age_adjusted', 'Is the person aged over 50?', 'age > 50 years', (15,)),
    ('age_adjusted', 'Is the person aged over 50?', 'otherwise', (15,)),
    ('probability', 'Is DVT likely or unlikely (two-level Wells score)?', 'unknown', (0, 1, 2, 3, 4, 5, 6, 7, 8, 9)),
    ('probability', 'Is DVT likely or unlikely (two-level Wells score)?', 'dvt_likely', (0, 1, 2, 3, 4, 5, 6, 7, 8, 9)),
    ('likely_scan_time', 'DVT likely: can the scan result be obtained within 4 hours?', 'scan_result_within_4h', (10,)),
    ('likely_scan_time', 'DVT likely: can the scan result be obtained within 4 hours?', 'otherwise', (10,)),
    ('likely_scan_result', 'DVT likely: what does the proximal scan show?', 'unknown', (13,)),
    ('likely_scan_result', 'DVT likely: what does the proximal scan show?', 'scan is positive', (13,)),
    ('likely_scan_result', 'DVT likely: what does the proximal scan show?', 'scan is negative', (13,)),
    ('likely_d_dimer_result', 'DVT likely, scan negative: what does the D-dimer show?', 'unknown', (12,)),
    ('likely_d_dimer_result', 'DVT likely, scan negative: what does the D-dimer show?', 'd_dimer is negative', (12,)),
    ('scan_dd_not_likely', 'DVT not likely: scan and D-dimer negative', 'applies to everyone', ()),
    ('likely_d_dimer_result', 'DVT likely, scan negative: what does the D-dimer show?', 'd_dimer is positive', (12,)),
    ('repeat_scan_result', 'What does the repeat scan show?', 'unknown', (14,)),
    ('repeat_scan_result', 'What does the repeat scan show?', 'repeat_scan is positive', (14,)),
    ('repeat_scan_result', 'What does the repeat scan show?', 'repeat_scan is negative', (14,)),
    ('repeat_not_likely', 'DVT not likely: repeat scan negative', 'applies to everyone', ()),
    ('probability', 'Is DVT likely or unlikely (two-level Wells score)?', 'otherwise', (0, 1, 2, 3, 4, 5, 6, 7, 8, 9)),
    ('unlikely_d_dimer_time', 'DVT unlikely: can the D-dimer result be obtained within 4 hours?', 'd_dimer_result_within_4h', (11,)),
    ('unlikely_d_dimer_time', 'DVT unlikely: can the D-dimer result be obtained within 4 hours?', 'otherwise', (11,)),
    ('unlikely_d_dimer_result', 'DVT unlikely: what does the D-dimer show?', 'unknown', (12,)),
    ('unlikely_d_dimer_result', 'DVT unlikely: what does the D-dimer show?', 'd_dimer is negative', (12,)),
    ('dd_not_likely', 'DVT not likely: D-dimer negative (no scan)', 'applies to everyone', ()),
    ('unlikely_d_dimer_result', 'DVT unlikely: what does the D-dimer show?', 'd_dimer is positive', (12,)),
    ('unlikely_scan_time', 'DVT unlikely, D-dimer positive: can the scan result be obtained within 4 hours?', 'scan_result_within_4h', (10,)),
    ('unlikely_scan_time', 'DVT unlikely, D-dimer positive: can the scan result be obtained within 4 hours?', 'otherwise', (10,)),
    ('unlikely_scan_result', 'DVT unlikely, D-dimer positive: what does the proximal scan show?', 'unknown', (13,)),
    ('unlikely_scan_result', 'DVT unlikely, D-dimer positive: what does the proximal scan show?', 'scan is positive', (13,)),
    ('unlikely_scan_result', 'DVT unlikely, D-dimer positive: what does the proximal scan show?', 'scan is negative', (13,)),
    ('dd_scan_not_likely', 'DVT not likely: D-dimer positive, scan negative (no repeat scan)', 'applies to everyone', ()),
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
    _, _, _, _, _, _, _, _, _, _, v_scan_result_within_4h, v_d_dimer_result_within_4h, v_d_dimer, v_scan, v_repeat_scan, v_age, = facts
    recs: list[Recommendation] = []
    trace: list[int] = []
    u: list[str] = []
    wt: list[tuple[int, tuple[str, ...]]] = []
    # guidelines/wells_dvt.guideline:65: section estimate: Estimating the clinical probability
    trace.append(0)
    # guidelines/wells_dvt.guideline:66: assess use_wells
    recs.append(_R_use_wells)
    # guidelines/wells_dvt.guideline:69: section d_dimer_testing: D-dimer testing
    trace.append(1)
    # guidelines/wells_dvt.guideline:71: consider point_of_care
    # guidelines/wells_dvt.guideline:73: advise quantitative
    recs.extend((_R_point_of_care, _R_quantitative))
    # guidelines/wells_dvt.guideline:76: decision age_adjusted: Is the person aged over 50?
    # guidelines/wells_dvt.guideline:77: when age > 50 years
    if v_age > 50:
        trace.append(2)
        # guidelines/wells_dvt.guideline:78: consider age_adjusted_threshold
        recs.append(_R_age_adjusted_threshold)
    else:
        # guidelines/wells_dvt.guideline:81: otherwise
        trace.append(3)
    # guidelines/wells_dvt.guideline:83: decision probability: Is DVT likely or unlikely (two-level Wells score)?
    # guidelines/wells_dvt.guideline:86: when dvt_likely
    g1: bool | None
    s2 = _b_wells(facts)
    g1 = _over('>=', (s2[0] - 2.0, s2[1] - 2.0,))  # guidelines/wells_dvt.guideline:63: wells >= 2
    u.extend(s2[2] if g1 is None else [])
    if g1 is None:
        trace.append(4)
        wt.append((1, tuple(sorted(set(u)))))
    elif g1:
        trace.append(5)
        # guidelines/wells_dvt.guideline:87: advise likely
        recs.append(_R_likely)
        # guidelines/wells_dvt.guideline:90: decision likely_scan_time: DVT likely: can the scan result be obtained within 4 hours?
        # guidelines/wells_dvt.guideline:91: when scan_result_within_4h
        if v_scan_result_within_4h:
            trace.append(6)
            # guidelines/wells_dvt.guideline:92: assess likely_scan_4h
            recs.append(_R_likely_scan_4h)
        else:
            # guidelines/wells_dvt.guideline:94: otherwise
            trace.append(7)
            # guidelines/wells_dvt.guideline:96: start likely_interim
            # guidelines/wells_dvt.guideline:99: assess likely_d_dimer
            # guidelines/wells_dvt.guideline:101: assess likely_scan_24h
            recs.extend((_R_likely_interim, _R_likely_d_dimer, _R_likely_scan_24h))
        # guidelines/wells_dvt.guideline:103: decision likely_scan_result: DVT likely: what does the proximal scan show?
        # guidelines/wells_dvt.guideline:104: when scan is positive
        if v_scan is None:
            trace.append(8)
            wt.append((3, ('scan',)))
        elif v_scan == 'positive':
            trace.append(9)
            # guidelines/wells_dvt.guideline:105: start likely_diagnose
            recs.append(_R_likely_diagnose)
        else:
            # guidelines/wells_dvt.guideline:107: when scan is negative
            # (the build proved that everyone reaching this line meets this condition)
            trace.append(10)
            # guidelines/wells_dvt.guideline:108: decision likely_d_dimer_result: DVT likely, scan negative: what does the D-dimer show?
            # guidelines/wells_dvt.guideline:109: when d_dimer is negative
            if v_d_dimer is None:
                trace.append(11)
                # guidelines/wells_dvt.guideline:142: assess likely_d_dimer_after_scan
                recs.append(_R_likely_d_dimer_after_scan)
                wt.append((4, ('d_dimer',)))
            elif v_d_dimer == 'negative':
                trace.append(12)
                # guidelines/wells_dvt.guideline:110: section scan_dd_not_likely: DVT not likely: scan and D-dimer negative
                trace.append(13)
                # guidelines/wells_dvt.guideline:111: stop scan_dd_stop_interim
                # guidelines/wells_dvt.guideline:113: assess scan_dd_other_diagnoses
                # guidelines/wells_dvt.guideline:116: advise scan_dd_tell
                # guidelines/wells_dvt.guideline:118: advise scan_dd_safety_net
                recs.extend((_R_scan_dd_stop_interim, _R_scan_dd_other_diagnoses, _R_scan_dd_tell, _R_scan_dd_safety_net))
            else:
                # guidelines/wells_dvt.guideline:120: when d_dimer is positive
                # (the build proved that everyone reaching this line meets this condition)
                trace.append(14)
                # guidelines/wells_dvt.guideline:121: stop stop_interim_for_repeat
                # guidelines/wells_dvt.guideline:123: assess repeat_scan_offer
                recs.extend((_R_stop_interim_for_repeat, _R_repeat_scan_offer))
                # guidelines/wells_dvt.guideline:125: decision repeat_scan_result: What does the repeat scan show?
                # guidelines/wells_dvt.guideline:126: when repeat_scan is positive
                if v_repeat_scan is None:
                    trace.append(15)
                    wt.append((5, ('repeat_scan',)))
                elif v_repeat_scan == 'positive':
                    trace.append(16)
                    # guidelines/wells_dvt.guideline:127: start repeat_diagnose
                    recs.append(_R_repeat_diagnose)
                else:
                    # guidelines/wells_dvt.guideline:129: when repeat_scan is negative
                    # (the build proved that everyone reaching this line meets this condition)
                    trace.append(17)
                    # guidelines/wells_dvt.guideline:130: section repeat_not_likely: DVT not likely: repeat scan negative
                    trace.append(18)
                    # guidelines/wells_dvt.guideline:131: stop repeat_stop_interim
                    # guidelines/wells_dvt.guideline:133: assess repeat_other_diagnoses
                    # guidelines/wells_dvt.guideline:136: advise repeat_tell
                    # guidelines/wells_dvt.guideline:138: advise repeat_safety_net
                    recs.extend((_R_repeat_stop_interim, _R_repeat_other_diagnoses, _R_repeat_tell, _R_repeat_safety_net))
    else:
        # guidelines/wells_dvt.guideline:146: otherwise
        trace.append(19)
        # guidelines/wells_dvt.guideline:147: advise unlikely
        # guidelines/wells_dvt.guideline:150: assess unlikely_d_dimer
        recs.extend((_R_unlikely, _R_unlikely_d_dimer))
        # guidelines/wells_dvt.guideline:152: decision unlikely_d_dimer_time: DVT unlikely: can the D-dimer result be obtained within 4 hours?
        # guidelines/wells_dvt.guideline:153: when d_dimer_result_within_4h
        if v_d_dimer_result_within_4h:
            trace.append(20)
        else:
            # guidelines/wells_dvt.guideline:154: otherwise
            trace.append(21)
            # guidelines/wells_dvt.guideline:155: start unlikely_interim
            recs.append(_R_unlikely_interim)
        # guidelines/wells_dvt.guideline:158: decision unlikely_d_dimer_result: DVT unlikely: what does the D-dimer show?
        # guidelines/wells_dvt.guideline:159: when d_dimer is negative
        if v_d_dimer is None:
            trace.append(22)
            wt.append((7, ('d_dimer',)))
        elif v_d_dimer == 'negative':
            trace.append(23)
            # guidelines/wells_dvt.guideline:161: section dd_not_likely: DVT not likely: D-dimer negative (no scan)
            trace.append(24)
            # guidelines/wells_dvt.guideline:162: stop dd_stop_interim
            # guidelines/wells_dvt.guideline:164: assess dd_other_diagnoses
            # guidelines/wells_dvt.guideline:167: advise dd_tell
            # guidelines/wells_dvt.guideline:169: advise dd_safety_net
            recs.extend((_R_dd_stop_interim, _R_dd_other_diagnoses, _R_dd_tell, _R_dd_safety_net))
        else:
            # guidelines/wells_dvt.guideline:171: when d_dimer is positive
            # (the build proved that everyone reaching this line meets this condition)
            trace.append(25)
            # guidelines/wells_dvt.guideline:172: decision unlikely_scan_time: DVT unlikely, D-dimer positive: can the scan result be obtained within 4 hours?
            # guidelines/wells_dvt.guideline:173: when scan_result_within_4h
            if v_scan_result_within_4h:
                trace.append(26)
                # guidelines/wells_dvt.guideline:174: assess unlikely_scan_4h
                recs.append(_R_unlikely_scan_4h)
            else:
                # guidelines/wells_dvt.guideline:176: otherwise
                trace.append(27)
                # guidelines/wells_dvt.guideline:177: start unlikely_scan_interim
                # guidelines/wells_dvt.guideline:180: assess unlikely_scan_24h
                recs.extend((_R_unlikely_scan_interim, _R_unlikely_scan_24h))
            # guidelines/wells_dvt.guideline:182: decision unlikely_scan_result: DVT unlikely, D-dimer positive: what does the proximal scan show?
            # guidelines/wells_dvt.guideline:183: when scan is positive
            if v_scan is None:
                trace.append(28)
                wt.append((9, ('scan',)))
            elif v_scan == 'positive':
                trace.append(29)
                # guidelines/wells_dvt.guideline:184: start unlikely_diagnose
                recs.append(_R_unlikely_diagnose)
            else:
                # guidelines/wells_dvt.guideline:186: when scan is negative
                # (the build proved that everyone reaching this line meets this condition)
                trace.append(30)
                # guidelines/wells_dvt.guideline:188: section dd_scan_not_likely: DVT not likely: D-dimer positive, scan negative (no repeat scan)
                trace.append(31)
                # guidelines/wells_dvt.guideline:189: stop dd_scan_stop_interim
                # guidelines/wells_dvt.guideline:191: assess dd_scan_other_diagnoses
                # guidelines/wells_dvt.guideline:194: advise dd_scan_tell
                # guidelines/wells_dvt.guideline:196: advise dd_scan_safety_net
                recs.extend((_R_dd_scan_stop_interim, _R_dd_scan_other_diagnoses, _R_dd_scan_tell, _R_dd_scan_safety_net))
    return _new(Result, (GUIDELINE_ID, VERSION, SOURCE_HASH, not wt, _needs(wt) if wt else (), tuple(recs), Path(trace, facts), _scores(facts), _waiting(wt) if wt else ()))


Decided = tuple[tuple[str, ...], dict[str, tuple[float, float]], tuple[str, ...]]


def decide(patient: Mapping[str, object]) -> Decided:
    """Ids in order, {id: (low, high) dose} and needs, as `evaluate` says."""
    try:
        facts = _plain(patient) or _validate(patient)
    except _Unread as missing:
        missing.check()
        return decide(missing.filled)
    _, _, _, _, _, _, _, _, _, _, v_scan_result_within_4h, v_d_dimer_result_within_4h, v_d_dimer, v_scan, v_repeat_scan, v_age, = facts
    ids: list[str] = []
    doses: dict[str, tuple[float, float]] = {}
    u: list[str] = []
    wt: list[tuple[int, tuple[str, ...]]] = []
    # guidelines/wells_dvt.guideline:65: section estimate: Estimating the clinical probability
    # guidelines/wells_dvt.guideline:66: assess use_wells
    ids.append('use_wells')
    # guidelines/wells_dvt.guideline:69: section d_dimer_testing: D-dimer testing
    # guidelines/wells_dvt.guideline:71: consider point_of_care
    # guidelines/wells_dvt.guideline:73: advise quantitative
    ids.extend(('point_of_care', 'quantitative'))
    # guidelines/wells_dvt.guideline:76: decision age_adjusted: Is the person aged over 50?
    # guidelines/wells_dvt.guideline:77: when age > 50 years
    if v_age > 50:
        # guidelines/wells_dvt.guideline:78: consider age_adjusted_threshold
        ids.append('age_adjusted_threshold')
    # guidelines/wells_dvt.guideline:83: decision probability: Is DVT likely or unlikely (two-level Wells score)?
    # guidelines/wells_dvt.guideline:86: when dvt_likely
    g1: bool | None
    s2 = _b_wells(facts)
    g1 = _over('>=', (s2[0] - 2.0, s2[1] - 2.0,))  # guidelines/wells_dvt.guideline:63: wells >= 2
    u.extend(s2[2] if g1 is None else [])
    if g1 is None:
        wt.append((1, tuple(sorted(set(u)))))
    elif g1:
        # guidelines/wells_dvt.guideline:87: advise likely
        ids.append('likely')
        # guidelines/wells_dvt.guideline:90: decision likely_scan_time: DVT likely: can the scan result be obtained within 4 hours?
        # guidelines/wells_dvt.guideline:91: when scan_result_within_4h
        if v_scan_result_within_4h:
            # guidelines/wells_dvt.guideline:92: assess likely_scan_4h
            ids.append('likely_scan_4h')
        else:
            # guidelines/wells_dvt.guideline:94: otherwise
            # guidelines/wells_dvt.guideline:96: start likely_interim
            # guidelines/wells_dvt.guideline:99: assess likely_d_dimer
            # guidelines/wells_dvt.guideline:101: assess likely_scan_24h
            ids.extend(('likely_interim', 'likely_d_dimer', 'likely_scan_24h'))
        # guidelines/wells_dvt.guideline:103: decision likely_scan_result: DVT likely: what does the proximal scan show?
        # guidelines/wells_dvt.guideline:104: when scan is positive
        if v_scan is None:
            wt.append((3, ('scan',)))
        elif v_scan == 'positive':
            # guidelines/wells_dvt.guideline:105: start likely_diagnose
            ids.append('likely_diagnose')
        else:
            # guidelines/wells_dvt.guideline:107: when scan is negative
            # (the build proved that everyone reaching this line meets this condition)
            # guidelines/wells_dvt.guideline:108: decision likely_d_dimer_result: DVT likely, scan negative: what does the D-dimer show?
            # guidelines/wells_dvt.guideline:109: when d_dimer is negative
            if v_d_dimer is None:
                # guidelines/wells_dvt.guideline:142: assess likely_d_dimer_after_scan
                ids.append('likely_d_dimer_after_scan')
                wt.append((4, ('d_dimer',)))
            elif v_d_dimer == 'negative':
                # guidelines/wells_dvt.guideline:110: section scan_dd_not_likely: DVT not likely: scan and D-dimer negative
                # guidelines/wells_dvt.guideline:111: stop scan_dd_stop_interim
                # guidelines/wells_dvt.guideline:113: assess scan_dd_other_diagnoses
                # guidelines/wells_dvt.guideline:116: advise scan_dd_tell
                # guidelines/wells_dvt.guideline:118: advise scan_dd_safety_net
                ids.extend(('scan_dd_stop_interim', 'scan_dd_other_diagnoses', 'scan_dd_tell', 'scan_dd_safety_net'))
            else:
                # guidelines/wells_dvt.guideline:120: when d_dimer is positive
                # (the build proved that everyone reaching this line meets this condition)
                # guidelines/wells_dvt.guideline:121: stop stop_interim_for_repeat
                # guidelines/wells_dvt.guideline:123: assess repeat_scan_offer
                ids.extend(('stop_interim_for_repeat', 'repeat_scan_offer'))
                # guidelines/wells_dvt.guideline:125: decision repeat_scan_result: What does the repeat scan show?
                # guidelines/wells_dvt.guideline:126: when repeat_scan is positive
                if v_repeat_scan is None:
                    wt.append((5, ('repeat_scan',)))
                elif v_repeat_scan == 'positive':
                    # guidelines/wells_dvt.guideline:127: start repeat_diagnose
                    ids.append('repeat_diagnose')
                else:
                    # guidelines/wells_dvt.guideline:129: when repeat_scan is negative
                    # (the build proved that everyone reaching this line meets this condition)
                    # guidelines/wells_dvt.guideline:130: section repeat_not_likely: DVT not likely: repeat scan negative
                    # guidelines/wells_dvt.guideline:131: stop repeat_stop_interim
                    # guidelines/wells_dvt.guideline:133: assess repeat_other_diagnoses
                    # guidelines/wells_dvt.guideline:136: advise repeat_tell
                    # guidelines/wells_dvt.guideline:138: advise repeat_safety_net
                    ids.extend(('repeat_stop_interim', 'repeat_other_diagnoses', 'repeat_tell', 'repeat_safety_net'))
    else:
        # guidelines/wells_dvt.guideline:146: otherwise
        # guidelines/wells_dvt.guideline:147: advise unlikely
        # guidelines/wells_dvt.guideline:150: assess unlikely_d_dimer
        ids.extend(('unlikely', 'unlikely_d_dimer'))
        # guidelines/wells_dvt.guideline:152: decision unlikely_d_dimer_time: DVT unlikely: can the D-dimer result be obtained within 4 hours?
        # guidelines/wells_dvt.guideline:153: when d_dimer_result_within_4h
        if v_d_dimer_result_within_4h:
            pass
        else:
            # guidelines/wells_dvt.guideline:154: otherwise
            # guidelines/wells_dvt.guideline:155: start unlikely_interim
            ids.append('unlikely_interim')
        # guidelines/wells_dvt.guideline:158: decision unlikely_d_dimer_result: DVT unlikely: what does the D-dimer show?
        # guidelines/wells_dvt.guideline:159: when d_dimer is negative
        if v_d_dimer is None:
            wt.append((7, ('d_dimer',)))
        elif v_d_dimer == 'negative':
            # guidelines/wells_dvt.guideline:161: section dd_not_likely: DVT not likely: D-dimer negative (no scan)
            # guidelines/wells_dvt.guideline:162: stop dd_stop_interim
            # guidelines/wells_dvt.guideline:164: assess dd_other_diagnoses
            # guidelines/wells_dvt.guideline:167: advise dd_tell
            # guidelines/wells_dvt.guideline:169: advise dd_safety_net
            ids.extend(('dd_stop_interim', 'dd_other_diagnoses', 'dd_tell', 'dd_safety_net'))
        else:
            # guidelines/wells_dvt.guideline:171: when d_dimer is positive
            # (the build proved that everyone reaching this line meets this condition)
            # guidelines/wells_dvt.guideline:172: decision unlikely_scan_time: DVT unlikely, D-dimer positive: can the scan result be obtained within 4 hours?
            # guidelines/wells_dvt.guideline:173: when scan_result_within_4h
            if v_scan_result_within_4h:
                # guidelines/wells_dvt.guideline:174: assess unlikely_scan_4h
                ids.append('unlikely_scan_4h')
            else:
                # guidelines/wells_dvt.guideline:176: otherwise
                # guidelines/wells_dvt.guideline:177: start unlikely_scan_interim
                # guidelines/wells_dvt.guideline:180: assess unlikely_scan_24h
                ids.extend(('unlikely_scan_interim', 'unlikely_scan_24h'))
            # guidelines/wells_dvt.guideline:182: decision unlikely_scan_result: DVT unlikely, D-dimer positive: what does the proximal scan show?
            # guidelines/wells_dvt.guideline:183: when scan is positive
            if v_scan is None:
                wt.append((9, ('scan',)))
            elif v_scan == 'positive':
                # guidelines/wells_dvt.guideline:184: start unlikely_diagnose
                ids.append('unlikely_diagnose')
            else:
                # guidelines/wells_dvt.guideline:186: when scan is negative
                # (the build proved that everyone reaching this line meets this condition)
                # guidelines/wells_dvt.guideline:188: section dd_scan_not_likely: DVT not likely: D-dimer positive, scan negative (no repeat scan)
                # guidelines/wells_dvt.guideline:189: stop dd_scan_stop_interim
                # guidelines/wells_dvt.guideline:191: assess dd_scan_other_diagnoses
                # guidelines/wells_dvt.guideline:194: advise dd_scan_tell
                # guidelines/wells_dvt.guideline:196: advise dd_scan_safety_net
                ids.extend(('dd_scan_stop_interim', 'dd_scan_other_diagnoses', 'dd_scan_tell', 'dd_scan_safety_net'))
    return tuple(ids), doses, _needs(wt) if wt else ()
