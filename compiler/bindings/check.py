"""A binding file held against its guideline: every input bound or asked, and bound sensibly."""

from __future__ import annotations

import difflib
from fractions import Fraction

from compiler.bindings.model import RESOURCES, Binding, Bindings
from compiler.bindings.systems import UcumError, ucum_unit
from compiler.semantics import ir
from dsl.diagnostics import Diagnostic, error
from dsl.units import format_unit, through

_KINDS = {"number": "a number", "whole": "a whole number", "yesno": "a yes/no fact",
          "choice": "a choice", "date": "a date"}


def check(bindings: Bindings, guideline: ir.Guideline) -> list[Diagnostic]:
    """Every problem of meaning; the file's shape was checked when it was loaded."""
    found: list[Diagnostic] = []
    if bindings.guideline and bindings.guideline != guideline.id:
        found.append(error(
            "B015", f"this binding file is for `{bindings.guideline}`, not `{guideline.id}`",
            bindings.guideline_span, f'Write `guideline = "{guideline.id}"`, or rename the file.'))
    inputs = {i.name: i for i in guideline.inputs}
    for binding in bindings.entries:
        declared = inputs.get(binding.name)
        if declared is None:
            close = difflib.get_close_matches(binding.name, list(inputs), n=1)
            hint = f"Did you mean `{close[0]}`?" if close else (
                f"The inputs of {guideline.id}: {', '.join(inputs)}.")
            found.append(error("B002", f"`{binding.name}` is not an input of {guideline.id}",
                               binding.span, hint))
            continue
        found.extend(_entry(binding, declared))
    drugs = sorted({r.drug for r in ir.recommendations(guideline) if r.drug})
    for order in bindings.orders:
        if order.drug not in drugs:
            close = difflib.get_close_matches(order.drug, drugs, n=1)
            hint = f"Did you mean `{close[0]}`?" if close else (
                f"The drugs of {guideline.id}: {', '.join(drugs)}." if drugs else
                f"No recommendation of {guideline.id} names a drug (`drug NAME`).")
            found.append(error("B020", f"no recommendation of {guideline.id} is about the drug "
                               f"`{order.drug}`", order.span, hint))
    listed = {b.name for b in bindings.entries}
    for name, declared in inputs.items():
        if name not in listed:
            found.append(error(
                "B005", f"the input `{name}` ({declared.question}) has no binding",
                bindings.guideline_span,
                f'Add a `[{name}]` table: `from` and `codes` where the record holds it, or '
                f'`ask = "reason"` when no standard code does.'))
    return found


def _entry(binding: Binding, declared: ir.Input) -> list[Diagnostic]:
    if not binding.bound or binding.resource not in RESOURCES:
        return []
    found: list[Diagnostic] = []
    resource = binding.resource
    if declared.kind not in RESOURCES[resource]:
        found.append(error(
            "B013", f"`{binding.name}` is {_KINDS[declared.kind]}: a {resource} cannot give it",
            binding.span, _fits(declared.kind)))
        return found
    if resource == "Patient":
        return found + _age(binding, declared)
    if declared.kind in ("number", "whole"):
        found.extend(_unit(binding, declared))
    elif binding.unit is not None:
        found.append(error("B010", f"`{binding.name}` is {_KINDS[declared.kind]}: it has no unit",
                           binding.unit_span or binding.span, "Remove `unit`."))
    if declared.kind != "yesno" and (binding.yes or binding.no):
        found.append(error("B014", f"`yes` and `no` codes are for yes/no facts; `{binding.name}` "
                           f"is {_KINDS[declared.kind]}", binding.span,
                           "Remove them, or give `choices` for a choice."))
    both = {c.token for c in binding.yes} & {c.token for c in binding.no}
    found.extend(error("B017", f"`{token}` means both yes and no",
                       next(c.span for c in binding.no if c.token == token),
                       "Give each answer code to one side.") for token in sorted(both))
    found.extend(_choices(binding, declared))
    if resource != "Observation" and binding.statuses != ("final", "amended", "corrected"):
        found.append(error("B012", "`status` filters Observations; a Condition counts when it is "
                           "active and not refuted or entered in error", binding.span,
                           "Remove `status`."))
    return found


