"""Dose caps and daily maxima that do not do what they say, each with an example patient.

- L065: a `dose cap` that never applies (no patient who gets the recommendation has a
  dose above it), so the cap says nothing;
- L066: a `dose cap` that always applies (every such patient's dose is above it), so
  the rule before it says nothing;
- L067: the dose, given as often as the `frequency` says, adds up to more than the
  `daily maximum` for some patient (only where the frequency is machine-readable:
  `every 6 hours`, `twice daily`, `3 times a day`; otherwise nothing is guessed);
- L068: one dose alone is more than the daily maximum for some patient (for a dose
  per unit of time, the dose itself, per day).
"""

from __future__ import annotations

import re
from fractions import Fraction

from compiler.analysis import formula as f
from compiler.checks.logic_support import Logic, finding, logic_for
from compiler.semantics import ir
from compiler.semantics.dose_limits import per_time, without_time
from dsl.diagnostics import Diagnostic, Severity
from dsl.units import Unit, UnitError, conversion, parse_unit

_TIMES = {"once": 1, "twice": 2, "three times": 3, "four times": 4}
_EVERY = re.compile(r"every (\d+) ?(?:hours?|h)")
_TIMES_A_DAY = re.compile(
    r"(once|twice|three times|four times|(\d+) times) (?:daily|a day|per day)"
)


def doses_per_day(frequency: str | None) -> int | None:
    """How many doses a day a frequency says, when it says so plainly; else None.

    `every 6 hours` is 4, `twice daily` 2, `3 times a day` 3, `once daily` and `daily`
    1. `every 5 hours` (not a whole number of doses a day), `as needed` or `with
    meals` are not read: nothing is guessed.
    """
    if frequency is None:
        return None
    text = " ".join(frequency.lower().split())
    if text in {"daily", "once daily", "every day", "once a day"}:
        return 1
    every = _EVERY.fullmatch(text)
    if every:
        hours = int(every.group(1))
        return 24 // hours if hours and 24 % hours == 0 else None
    times = _TIMES_A_DAY.fullmatch(text)
    if times:
        return int(times.group(2)) if times.group(2) else _TIMES[times.group(1)]
    return None


def _above(expr: ir.NumExpr, limit: ir.NumExpr, text: str, line: int) -> ir.CmpNum:
    return ir.CmpNum(">", expr, limit, text, line)


def _cap(logic: Logic, node: ir.Emit, dose: ir.Dose, cap: ir.NumExpr) -> Diagnostic | None:
    rec = node.rec
    above = f.Is(_above(dose.high, cap, f"dose > {dose.cap_rule}", rec.line), "yes")
    if not logic.possible([node], [above]):
        return finding(
            logic,
            "L065",
            Severity.WARNING,
            f"the dose cap of `{rec.id}` never applies: no patient who gets this "
            f"recommendation has a dose ({dose.rule}) above {dose.cap_rule}",
            rec.line,
            logic.patient([node], []),
            "the example patient gets the recommendation with a dose under the cap; so does "
            "every valid patient (inside the declared ranges and assumptions)",
            "remove the `dose cap`, or check the cap and the ranges of the facts the dose reads",
        )
    if not logic.possible([node], [f.Is(above.cond, "no")]):
        return finding(
            logic,
            "L066",
            Severity.WARNING,
            f"the dose cap of `{rec.id}` always applies: every patient who gets this "
            f"recommendation has a dose ({dose.rule}) above {dose.cap_rule}, so every one "
            "gets the cap",
            rec.line,
            logic.patient([node], []),
            "the example patient gets the recommendation with the dose capped, as does every "
            "valid patient",
            f"if every patient is meant to get {dose.cap_rule}, write that as the dose",
        )
    return None


def _over(
    dose: ir.Dose, daily: ir.DailyMaximum, factor: Fraction, text: str, line: int
) -> ir.Cond:
    """The dose (times `factor`, in the daily maximum's unit) is above the maximum,
    the cap applied."""
    parts: list[ir.Cond] = [_above(ir.scaled(dose.high, factor), daily.value, text, line)]
    if dose.cap is not None:
        parts.append(_above(ir.scaled(dose.cap, factor), daily.value, text, line))
    return parts[0] if len(parts) == 1 else ir.AndC(tuple(parts))


def _daily(logic: Logic, node: ir.Emit, dose: ir.Dose, daily: ir.DailyMaximum) -> Diagnostic | None:
    rec = node.rec
    try:
        dose_unit, daily_unit = parse_unit(dose.unit), parse_unit(daily.unit)
    except UnitError:  # a unit shown with symbols the parser does not read back
        return None
    rate = per_time(dose_unit) is not None
    per_day = dose_unit if rate else dose_unit * Unit((("day", -1),))
    if not per_day.compatible(daily_unit) or not without_time(dose_unit).compatible(
        without_time(daily_unit)
    ):
        return None
    factor = conversion(per_day, daily_unit)
    single = _over(dose, daily, factor, f"dose > {daily.rule}", rec.line)
    patient = logic.patient([node], [f.Is(single, "yes")])
    what = "the dose per day" if rate else "one dose"
    if patient is not None:
        return finding(
            logic,
            "L068",
            Severity.WARNING,
            f"{what} of `{rec.id}` ({dose.rule}) is more than its daily maximum "
            f"({daily.rule}) for some patients",
            rec.line,
            patient,
            "the example patient's dose is above the daily maximum",
            "check the dose, its cap and the daily maximum against the source",
        )
    count = None if rate else doses_per_day(rec.frequency)
    if count is None or count == 1:
        return None
    total = _over(dose, daily, factor * count, f"{count} doses > {daily.rule}", rec.line)
    patient = logic.patient([node], [f.Is(total, "yes")])
    if patient is None:
        return None
    return finding(
        logic,
        "L067",
        Severity.WARNING,
        f"at {rec.frequency!r} ({count} doses a day) the doses of `{rec.id}` add up to more "
        f"than its daily maximum ({daily.rule}) for some patients",
        rec.line,
        patient,
        f"the example patient's {count} doses in a day come to more than the daily maximum",
        "check the dose, the frequency and the daily maximum against the source; if the "
        "source means the maximum to stop the last doses of a day, acknowledge this warning",
    )


def check(guideline: ir.Guideline) -> list[Diagnostic]:
    """Caps that never or always apply, daily maxima that one dose or a day's doses pass."""
    logic = logic_for(guideline)
    found: list[Diagnostic] = []
    for node in logic.nodes():
        if not isinstance(node, ir.Emit) or node.rec.dose is None:
            continue
        dose = node.rec.dose
        if dose.cap is None and node.rec.daily_maximum is None:
            continue
        if logic.patient([node], []) is None:
            continue  # no patient gets it: reported as an unreachable branch
        if dose.cap is not None:
            cap = _cap(logic, node, dose, dose.cap)
            if cap is not None:
                found.append(cap)
        if node.rec.daily_maximum is not None:
            daily = _daily(logic, node, dose, node.rec.daily_maximum)
            if daily is not None:
                found.append(daily)
    return found
