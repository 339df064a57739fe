"""Patient data that must be refused: per input, a missing value, NaN, values out of
range, an unknown choice, a wrong type; and facts the guideline does not have."""

from __future__ import annotations

import difflib
from fractions import Fraction

from compiler.analysis.grid import resolution
from compiler.analysis.patients import PatientSolver
from compiler.semantics import ir
from compiler.testgen.case import join_id, show_number
from compiler.testgen.draft import Draft

_NOT_A_UNIT = "furlong"


def _bad_values(decl: ir.Input) -> list[tuple[str, str, object]]:
    """(identifier words, title words, raw value) for each bad value of the input."""
    out: list[tuple[str, str, object]] = []
    if decl.kind == "yesno":
        out.append(("wrong_type", 'the text "yes" instead of true', "yes"))
    elif decl.kind == "choice":
        names = [c.name for c in decl.choices]
        other = next(n for n in ("other", "other_choice", "not_a_choice") if n not in names)
        out.append(("unknown_choice", f"the choice {other!r}, which is not listed", other))
        out.append(("wrong_type", "a number instead of a choice", 1))
    elif decl.kind == "date":
        out.append(("wrong_type", "a number instead of a date", 20240131))
        out.append(("impossible_date", "the date 2023-02-30", "2023-02-30"))
    else:
        out.extend(_bad_numbers(decl))
    return out


def _bad_numbers(decl: ir.Input) -> list[tuple[str, str, object]]:
    assert decl.low is not None and decl.high is not None
    step = resolution(decl)
    low, high = decl.low, decl.high
    out: list[tuple[str, str, object]] = [
        ("nan", "NaN", float("nan")),
        ("infinite", "infinity", float("inf")),
        ("too_large", "2**1024, an integer too large for a float", 2**1024),
        ("wrong_type", "a number written as text", show_number(low)),
        ("yes_instead_of_number", "true instead of a number", True),
        ("below_range", f"{show_number(low - step)}, below the range", _py(low - step, decl)),
        ("above_range", f"{show_number(high + step)}, above the range", _py(high + step, decl)),
    ]
    if decl.kind == "number" and low > 0:
        out.append(("negative_zero", "-0.0, below the range", -0.0))
    if decl.kind == "whole" and low + Fraction(1, 2) <= high:
        half = low + Fraction(1, 2)
        out.append(("not_whole", f"{show_number(half)}, not a whole number", float(half)))
    if decl.unit is not None:
        value = _py(low, decl)
        out.append(("unit_missing", "a value without its unit", {"value": value}))
        out.append(
            ("unit_unknown", f"a value in {_NOT_A_UNIT}", {"value": value, "unit": _NOT_A_UNIT})
        )
        text = {"value": "x", "unit": decl.unit_text}
        out.append(("value_not_number", "a value that is text", text))
    return out


def _py(value: Fraction, decl: ir.Input) -> object:
    return int(value) if decl.kind == "whole" and value.denominator == 1 else float(value)


def assumption_drafts(ps: PatientSolver, base: dict[str, object]) -> list[Draft]:
    """One patient breaking each declared assumption (and no other)."""
    out: list[Draft] = []
    for assumption in ps.guideline.assumptions:
        patient = ps.patient([], prefer=base, breaking=assumption)
        if patient is not None:
            title = f"Breaks the assumption: {assumption.text}"
            case_id = join_id("reject", "assumption", assumption.id)
            out.append(Draft(case_id, title, "reject", patient))
    return out


def reject_drafts(guideline: ir.Guideline, base: dict[str, object]) -> list[Draft]:
    """One case per kind of bad value of each input, starting from a valid patient."""
    out: list[Draft] = []
    for decl in guideline.inputs:
        if not decl.may_be_unknown:
            patient = {k: v for k, v in base.items() if k != decl.name}
            title = f"{decl.question}: missing"
            out.append(Draft(join_id("reject", decl.name, "missing"), title, "reject", patient))
        for words, label, raw in _bad_values(decl):
            patient = {**base, decl.name: raw}
            title = f"{decl.question}: {label}"
            out.append(Draft(join_id("reject", decl.name, words), title, "reject", patient))
    out.extend(_two_at_once(guideline, base))
    if guideline.inputs:
        first = guideline.inputs[0].name
        extra = _not_among(f"{first}s", [i.name for i in guideline.inputs])
        patient = {**base, extra: base[first]}
        title = f"A fact the guideline does not have ({extra})"
        out.append(Draft(join_id("reject", "unknown_fact"), title, "reject", patient))
        required = [i.name for i in guideline.inputs if not i.may_be_unknown]
        if required:  # the same number of facts, one of them misspelt
            name = required[0]
            wrong = _misspelt(name, [i.name for i in guideline.inputs])
            patient = {(wrong if k == name else k): v for k, v in base.items()}
            title = f"A misspelt fact name ({wrong} for {name})"
            out.append(Draft(join_id("reject", "misspelt_fact"), title, "reject", patient))
        stranger = _unlike(guideline)
        patient = {**base, stranger: True}
        title = f"A fact the guideline does not have, unlike any of its facts ({stranger})"
        out.append(Draft(join_id("reject", "unknown_fact_unlike_any"), title, "reject", patient))
    return out


def _two_at_once(guideline: ir.Guideline, base: dict[str, object]) -> list[Draft]:
    """Two bad facts in one patient: both are named."""
    bad = [(d, _bad_values(d)[0]) for d in guideline.inputs if _bad_values(d)][:2]
    if len(bad) < 2:
        return []
    patient = dict(base)
    for decl, (_, _, raw) in bad:
        patient[decl.name] = raw
    names = " and ".join(decl.name for decl, _ in bad)
    title = f"Two bad facts at once ({names}): both are named"
    return [Draft(join_id("reject", "two_facts"), title, "reject", patient)]


def _unlike(guideline: ir.Guideline) -> str:
    """A fact name no input name resembles."""
    names = [i.name for i in guideline.inputs]
    for candidate in ("zz", "qqq", "zzzz_qqqq"):
        if not difflib.get_close_matches(candidate, names, n=1):
            return candidate
    # Longer than three times every name, so no name reaches difflib's 0.6 similarity.
    return "q" * (4 * max(len(n) for n in names) + 4)


def _misspelt(name: str, names: list[str]) -> str:
    """`name` with its last two letters swapped (or doubled), unlike any other fact name."""
    swapped = name[:-2] + name[-1] + name[-2] if len(name) >= 2 else name
    for candidate in (swapped, name + name[-1]):
        if candidate != name and candidate not in names:
            return candidate
    return _not_among(name + "_x", names)


def _not_among(name: str, names: list[str]) -> str:
    """`name`, or `name` with `_x` added until it is not one of `names`."""
    while name in names:
        name += "_x"
    return name