def _age(binding: Binding, declared: ir.Input) -> list[Diagnostic]:
    """A Patient binding gives the age in completed years: the input must be in years."""
    years = declared.unit is not None and format_unit(declared.unit) in {"year", "years"}
    if not years:
        return [error(
            "B019", f"`{binding.name}` is read from the birth date, which gives an age in "
            "completed years; the input is not in years", binding.span,
            f"Declare `{binding.name}` as `whole years`, or ask for it.")]
    if binding.unit is not None:
        return [error("B010", f"`{binding.name}` is an age from the birth date: it has no unit "
                      "to give", binding.unit_span or binding.span, "Remove `unit`.")]
    if binding.within is not None or binding.statuses != ("final", "amended", "corrected"):
        return [error("B012", "a birth date has no look-back window or status", binding.span,
                      "Remove `within` and `status`.")]
    return []


def _fits(kind: str) -> str:
    takers = [r for r, kinds in RESOURCES.items() if kind in kinds]
    if not takers:
        return 'No resource gives it here: write `ask = "reason"` so that it is asked for.'
    return f"Read it from {' or '.join(takers)}, or write `ask = \"reason\"`."


def _unit(binding: Binding, declared: ir.Input) -> list[Diagnostic]:
    wanted = declared.unit
    if binding.unit is None:
        shown = format_unit(wanted) if wanted is not None and wanted.terms else "1"
        return [error("B010", f"`{binding.name}` is a number: give the UCUM unit of its values",
                      binding.span, f'Add `unit = "{shown}"` (or the unit the record uses).')]
    span = binding.unit_span or binding.span
    try:
        unit, _factor = ucum_unit(binding.unit)
    except UcumError:
        return [error("B010", f"`{binding.name}`: `{binding.unit}` is not a UCUM unit this "
                      "compiler converts", span,
                      'Write a UCUM code such as "kg", "[lb_av]", "mg/dL", "U/L", "/min", "wk".')]
    if wanted is None or not wanted.terms:
        if unit.terms:
            return [error("B004", f"`{binding.name}` is a plain number; `{binding.unit}` measures "
                          "something", span, 'Write `unit = "1"`.')]
        return []
    convertible = declared.molar is not None and through(
        Fraction(1), unit, declared.molar, wanted
    ) is not None
    if not unit.compatible(wanted) and not convertible:
        return [error(
            "B004", f"`{binding.unit}` measures another kind of value than `{binding.name}`, "
            f"which is in {format_unit(wanted)}", span,
            f"Give a UCUM unit of the same kind as {format_unit(wanted)}: its value is converted "
            "exactly.")]
    return []


def _choices(binding: Binding, declared: ir.Input) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    if declared.kind != "choice":
        if binding.choices:
            found.append(error("B014", f"`choices` are for a choice; `{binding.name}` is "
                               f"{_KINDS[declared.kind]}", binding.span, "Remove them."))
        return found
    names = [c.name for c in declared.choices]
    if not binding.choices:
        found.append(error(
            "B014", f"`{binding.name}` is a choice: say which answer codes mean each choice",
            binding.span, f"Add a `[{binding.name}.choices]` table with a line for each of "
            f"{', '.join(names)}."))
    seen: dict[str, str] = {}
    for choice, codes, span in binding.choices:
        if choice not in names:
            close = difflib.get_close_matches(choice, names, n=1)
            hint = f"Did you mean `{close[0]}`?" if close else f"The choices: {', '.join(names)}."
            found.append(error("B014", f"`{choice}` is not a choice of `{binding.name}`", span,
                               hint))
        for code in codes:
            if code.token in seen:
                found.append(error("B017", f"`{code.token}` already means `{seen[code.token]}`",
                                   code.span, "Give each answer code to one choice."))
            seen.setdefault(code.token, choice)
    return found
