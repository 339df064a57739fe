"""Cases just below, at and just above every numeric threshold, where the path allows."""

from __future__ import annotations

from fractions import Fraction

from compiler.analysis import formula as f
from compiler.analysis.patients import PatientSolver
from compiler.semantics import ir
from compiler.semantics.interpreter import num_value
from compiler.testgen.case import join_id, show_number, slug, value_slug
from compiler.testgen.draft import Draft
from compiler.testgen.mcdc import alone_decides
from compiler.testgen.sites import Site


def _comparisons(cond: ir.Cond) -> list[ir.CmpNum]:
    seen: dict[str, ir.CmpNum] = {}
    for atom in ir.atoms(cond):
        if isinstance(atom, ir.CmpNum):
            seen.setdefault(atom.text, atom)
    return list(seen.values())


def _shown(atom: ir.CmpNum) -> ir.NumExpr:
    """The side of the comparison a reader watches move (the one that is not a constant)."""
    return atom.right if isinstance(atom.left, ir.NumConst) else atom.left


def boundary_drafts(ps: PatientSolver, site: Site) -> list[Draft]:
    """Below, at and above each comparison of the site's condition."""
    out: list[Draft] = []
    for atom in _comparisons(site.cond):
        out.extend(_around(ps, site, atom))
    return out


def _around(ps: PatientSolver, site: Site, atom: ir.CmpNum) -> list[Draft]:
    decides = alone_decides(site.cond, ir.atoms(site.cond).index(atom))
    found: list[tuple[str, dict[str, object] | None]] = []
    for where in ("below", "at", "above"):
        patient = _side(ps, [*site.reach, decides], atom, where, found)
        if patient is None:
            patient = _side(ps, list(site.reach), atom, where, found)
        found.append((where, patient))
    out: list[Draft] = []
    words = "" if slug(atom.text) in site.name else slug(atom.text)
    for where, patient in found:
        if patient is None:
            continue
        shown, value = _watched(atom, patient)
        case_id = join_id(site.name, words, f"{where}_{value_slug(value)}")
        title = f"{site.title}: {atom.text}; {where} the threshold ({shown} {show_number(value)})"
        out.append(Draft(case_id, title, "boundary", patient))
    return out


def _watched(atom: ir.CmpNum, patient: dict[str, object]) -> tuple[str, Fraction]:
    """What a reader watches move across the threshold, and its value for the patient:
    the side that is not a constant, or the difference of the two sides."""
    if isinstance(atom.left, ir.NumConst) or isinstance(atom.right, ir.NumConst):
        side = _shown(atom)
        names = " + ".join(ir.num_inputs(side))
        return f"{names} =", num_value(side, patient)
    return "difference of the two sides", num_value(atom.left, patient) - num_value(
        atom.right, patient
    )


def _side(
    ps: PatientSolver,
    reach: list[f.Formula],
    atom: ir.CmpNum,
    where: str,
    found: list[tuple[str, dict[str, object] | None]],
) -> dict[str, object] | None:
    """The patient closest to the threshold on one side (or on it), like the ones before."""
    prefer = next((p for _, p in found if p is not None), None)
    zero = Fraction(0)
    if where == "at":
        return ps.patient([*reach, f.Gap(atom, "=", zero)], prefer=prefer)
    side = f.Gap(atom, "<" if where == "below" else ">", zero)
    value: Fraction | None = ps.extreme([*reach, side], atom, upper=where == "below")
    if value is None:
        return None
    return ps.patient([*reach, f.Gap(atom, "=", value)], prefer=prefer)
