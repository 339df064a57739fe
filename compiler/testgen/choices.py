"""Every choice of a one-of input and both values of a yes/no where a condition tests
them; the minimum and maximum of every numeric range."""

from __future__ import annotations

import math
from fractions import Fraction

from compiler.analysis import formula as f
from compiler.analysis.patients import PatientSolver, is_numeric
from compiler.semantics import ir
from compiler.semantics.numbers import as_fact
from compiler.testgen.case import join_id, show_number, slug, value_slug
from compiler.testgen.draft import Draft
from compiler.testgen.mcdc import alone_decides
from compiler.testgen.sites import Site
from dsl.units import exact_units, parse_unit


def _values(decl: ir.Input) -> list[tuple[str, str, object]]:
    """(identifier words, title words, value) for each value worth trying."""
    if decl.kind == "yesno":
        return [("yes", "yes", True), ("no", "no", False)]
    return [(c.name, c.label, c.name) for c in decl.choices]


def choice_drafts(ps: PatientSolver, site: Site) -> list[Draft]:
    """One case per choice (or yes/no value) of each input the site's condition tests."""
    out: list[Draft] = []
    base = ps.patient(site.reach)
    for name in ir.cond_inputs(site.cond):
        decl = ps.guideline.input(name)
        if decl.kind not in {"yesno", "choice"}:
            continue
        decides = _decided_by(site.cond, name)
        for words, label, value in _values(decl):
            wish = ps.equals(name, value)
            assert wish is not None
            patient = ps.patient([*site.reach, wish, decides], prefer=base)
            if patient is None:
                patient = ps.patient([*site.reach, wish], prefer=base)
            if patient is None:
                continue
            case_id = join_id(site.name, f"{name}_is_{words}")
            title = f"{site.title}: {decl.question} {label}"
            out.append(Draft(case_id, title, "choice", patient))
    return out


def _decided_by(cond: ir.Cond, name: str) -> f.Formula:
    """Some test of input `name` in `cond` alone decides the condition's outcome."""
    atoms = ir.atoms(cond)
    options = [
        alone_decides(cond, i) for i, atom in enumerate(atoms) if name in ir.atom_inputs(atom)
    ]
    if len(options) == 1:
        return options[0]
    return f.AnyOf(tuple(options)) if options else f.TRUE


def range_drafts(ps: PatientSolver) -> list[Draft]:
    """The smallest and the largest valid value of every numeric input."""
    out: list[Draft] = []
    base = ps.patient([])
    for decl in ps.guideline.inputs:
        if not is_numeric(decl) or decl.kind == "date":
            continue
        assert decl.low is not None and decl.high is not None
        for words, bound in (("minimum", decl.low), ("maximum", decl.high)):
            value = bound
            wish = ps.equals(decl.name, bound)
            patient = None if wish is None else ps.patient([wish], prefer=base)
            if patient is None:
                continue
            unit = f" {decl.unit_text}" if decl.unit_text else ""
            case_id = join_id("range", decl.name, f"{words}_{value_slug(value)}")
            title = f"{decl.question}: {words} of the range, {show_number(value)}{unit}"
            out.append(Draft(case_id, title, "range", patient))
        if base is not None:
            out.extend(_other_unit(decl, base))
            out.extend(_as_int(ps, decl, base))
    return out


def _as_int(ps: PatientSolver, decl: ir.Input, base: dict[str, object]) -> list[Draft]:
    """A number input given as a Python int (a whole value of a fractional input)."""
    if decl.kind != "number" or decl.low is None or decl.high is None:
        return []
    near = base.get(decl.name)
    value = round(near) if isinstance(near, float) else math.ceil(decl.low)
    inside = decl.low <= value <= decl.high
    wish = ps.equals(decl.name, float(value)) if inside else None
    patient = None if wish is None else ps.patient([wish], prefer=base)
    if patient is None:
        return []
    patient[decl.name] = value
    title = f"{decl.question}: a whole number, {value}, given without a decimal point"
    return [Draft(join_id("range", decl.name, "given_as_whole_number"), title, "range", patient)]


def _other_unit(decl: ir.Input, base: dict[str, object]) -> list[Draft]:
    """The base patient's value given in another unit the input accepts.

    When the input accepts no other unit (a compound unit such as mg/L), the value is
    given with its own unit, so reading a value with a unit is still tested.
    """
    known = base.get(decl.name)
    if decl.unit is None or not isinstance(known, int | float | Fraction):
        return []
    value = ir.exact_decimal(known)
    declared = decl.unit_text
    accepted = exact_units(decl.unit, decl.molar)
    usual = sorted(accepted.items(), key=lambda item: item[0] not in ("mg/dL", "mmol/L"))
    for text, scale in usual:
        # the other kind of concentration first, through the input's molar mass: the
        # value to four decimals in that unit (the expected outcome is the interpreter's)
        if decl.unit.compatible(parse_unit(text)):
            continue
        rounded = Fraction(round(value / scale * 10**4), 10**4)
        given = as_fact(rounded)
        low, high = decl.low or 0, decl.high or 0
        if not isinstance(given, float) or not low <= rounded * scale <= high:
            continue
        patient = {**base, decl.name: {"value": given, "unit": text}}
        case_id = join_id("range", decl.name, f"in_{slug(text)}")
        title = f"{decl.question}: {show_number(rounded)} {text}, converted to {declared}"
        return [Draft(case_id, title, "range", patient)]
    for text, scale in accepted.items():
        if text == declared or scale.numerator != 1 or scale.denominator % 10:
            continue
        raw = value / scale
        if raw.denominator != 1:
            continue
        patient = {**base, decl.name: {"value": int(raw), "unit": text}}
        case_id = join_id("range", decl.name, f"in_{slug(text)}")
        title = f"{decl.question}: {show_number(raw)} {text}, converted to {declared}"
        return [Draft(case_id, title, "range", patient)]
    given = int(value) if value.denominator == 1 and decl.kind == "whole" else as_fact(value)
    patient = {**base, decl.name: {"value": given, "unit": declared}}
    case_id = join_id("range", decl.name, "with_its_unit")
    title = f"{decl.question}: {show_number(value)} {declared}, given with its unit"
    return [Draft(case_id, title, "range", patient)]
