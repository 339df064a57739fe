"""Overlapping branches, and how an author says which overlaps are intended.

Branches are tried in order and the first that applies wins. An author declares
intent in one of two ways:

* `decide id "question" exclusive`: the branches must never overlap. Any valid
  patient for whom two branch conditions both hold is an error (L020).
* an ordinary decision: overlap is allowed and order decides; putting a branch
  first is how an author gives it priority. It is reported (a warning, L021) only
  when the order likely hides something by mistake: an earlier branch takes a
  patient for whom a later branch, testing different facts, would give a `stop`,
  `caution` or `refer` the earlier one does not, or a different recommendation for
  a drug the earlier one gives. A ladder on one fact (`x >= 10`, then `x >= 5`) is
  never reported. To make an intended order explicit, exclude the earlier case in
  the later condition (`when b and not a`).
"""

from __future__ import annotations

import itertools

from compiler.analysis import formula as f
from compiler.checks.logic_support import Logic, body_recommendations, finding, logic_for, when
from compiler.semantics import ir
from dsl.diagnostics import Diagnostic, Severity


def _key(rec: ir.Recommendation) -> tuple[str, str, str, str]:
    return (rec.kind, rec.drug or "", rec.text, rec.dose.rule if rec.dose else "")


SAFETY = frozenset({"stop", "caution", "refer"})
GIVING = frozenset({"start", "add", "consider"})


def _hidden(first: ir.Branch, later: ir.Branch) -> list[ir.Recommendation]:
    """What `later` says that `first` does not, where losing it matters.

    A stop, caution or referral, or a different recommendation for a drug that
    `first` gives.
    """
    given = body_recommendations(first.body)
    keys = {_key(r) for r in given}
    drugs = {r.drug for r in given if r.kind in GIVING and r.drug is not None}
    return [
        r
        for r in body_recommendations(later.body)
        if _key(r) not in keys and (r.kind in SAFETY or r.drug in drugs)
    ]


def _exclusive(logic: Logic, decision: ir.Decision) -> list[Diagnostic]:
    found = []
    for a, b in itertools.combinations(decision.when_branches(), 2):
        assert a.guard is not None and b.guard is not None
        patient = logic.patient([decision], [f.Is(a.guard, "yes"), f.Is(b.guard, "yes")])
        if patient is None:
            continue
        found.append(
            finding(logic,
                "L020",
                Severity.ERROR,
                f"decision `{decision.id}` is marked `exclusive`, but branches {when(a)} "
                f"(line {a.line}) and {when(b)} both apply to some patients",
                b.line,
                patient,
                "both conditions hold for the example patient; only the first is taken",
                "make the conditions exclusive, or drop `exclusive` if the order should decide",
            )
        )
    return found


def _ordered(logic: Logic, decision: ir.Decision) -> list[Diagnostic]:
    found = []
    for a, b in itertools.combinations(decision.when_branches(), 2):
        assert a.guard is not None and b.guard is not None
        hidden = _hidden(a, b)
        if not hidden or set(ir.cond_inputs(a.guard)) & set(ir.cond_inputs(b.guard)):
            continue
        taken = logic.taken(decision, a)
        patient = logic.patient([decision], [taken, f.Is(b.guard, "yes")])
        if patient is None:
            continue
        ids = ", ".join(f"`{r.id}`" for r in hidden)
        found.append(
            finding(logic,
                "L021",
                Severity.WARNING,
                f"branch {when(b)} of decision `{decision.id}` also applies to some patients "
                f"taken by the earlier {when(a)} (line {a.line}), who then do not get {ids}",
                b.line,
                patient,
                "branches are tried in order and the first that applies wins",
                f"if that order is intended, say so: `when {b.label} and not ({a.label})`; "
                "if the cases should never meet, mark the decision `exclusive`",
            )
        )
    return found


def check(guideline: ir.Guideline) -> list[Diagnostic]:
    """Overlaps an `exclusive` decision forbids, and orderings that hide a recommendation."""
    logic = logic_for(guideline)
    found: list[Diagnostic] = []
    for decision in logic.decisions():
        if decision.exclusive:
            found += _exclusive(logic, decision)
        else:
            found += _ordered(logic, decision)
    return found
