"""Modified condition/decision coverage: for every atomic condition of a compound
condition, two patients that differ in that condition and whose outcomes differ
because of it alone (the other conditions held so that they cannot mask it), and,
when a fact it reads may be unknown, a third patient for whom that fact is unknown
and the atom is still evaluated (no earlier condition settles the outcome first)."""

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
        third = _unknown_patient(ps, site, index, first)
        for value, patient in (("yes", first), ("no", second), ("unknown", third)):
            if patient is None:
                continue
            case_id = join_id(site.name, f"mcdc_{index + 1}_{words}_{value}")
            role = "is still evaluated" if value == "unknown" else "alone decides the outcome"
            title = f"{site.title}: {atom.text} is {value} and {role}"
            out.append(Draft(case_id, title, "mcdc", patient))
    return out


def _unknown_patient(
    ps: PatientSolver, site: Site, index: int, prefer: dict[str, object] | None
) -> dict[str, object] | None:
    """A patient for whom the first fact of atom number `index` that may be unknown is
    unknown, and the atom is evaluated (no earlier operand settles the condition first);
    None when the atom reads no such fact or no valid patient reaches it so."""
    atom = ir.atoms(site.cond)[index]
    unknowable = {d.name for d in ps.guideline.inputs if d.may_be_unknown}
    names = [n for n in ir.cond_inputs(atom) if n in unknowable]
    if not names:
        return None
    constraints = [*site.reach, *evaluated(site.cond, index), f.KnownIs(names[0], False)]
    return ps.patient(constraints, all_known=False, prefer=prefer)


def evaluated(cond: ir.Cond, index: int) -> list[f.Formula]:
    """Atom number `index` of `cond` is evaluated: every operand before it in an `and`
    is not no, in an `or` not yes (evaluation goes left to right and stops there)."""
    if isinstance(cond, ir.NotC):
        return evaluated(cond.operand, index)
    if not isinstance(cond, ir.AndC | ir.OrC):
        return []
    stop = "no" if isinstance(cond, ir.AndC) else "yes"
    out: list[f.Formula] = []
    for operand in cond.operands:
        count = len(ir.atoms(operand))
        if index < count:
            return [*out, *evaluated(operand, index)]
        out.append(f.Not(f.Is(operand, stop)))
        index -= count
    return out
