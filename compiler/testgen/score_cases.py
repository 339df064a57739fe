"""Cases for scores: one per value a score can reach, and, at each comparison of a
score, patients with unknown criteria whose known points settle it and whose do not.

Each criterion is also a place a condition is tested (`criterion_sites`): the
threshold, choice and MC/DC cases of decisions are made for it too, with a case
where it is unknown because of each fact it reads that may be.
"""

from __future__ import annotations

from fractions import Fraction

from compiler.analysis import formula as f
from compiler.analysis.patients import PatientSolver
from compiler.semantics import ir
from compiler.testgen.case import join_id, show_number, slug, value_slug
from compiler.testgen.draft import Draft
from compiler.testgen.sites import Site

# Values of one score beyond which a case per value is not written (a score of
# decimals can reach thousands of sums; its thresholds still get their cases).
MAX_VALUES = 64


def reachable_sums(score: ir.Score) -> list[Fraction] | None:
    """Every sum of the points of some criteria, in order (None: more than MAX_VALUES)."""
    sums = {Fraction(0)}
    for criterion in score.criteria:
        sums |= {s + criterion.points for s in sums}
        if len(sums) > MAX_VALUES:
            return None
    return sorted(sums)


def criterion_sites(guideline: ir.Guideline) -> list[Site]:
    """Every criterion of every score, as a condition tested for every patient."""
    out = []
    for score in guideline.scores:
        owner = ir.Section(score.name, score.title, None, "", (), score.line)
        for number, criterion in enumerate(score.criteria, start=1):
            name = join_id(score.name, f"criterion_{number}")
            title = f"{score.title}: {criterion.label}"
            out.append(Site(name, title, criterion.cond, (), owner, criterion.line))
    return out


def _equals(score: ir.Score, value: Fraction) -> ir.CmpNum:
    constant = ir.NumConst(value)
    return ir.CmpNum("=", ir.ScoreRef(score), constant, f"{score.name} = {value}", score.line)


def value_drafts(ps: PatientSolver) -> list[Draft]:
    """A patient, every fact known, for each value each score can reach."""
    out: list[Draft] = []
    for score in ps.guideline.scores:
        sums = reachable_sums(score)
        for value in sums or ():
            patient = ps.patient([f.Is(_equals(score, value), "yes")])
            if patient is None:
                continue
            case_id = join_id(score.name, f"value_{value_slug(float(value))}")
            title = f"{score.title}: {show_number(float(value))} points"
            out.append(Draft(case_id, title, "score", patient))
    return out


def _score_atoms(cond: ir.Cond) -> list[ir.CmpNum]:
    return [a for a in ir.atoms(cond) if isinstance(a, ir.CmpNum) and ir.is_score_atom(a)]


def unknown_drafts(ps: PatientSolver, site: Site) -> list[Draft]:
    """At each comparison of a score: unknown criteria that settle it (yes, no), and
    that leave it open."""
    out: list[Draft] = []
    for atom in _score_atoms(site.cond):
        criteria = [c for s in ir.atom_scores(atom) for c in s.criteria]
        some = f.AnyOf(tuple(f.Is(c.cond, "unknown") for c in criteria))
        words = slug(atom.text)
        for outcome, want in (("settled_yes", "yes"), ("settled_no", "no"), ("open", "unknown")):
            wanted = [*site.reach, f.Is(atom, want), some]
            patient = ps.patient(wanted, all_known=False)
            if patient is None:
                continue
            case_id = join_id(site.name, words, f"unknown_criteria_{outcome}")
            said = "still decide it" if want != "unknown" else "leave it open"
            title = f"{site.title}: {atom.text}; criteria not known that {said}"
            out.append(Draft(case_id, title, "score", patient))
    return out


def criterion_unknown_drafts(ps: PatientSolver, site: Site) -> list[Draft]:
    """A criterion unknown because of each fact it reads that may be unknown."""
    out: list[Draft] = []
    for name in ir.cond_inputs(site.cond):
        if not ps.guideline.input(name).may_be_unknown:
            continue
        wanted: list[f.Formula] = [f.Is(site.cond, "unknown"), f.KnownIs(name, False)]
        patient = ps.patient(wanted, all_known=False)
        if patient is None:
            continue
        case_id = join_id(site.name, f"{name}_unknown")
        title = f"{site.title}: not known because {ps.guideline.input(name).question} is not"
        out.append(Draft(case_id, title, "score", patient))
    return out
