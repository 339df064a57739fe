"""Patients missing a required fact that their path does not read: they are evaluated,
not refused (`compiler.semantics.waiting`). One per such fact, from the first path case
whose path does not read it; the patients whose path reads it are the `missing`
rejections (`compiler.testgen.rejects`)."""

from __future__ import annotations

from compiler.semantics import ir, waiting
from compiler.testgen.case import join_id
from compiler.testgen.draft import Draft
from compiler.testgen.outcomes import Outcomes


def unread_drafts(guideline: ir.Guideline, found: list[Draft], outcomes: Outcomes) -> list[Draft]:
    """For each required fact only some paths read, a path case without it whose path
    does not read it, and (when the `missing` rejection is not refused) one whose path
    reads it, if any."""
    paths = [d for d in found if d.kind == "path"]
    by_id = {d.id: d for d in found}
    out: list[Draft] = []
    for name in waiting.path_required(guideline):
        question = guideline.input(name).question
        rejection = by_id.get(join_id("reject", name, "missing"))
        refused = rejection is not None and _refused(outcomes, rejection.patient)
        unread = None
        for draft in paths:
            if name not in draft.patient:
                continue
            patient = {k: v for k, v in draft.patient.items() if k != name}
            outcome = outcomes.evaluate(patient)
            if isinstance(outcome.result, list):
                if not refused:
                    title = f"{question}: missing, and this path reads it"
                    out.append(Draft(join_id("reject", name, "missing_read"), title, "reject",
                                     patient))
                    refused = True
            elif unread is None and outcome.reaches(draft.reaches):
                title = f"{question}: missing, and this path does not read it"
                unread = Draft(join_id("missing", name, "not_read"), title, "path", patient,
                               draft.reaches)
                out.append(unread)
            if refused and unread is not None:
                break
    return out


def _refused(outcomes: Outcomes, patient: dict[str, object]) -> bool:
    return isinstance(outcomes.evaluate(patient).result, list)
