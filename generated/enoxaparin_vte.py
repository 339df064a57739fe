"""Therapeutic enoxaparin for acute deep vein thrombosis in adults (US label)

Decision tree generated from guidelines/enoxaparin_vte.guideline by `guideline build`.
Do not edit: change the guideline source and rebuild.

Guideline enoxaparin_vte, version 0.1.0, source SHA-256 ffd0f2f7763b159989a3ab6c36210d3dd070c186cca8c04dc4d13adb9b65f4f3.
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

GUIDELINE_ID: Final = 'enoxaparin_vte'
TITLE: Final = 'Therapeutic enoxaparin for acute deep vein thrombosis in adults (US label)'
VERSION: Final = '0.1.0'
SOURCE_HASH: Final = 'ffd0f2f7763b159989a3ab6c36210d3dd070c186cca8c04dc4d13adb9b65f4f3'
STATUS: Final = 'draft'
INPUTS: Final = ('setting', 'weight', 'age', 'sex', 'serum_creatinine', 'inpatient_regimen', 'major_bleeding', 'hit', 'hypersensitivity', 'benzyl_alcohol')

_Facts = tuple[str, float, int, str | None, float | None, str | None, bool, bool, bool, bool]  # the facts, in INPUTS order


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
        return f"{_fmt(self.low)} {self.unit}"

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


_K1: Final = cast(float, _Exact(17, 20))  # 0.85
_K2: Final = cast(float, _Exact(442, 5))  # 88.4
_K3: Final = cast(float, _Exact(3, 2))  # 1.5


_Check = Callable[[object], tuple[object, str | None]]
_Missing = tuple[tuple[str, str], ...]


_CHECKS: Final[tuple[tuple[str, _Check, _Missing], ...]] = (
    ('setting', lambda raw: _choice(raw, ('inpatient', 'outpatient')), ()),
    ('weight', lambda raw: _measure(raw, low=30.0, high=300.0, unit_text='kg', factors={'g': (1, 1000), 'kg': (1, 1), 'mcg': (1, 1000000000), 'mg': (1, 1000000), 'ng': (1, 1000000000000), 'ug': (1, 1000000000), 'µg': (1, 1000000000)}), ()),
    ('age', lambda raw: _count(raw, low=18.0, high=110.0, unit_text='year', factors={'d': (4, 1461), 'day': (4, 1461), 'days': (4, 1461), 'h': (1, 8766), 'hour': (1, 8766), 'hours': (1, 8766), 'min': (1, 525960), 'minute': (1, 525960), 'minutes': (1, 525960), 'month': (1, 12), 'months': (1, 12), 'week': (28, 1461), 'weeks': (28, 1461), 'wk': (28, 1461), 'year': (1, 1), 'years': (1, 1), 'yr': (1, 1)}), ()),
    ('sex', lambda raw: _choice(raw, ('female', 'male')), ()),
    ('serum_creatinine', lambda raw: _measure(raw, low=18.0, high=1330.0, unit_text='umol/L', factors={'g/L': (8840, 1), 'g/dL': (88400, 1), 'g/mL': (8840000, 1), 'mcg/L': (221, 25000), 'mcg/dL': (221, 2500), 'mcg/mL': (221, 25), 'mg/L': (221, 25), 'mg/dL': (442, 5), 'mg/mL': (8840, 1), 'mmol/L': (1000, 1), 'mmol/dL': (10000, 1), 'mmol/mL': (1000000, 1), 'mol/L': (1000000, 1), 'mol/dL': (10000000, 1), 'mol/mL': (1000000000, 1), 'ng/L': (221, 25000000), 'ng/dL': (221, 2500000), 'ng/mL': (221, 25000), 'nmol/L': (1, 1000), 'nmol/dL': (1, 100), 'nmol/mL': (1, 1), 'ug/L': (221, 25000), 'ug/dL': (221, 2500), 'ug/mL': (221, 25), 'umol/L': (1, 1), 'umol/dL': (10, 1), 'umol/mL': (1000, 1)}), ()),
    ('inpatient_regimen', lambda raw: _choice(raw, ('every_12_hours', 'once_daily')), ()),
    ('major_bleeding', _yesno, (('major_bleeding', 'is required but missing'),)),
    ('hit', _yesno, (('hit', 'is required but missing'),)),
    ('hypersensitivity', _yesno, (('hypersensitivity', 'is required but missing'),)),
    ('benzyl_alcohol', _yesno, (('benzyl_alcohol', 'is required but missing'),)),
)


_INPUT_SET: Final = frozenset(INPUTS)


def _plain(patient: Mapping[str, object]) -> _Facts | None:
    """The facts when every one is plainly valid; None sends the caller to _validate."""
    if type(patient) is not dict or not _INPUT_SET.issuperset(patient):
        return None
    try:
        v_setting = patient['setting']
        v_weight = patient['weight']
        v_age = patient['age']
        v_sex = patient.get('sex')
        v_serum_creatinine = patient.get('serum_creatinine')
        v_inpatient_regimen = patient.get('inpatient_regimen')
        v_major_bleeding = patient['major_bleeding']
        v_hit = patient['hit']
        v_hypersensitivity = patient['hypersensitivity']
        v_benzyl_alcohol = patient['benzyl_alcohol']
    except KeyError:
        return None
    if not (
        type(v_setting) is str and v_setting in ('inpatient', 'outpatient')
        and (type(v_weight) is float or type(v_weight) is int) and 30.0 <= v_weight <= 300.0
        and type(v_age) is int and 18 <= v_age <= 110
        and (v_sex is None or (type(v_sex) is str and v_sex in ('female', 'male')))
        and (v_serum_creatinine is None or ((type(v_serum_creatinine) is float or type(v_serum_creatinine) is int) and 18.0 <= v_serum_creatinine <= 1330.0))
        and (v_inpatient_regimen is None or (type(v_inpatient_regimen) is str and v_inpatient_regimen in ('every_12_hours', 'once_daily')))
        and type(v_major_bleeding) is bool
        and type(v_hit) is bool
        and type(v_hypersensitivity) is bool
        and type(v_benzyl_alcohol) is bool
    ):
        return None
    return (v_setting, 1.0 * v_weight, v_age, v_sex, None if v_serum_creatinine is None else 1.0 * v_serum_creatinine, v_inpatient_regimen, v_major_bleeding, v_hit, v_hypersensitivity, v_benzyl_alcohol,)


_WAITS: Final[tuple[tuple[str, str], ...]] = (
    ('contraindications', 'Is any contraindication present?'),
    ('renal', 'Is the creatinine clearance below 30 mL/min (severe renal impairment)?'),
    ('regimen', 'Which setting?'),
    ('inpatient_choice', 'Which inpatient regimen?'),
    ('mild_moderate', 'Mild or moderate renal impairment (CrCl 30 to 80 mL/min)?'),
    ('low_weight', 'Low body weight (women under 45 kg, men under 57 kg)?'),
)
_QUESTIONS: Final[dict[str, str]] = {
    'setting': 'Treatment setting',
    'weight': 'Body weight',
    'age': 'Age',
    'sex': 'Sex (for Cockcroft-Gault)',
    'serum_creatinine': 'Serum creatinine, in mg/dL or umol/L',
    'inpatient_regimen': 'Inpatient regimen chosen by the prescriber',
    'major_bleeding': 'Active major bleeding',
    'hit': 'Immune-mediated heparin-induced thrombocytopenia (HIT) within the past 100 days, or circulating HIT antibodies',
    'hypersensitivity': 'Known hypersensitivity to enoxaparin, heparin or pork products',
    'benzyl_alcohol': 'Known hypersensitivity to benzyl alcohol (a contraindication for the multiple-dose vial only)',
}


_FILL: Final[dict[str, object]] = {
    'setting': 'inpatient',
    'weight': 30,
    'age': 18,
}
_REC_READS: Final[dict[str, tuple[str, ...]]] = {
    'severe_renal': ('weight',),
    'outpatient_bid': ('weight',),
    'inpatient_bid': ('weight',),
    'inpatient_daily': ('weight',),
}


_R_no_dose: Final = Recommendation(
    'no_dose',
    'caution',
    'A contraindication to enoxaparin is present: this text gives no dose',
    'not_graded',
    ('lovenox',),
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
    (Note('note', 'Active major bleeding; immune-mediated HIT within the past 100 days or circulating HIT antibodies; known hypersensitivity to enoxaparin, heparin or pork products; known hypersensitivity to benzyl alcohol (multiple-dose vial only).', (), 'recommendation', ''), Note('note', 'Sections used: Indications and Usage; Dosage and Administration (adult dosage, dose adjustment in severe renal impairment); Contraindications; Use in Specific Populations (renal impairment, geriatric use, low-weight patients, obese patients).', (), 'reference', 'lovenox'), Note('note', 'Not graded: a prescribing label states approved dosing, not graded recommendations.', (), 'guideline', ''), Note('gap', "The text was written from the label's long-standing content, not from one dated revision, and asks the encoder to record the revision date of the copy it checks against. This encoding was made from the source text alone and has not been checked against a dated copy of the label: no revision date can be recorded.", (), 'guideline', ''), Note('gap', 'The label states its thresholds as creatinine clearance; the text uses Cockcroft-Gault (the standard bedside estimate) and did not confirm that the label names an equation.', (), 'guideline', ''), Note('gap', 'The text gives no dose cap, no obesity or low-weight adjustment for treatment, no rounding rule (to a syringe size or any step) and no dosing on dialysis; none is applied here. The computed dose is weight x mg/kg.', (), 'guideline', ''),),
)


_R_inpatient_regimens: Final = Recommendation(
    'inpatient_regimens',
    'choose',
    'Enoxaparin for an inpatient: either of the two label regimens (the dose is given once one is chosen)',
    'not_graded',
    ('lovenox',),
    False,
    None,
    (Option('every_12_hours', '1 mg/kg subcutaneously every 12 hours', None), Option('once_daily', '1.5 mg/kg subcutaneously once a day, at the same time every day', None),),
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
    (Note('note', 'The label\'s threshold is "less than 30", so a CrCl of exactly 30 mL/min is not adjusted.', (), 'decision', 'renal'), Note('note', 'CrCl 30 mL/min or more: no renal adjustment.', (), 'decision', 'regimen'), Note('note', 'The label gives two inpatient regimens and does not say how to choose between them: the guideline presents both, and gives the dose of the one the prescriber chooses.', (), 'decision', 'inpatient_choice'), Note('gap', 'The label does not say how to choose between the two inpatient regimens; the choice is asked, not made.', (), 'decision', 'inpatient_choice'), Note('note', 'CrCl (mL/min) = (140 - age) x weight (kg) x (0.85 if female) x 88.4 / (72 x creatinine in umol/L), which is (140 - age) x weight x (0.85 if female) / (72 x creatinine in mg/dL). The factor 88.4 / 72 is about 1.228 for men and 1.044 for women; the often-printed 1.23 and 1.04 are rounded and can move a result near 30, so they are not used.', (), 'definition', 'crcl'), Note('note', 'The comparison with 30 mL/min uses the unrounded value, in exact arithmetic; the examples show CrCl to one decimal place.', (), 'definition', 'crcl'), Note('gap', 'The label doses per kg of body weight and does not say actual, ideal or adjusted weight; measured weight is the usual reading and is what is asked here. Neither source settles which weight to use in Cockcroft-Gault for very heavy or very light patients.', (), 'input', 'weight'), Note('note', "The text gives 0.2-15 mg/dL or 18-1330 umol/L, with 1 mg/dL = 88.4 umol/L. The value may be given in either unit; it is held in umol/L, where a value in mg/dL converts exactly at the text's 88.4, so that the comparison with 30 mL/min is exact for values given in either unit.", (), 'input', 'serum_creatinine'), Note('note', 'Outpatient treatment of a patient with PE is not a label regimen: out of scope.', (), 'input', 'setting'), Note('note', 'Asked only for an inpatient whose CrCl is 30 mL/min or more.', (), 'input', 'inpatient_regimen'), Note('note', 'Sections used: Indications and Usage; Dosage and Administration (adult dosage, dose adjustment in severe renal impairment); Contraindications; Use in Specific Populations (renal impairment, geriatric use, low-weight patients, obese patients).', (), 'reference', 'lovenox'), Note('note', 'Not graded: a prescribing label states approved dosing, not graded recommendations.', (), 'guideline', ''), Note('gap', "The text was written from the label's long-standing content, not from one dated revision, and asks the encoder to record the revision date of the copy it checks against. This encoding was made from the source text alone and has not been checked against a dated copy of the label: no revision date can be recorded.", (), 'guideline', ''), Note('gap', 'The label states its thresholds as creatinine clearance; the text uses Cockcroft-Gault (the standard bedside estimate) and did not confirm that the label names an equation.', (), 'guideline', ''), Note('gap', 'The text gives no dose cap, no obesity or low-weight adjustment for treatment, no rounding rule (to a syringe size or any step) and no dosing on dialysis; none is applied here. The computed dose is weight x mg/kg.', (), 'guideline', ''),),
)


_R_renal_bleeding: Final = Recommendation(
    'renal_bleeding',
    'monitor',
    'Observe carefully for signs and symptoms of bleeding (mild or moderate renal impairment: no dose adjustment)',
    'not_graded',
    ('lovenox',),
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
    (Note('note', 'The label\'s threshold is "less than 30", so a CrCl of exactly 30 mL/min is not adjusted.', (), 'decision', 'renal'), Note('gap', "The label's bands, mild 50-80 mL/min and moderate 30-50 mL/min, share their ends and say nothing above 80; CrCl of 30 mL/min up to and including 80 mL/min is read here as mild or moderate.", (), 'decision', 'mild_moderate'), Note('note', 'CrCl (mL/min) = (140 - age) x weight (kg) x (0.85 if female) x 88.4 / (72 x creatinine in umol/L), which is (140 - age) x weight x (0.85 if female) / (72 x creatinine in mg/dL). The factor 88.4 / 72 is about 1.228 for men and 1.044 for women; the often-printed 1.23 and 1.04 are rounded and can move a result near 30, so they are not used.', (), 'definition', 'crcl'), Note('note', 'The comparison with 30 mL/min uses the unrounded value, in exact arithmetic; the examples show CrCl to one decimal place.', (), 'definition', 'crcl'), Note('gap', 'The label doses per kg of body weight and does not say actual, ideal or adjusted weight; measured weight is the usual reading and is what is asked here. Neither source settles which weight to use in Cockcroft-Gault for very heavy or very light patients.', (), 'input', 'weight'), Note('note', "The text gives 0.2-15 mg/dL or 18-1330 umol/L, with 1 mg/dL = 88.4 umol/L. The value may be given in either unit; it is held in umol/L, where a value in mg/dL converts exactly at the text's 88.4, so that the comparison with 30 mL/min is exact for values given in either unit.", (), 'input', 'serum_creatinine'), Note('note', 'Sections used: Indications and Usage; Dosage and Administration (adult dosage, dose adjustment in severe renal impairment); Contraindications; Use in Specific Populations (renal impairment, geriatric use, low-weight patients, obese patients).', (), 'reference', 'lovenox'), Note('note', 'Not graded: a prescribing label states approved dosing, not graded recommendations.', (), 'guideline', ''), Note('gap', "The text was written from the label's long-standing content, not from one dated revision, and asks the encoder to record the revision date of the copy it checks against. This encoding was made from the source text alone and has not been checked against a dated copy of the label: no revision date can be recorded.", (), 'guideline', ''), Note('gap', 'The label states its thresholds as creatinine clearance; the text uses Cockcroft-Gault (the standard bedside estimate) and did not confirm that the label names an equation.', (), 'guideline', ''), Note('gap', 'The text gives no dose cap, no obesity or low-weight adjustment for treatment, no rounding rule (to a syringe size or any step) and no dosing on dialysis; none is applied here. The computed dose is weight x mg/kg.', (), 'guideline', ''),),
)


_R_warfarin_start: Final = Recommendation(
    'warfarin_start',
    'start',
    'Start warfarin when appropriate, usually within 72 hours of the first enoxaparin dose',
    'not_graded',
    ('lovenox',),
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
    'warfarin',
    None,
    None,
    (),
    (Note('note', 'The label gives these treatment regimens together with warfarin.', (), 'section', 'warfarin'), Note('note', 'Sections used: Indications and Usage; Dosage and Administration (adult dosage, dose adjustment in severe renal impairment); Contraindications; Use in Specific Populations (renal impairment, geriatric use, low-weight patients, obese patients).', (), 'reference', 'lovenox'), Note('note', 'Not graded: a prescribing label states approved dosing, not graded recommendations.', (), 'guideline', ''), Note('gap', "The text was written from the label's long-standing content, not from one dated revision, and asks the encoder to record the revision date of the copy it checks against. This encoding was made from the source text alone and has not been checked against a dated copy of the label: no revision date can be recorded.", (), 'guideline', ''), Note('gap', 'The label states its thresholds as creatinine clearance; the text uses Cockcroft-Gault (the standard bedside estimate) and did not confirm that the label names an equation.', (), 'guideline', ''), Note('gap', 'The text gives no dose cap, no obesity or low-weight adjustment for treatment, no rounding rule (to a syringe size or any step) and no dosing on dialysis; none is applied here. The computed dose is weight x mg/kg.', (), 'guideline', ''),),
)


_R_continue_enoxaparin: Final = Recommendation(
    'continue_enoxaparin',
    'advise',
    'Continue enoxaparin for at least 5 days and until a therapeutic oral anticoagulant effect (INR 2.0-3.0) is reached',
    'not_graded',
    ('lovenox',),
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
    (Note('note', 'The label gives these treatment regimens together with warfarin.', (), 'section', 'warfarin'), Note('note', 'Sections used: Indications and Usage; Dosage and Administration (adult dosage, dose adjustment in severe renal impairment); Contraindications; Use in Specific Populations (renal impairment, geriatric use, low-weight patients, obese patients).', (), 'reference', 'lovenox'), Note('note', 'Not graded: a prescribing label states approved dosing, not graded recommendations.', (), 'guideline', ''), Note('gap', "The text was written from the label's long-standing content, not from one dated revision, and asks the encoder to record the revision date of the copy it checks against. This encoding was made from the source text alone and has not been checked against a dated copy of the label: no revision date can be recorded.", (), 'guideline', ''), Note('gap', 'The label states its thresholds as creatinine clearance; the text uses Cockcroft-Gault (the standard bedside estimate) and did not confirm that the label names an equation.', (), 'guideline', ''), Note('gap', 'The text gives no dose cap, no obesity or low-weight adjustment for treatment, no rounding rule (to a syringe size or any step) and no dosing on dialysis; none is applied here. The computed dose is weight x mg/kg.', (), 'guideline', ''),),
)


_R_low_weight_bleeding: Final = Recommendation(
    'low_weight_bleeding',
    'monitor',
    'Observe low-weight patients frequently for signs and symptoms of bleeding',
    'not_graded',
    ('lovenox',),
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
    (Note('note', 'Exposure is higher with fixed (not weight-adjusted) prophylactic doses in women under 45 kg and men under 57 kg. No treatment-dose change is stated.', (), 'decision', 'low_weight'), Note('gap', "The label's 45 kg and 57 kg belong to its statement on fixed prophylactic doses; they are used here to say who is a low-weight patient for the advice to observe for bleeding, which the label gives without a threshold of its own.", (), 'decision', 'low_weight'), Note('gap', 'The label doses per kg of body weight and does not say actual, ideal or adjusted weight; measured weight is the usual reading and is what is asked here. Neither source settles which weight to use in Cockcroft-Gault for very heavy or very light patients.', (), 'input', 'weight'), Note('note', 'Sections used: Indications and Usage; Dosage and Administration (adult dosage, dose adjustment in severe renal impairment); Contraindications; Use in Specific Populations (renal impairment, geriatric use, low-weight patients, obese patients).', (), 'reference', 'lovenox'), Note('note', 'Not graded: a prescribing label states approved dosing, not graded recommendations.', (), 'guideline', ''), Note('gap', "The text was written from the label's long-standing content, not from one dated revision, and asks the encoder to record the revision date of the copy it checks against. This encoding was made from the source text alone and has not been checked against a dated copy of the label: no revision date can be recorded.", (), 'guideline', ''), Note('gap', 'The label states its thresholds as creatinine clearance; the text uses Cockcroft-Gault (the standard bedside estimate) and did not confirm that the label names an equation.', (), 'guideline', ''), Note('gap', 'The text gives no dose cap, no obesity or low-weight adjustment for treatment, no rounding rule (to a syringe size or any step) and no dosing on dialysis; none is applied here. The computed dose is weight x mg/kg.', (), 'guideline', ''),),
)


_R_older_patients: Final = Recommendation(
    'older_patients',
    'caution',
    'In older patients, more bleeding is reported with treatment doses (1 mg/kg every 12 hours or 1.5 mg/kg daily): pay careful attention to dosing intervals and concomitant medicines, especially antiplatelet drugs',
    'not_graded',
    ('lovenox',),
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
    (Note('note', 'The label gives no age-based dose change for VTE treatment; age acts here only through CrCl.', (), 'recommendation', ''), Note('gap', 'The text does not say from what age a patient counts as older; the caution is shown to every patient.', (), 'recommendation', ''), Note('note', 'Sections used: Indications and Usage; Dosage and Administration (adult dosage, dose adjustment in severe renal impairment); Contraindications; Use in Specific Populations (renal impairment, geriatric use, low-weight patients, obese patients).', (), 'reference', 'lovenox'), Note('note', 'Not graded: a prescribing label states approved dosing, not graded recommendations.', (), 'guideline', ''), Note('gap', "The text was written from the label's long-standing content, not from one dated revision, and asks the encoder to record the revision date of the copy it checks against. This encoding was made from the source text alone and has not been checked against a dated copy of the label: no revision date can be recorded.", (), 'guideline', ''), Note('gap', 'The label states its thresholds as creatinine clearance; the text uses Cockcroft-Gault (the standard bedside estimate) and did not confirm that the label names an equation.', (), 'guideline', ''), Note('gap', 'The text gives no dose cap, no obesity or low-weight adjustment for treatment, no rounding rule (to a syringe size or any step) and no dosing on dialysis; none is applied here. The computed dose is weight x mg/kg.', (), 'guideline', ''),),
)


_STEPS: Final[tuple[tuple[str, str, str, tuple[int, ...]], ...]] = (
    ('contraindications', 'Is any contraindication present?', 'contraindicated', (6, 7, 8, 9)),
    ('contraindications', 'Is any contraindication present?', 'otherwise', (6, 7, 8, 9)),
    ('renal', 'Is the creatinine clearance below 30 mL/min (severe renal impairment)?', 'unknown', (2, 1, 3, 4)),
    ('renal', 'Is the creatinine clearance below 30 mL/min (severe renal impairment)?', 'crcl < 30 mL/min', (2, 1, 3, 4)),
    ('renal', 'Is the creatinine clearance below 30 mL/min (severe renal impairment)?', 'otherwise', (2, 1, 3, 4)),
    ('regimen', 'Which setting?', 'setting is outpatient', (0,)),
    ('regimen', 'Which setting?', 'setting is inpatient', (0,)),
    ('inpatient_choice', 'Which inpatient regimen?', 'unknown', (5,)),
    ('inpatient_choice', 'Which inpatient regimen?', 'inpatient_regimen is every_12_hours', (5,)),
    ('inpatient_choice', 'Which inpatient regimen?', 'inpatient_regimen is once_daily', (5,)),
    ('mild_moderate', 'Mild or moderate renal impairment (CrCl 30 to 80 mL/min)?', 'crcl <= 80 mL/min', (2, 1, 3, 4)),
    ('mild_moderate', 'Mild or moderate renal impairment (CrCl 30 to 80 mL/min)?', 'otherwise', (2, 1, 3, 4)),
    ('warfarin', 'Together with warfarin', 'applies to everyone', ()),
    ('extremes', 'Extremes of body weight', 'applies to everyone', ()),
    ('low_weight', 'Low body weight (women under 45 kg, men under 57 kg)?', 'unknown', (3, 1)),
    ('low_weight', 'Low body weight (women under 45 kg, men under 57 kg)?', '(sex is female and weight < 45 kg) or (sex is male and weight < 57 kg)', (3, 1)),
    ('low_weight', 'Low body weight (women under 45 kg, men under 57 kg)?', 'otherwise', (3, 1)),
    ('older_age', 'Older age', 'applies to everyone', ()),
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
    v_serum_creatinine: Any
    v_setting, v_weight, v_age, v_sex, v_serum_creatinine, v_inpatient_regimen, v_major_bleeding, v_hit, v_hypersensitivity, v_benzyl_alcohol, = facts
    recs: list[Recommendation] = []
    trace: list[int] = []
    u: list[str] = []
    wt: list[tuple[int, tuple[str, ...]]] = []
    # guidelines/enoxaparin_vte.guideline:55: decision contraindications: Is any contraindication present?
    # guidelines/enoxaparin_vte.guideline:56: when contraindicated
    if v_major_bleeding or v_hit or v_hypersensitivity or v_benzyl_alcohol:
        trace.append(0)
        # guidelines/enoxaparin_vte.guideline:57: caution no_dose
        recs.append(_R_no_dose)
    else:
        # guidelines/enoxaparin_vte.guideline:61: otherwise
        trace.append(1)
        # guidelines/enoxaparin_vte.guideline:62: decision renal: Is the creatinine clearance below 30 mL/min (severe renal impairment)?
        # guidelines/enoxaparin_vte.guideline:64: when crcl < 30 mL/min
        g1: bool | None
        if v_sex is None or v_serum_creatinine is None:
            g1 = None
            u.extend(n for n, v in (('sex', v_sex), ('serum_creatinine', v_serum_creatinine),) if v is None)
        elif (((((_Fraction((140 - v_age), 1) * (_x(v_weight) / 1)) * (_K1 if v_sex == 'female' else 1)) * _K2) / (72 * (_x(cast('float', v_serum_creatinine)) / 1))) * 1) < 30:  # guidelines/enoxaparin_vte.guideline:64: crcl < 30 mL/min
            g1 = True
        else:
            g1 = False
        if g1 is None:
            trace.append(2)
            wt.append((1, tuple(sorted(set(u)))))
        elif g1:
            trace.append(3)
            # guidelines/enoxaparin_vte.guideline:65: start severe_renal
            lo2 = 1.0 * v_weight
            hi3 = 1.0 * v_weight
            recs.append(_new(Recommendation, ('severe_renal', 'start', 'Enoxaparin 1 mg/kg subcutaneously once daily (severe renal impairment, CrCl below 30 mL/min)', 'not_graded', ('lovenox',), False, _new(Dose, (lo2, hi3, 'mg', '1 mg/kg * weight', (('weight', v_weight),), True, None, False, _fmt(lo2) + ' mg' + ': ' + '1 mg/kg x ' + _fmt(float(v_weight)) + ' kg')), (), 'subcutaneous', 'once daily', None, None, None, None, None, 'enoxaparin', None, None, (), (Note('note', 'In both settings.', (), 'recommendation', ''), Note('note', 'The label\'s threshold is "less than 30", so a CrCl of exactly 30 mL/min is not adjusted.', (), 'decision', 'renal'), Note('note', 'CrCl (mL/min) = (140 - age) x weight (kg) x (0.85 if female) x 88.4 / (72 x creatinine in umol/L), which is (140 - age) x weight x (0.85 if female) / (72 x creatinine in mg/dL). The factor 88.4 / 72 is about 1.228 for men and 1.044 for women; the often-printed 1.23 and 1.04 are rounded and can move a result near 30, so they are not used.', (), 'definition', 'crcl'), Note('note', 'The comparison with 30 mL/min uses the unrounded value, in exact arithmetic; the examples show CrCl to one decimal place.', (), 'definition', 'crcl'), Note('gap', 'The label doses per kg of body weight and does not say actual, ideal or adjusted weight; measured weight is the usual reading and is what is asked here. Neither source settles which weight to use in Cockcroft-Gault for very heavy or very light patients.', (), 'input', 'weight'), Note('note', "The text gives 0.2-15 mg/dL or 18-1330 umol/L, with 1 mg/dL = 88.4 umol/L. The value may be given in either unit; it is held in umol/L, where a value in mg/dL converts exactly at the text's 88.4, so that the comparison with 30 mL/min is exact for values given in either unit.", (), 'input', 'serum_creatinine'), Note('note', 'Sections used: Indications and Usage; Dosage and Administration (adult dosage, dose adjustment in severe renal impairment); Contraindications; Use in Specific Populations (renal impairment, geriatric use, low-weight patients, obese patients).', (), 'reference', 'lovenox'), Note('note', 'Not graded: a prescribing label states approved dosing, not graded recommendations.', (), 'guideline', ''), Note('gap', "The text was written from the label's long-standing content, not from one dated revision, and asks the encoder to record the revision date of the copy it checks against. This encoding was made from the source text alone and has not been checked against a dated copy of the label: no revision date can be recorded.", (), 'guideline', ''), Note('gap', 'The label states its thresholds as creatinine clearance; the text uses Cockcroft-Gault (the standard bedside estimate) and did not confirm that the label names an equation.', (), 'guideline', ''), Note('gap', 'The text gives no dose cap, no obesity or low-weight adjustment for treatment, no rounding rule (to a syringe size or any step) and no dosing on dialysis; none is applied here. The computed dose is weight x mg/kg.', (), 'guideline', ''),))))
        else:
            # guidelines/enoxaparin_vte.guideline:73: otherwise
            trace.append(4)
            # guidelines/enoxaparin_vte.guideline:74: decision regimen: Which setting?
            # guidelines/enoxaparin_vte.guideline:76: when setting is outpatient
            if v_setting == 'outpatient':
                trace.append(5)
                # guidelines/enoxaparin_vte.guideline:77: start outpatient_bid
                lo4 = 1.0 * v_weight
                hi5 = 1.0 * v_weight
                recs.append(_new(Recommendation, ('outpatient_bid', 'start', 'Enoxaparin 1 mg/kg subcutaneously every 12 hours (outpatient, acute DVT without PE)', 'not_graded', ('lovenox',), False, _new(Dose, (lo4, hi5, 'mg', '1 mg/kg * weight', (('weight', v_weight),), True, None, False, _fmt(lo4) + ' mg' + ': ' + '1 mg/kg x ' + _fmt(float(v_weight)) + ' kg')), (), 'subcutaneous', 'every 12 hours', None, None, None, None, None, 'enoxaparin', None, None, (), (Note('note', 'The once-daily 1.5 mg/kg regimen is not a label option for outpatients.', (), 'recommendation', ''), Note('note', 'The label\'s threshold is "less than 30", so a CrCl of exactly 30 mL/min is not adjusted.', (), 'decision', 'renal'), Note('note', 'CrCl 30 mL/min or more: no renal adjustment.', (), 'decision', 'regimen'), Note('note', 'CrCl (mL/min) = (140 - age) x weight (kg) x (0.85 if female) x 88.4 / (72 x creatinine in umol/L), which is (140 - age) x weight x (0.85 if female) / (72 x creatinine in mg/dL). The factor 88.4 / 72 is about 1.228 for men and 1.044 for women; the often-printed 1.23 and 1.04 are rounded and can move a result near 30, so they are not used.', (), 'definition', 'crcl'), Note('note', 'The comparison with 30 mL/min uses the unrounded value, in exact arithmetic; the examples show CrCl to one decimal place.', (), 'definition', 'crcl'), Note('gap', 'The label doses per kg of body weight and does not say actual, ideal or adjusted weight; measured weight is the usual reading and is what is asked here. Neither source settles which weight to use in Cockcroft-Gault for very heavy or very light patients.', (), 'input', 'weight'), Note('note', "The text gives 0.2-15 mg/dL or 18-1330 umol/L, with 1 mg/dL = 88.4 umol/L. The value may be given in either unit; it is held in umol/L, where a value in mg/dL converts exactly at the text's 88.4, so that the comparison with 30 mL/min is exact for values given in either unit.", (), 'input', 'serum_creatinine'), Note('note', 'Outpatient treatment of a patient with PE is not a label regimen: out of scope.', (), 'input', 'setting'), Note('note', 'Sections used: Indications and Usage; Dosage and Administration (adult dosage, dose adjustment in severe renal impairment); Contraindications; Use in Specific Populations (renal impairment, geriatric use, low-weight patients, obese patients).', (), 'reference', 'lovenox'), Note('note', 'Not graded: a prescribing label states approved dosing, not graded recommendations.', (), 'guideline', ''), Note('gap', "The text was written from the label's long-standing content, not from one dated revision, and asks the encoder to record the revision date of the copy it checks against. This encoding was made from the source text alone and has not been checked against a dated copy of the label: no revision date can be recorded.", (), 'guideline', ''), Note('gap', 'The label states its thresholds as creatinine clearance; the text uses Cockcroft-Gault (the standard bedside estimate) and did not confirm that the label names an equation.', (), 'guideline', ''), Note('gap', 'The text gives no dose cap, no obesity or low-weight adjustment for treatment, no rounding rule (to a syringe size or any step) and no dosing on dialysis; none is applied here. The computed dose is weight x mg/kg.', (), 'guideline', ''),))))
            else:
                # guidelines/enoxaparin_vte.guideline:85: when setting is inpatient
                # (the build proved that everyone reaching this line meets this condition)
                trace.append(6)
                # guidelines/enoxaparin_vte.guideline:86: decision inpatient_choice: Which inpatient regimen?
                # guidelines/enoxaparin_vte.guideline:89: when inpatient_regimen is every_12_hours
                if v_inpatient_regimen is None:
                    trace.append(7)
                    # guidelines/enoxaparin_vte.guideline:106: choose inpatient_regimens
                    recs.append(_R_inpatient_regimens)
                elif v_inpatient_regimen == 'every_12_hours':
                    trace.append(8)
                    # guidelines/enoxaparin_vte.guideline:90: start inpatient_bid
                    lo6 = 1.0 * v_weight
                    hi7 = 1.0 * v_weight
                    recs.append(_new(Recommendation, ('inpatient_bid', 'start', 'Enoxaparin 1 mg/kg subcutaneously every 12 hours (inpatient)', 'not_graded', ('lovenox',), False, _new(Dose, (lo6, hi7, 'mg', '1 mg/kg * weight', (('weight', v_weight),), True, None, False, _fmt(lo6) + ' mg' + ': ' + '1 mg/kg x ' + _fmt(float(v_weight)) + ' kg')), (), 'subcutaneous', 'every 12 hours', None, None, None, None, None, 'enoxaparin', None, None, (), (Note('note', 'The label\'s threshold is "less than 30", so a CrCl of exactly 30 mL/min is not adjusted.', (), 'decision', 'renal'), Note('note', 'CrCl 30 mL/min or more: no renal adjustment.', (), 'decision', 'regimen'), Note('note', 'The label gives two inpatient regimens and does not say how to choose between them: the guideline presents both, and gives the dose of the one the prescriber chooses.', (), 'decision', 'inpatient_choice'), Note('gap', 'The label does not say how to choose between the two inpatient regimens; the choice is asked, not made.', (), 'decision', 'inpatient_choice'), Note('note', 'CrCl (mL/min) = (140 - age) x weight (kg) x (0.85 if female) x 88.4 / (72 x creatinine in umol/L), which is (140 - age) x weight x (0.85 if female) / (72 x creatinine in mg/dL). The factor 88.4 / 72 is about 1.228 for men and 1.044 for women; the often-printed 1.23 and 1.04 are rounded and can move a result near 30, so they are not used.', (), 'definition', 'crcl'), Note('note', 'The comparison with 30 mL/min uses the unrounded value, in exact arithmetic; the examples show CrCl to one decimal place.', (), 'definition', 'crcl'), Note('gap', 'The label doses per kg of body weight and does not say actual, ideal or adjusted weight; measured weight is the usual reading and is what is asked here. Neither source settles which weight to use in Cockcroft-Gault for very heavy or very light patients.', (), 'input', 'weight'), Note('note', "The text gives 0.2-15 mg/dL or 18-1330 umol/L, with 1 mg/dL = 88.4 umol/L. The value may be given in either unit; it is held in umol/L, where a value in mg/dL converts exactly at the text's 88.4, so that the comparison with 30 mL/min is exact for values given in either unit.", (), 'input', 'serum_creatinine'), Note('note', 'Outpatient treatment of a patient with PE is not a label regimen: out of scope.', (), 'input', 'setting'), Note('note', 'Asked only for an inpatient whose CrCl is 30 mL/min or more.', (), 'input', 'inpatient_regimen'), Note('note', 'Sections used: Indications and Usage; Dosage and Administration (adult dosage, dose adjustment in severe renal impairment); Contraindications; Use in Specific Populations (renal impairment, geriatric use, low-weight patients, obese patients).', (), 'reference', 'lovenox'), Note('note', 'Not graded: a prescribing label states approved dosing, not graded recommendations.', (), 'guideline', ''), Note('gap', "The text was written from the label's long-standing content, not from one dated revision, and asks the encoder to record the revision date of the copy it checks against. This encoding was made from the source text alone and has not been checked against a dated copy of the label: no revision date can be recorded.", (), 'guideline', ''), Note('gap', 'The label states its thresholds as creatinine clearance; the text uses Cockcroft-Gault (the standard bedside estimate) and did not confirm that the label names an equation.', (), 'guideline', ''), Note('gap', 'The text gives no dose cap, no obesity or low-weight adjustment for treatment, no rounding rule (to a syringe size or any step) and no dosing on dialysis; none is applied here. The computed dose is weight x mg/kg.', (), 'guideline', ''),))))
                else:
                    # guidelines/enoxaparin_vte.guideline:97: when inpatient_regimen is once_daily
                    # (the build proved that everyone reaching this line meets this condition)
                    trace.append(9)
                    # guidelines/enoxaparin_vte.guideline:98: start inpatient_daily
                    lo8 = float(_K3 * _x(v_weight))
                    hi9 = float(_K3 * _x(v_weight))
                    recs.append(_new(Recommendation, ('inpatient_daily', 'start', 'Enoxaparin 1.5 mg/kg subcutaneously once a day at the same time every day (inpatient)', 'not_graded', ('lovenox',), False, _new(Dose, (lo8, hi9, 'mg', '1.5 mg/kg * weight', (('weight', v_weight),), True, None, False, _fmt(lo8) + ' mg' + ': ' + '1.5 mg/kg x ' + _fmt(float(v_weight)) + ' kg')), (), 'subcutaneous', 'once a day, at the same time every day', None, None, None, None, None, 'enoxaparin', None, None, (), (Note('note', 'The label\'s threshold is "less than 30", so a CrCl of exactly 30 mL/min is not adjusted.', (), 'decision', 'renal'), Note('note', 'CrCl 30 mL/min or more: no renal adjustment.', (), 'decision', 'regimen'), Note('note', 'The label gives two inpatient regimens and does not say how to choose between them: the guideline presents both, and gives the dose of the one the prescriber chooses.', (), 'decision', 'inpatient_choice'), Note('gap', 'The label does not say how to choose between the two inpatient regimens; the choice is asked, not made.', (), 'decision', 'inpatient_choice'), Note('note', 'CrCl (mL/min) = (140 - age) x weight (kg) x (0.85 if female) x 88.4 / (72 x creatinine in umol/L), which is (140 - age) x weight x (0.85 if female) / (72 x creatinine in mg/dL). The factor 88.4 / 72 is about 1.228 for men and 1.044 for women; the often-printed 1.23 and 1.04 are rounded and can move a result near 30, so they are not used.', (), 'definition', 'crcl'), Note('note', 'The comparison with 30 mL/min uses the unrounded value, in exact arithmetic; the examples show CrCl to one decimal place.', (), 'definition', 'crcl'), Note('gap', 'The label doses per kg of body weight and does not say actual, ideal or adjusted weight; measured weight is the usual reading and is what is asked here. Neither source settles which weight to use in Cockcroft-Gault for very heavy or very light patients.', (), 'input', 'weight'), Note('note', "The text gives 0.2-15 mg/dL or 18-1330 umol/L, with 1 mg/dL = 88.4 umol/L. The value may be given in either unit; it is held in umol/L, where a value in mg/dL converts exactly at the text's 88.4, so that the comparison with 30 mL/min is exact for values given in either unit.", (), 'input', 'serum_creatinine'), Note('note', 'Outpatient treatment of a patient with PE is not a label regimen: out of scope.', (), 'input', 'setting'), Note('note', 'Asked only for an inpatient whose CrCl is 30 mL/min or more.', (), 'input', 'inpatient_regimen'), Note('note', 'Sections used: Indications and Usage; Dosage and Administration (adult dosage, dose adjustment in severe renal impairment); Contraindications; Use in Specific Populations (renal impairment, geriatric use, low-weight patients, obese patients).', (), 'reference', 'lovenox'), Note('note', 'Not graded: a prescribing label states approved dosing, not graded recommendations.', (), 'guideline', ''), Note('gap', "The text was written from the label's long-standing content, not from one dated revision, and asks the encoder to record the revision date of the copy it checks against. This encoding was made from the source text alone and has not been checked against a dated copy of the label: no revision date can be recorded.", (), 'guideline', ''), Note('gap', 'The label states its thresholds as creatinine clearance; the text uses Cockcroft-Gault (the standard bedside estimate) and did not confirm that the label names an equation.', (), 'guideline', ''), Note('gap', 'The text gives no dose cap, no obesity or low-weight adjustment for treatment, no rounding rule (to a syringe size or any step) and no dosing on dialysis; none is applied here. The computed dose is weight x mg/kg.', (), 'guideline', ''),))))
            # guidelines/enoxaparin_vte.guideline:111: decision mild_moderate: Mild or moderate renal impairment (CrCl 30 to 80 mL/min)?
            # guidelines/enoxaparin_vte.guideline:113: when crcl <= 80 mL/min
            if (((((_Fraction((140 - v_age), 1) * (_x(v_weight) / 1)) * (_K1 if v_sex == 'female' else 1)) * _K2) / (72 * (_x(cast('float', v_serum_creatinine)) / 1))) * 1) <= 80:
                trace.append(10)
                # guidelines/enoxaparin_vte.guideline:114: monitor renal_bleeding
                recs.append(_R_renal_bleeding)
            else:
                # guidelines/enoxaparin_vte.guideline:117: otherwise
                trace.append(11)
        # guidelines/enoxaparin_vte.guideline:119: section warfarin: Together with warfarin
        trace.append(12)
        # guidelines/enoxaparin_vte.guideline:121: start warfarin_start
        # guidelines/enoxaparin_vte.guideline:125: advise continue_enoxaparin
        recs.extend((_R_warfarin_start, _R_continue_enoxaparin))
        # guidelines/enoxaparin_vte.guideline:128: section extremes: Extremes of body weight
        trace.append(13)
        # guidelines/enoxaparin_vte.guideline:132: decision low_weight: Low body weight (women under 45 kg, men under 57 kg)?
        # guidelines/enoxaparin_vte.guideline:135: when (sex is female and weight < 45 kg) or (sex is male and weight < 57 kg)
        u.clear()  # only this branch's unknown facts count
        g10: bool | None
        s11 = False
        g10 = False
        t12: bool | None
        s13 = False
        t12 = True
        t14: bool | None
        if v_sex is None:
            t14 = None
            u.append('sex')
        elif v_sex == 'female':  # guidelines/enoxaparin_vte.guideline:135: sex is female
            t14 = True
        else:
            t14 = False
        if t14 is False:
            t12 = False
        else:
            s13 = s13 or t14 is None
        if t12 is True:
            t15: bool | None
            if v_weight < 45.0:  # guidelines/enoxaparin_vte.guideline:135: weight < 45 kg
                t15 = True
            else:
                t15 = False
            if t15 is False:
                t12 = False
            else:
                s13 = s13 or t15 is None
        if s13 and t12 is True:
            t12 = None
        if t12 is True:
            g10 = True
        else:
            s11 = s11 or t12 is None
        if g10 is False:
            t16: bool | None
            s17 = False
            t16 = True
            t18: bool | None
            if v_sex is None:
                t18 = None
                u.append('sex')
            elif v_sex == 'male':  # guidelines/enoxaparin_vte.guideline:135: sex is male
                t18 = True
            else:
                t18 = False
            if t18 is False:
                t16 = False
            else:
                s17 = s17 or t18 is None
            if t16 is True:
                t19: bool | None
                if v_weight < 57.0:  # guidelines/enoxaparin_vte.guideline:135: weight < 57 kg
                    t19 = True
                else:
                    t19 = False
                if t19 is False:
                    t16 = False
                else:
                    s17 = s17 or t19 is None
            if s17 and t16 is True:
                t16 = None
            if t16 is True:
                g10 = True
            else:
                s11 = s11 or t16 is None
        if s11 and g10 is False:
            g10 = None
        if g10 is None:
            trace.append(14)
            wt.append((5, tuple(sorted(set(u)))))
        elif g10:
            trace.append(15)
            # guidelines/enoxaparin_vte.guideline:136: monitor low_weight_bleeding
            recs.append(_R_low_weight_bleeding)
        else:
            # guidelines/enoxaparin_vte.guideline:139: otherwise
            trace.append(16)
        # guidelines/enoxaparin_vte.guideline:141: section older_age: Older age
        trace.append(17)
        # guidelines/enoxaparin_vte.guideline:142: caution older_patients
        recs.append(_R_older_patients)
    return _new(Result, (GUIDELINE_ID, VERSION, SOURCE_HASH, not wt, _needs(wt) if wt else (), tuple(recs), Path(trace, facts), (), _waiting(wt) if wt else ()))


Decided = tuple[tuple[str, ...], dict[str, tuple[float, float]], tuple[str, ...]]


def decide(patient: Mapping[str, object]) -> Decided:
    """Ids in order, {id: (low, high) dose} and needs, as `evaluate` says."""
    try:
        facts = _plain(patient) or _validate(patient)
    except _Unread as missing:
        missing.check()
        return decide(missing.filled)
    v_serum_creatinine: Any
    v_setting, v_weight, v_age, v_sex, v_serum_creatinine, v_inpatient_regimen, v_major_bleeding, v_hit, v_hypersensitivity, v_benzyl_alcohol, = facts
    ids: list[str] = []
    doses: dict[str, tuple[float, float]] = {}
    u: list[str] = []
    wt: list[tuple[int, tuple[str, ...]]] = []
    # guidelines/enoxaparin_vte.guideline:55: decision contraindications: Is any contraindication present?
    # guidelines/enoxaparin_vte.guideline:56: when contraindicated
    if v_major_bleeding or v_hit or v_hypersensitivity or v_benzyl_alcohol:
        # guidelines/enoxaparin_vte.guideline:57: caution no_dose
        ids.append('no_dose')
    else:
        # guidelines/enoxaparin_vte.guideline:61: otherwise
        # guidelines/enoxaparin_vte.guideline:62: decision renal: Is the creatinine clearance below 30 mL/min (severe renal impairment)?
        # guidelines/enoxaparin_vte.guideline:64: when crcl < 30 mL/min
        g1: bool | None
        if v_sex is None or v_serum_creatinine is None:
            g1 = None
            u.extend(n for n, v in (('sex', v_sex), ('serum_creatinine', v_serum_creatinine),) if v is None)
        elif (((((_Fraction((140 - v_age), 1) * (_x(v_weight) / 1)) * (_K1 if v_sex == 'female' else 1)) * _K2) / (72 * (_x(cast('float', v_serum_creatinine)) / 1))) * 1) < 30:  # guidelines/enoxaparin_vte.guideline:64: crcl < 30 mL/min
            g1 = True
        else:
            g1 = False
        if g1 is None:
            wt.append((1, tuple(sorted(set(u)))))
        elif g1:
            # guidelines/enoxaparin_vte.guideline:65: start severe_renal
            ids.append('severe_renal')
            doses['severe_renal'] = (1.0 * v_weight, 1.0 * v_weight)
        else:
            # guidelines/enoxaparin_vte.guideline:73: otherwise
            # guidelines/enoxaparin_vte.guideline:74: decision regimen: Which setting?
            # guidelines/enoxaparin_vte.guideline:76: when setting is outpatient
            if v_setting == 'outpatient':
                # guidelines/enoxaparin_vte.guideline:77: start outpatient_bid
                ids.append('outpatient_bid')
                doses['outpatient_bid'] = (1.0 * v_weight, 1.0 * v_weight)
            else:
                # guidelines/enoxaparin_vte.guideline:85: when setting is inpatient
                # (the build proved that everyone reaching this line meets this condition)
                # guidelines/enoxaparin_vte.guideline:86: decision inpatient_choice: Which inpatient regimen?
                # guidelines/enoxaparin_vte.guideline:89: when inpatient_regimen is every_12_hours
                if v_inpatient_regimen is None:
                    # guidelines/enoxaparin_vte.guideline:106: choose inpatient_regimens
                    ids.append('inpatient_regimens')
                elif v_inpatient_regimen == 'every_12_hours':
                    # guidelines/enoxaparin_vte.guideline:90: start inpatient_bid
                    ids.append('inpatient_bid')
                    doses['inpatient_bid'] = (1.0 * v_weight, 1.0 * v_weight)
                else:
                    # guidelines/enoxaparin_vte.guideline:97: when inpatient_regimen is once_daily
                    # (the build proved that everyone reaching this line meets this condition)
                    # guidelines/enoxaparin_vte.guideline:98: start inpatient_daily
                    ids.append('inpatient_daily')
                    doses['inpatient_daily'] = (float(_K3 * _x(v_weight)), float(_K3 * _x(v_weight)))
            # guidelines/enoxaparin_vte.guideline:111: decision mild_moderate: Mild or moderate renal impairment (CrCl 30 to 80 mL/min)?
            # guidelines/enoxaparin_vte.guideline:113: when crcl <= 80 mL/min
            if (((((_Fraction((140 - v_age), 1) * (_x(v_weight) / 1)) * (_K1 if v_sex == 'female' else 1)) * _K2) / (72 * (_x(cast('float', v_serum_creatinine)) / 1))) * 1) <= 80:
                # guidelines/enoxaparin_vte.guideline:114: monitor renal_bleeding
                ids.append('renal_bleeding')
        # guidelines/enoxaparin_vte.guideline:119: section warfarin: Together with warfarin
        # guidelines/enoxaparin_vte.guideline:121: start warfarin_start
        # guidelines/enoxaparin_vte.guideline:125: advise continue_enoxaparin
        ids.extend(('warfarin_start', 'continue_enoxaparin'))
        # guidelines/enoxaparin_vte.guideline:128: section extremes: Extremes of body weight
        # guidelines/enoxaparin_vte.guideline:132: decision low_weight: Low body weight (women under 45 kg, men under 57 kg)?
        # guidelines/enoxaparin_vte.guideline:135: when (sex is female and weight < 45 kg) or (sex is male and weight < 57 kg)
        u.clear()  # only this branch's unknown facts count
        g2: bool | None
        s3 = False
        g2 = False
        t4: bool | None
        s5 = False
        t4 = True
        t6: bool | None
        if v_sex is None:
            t6 = None
            u.append('sex')
        elif v_sex == 'female':  # guidelines/enoxaparin_vte.guideline:135: sex is female
            t6 = True
        else:
            t6 = False
        if t6 is False:
            t4 = False
        else:
            s5 = s5 or t6 is None
        if t4 is True:
            t7: bool | None
            if v_weight < 45.0:  # guidelines/enoxaparin_vte.guideline:135: weight < 45 kg
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
            g2 = True
        else:
            s3 = s3 or t4 is None
        if g2 is False:
            t8: bool | None
            s9 = False
            t8 = True
            t10: bool | None
            if v_sex is None:
                t10 = None
                u.append('sex')
            elif v_sex == 'male':  # guidelines/enoxaparin_vte.guideline:135: sex is male
                t10 = True
            else:
                t10 = False
            if t10 is False:
                t8 = False
            else:
                s9 = s9 or t10 is None
            if t8 is True:
                t11: bool | None
                if v_weight < 57.0:  # guidelines/enoxaparin_vte.guideline:135: weight < 57 kg
                    t11 = True
                else:
                    t11 = False
                if t11 is False:
                    t8 = False
                else:
                    s9 = s9 or t11 is None
            if s9 and t8 is True:
                t8 = None
            if t8 is True:
                g2 = True
            else:
                s3 = s3 or t8 is None
        if s3 and g2 is False:
            g2 = None
        if g2 is None:
            wt.append((5, tuple(sorted(set(u)))))
        elif g2:
            # guidelines/enoxaparin_vte.guideline:136: monitor low_weight_bleeding
            ids.append('low_weight_bleeding')
        # guidelines/enoxaparin_vte.guideline:141: section older_age: Older age
        # guidelines/enoxaparin_vte.guideline:142: caution older_patients
        ids.append('older_patients')
    return tuple(ids), doses, _needs(wt) if wt else ()
