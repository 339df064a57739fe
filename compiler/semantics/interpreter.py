"""Evaluates the IR directly. The generated module must agree with it on every patient.

Rule for unknown facts (three-valued logic): `and` is `no` as soon as one side is
`no`, `or` is `yes` as soon as one side is `yes`; otherwise an unknown fact makes
the condition unknown. A decision whose next branch condition is unknown takes
its `when unknown` branch if it has one; if not, it waits: it and what is nested in
it give nothing, the later decisions go on, and the result lists every fact needed
with the decisions waiting on it (`compiler.semantics.waiting`).
"""

from __future__ import annotations

import datetime as dt
import decimal
import difflib
import numbers
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from compiler.semantics import ir, value_steps, waiting
from compiler.semantics import numbers as nums
from compiler.semantics import scores as score_rule
from compiler.semantics.numbers import fmt_number
from dsl.units import exact_units


class PatientDataError(ValueError):
    """Patient data that cannot be evaluated; lists every problem, by field."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__(problems)  # the only argument: copies and pickles rebuild from it
        self.problems = problems

    def __str__(self) -> str:
        return "; ".join(f"{name}: {message}" for name, message in self.problems)


class GuidelineDefect(RuntimeError):
    """A patient for whom a decision has no branch (the logic checks should prevent it)."""


# ----------------------------------------------------------------- validation


def is_number(value: object) -> bool:
    """A number a patient's fact may be: int, float, Decimal, Fraction, numpy's numbers.

    Each is read exactly (`numbers.read`): a float as the decimal of its shortest repr.
    """
    return not isinstance(value, bool) and isinstance(value, numbers.Real | decimal.Decimal)


def is_yes_no(value: object) -> bool:
    """A yes/no fact: a bool, or numpy's bool (what a pandas yes/no column holds)."""
    kind = type(value)
    return isinstance(value, bool) or (
        kind.__module__ == "numpy" and kind.__name__ in ("bool", "bool_")
    )


_LARGEST = Fraction(sys.float_info.max)


def _number(decl: ir.Input, raw: object) -> tuple[Fraction | None, str | None]:
    value, factor = raw, Fraction(1)
    if isinstance(raw, Mapping):
        if set(raw) != {"value", "unit"}:
            return None, 'give a number, or {"value": number, "unit": "..."}'
        value = raw["value"]
        assert decl.unit is not None
        factors = exact_units(decl.unit, decl.molar)
        unit = raw["unit"]
        if not isinstance(unit, str) or unit not in factors:
            return None, f"expected a value in {decl.unit_text}, got {unit!r}"
        factor = factors[unit]
    if not is_number(value):
        return None, f"expected a number, got {type(value).__name__}"
    number = nums.read(value)
    if number is None:
        return None, "must be a finite number"
    number *= factor
    if abs(number) > _LARGEST:  # past the floats, as the module refuses it
        return None, "must be a finite number"
    return number, None


def _check_number(decl: ir.Input, raw: object) -> tuple[object, str | None]:
    exact, problem = _number(decl, raw)
    if problem is not None or exact is None:
        return None, problem
    value: object
    if decl.kind == "whole":
        if exact.denominator != 1:
            return None, "must be a whole number"
        value = int(exact)
    else:
        value = nums.as_fact(exact)
        given = raw["value"] if isinstance(raw, Mapping) else raw
        unconverted = not isinstance(raw, Mapping) or exact == nums.read(given)
        if type(given) is float and unconverted:  # held as given: -0.0 stays -0.0
            value = given
    assert decl.low is not None and decl.high is not None
    if not decl.low <= exact <= decl.high:
        unit = f" {decl.unit_text}" if decl.unit_text else ""
        return None, (
            f"{fmt_number(value)}{unit} is outside the plausible range "
            f"{fmt_number(decl.low)} to {fmt_number(decl.high)}{unit}"
        )
    return value, None


def _check_value(decl: ir.Input, raw: object) -> tuple[object, str | None]:
    if decl.kind == "yesno":
        if is_yes_no(raw):
            return bool(raw), None
        return None, "expected yes or no (true or false)"
    if decl.kind == "choice":
        names = [c.name for c in decl.choices]
        if isinstance(raw, str) and raw in names:
            return raw, None
        return None, f"expected one of {', '.join(names)}, got {raw!r}"
    if decl.kind == "date":
        if isinstance(raw, dt.date) and not isinstance(raw, dt.datetime):
            return raw.isoformat(), None
        if isinstance(raw, str):
            try:
                return dt.date.fromisoformat(raw).isoformat(), None
            except ValueError:
                pass
        return None, "expected a date written YYYY-MM-DD"
    return _check_number(decl, raw)


