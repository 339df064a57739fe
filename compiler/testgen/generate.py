"""All the cases of one guideline, in a fixed order, with the interpreter's outcomes."""

from __future__ import annotations

import functools

from compiler.analysis.patients import PatientSolver, SolverGaveUp
from compiler.semantics import ir
from compiler.testgen.case import Case
from compiler.testgen.choices import choice_drafts, range_drafts
from compiler.testgen.draft import Draft
from compiler.testgen.mcdc import mcdc_drafts
from compiler.testgen.outcomes import Outcomes
from compiler.testgen.paths import path_drafts
from compiler.testgen.rejects import assumption_drafts, reject_drafts
from compiler.testgen.score_cases import (
    criterion_sites,
    criterion_unknown_drafts,
    unknown_drafts,
    value_drafts,
)
from compiler.testgen.sites import sites
from compiler.testgen.thresholds import boundary_drafts
from compiler.testgen.unread import unread_drafts
from compiler.testgen.value_cases import value_drafts as chosen_value_drafts
from dsl.gc_pause import paused


class CaseGenerationError(RuntimeError):
    """The solver gave no answer (timeout or `unknown`) for some case: nothing is assumed.

    `reason` is the solver's own word for it (such as "timeout" or "canceled")."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or "no reason given"


def drafts(guideline: ir.Guideline, timeout_ms: int | None = None) -> list[Draft]:
    """Every draft case, in order: paths, thresholds, choices, MC/DC, ranges, rejects."""
    return _drafts(guideline, timeout_ms)[0]


def _drafts(
    guideline: ir.Guideline, timeout_ms: int | None
) -> tuple[list[Draft], dict[str, object] | None]:
    """The drafts, and the patient the solver gives when nothing is asked (if any)."""
    ps = PatientSolver(guideline) if timeout_ms is None else PatientSolver(guideline, timeout_ms)
    try:
        out = path_drafts(ps)
        found = sites(guideline)
        criteria = criterion_sites(guideline)
        for make in (boundary_drafts, chosen_value_drafts, choice_drafts, mcdc_drafts):
            for site in [*found, *criteria]:
                out.extend(make(ps, site))
        out.extend(value_drafts(ps))
        for site in found:
            out.extend(unknown_drafts(ps, site))
        for site in criteria:
            out.extend(criterion_unknown_drafts(ps, site))
        out.extend(range_drafts(ps))
        base = ps.patient([])
        if base is not None:
            unknown = {d.name: None for d in guideline.inputs if d.may_be_unknown}
            out.extend(reject_drafts(guideline, {**base, **unknown}))
            out.extend(assumption_drafts(ps, base))
    except SolverGaveUp as exc:
        message = f"{guideline.id}: the solver gave no answer: {exc}"
        raise CaseGenerationError(message, str(exc)) from exc
    out.extend(_examples(guideline))
    return out, base


def _examples(guideline: ir.Guideline) -> list[Draft]:
    return [
        Draft(f"example__{e.id}", e.title, "example", dict(e.patient)) for e in guideline.examples
    ]


def generate_cases(guideline: ir.Guideline, timeout_ms: int | None = None) -> list[Case]:
    """The guideline's test cases: one per path, then boundaries, choices, MC/DC pairs,
    ranges, rejections and the authored examples. Deterministic.

    Raises CaseGenerationError when the solver gives no answer for some case. One
    build asks for the same guideline's cases twice (docs and tests); the second
    answer comes from a cache.
    """
    return list(_cached_cases(guideline, timeout_ms))


@functools.lru_cache(maxsize=8)
def _cached_cases(guideline: ir.Guideline, timeout_ms: int | None) -> tuple[Case, ...]:
    # Building the cases of a large guideline allocates millions of small dicts and
    # lists that live to the end, none in a reference cycle: the cyclic collector would
    # walk them again and again (half the time on 10,000 branches).
    with paused():
        return tuple(_generate(guideline, timeout_ms))


def _generate(guideline: ir.Guideline, timeout_ms: int | None) -> list[Case]:
    out: list[Case] = []
    ids: set[str] = set()
    found, base = _drafts(guideline, timeout_ms)
    outcomes = Outcomes(guideline, base)
    found += unread_drafts(guideline, found, outcomes)
    for draft in found:
        outcome = outcomes.evaluate(draft.patient)
        rejected = isinstance(outcome.result, list)
        if rejected != (draft.kind == "reject"):
            continue
        if not rejected and not outcome.reaches(draft.reaches):
            continue
        case_id = _unique(draft.id, ids)
        out.append(Case(case_id, draft.title, draft.kind, draft.patient, outcome.result))
    return out


def _unique(case_id: str, ids: set[str]) -> str:
    candidate, number = case_id, 1
    while candidate in ids:
        number += 1
        candidate = f"{case_id}_{number}"
    ids.add(candidate)
    return candidate
