"""Treatment for necrotizing myopathy

Decision tree generated from guidelines/imnm.guideline by `guideline build`.
Do not edit: change the guideline source and rebuild.

Guideline imnm, version 0.1.0, source SHA-256 ab1115ff5e36133efd36e5e212652f3475422efc33158f0959afaf655089bca5.
Call `evaluate(patient)` with a mapping of fact names to values.
"""

from __future__ import annotations

import difflib as _difflib
import math as _math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Final, NamedTuple

GUIDELINE_ID: Final = 'imnm'
TITLE: Final = 'Treatment for necrotizing myopathy'
VERSION: Final = '0.1.0'
SOURCE_HASH: Final = 'ab1115ff5e36133efd36e5e212652f3475422efc33158f0959afaf655089bca5'
INPUTS: Final = ('category', 'weight', 'anti_hmgcr', 'statin_associated', 'skin_disease', 'weeks_on_treatment', 'response')


class PatientDataError(ValueError):
    """Patient data that cannot be evaluated; `problems` lists each (fact, message)."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{name}: {message}" for name, message in problems))


class GuidelineDefect(RuntimeError):
    """A patient for whom a decision has no branch."""


class _Stop(Exception):
    def __init__(self, needs: list[str]) -> None:
        self.needs = needs


class Dose(NamedTuple):
    """A dose computed for this patient."""

    low: float
    high: float
    unit: str
    text: str
    rule: str
    facts: tuple[tuple[str, object], ...]


class Option(NamedTuple):
    """One alternative of a `choose` recommendation; `preferred` for this patient."""

    id: str
    text: str
    preferred: bool | None


class Recommendation(NamedTuple):
    """One recommendation, with its evidence and any computed dose."""

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

    def to_dict(self) -> dict[str, object]:
        """Plain data (JSON-ready)."""
        data = self._asdict()
        data["citations"] = list(self.citations)
        data["options"] = [o._asdict() for o in self.options]
        if self.dose is not None:
            dose = self.dose._asdict()
            dose["facts"] = dict(self.dose.facts)
            data["dose"] = dose
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


class Result(NamedTuple):
    """What the guideline recommends for one patient, and why."""

    guideline: str
    version: str
    source_hash: str
    complete: bool
    needs: tuple[str, ...]
    recommendations: tuple[Recommendation, ...]
    path: tuple[Step, ...]

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
        }


def _fmt(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in {"-0", ""} else text


def _yesno(raw: object) -> tuple[object, str | None]:
    if isinstance(raw, bool):
        return raw, None
    return None, "expected yes or no (true or false)"


def _choice(raw: object, names: tuple[str, ...]) -> tuple[object, str | None]:
    if isinstance(raw, str) and raw in names:
        return raw, None
    return None, f"expected one of {', '.join(names)}, got {raw!r}"


def _number(
    raw: object, unit_text: str, factors: Mapping[str, float]
) -> tuple[float | None, str | None]:
    value = raw
    if isinstance(raw, Mapping):
        if set(raw) != {"value", "unit"}:
            return None, 'give a number, or {"value": number, "unit": "..."}'
        value = raw["value"]
        unit = raw["unit"]
        if not isinstance(unit, str) or unit not in factors:
            return None, f"expected a value in {unit_text}, got {unit!r}"
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = value * factors[unit]
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None, f"expected a number, got {type(value).__name__}"
    if not _math.isfinite(value):
        return None, "must be a finite number"
    return float(value), None


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
    raw: object, *, low: float, high: float, unit_text: str, factors: Mapping[str, float]
) -> tuple[object, str | None]:
    value, problem = _number(raw, unit_text, factors)
    if problem is not None or value is None:
        return None, problem
    return _in_range(value, low, high, unit_text)


def _count(
    raw: object, *, low: float, high: float, unit_text: str, factors: Mapping[str, float]
) -> tuple[object, str | None]:
    value, problem = _number(raw, unit_text, factors)
    if problem is not None or value is None:
        return None, problem
    if value != int(value):
        return None, "must be a whole number"
    return _in_range(int(value), low, high, unit_text)


@dataclass(slots=True)
class _Facts:
    category: str
    weight: float
    anti_hmgcr: bool | None
    statin_associated: bool | None
    skin_disease: bool
    weeks_on_treatment: int
    response: str | None


def _validate(patient: object) -> _Facts:
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
    return _Facts(**values)  # type: ignore[arg-type]


class _Out:
    __slots__ = ("path", "recs")

    def __init__(self) -> None:
        self.recs: list[Recommendation] = []
        self.path: list[Step] = []


_Check = Callable[[object], tuple[object, str | None]]
_Missing = tuple[tuple[str, str], ...]


_CHECKS: Final[tuple[tuple[str, _Check, _Missing], ...]] = (
    ('category', lambda raw: _choice(raw, ('immune_mediated', 'non_immune_mediated')), (('category', 'is required but missing'),)),
    ('weight', lambda raw: _measure(raw, low=1.0, high=400.0, unit_text='kg', factors={'g': 0.001, 'kg': 1.0, 'mcg': 1e-09, 'mg': 1e-06, 'ug': 1e-09, 'µg': 1e-09}), (('weight', 'is required but missing'),)),
    ('anti_hmgcr', _yesno, ()),
    ('statin_associated', _yesno, ()),
    ('skin_disease', _yesno, (('skin_disease', 'is required but missing'),)),
    ('weeks_on_treatment', lambda raw: _count(raw, low=0.0, high=520.0, unit_text='week', factors={'d': 0.14285714285714285, 'day': 0.14285714285714285, 'days': 0.14285714285714285, 'h': 0.005952380952380952, 'hour': 0.005952380952380952, 'hours': 0.005952380952380952, 'min': 9.92063492063492e-05, 'minute': 9.92063492063492e-05, 'minutes': 9.92063492063492e-05, 'month': 4.348214285714286, 'months': 4.348214285714286, 'week': 1.0, 'weeks': 1.0, 'wk': 1.0, 'year': 52.17857142857143, 'years': 52.17857142857143, 'yr': 52.17857142857143}), (('weeks_on_treatment', 'is required but missing'),)),
    ('response', lambda raw: _choice(raw, ('adequate', 'inadequate')), ()),
)


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
)


_R_prednisone: Final = Recommendation(
    'prednisone',
    'start',
    'Prednisone as initial therapy',
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
    'prednisone',
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
)


_R_second_agent: Final = Recommendation(
    'second_agent',
    'choose',
    'Combine an immunosuppressant with the steroids: methotrexate first',
    'recommend',
    ('2',),
    False,
    None,
    (Option('methotrexate', 'Methotrexate: first-line immunosuppressant to combine with steroids', None), Option('azathioprine', 'Azathioprine (alternative)', None), Option('mycophenolate', 'Mycophenolate mofetil (alternative)', None),),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
)


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
)


def _d_hmgcr(f: _Facts, out: _Out) -> None:
    """Decision hmgcr: Anti-HMGCR antibodies (specific considerations for HMGCR-positive IMNM)"""
    u: list[str] = []
    # guidelines/imnm.guideline:144: when anti_hmgcr
    g6: bool | None
    if f.anti_hmgcr is None:
        g6 = None
        u.extend(n for n, v in (('anti_hmgcr', f.anti_hmgcr),) if v is None)
    elif f.anti_hmgcr is True:  # guidelines/imnm.guideline:144: anti_hmgcr
        g6 = True
    else:
        g6 = False
    if g6 is None:
        out.path.append(Step('hmgcr', 'Anti-HMGCR antibodies (specific considerations for HMGCR-positive IMNM)', 'unknown', (('anti_hmgcr', f.anti_hmgcr),)))
        raise _Stop(sorted(set(u)))
    if g6:
        out.path.append(Step('hmgcr', 'Anti-HMGCR antibodies (specific considerations for HMGCR-positive IMNM)', 'anti_hmgcr', (('anti_hmgcr', f.anti_hmgcr),)))
        # guidelines/imnm.guideline:145: consider ivig_early
        out.recs.append(_R_ivig_early)
        # guidelines/imnm.guideline:148: advise maintenance
        out.recs.append(_R_maintenance)
        return
    # guidelines/imnm.guideline:150: otherwise
    out.path.append(Step('hmgcr', 'Anti-HMGCR antibodies (specific considerations for HMGCR-positive IMNM)', 'otherwise', (('anti_hmgcr', f.anti_hmgcr),)))


def _d_refractory_treatment(f: _Facts, out: _Out) -> None:
    """Decision refractory_treatment: Is the disease refractory (inadequate response after 4-6 weeks)?"""
    u: list[str] = []
    # guidelines/imnm.guideline:153: when refractory
    g7: bool | None
    s8 = False
    g7 = True
    t9: bool | None
    if f.response is None:
        t9 = None
        u.extend(n for n, v in (('response', f.response),) if v is None)
    elif f.response == 'inadequate':  # guidelines/imnm.guideline:56: response is inadequate
        t9 = True
    else:
        t9 = False
    if t9 is False:
        g7 = False
    else:
        s8 = s8 or t9 is None
        t10: bool | None
        if f.weeks_on_treatment >= 4.0:  # guidelines/imnm.guideline:56: weeks_on_treatment >= 4 weeks
            t10 = True
        else:
            t10 = False
        if t10 is False:
            g7 = False
        else:
            s8 = s8 or t10 is None
            if s8:
                g7 = None
    if g7 is None:
        out.path.append(Step('refractory_treatment', 'Is the disease refractory (inadequate response after 4-6 weeks)?', 'unknown', (('response', f.response), ('weeks_on_treatment', f.weeks_on_treatment),)))
        raise _Stop(sorted(set(u)))
    if g7:
        out.path.append(Step('refractory_treatment', 'Is the disease refractory (inadequate response after 4-6 weeks)?', 'refractory', (('response', f.response), ('weeks_on_treatment', f.weeks_on_treatment),)))
        # guidelines/imnm.guideline:154: consider ivig_refractory
        out.recs.append(_R_ivig_refractory)
        # guidelines/imnm.guideline:158: consider rituximab
        out.recs.append(_R_rituximab)
        return
    # guidelines/imnm.guideline:163: when weeks_on_treatment < 4 weeks
    if f.weeks_on_treatment < 4.0:  # guidelines/imnm.guideline:163: weeks_on_treatment < 4 weeks
        g11 = True
    else:
        g11 = False
    if g11:
        out.path.append(Step('refractory_treatment', 'Is the disease refractory (inadequate response after 4-6 weeks)?', 'weeks_on_treatment < 4 weeks', (('response', f.response), ('weeks_on_treatment', f.weeks_on_treatment),)))
        return
    # guidelines/imnm.guideline:164: when response is adequate
    # (the build proved that everyone reaching this line meets this condition)
    out.path.append(Step('refractory_treatment', 'Is the disease refractory (inadequate response after 4-6 weeks)?', 'response is adequate', (('response', f.response), ('weeks_on_treatment', f.weeks_on_treatment),)))


def _d_scope_check(f: _Facts, out: _Out) -> None:
    """Decision scope_check: Is the necrotizing myopathy immune-mediated?"""
    # guidelines/imnm.guideline:63: when not immune_mediated
    if f.category != 'immune_mediated':  # guidelines/imnm.guideline:54: category is immune_mediated
        g1 = True
    else:
        g1 = False
    if g1:
        out.path.append(Step('scope_check', 'Is the necrotizing myopathy immune-mediated?', 'not immune_mediated', (('category', f.category),)))
        # guidelines/imnm.guideline:64: advise not_covered
        out.recs.append(_R_not_covered)
        return
    # guidelines/imnm.guideline:67: otherwise
    out.path.append(Step('scope_check', 'Is the necrotizing myopathy immune-mediated?', 'otherwise', (('category', f.category),)))
    _s_first_line(f, out)
    _s_combination(f, out)
    _s_monitoring(f, out)
    _s_predictors(f, out)
    _s_supportive_care(f, out)
    _s_complications(f, out)
    _s_caution(f, out)
    _d_statin(f, out)
    _d_hmgcr(f, out)
    _d_refractory_treatment(f, out)


def _d_statin(f: _Facts, out: _Out) -> None:
    """Decision statin: Is the myopathy statin-associated?"""
    u: list[str] = []
    # guidelines/imnm.guideline:135: when statin_associated
    g5: bool | None
    if f.statin_associated is None:
        g5 = None
        u.extend(n for n, v in (('statin_associated', f.statin_associated),) if v is None)
    elif f.statin_associated is True:  # guidelines/imnm.guideline:135: statin_associated
        g5 = True
    else:
        g5 = False
    if g5 is None:
        out.path.append(Step('statin', 'Is the myopathy statin-associated?', 'unknown', (('statin_associated', f.statin_associated),)))
        raise _Stop(sorted(set(u)))
    if g5:
        out.path.append(Step('statin', 'Is the myopathy statin-associated?', 'statin_associated', (('statin_associated', f.statin_associated),)))
        # guidelines/imnm.guideline:136: stop stop_statin
        out.recs.append(_R_stop_statin)
        # guidelines/imnm.guideline:139: caution statin_myopathy
        out.recs.append(_R_statin_myopathy)
        return
    # guidelines/imnm.guideline:141: otherwise
    out.path.append(Step('statin', 'Is the myopathy statin-associated?', 'otherwise', (('statin_associated', f.statin_associated),)))


def _root(f: _Facts, out: _Out) -> None:
    """The guideline body, in order."""
    _s_classification(f, out)
    _d_scope_check(f, out)


def _s_caution(f: _Facts, out: _Out) -> None:
    """Section caution: Caution"""
    out.path.append(Step('caution', 'Caution', 'applies to everyone', ()))
    # guidelines/imnm.guideline:129: refer neuromuscular
    out.recs.append(_R_neuromuscular)


def _s_classification(f: _Facts, out: _Out) -> None:
    """Section classification: Classification and diagnosis"""
    out.path.append(Step('classification', 'Classification and diagnosis', 'applies to everyone', ()))


def _s_combination(f: _Facts, out: _Out) -> None:
    """Section combination: Second-line / combination therapy"""
    out.path.append(Step('combination', 'Second-line / combination therapy', 'applies to everyone', ()))
    # guidelines/imnm.guideline:77: choose second_agent
    if f.skin_disease is True:  # guidelines/imnm.guideline:83: skin_disease
        p4 = True
    else:
        p4 = False
    out.recs.append(_R_second_agent._replace(options=(Option('methotrexate', 'Methotrexate: first-line immunosuppressant to combine with steroids', None), Option('azathioprine', 'Azathioprine (alternative)', None), Option('mycophenolate', 'Mycophenolate mofetil (alternative)', p4),)))


def _s_complications(f: _Facts, out: _Out) -> None:
    """Section complications: Complications to monitor"""
    out.path.append(Step('complications', 'Complications to monitor', 'applies to everyone', ()))
    # guidelines/imnm.guideline:117: monitor aspiration
    out.recs.append(_R_aspiration)
    # guidelines/imnm.guideline:119: monitor cardiac
    out.recs.append(_R_cardiac)
    # guidelines/imnm.guideline:121: monitor respiratory
    out.recs.append(_R_respiratory)
    # guidelines/imnm.guideline:123: monitor side_effects
    out.recs.append(_R_side_effects)


def _s_first_line(f: _Facts, out: _Out) -> None:
    """Section first_line: First-line treatment"""
    out.path.append(Step('first_line', 'First-line treatment', 'applies to everyone', ()))
    # guidelines/imnm.guideline:69: start prednisone
    lo2 = (0.5 * f.weight)
    hi3 = (1.0 * f.weight)
    out.recs.append(_R_prednisone._replace(dose=Dose(lo2, hi3, 'mg/day', _fmt(lo2) + " to " + _fmt(hi3) + ' mg/day', '0.5 to 1 mg/kg/day * weight', (('weight', f.weight),))))
    # guidelines/imnm.guideline:74: caution monotherapy_insufficient
    out.recs.append(_R_monotherapy_insufficient)


def _s_monitoring(f: _Facts, out: _Out) -> None:
    """Section monitoring: Monitoring and follow-up"""
    out.path.append(Step('monitoring', 'Monitoring and follow-up', 'applies to everyone', ()))
    # guidelines/imnm.guideline:89: monitor strength
    out.recs.append(_R_strength)
    # guidelines/imnm.guideline:91: monitor serial_ck
    out.recs.append(_R_serial_ck)
    # guidelines/imnm.guideline:94: monitor function
    out.recs.append(_R_function)
    # guidelines/imnm.guideline:96: monitor steroid_taper
    out.recs.append(_R_steroid_taper)
    # guidelines/imnm.guideline:99: assess damage_index
    out.recs.append(_R_damage_index)


def _s_predictors(f: _Facts, out: _Out) -> None:
    """Section predictors: Predictors of favorable outcome"""
    out.path.append(Step('predictors', 'Predictors of favorable outcome', 'applies to everyone', ()))


def _s_supportive_care(f: _Facts, out: _Out) -> None:
    """Section supportive_care: Supportive care"""
    out.path.append(Step('supportive_care', 'Supportive care', 'applies to everyone', ()))
    # guidelines/imnm.guideline:107: advise physical_therapy
    out.recs.append(_R_physical_therapy)
    # guidelines/imnm.guideline:109: refer physiatrist
    out.recs.append(_R_physiatrist)
    # guidelines/imnm.guideline:111: advise exercise
    out.recs.append(_R_exercise)
    # guidelines/imnm.guideline:113: advise pain
    out.recs.append(_R_pain)


_INPUT_SET: Final = frozenset(INPUTS)


def _fast_facts(patient: Mapping[str, object]) -> _Facts | None:
    """The facts when every one is plainly valid; None sends the caller to _validate."""
    if type(patient) is not dict or not _INPUT_SET.issuperset(patient):
        return None
    get = patient.get
    v0 = get('category')
    if not (type(v0) is str and v0 in ('immune_mediated', 'non_immune_mediated')):
        return None
    v1 = get('weight')
    if not ((type(v1) is float or type(v1) is int) and 1.0 <= v1 <= 400.0):
        return None
    v2 = get('anti_hmgcr')
    if v2 is not None and type(v2) is not bool:
        return None
    v3 = get('statin_associated')
    if v3 is not None and type(v3) is not bool:
        return None
    v4 = get('skin_disease')
    if type(v4) is not bool:
        return None
    v5 = get('weeks_on_treatment')
    if not (type(v5) is int and 0.0 <= v5 <= 520.0):
        return None
    v6 = get('response')
    if v6 is not None and not (type(v6) is str and v6 in ('adequate', 'inadequate')):
        return None
    return _Facts(v0, float(v1), v2, v3, v4, v5, v6)


def evaluate(patient: Mapping[str, object]) -> Result:
    """Validate the patient, walk the decision tree, and say what to do and why.

    Raises PatientDataError, naming each bad fact, before anything is decided.
    A fact given as None or left out is unknown; when a decision needs it, the
    result is incomplete and `needs` names the facts to find out.
    """
    f = _fast_facts(patient) or _validate(patient)
    out = _Out()
    complete, needs = True, list[str]()
    try:
        _root(f, out)
    except _Stop as stop:
        complete, needs = False, stop.needs
    return Result(
        GUIDELINE_ID, VERSION, SOURCE_HASH, complete, tuple(needs),
        tuple(out.recs), tuple(out.path),
    )


Decided = tuple[tuple[str, ...], dict[str, tuple[float, float]], tuple[str, ...]]


class _Lean:
    __slots__ = ("doses", "ids")

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.doses: dict[str, tuple[float, float]] = {}


def _l_d_hmgcr(f: _Facts, out: _Lean) -> None:
    """Decision hmgcr: Anti-HMGCR antibodies (specific considerations for HMGCR-positive IMNM)"""
    u: list[str] = []
    # guidelines/imnm.guideline:144: when anti_hmgcr
    g3: bool | None
    if f.anti_hmgcr is None:
        g3 = None
        u.extend(n for n, v in (('anti_hmgcr', f.anti_hmgcr),) if v is None)
    elif f.anti_hmgcr is True:  # guidelines/imnm.guideline:144: anti_hmgcr
        g3 = True
    else:
        g3 = False
    if g3 is None:
        raise _Stop(sorted(set(u)))
    if g3:
        # guidelines/imnm.guideline:145: consider ivig_early
        out.ids.append('ivig_early')
        # guidelines/imnm.guideline:148: advise maintenance
        out.ids.append('maintenance')
        return
    # guidelines/imnm.guideline:150: otherwise


def _l_d_refractory_treatment(f: _Facts, out: _Lean) -> None:
    """Decision refractory_treatment: Is the disease refractory (inadequate response after 4-6 weeks)?"""
    u: list[str] = []
    # guidelines/imnm.guideline:153: when refractory
    g4: bool | None
    s5 = False
    g4 = True
    t6: bool | None
    if f.response is None:
        t6 = None
        u.extend(n for n, v in (('response', f.response),) if v is None)
    elif f.response == 'inadequate':  # guidelines/imnm.guideline:56: response is inadequate
        t6 = True
    else:
        t6 = False
    if t6 is False:
        g4 = False
    else:
        s5 = s5 or t6 is None
        t7: bool | None
        if f.weeks_on_treatment >= 4.0:  # guidelines/imnm.guideline:56: weeks_on_treatment >= 4 weeks
            t7 = True
        else:
            t7 = False
        if t7 is False:
            g4 = False
        else:
            s5 = s5 or t7 is None
            if s5:
                g4 = None
    if g4 is None:
        raise _Stop(sorted(set(u)))
    if g4:
        # guidelines/imnm.guideline:154: consider ivig_refractory
        out.ids.append('ivig_refractory')
        # guidelines/imnm.guideline:158: consider rituximab
        out.ids.append('rituximab')
        return
    # guidelines/imnm.guideline:163: when weeks_on_treatment < 4 weeks
    if f.weeks_on_treatment < 4.0:  # guidelines/imnm.guideline:163: weeks_on_treatment < 4 weeks
        g8 = True
    else:
        g8 = False
    if g8:
        return
    # guidelines/imnm.guideline:164: when response is adequate
    # (the build proved that everyone reaching this line meets this condition)


def _l_d_scope_check(f: _Facts, out: _Lean) -> None:
    """Decision scope_check: Is the necrotizing myopathy immune-mediated?"""
    # guidelines/imnm.guideline:63: when not immune_mediated
    if f.category != 'immune_mediated':  # guidelines/imnm.guideline:54: category is immune_mediated
        g1 = True
    else:
        g1 = False
    if g1:
        # guidelines/imnm.guideline:64: advise not_covered
        out.ids.append('not_covered')
        return
    # guidelines/imnm.guideline:67: otherwise
    _l_s_first_line(f, out)
    _l_s_combination(f, out)
    _l_s_monitoring(f, out)
    _l_s_predictors(f, out)
    _l_s_supportive_care(f, out)
    _l_s_complications(f, out)
    _l_s_caution(f, out)
    _l_d_statin(f, out)
    _l_d_hmgcr(f, out)
    _l_d_refractory_treatment(f, out)


def _l_d_statin(f: _Facts, out: _Lean) -> None:
    """Decision statin: Is the myopathy statin-associated?"""
    u: list[str] = []
    # guidelines/imnm.guideline:135: when statin_associated
    g2: bool | None
    if f.statin_associated is None:
        g2 = None
        u.extend(n for n, v in (('statin_associated', f.statin_associated),) if v is None)
    elif f.statin_associated is True:  # guidelines/imnm.guideline:135: statin_associated
        g2 = True
    else:
        g2 = False
    if g2 is None:
        raise _Stop(sorted(set(u)))
    if g2:
        # guidelines/imnm.guideline:136: stop stop_statin
        out.ids.append('stop_statin')
        # guidelines/imnm.guideline:139: caution statin_myopathy
        out.ids.append('statin_myopathy')
        return
    # guidelines/imnm.guideline:141: otherwise


def _l_root(f: _Facts, out: _Lean) -> None:
    """The guideline body, in order (lean copy)."""
    _l_s_classification(f, out)
    _l_d_scope_check(f, out)


def _l_s_caution(f: _Facts, out: _Lean) -> None:
    """Section caution: Caution"""
    # guidelines/imnm.guideline:129: refer neuromuscular
    out.ids.append('neuromuscular')


def _l_s_classification(f: _Facts, out: _Lean) -> None:
    """Section classification: Classification and diagnosis"""


def _l_s_combination(f: _Facts, out: _Lean) -> None:
    """Section combination: Second-line / combination therapy"""
    # guidelines/imnm.guideline:77: choose second_agent
    out.ids.append('second_agent')


def _l_s_complications(f: _Facts, out: _Lean) -> None:
    """Section complications: Complications to monitor"""
    # guidelines/imnm.guideline:117: monitor aspiration
    out.ids.append('aspiration')
    # guidelines/imnm.guideline:119: monitor cardiac
    out.ids.append('cardiac')
    # guidelines/imnm.guideline:121: monitor respiratory
    out.ids.append('respiratory')
    # guidelines/imnm.guideline:123: monitor side_effects
    out.ids.append('side_effects')


def _l_s_first_line(f: _Facts, out: _Lean) -> None:
    """Section first_line: First-line treatment"""
    # guidelines/imnm.guideline:69: start prednisone
    out.ids.append('prednisone')
    out.doses['prednisone'] = ((0.5 * f.weight), (1.0 * f.weight))
    # guidelines/imnm.guideline:74: caution monotherapy_insufficient
    out.ids.append('monotherapy_insufficient')


def _l_s_monitoring(f: _Facts, out: _Lean) -> None:
    """Section monitoring: Monitoring and follow-up"""
    # guidelines/imnm.guideline:89: monitor strength
    out.ids.append('strength')
    # guidelines/imnm.guideline:91: monitor serial_ck
    out.ids.append('serial_ck')
    # guidelines/imnm.guideline:94: monitor function
    out.ids.append('function')
    # guidelines/imnm.guideline:96: monitor steroid_taper
    out.ids.append('steroid_taper')
    # guidelines/imnm.guideline:99: assess damage_index
    out.ids.append('damage_index')


def _l_s_predictors(f: _Facts, out: _Lean) -> None:
    """Section predictors: Predictors of favorable outcome"""


def _l_s_supportive_care(f: _Facts, out: _Lean) -> None:
    """Section supportive_care: Supportive care"""
    # guidelines/imnm.guideline:107: advise physical_therapy
    out.ids.append('physical_therapy')
    # guidelines/imnm.guideline:109: refer physiatrist
    out.ids.append('physiatrist')
    # guidelines/imnm.guideline:111: advise exercise
    out.ids.append('exercise')
    # guidelines/imnm.guideline:113: advise pain
    out.ids.append('pain')


def decide(patient: Mapping[str, object]) -> Decided:
    """Ids in order, {id: (low, high) dose} and needs, as `evaluate` says."""
    f = _fast_facts(patient) or _validate(patient)
    out = _Lean()
    needs: list[str] = []
    try:
        _l_root(f, out)
    except _Stop as stop:
        needs = stop.needs
    return tuple(out.ids), out.doses, tuple(needs)
