"""Modified condition/decision coverage: for every atomic condition of a compound
condition, two patients that differ in that condition and whose outcomes differ
because of it alone (the other conditions held so that they cannot mask it)."""

from __future__ import annotations

import z3

from compiler import ir
from compiler.testgen.case import join_id, slug
from compiler.testgen.draft import Draft
from compiler.testgen.patients import PatientSolver
from compiler.testgen.sites import Site


def _truth(
    cond: ir.Cond, ps: PatientSolver, index: int, swap: z3.BoolRef, counter: list[int]
) -> z3.BoolRef:
    """Two-valued truth of `cond` (every fact known) with atom number `index` replaced."""
    if isinstance(cond, ir.Const):
        return z3.BoolVal(cond.value)
    if isinstance(cond, ir.NotC):
        return z3.Not(_truth(cond.operand, ps, index, swap, counter))
    if isinstance(cond, ir.AndC | ir.OrC):
        parts = [_truth(op, ps, index, swap, counter) for op in cond.operands]
        return z3.And(*parts) if isinstance(cond, ir.AndC) else z3.Or(*parts)
    position = counter[0]
    counter[0] += 1
    return swap if position == index else ps.encoder.atom(cond)


def alone_decides(ps: PatientSolver, cond: ir.Cond, index: int) -> z3.BoolRef:
    """Atom number `index` of `cond` decides its value: flipping it flips the outcome."""
    swap = z3.Bool(f"mcdc__{index}")
    shaped = _truth(cond, ps, index, swap, [0])
    return z3.Xor(
        z3.substitute(shaped, (swap, z3.BoolVal(True))),
        z3.substitute(shaped, (swap, z3.BoolVal(False))),
    )


def mcdc_drafts(ps: PatientSolver, site: Site) -> list[Draft]:
    """A pair of cases per atomic condition of a compound condition."""
    atoms = ir.atoms(site.cond)
    if len(atoms) < 2:
        return []
    out: list[Draft] = []
    for index, atom in enumerate(atoms):
        if isinstance(atom, ir.Known):
            continue
        decides = alone_decides(ps, site.cond, index)
        truth = ps.encoder.atom(atom)
        first = ps.patient([site.reach, decides, truth])
        second = ps.patient([site.reach, decides, z3.Not(truth)], prefer=first)
        words = slug(atom.text)
        for value, patient in (("yes", first), ("no", second)):
            if patient is None:
                continue
            case_id = join_id(site.name, f"mcdc_{index + 1}_{words}_{value}")
            title = f"{site.title}: {atom.text} is {value} and alone decides the outcome"
            out.append(Draft(case_id, title, "mcdc", patient))
    return out
