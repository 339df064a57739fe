"""Cases on each side of every value chosen by condition.

For each `if` inside a condition or a dose: a patient for whom its condition is yes,
one for whom it is no, and one on each threshold its condition compares with. For
each `at most` / `at least`: the value below, at and above its limit. For each `min` /
`max`: a patient for whom each argument is the one chosen. Each patient reaches the
place the value is read (`Site.reach`); a side no valid patient there can take gives
no case.
"""

from __future__ import annotations

from compiler.analysis import formula as f
from compiler.analysis.patients import PatientSolver
from compiler.semantics import ir
from compiler.testgen.case import join_id, slug
from compiler.testgen.draft import Draft
from compiler.testgen.sites import Site


def _sides(part: ir.NumIf | ir.NumPick) -> list[tuple[str, ir.Cond]]:
    """(label, condition) for each side of the value worth a case."""
    if isinstance(part, ir.NumIf):
        at = [
            (f"{a.text}: at the threshold", ir.CmpNum("=", a.left, a.right, a.text, a.line))
            for a in ir.atoms(part.cond)
            if isinstance(a, ir.CmpNum)
        ]
        return [(f"{part.text}: yes", part.cond), (f"{part.text}: no", ir.NotC(part.cond)), *at]
    if part.limit:
        value, limit = part.args
        text = part.texts[1]
        sides = (("below", "<"), ("at", "="), ("above", ">"))
        return [
            (f"{where} {text}", ir.CmpNum(op, value, limit, f"{where} {text}", part.line))
            for where, op in sides
        ]
    out: list[tuple[str, ir.Cond]] = []
    strict, loose = ("<", "<=") if part.op == "min" else (">", ">=")
    for i, arg in enumerate(part.args):
        beats = tuple(
            ir.CmpNum(strict if j < i else loose, arg, other, part.texts[i], part.line)
            for j, other in enumerate(part.args)
            if j != i
        )
        out.append((f"{part.op} is {part.texts[i]}", ir.AndC(beats)))
    return out


def value_drafts(ps: PatientSolver, site: Site) -> list[Draft]:
    """A case on each side of every `if`, limit and min/max the site reads."""
    parts = ir.cond_parts(site.cond) + [p for e in site.values for p in ir.num_parts(e)]
    out: list[Draft] = []
    seen: set[str] = set()
    for part in parts:
        for label, cond in _sides(part):
            case_id = join_id(site.name, "value", slug(label))
            if case_id in seen:
                continue
            seen.add(case_id)
            patient = ps.patient([*site.reach, f.Is(cond, "yes")])
            if patient is not None:
                title = f"{site.title}: {label}"
                out.append(Draft(case_id, title, "boundary", patient))
    return out