def validate(guideline: ir.Guideline, patient: object) -> dict[str, object]:
    """The patient's facts, checked and normalised; raises PatientDataError.

    A missing required fact is None here unless an assumption or a score reads it:
    evaluation refuses it only where the path reads it (`missing_read`).
    """
    if not isinstance(patient, Mapping):
        raise PatientDataError([("patient", "must be a mapping of fact names to values")])
    names = [i.name for i in guideline.inputs]
    problems: list[tuple[str, str]] = []
    for key in sorted(str(k) for k in patient if k not in names):
        close = difflib.get_close_matches(key, names, n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        problems.append((key, f"is not a fact of this guideline{hint}"))
    facts: dict[str, object] = {}
    up_front = waiting.required_up_front(guideline)
    for decl in guideline.inputs:
        raw = patient.get(decl.name)
        if raw is None:
            if decl.name in up_front:
                problems.append((decl.name, waiting.MISSING))
            facts[decl.name] = None
            continue
        value, problem = _check_value(decl, raw)
        if problem is not None:
            problems.append((decl.name, problem))
        facts[decl.name] = value
    if problems:
        raise PatientDataError(problems)
    broken = broken_assumptions(guideline, facts)
    if broken:
        raise PatientDataError(broken)
    return facts


def assumption_problem(assumption: ir.Assumption) -> tuple[str, str]:
    """The (name, message) reported for a patient who breaks an assumption."""
    return (assumption.id, f"breaks the assumption {assumption.text!r} ({assumption.label})")


def broken_assumptions(
    guideline: ir.Guideline, facts: Mapping[str, object]
) -> list[tuple[str, str]]:
    """The declared assumptions that the (validated) facts make `no`; unknown is not broken."""
    return [
        assumption_problem(a) for a in guideline.assumptions if truth(a.cond, facts, []) is False
    ]


# ----------------------------------------------------------------- evaluation


def num_value(
    expr: ir.NumExpr, facts: Mapping[str, object], at: Mapping[str, Any] | None = None
) -> Fraction:
    """A numeric expression's exact value for facts it reads that are known (dates as day
    numbers); a score takes its value from `at` (by name) when given there."""
    if isinstance(expr, ir.NumConst):
        return expr.value
    if isinstance(expr, ir.NumInput):
        value = facts[expr.name]
        if isinstance(value, str):
            return Fraction(dt.date.fromisoformat(value).toordinal())
        return nums.exact(value)
    if isinstance(expr, ir.NumNeg):
        return -num_value(expr.operand, facts, at)
    if isinstance(expr, ir.ScoreRef):
        if at is not None and expr.score.name in at:
            return Fraction(at[expr.score.name])
        return Fraction(score_bounds(expr.score, facts, [])[0])
    if isinstance(expr, ir.NumIf):  # its facts are known, so its condition is yes or no
        chosen = expr.then if truth(expr.cond, facts, []) else expr.otherwise
        return num_value(chosen, facts)
    if isinstance(expr, ir.NumPick):
        return Fraction(ir.PICKS[expr.op](num_value(arg, facts) for arg in expr.args))
    left, right = num_value(expr.left, facts, at), num_value(expr.right, facts, at)
    return Fraction(ir.ARITHMETIC[expr.op](left, right))


def score_bounds(
    score: ir.Score, facts: Mapping[str, object], unknown: list[str]
) -> tuple[Any, Any]:
    """The score's low and high value; the facts of unknown criteria go to `unknown`."""
    truths = []
    for criterion in score.criteria:
        met: list[str] = []
        value = truth(criterion.cond, facts, met)
        if value is None:
            unknown.extend(met)
        truths.append(value)
    return score_rule.bounds(score, truths)


def _score_atom(atom: ir.CmpNum, facts: Mapping[str, object], unknown: list[str]) -> bool | None:
    """A comparison reading scores: settled when its answer is the same over their ranges."""
    pending: list[str] = []
    ranges = {s.name: score_bounds(s, facts, pending) for s in ir.atom_scores(atom)}
    direct = ir.direct_inputs(atom.left) + ir.direct_inputs(atom.right)
    missing = [n for n in direct if facts[n] is None]
    if missing:
        unknown.extend(missing + pending)
        return None
    differences = [
        num_value(atom.left, facts, at) - num_value(atom.right, facts, at)
        for at in score_rule.corners(ranges)
    ]
    answer = score_rule.over(atom.op, differences)
    if answer is None:
        unknown.extend(pending)
    return answer


def score_result(score: ir.Score, facts: Mapping[str, object]) -> dict[str, object]:
    """One score in the canonical result shape."""
    truths = [truth(c.cond, facts, []) for c in score.criteria]
    low, high = score_rule.bounds(score, truths)
    scored = [c for c, t in zip(score.criteria, truths, strict=True) if t]
    unknown = [c for c, t in zip(score.criteria, truths, strict=True) if t is None]
    return {
        "name": score.name,
        "title": score.title,
        "value": score_rule.plain(low) if low == high else None,
        "low": score_rule.plain(low),
        "high": score_rule.plain(high),
        "scored": [{"label": c.label, "points": score_rule.plain(c.points)} for c in scored],
        "unknown": [{"label": c.label, "points": score_rule.plain(c.points)} for c in unknown],
    }


def _atom(atom: ir.Atom, facts: Mapping[str, object], unknown: list[str]) -> bool | None:
    if isinstance(atom, ir.CmpNum) and ir.is_score_atom(atom):
        return _score_atom(atom, facts, unknown)
    if isinstance(atom, ir.Known):
        return (facts[atom.input] is not None) == atom.known
    missing = [n for n in ir.atom_inputs(atom) if facts[n] is None]
    if missing:
        unknown.extend(missing)
        return None
    if isinstance(atom, ir.IsTrue):
        return facts[atom.input] is True
    if isinstance(atom, ir.CmpChoice):
        return (facts[atom.input] in atom.choices) != atom.negated
    return bool(ir.COMPARISONS[atom.op](num_value(atom.left, facts), num_value(atom.right, facts)))


def shown(value: object) -> object:
    """A fact as the result shows it (plain data): an exact number that no float is, as the
    float nearest it."""
    return float(value) if isinstance(value, Fraction) else value


def truth(cond: ir.Cond, facts: Mapping[str, object], unknown: list[str]) -> bool | None:
    """Three-valued truth of a condition; unknown facts met are added to `unknown`."""
    if isinstance(cond, ir.Const):
        return cond.value
    if isinstance(cond, ir.NotC):
        inner = truth(cond.operand, facts, unknown)
        return None if inner is None else not inner
    if isinstance(cond, ir.AndC | ir.OrC):
        decisive = isinstance(cond, ir.OrC)
        seen_unknown = False
        for operand in cond.operands:
            value = truth(operand, facts, unknown)
            if value is decisive:
                return decisive
            seen_unknown = seen_unknown or value is None
        return None if seen_unknown else not decisive
    return _atom(cond, facts, unknown)


def missing_read(guideline: ir.Guideline, facts: Mapping[str, object]) -> PatientDataError:
    """The error for a path that reads a required fact that is missing: it names every
    required fact missing (the ones the path reads among them)."""
    names = [n for n in waiting.path_required(guideline) if facts[n] is None]
    return PatientDataError([(name, waiting.MISSING) for name in names])


@dataclass
class _Run:
    guideline: ir.Guideline
    facts: dict[str, object]
    recs: list[dict[str, object]] = field(default_factory=list)
    path: list[dict[str, object]] = field(default_factory=list)
    waits: list[waiting.Wait] = field(default_factory=list)
    missing: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        facts = self.facts
        self.missing = frozenset(
            n for n in waiting.path_required(self.guideline) if facts[n] is None
        )

    def _reads(self, names: list[str] | tuple[str, ...]) -> None:
        """The path reads these facts: none may be a required fact that is missing."""
        if self.missing and not self.missing.isdisjoint(names):
            raise missing_read(self.guideline, self.facts)

    def nodes(self, nodes: tuple[ir.Node, ...]) -> None:
        for node in nodes:
            if isinstance(node, ir.Decision):
                self.decision(node)
            elif isinstance(node, ir.Section):
                self.section(node)
            elif isinstance(node, ir.Emit):
                self._reads(waiting.rec_reads(node.rec))
                self.recs.append(recommendation(node.rec, self.facts))
            elif isinstance(node, ir.AskNode):
                return  # only in `when unknown:` (see `_unknown`)

    def _step(self, node_id: str, question: str, label: str, read: list[str]) -> None:
        self._reads(read)
        facts = {name: shown(self.facts[name]) for name in dict.fromkeys(read)}
        self.path.append({"node": node_id, "question": question, "branch": label, "facts": facts})

    def decision(self, decision: ir.Decision) -> None:
        read: list[str] = []
        for branch in decision.when_branches():
            assert branch.guard is not None
            read.extend(ir.cond_inputs(branch.guard))
            unknown: list[str] = []
            value = truth(branch.guard, self.facts, unknown)
            if value is None:
                self._unknown(decision, read, sorted(set(unknown)))
                return
            if value:
                self._take(decision, branch, read)
                return
        otherwise = decision.special("otherwise")
        if otherwise is None:
            self._reads(read)
            raise GuidelineDefect(f"no branch of decision {decision.id} applies")
        self._take(decision, otherwise, read)

    def _take(self, decision: ir.Decision, branch: ir.Branch, read: list[str]) -> None:
        self._step(decision.id, decision.question, branch.label, read)
        self.nodes(branch.body)

    def _unknown(self, decision: ir.Decision, read: list[str], needs: list[str]) -> None:
        """The `when unknown:` branch up to its `ask`; without one, or at the `ask`, the
        decision waits for the facts its condition met unknown."""
        handler = decision.special("unknown")
        self._step(decision.id, decision.question, "unknown", read)
        body = (ir.AskNode(decision.line),) if handler is None else handler.body
        asks = [i for i, node in enumerate(body) if isinstance(node, ir.AskNode)]
        self.nodes(body[: asks[0]] if asks else body)
        if asks:
            self.waits.append((decision.id, decision.question, tuple(needs)))

    def section(self, section: ir.Section) -> None:
        if section.when is None:
            self._step(section.id, section.title, "applies to everyone", [])
            self.nodes(section.body)
            return
        unknown: list[str] = []
        value = truth(section.when, self.facts, unknown)
        read = ir.cond_inputs(section.when)
        if value is None:
            self._step(section.id, section.title, "unknown", read)
            self.waits.append((section.id, section.title, tuple(sorted(set(unknown)))))
            return
        self._step(section.id, section.title, "applies" if value else "does not apply", read)
        if value:
            self.nodes(section.body)


def dose_text(
    low: Fraction | float, high: Fraction | float, unit: str, fixed: bool | None = None
) -> str:
    """`35 to 70 mg/day` for a range, `500 mg` for a fixed dose.

    `fixed` says whether the guideline wrote one amount; left out, equal bounds count
    as one amount.
    """
    if fixed is None:
        fixed = fmt_number(low) == fmt_number(high)
    if fixed:
        return f"{fmt_number(low)} {unit}"
    return f"{fmt_number(low)} to {fmt_number(high)} {unit}"


def working_text(working: ir.Working, facts: Mapping[str, object]) -> str:
    """A calculation as written with the patient's values: `15 mg/kg x 40 kg`."""
    return "".join(
        part
        if isinstance(part, str)
        else fmt_number(float(num_value(part.value, facts))) + _spaced(part.unit)
        for part in working
    )


def dose_calculation(  # noqa: PLR0917 - the figures a calculation shows
    text: str, working: str, raw: str, cap: Fraction | None, top: Fraction, unit: str
) -> str:
    """`600 mg: 15 mg/kg x 40 kg, under the 750 mg cap`; `750 mg: 15 mg/kg x 60 kg =
    900 mg, capped at 750 mg`; `500 mg` for a fixed dose without a cap.

    `raw` is the dose the rule gives before the cap, `top` its higher bound.
    """
    out = f"{text}: {working}" if working else text
    if cap is None:
        return out
    cap_text = f"{fmt_number(float(cap))} {unit}"
    if top > cap:
        return f"{out}{' = ' if working else ': '}{raw}, capped at {cap_text}"
    return f"{out}, {'at' if top == cap else 'under'} the {cap_text} cap"


def _spaced(unit: str) -> str:
    return f" {unit}" if unit else ""


def _shows_facts(working: ir.Working) -> bool:
    return any(isinstance(part, ir.Shown) for part in working)


def dose_result(dose: ir.Dose, facts: Mapping[str, object]) -> dict[str, object]:
    """A dose for the patient: the rule's bounds, each at most the cap."""
    raw_low, raw_high = num_value(dose.low, facts), num_value(dose.high, facts)
    fixed = dose.low == dose.high
    cap = None if dose.cap is None else num_value(dose.cap, facts)
    low, high = (raw_low, raw_high) if cap is None else (min(raw_low, cap), min(raw_high, cap))
    capped = cap is not None and raw_high > cap  # exactly, before any rounding
    text = dose_text(float(low), float(high), dose.unit, fixed=fixed)
    working = working_text(dose.working, facts) if _shows_facts(dose.working) else ""
    raw = dose_text(float(raw_low), float(raw_high), dose.unit, fixed=fixed)
    return {
        "low": float(low),  # each rounded once, from the exact value
        "high": float(high),
        "unit": dose.unit,
        "text": text,
        "rule": value_steps.rule(
            dose, lambda e: num_value(e, facts), lambda c: truth(c, facts, [])
        ),
        "facts": {name: shown(facts[name]) for name in dose.inputs},
        "cap": None if cap is None else float(cap),
        "capped": capped,
        "calculation": dose_calculation(text, working, raw, cap, raw_high, dose.unit),
    }


def daily_result(daily: ir.DailyMaximum, facts: Mapping[str, object]) -> dict[str, object]:
    """The daily maximum for the patient, with its rule and working."""
    value = float(num_value(daily.value, facts))  # rounded once, from the exact value
    text = f"{fmt_number(value)} {daily.unit}"
    working = working_text(daily.working, facts) if _shows_facts(daily.working) else ""
    return {
        "value": value,
        "unit": daily.unit,
        "text": text,
        "rule": value_steps.rule(
            daily.as_dose(), lambda e: num_value(e, facts), lambda c: truth(c, facts, [])
        ),
        "calculation": f"{text}: {working}" if working else text,
    }


def timing_result(timing: ir.Timing) -> dict[str, object]:
    """A review or recheck time: `low`, `high`, `unit` and its `text`."""
    return {"low": timing.low, "high": timing.high, "unit": timing.unit, "text": timing.text}


def recommendation(rec: ir.Recommendation, facts: Mapping[str, object]) -> dict[str, object]:
    """One recommendation in the canonical result shape."""
    dose = None if rec.dose is None else dose_result(rec.dose, facts)
    options = []
    for option in rec.options:
        preferred = None
        if option.preferred_when is not None:
            preferred = truth(option.preferred_when, facts, [])
        options.append({"id": option.id, "text": option.text, "preferred": preferred})
    return {
        "id": rec.id,
        "kind": rec.kind,
        "text": rec.text,
        "strength": rec.strength,
        "citations": list(rec.citations),
        "expert_opinion": rec.expert_opinion,
        "dose": dose,
        "options": options,
        "route": rec.route,
        "frequency": rec.frequency,
        "duration": rec.duration,
        "every": rec.every,
        "target": rec.target,
        "rationale": rec.rationale,
        "time_to_effect": rec.time_to_effect,
        "drug": rec.drug,
        "daily_maximum": None
        if rec.daily_maximum is None
        else daily_result(rec.daily_maximum, facts),
        "review": None if rec.review is None else timing_result(rec.review),
        "rechecks": [timing_result(t) for t in rec.rechecks],
        "notes": [note_result(n) for n in rec.notes],
    }


def note_result(note: ir.RecNote) -> dict[str, object]:
    """A note or gap of a recommendation: `kind`, `text`, `bullets`, and what it is `on`."""
    return {"kind": note.kind, "text": note.text, "bullets": list(note.bullets),
            "on": note.on, "name": note.name}


def evaluate(guideline: ir.Guideline, patient: object) -> dict[str, object]:
    """Validate the patient and walk the tree; the canonical result dict."""
    facts = validate(guideline, patient)
    run = _Run(guideline, facts)
    run.nodes(guideline.body)
    return {
        "guideline": guideline.id,
        "version": guideline.version,
        "source_hash": guideline.source_hash,
        "complete": not run.waits,
        "needs": waiting.needs_of(run.waits),
        "recommendations": run.recs,
        "path": run.path,
        "scores": [score_result(s, facts) for s in guideline.scores],
        "waiting": waiting.waiting_of(guideline, run.waits),
    }
