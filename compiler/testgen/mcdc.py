"""Modified condition/decision coverage: for every atomic condition of a compound
condition, two patients that differ in that condition and whose outcomes differ
because of it alone (the other conditions held so that they cannot mask it), and,
when a fact it reads may be unknown, a third patient for whom that fact is unknown
and the condition is still evaluated (no other condition settles the outcome first)."""

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
        third = _unknown_patient(ps, site, atom, decides, first)
        for value, patient in (("yes", first), ("no", second), ("unknown", third)):
            if patient is None:
                continue
            case_id = join_id(site.name, f"mcdc_{index + 1}_{words}_{value}")
            decided = "nothing else decides" if value == "unknown" else "alone decides"
            title = f"{site.title}: {atom.text} is {value} and {decided} the outcome"
            out.append(Draft(case_id, title, "mcdc", patient))
    return out


def _unknown_patient(
    ps: PatientSolver,
    site: Site,
    atom: ir.Atom,
    decides: f.Formula,
    prefer: dict[str, object] | None,
) -> dict[str, object] | None:
    """A patient for whom the first fact of `atom` that may be unknown is unknown, the
    other conditions of the compound set so that `atom` is evaluated; None when `atom`
    reads no such fact or no valid patient reaches the site so."""
    unknowable = {d.name for d in ps.guideline.inputs if d.may_be_unknown}
    names = [n for n in ir.cond_inputs(atom) if n in unknowable]
    if not names:
        return None
    constraints = [*site.reach, decides, f.KnownIs(names[0], False)]
    return ps.patient(constraints, all_known=False, prefer=prefer)
