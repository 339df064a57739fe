"""Modified condition/decision coverage: for every atomic condition of a compound
condition, two patients that differ in that condition and whose outcomes differ
because of it alone (the other conditions held so that they cannot mask it)."""

from __future__ import annotations

from compiler.analysis import formula as f
from compiler.analysis.patients import PatientSolver
from compiler.semantics import ir
from compiler.testgen.case import join_id, slug
from compiler.testgen.draft import Draft
from compiler.testgen.sites import Site


def alone_decides(cond: ir.Cond, index: int) -> f.Formula:
    """Atom number `index` of `cond` decides its value: flipping it flips the outcome."""
    return f.Decides(cond, index)


def mcdc_drafts(ps: PatientSolver, site: Site) -> list[Draft]:
    """A pair of cases per atomic condition of a compound condition."""
    atoms = ir.atoms(site.cond)
    if len(atoms) < 2:
        return []
    out: list[Draft] = []
    for index, atom in enumerate(atoms):
        if isinstance(atom, ir.Known):
            continue
        decides = alone_decides(site.cond, index)
        truth = f.Truth(atom)
        first = ps.patient([*site.reach, decides, truth])
        second = ps.patient([*site.reach, decides, f.Not(truth)], prefer=first)
        words = slug(atom.text)
        for value, patient in (("yes", first), ("no", second)):
            if patient is None:
                continue
            case_id = join_id(site.name, f"mcdc_{index + 1}_{words}_{value}")
            title = f"{site.title}: {atom.text} is {value} and alone decides the outcome"
            out.append(Draft(case_id, title, "mcdc", patient))
    return out
