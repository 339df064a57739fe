"""One case per branch of every decision (and per outcome of every conditional
section), in each chain of enclosing decisions; and the paths no patient can take."""

from __future__ import annotations

from compiler.analysis import formula as f
from compiler.analysis.branches import Conjuncts, Context, Steps, condition_at, contexts, taken
from compiler.analysis.patients import PatientSolver
from compiler.semantics import ir
from compiler.testgen.case import join_id, slug
from compiler.testgen.draft import Draft
from compiler.testgen.sites import Chain, chains


def _needs_unknown(chain: Chain) -> bool:
    return any(b is not None and b.kind == "unknown" for _, b in chain)


def _branch_words(node: ir.Decision | ir.Section, branch: ir.Branch | None) -> str:
    if branch is None:
        return "applies"
    if branch.kind == "unknown":
        return "unknown"
    return slug(branch.label)


def path_drafts(ps: PatientSolver) -> list[Draft]:
    """A patient for every feasible context, plus section and stop outcomes."""
    table = chains(ps.guideline)
    found = contexts(ps.guideline)
    conditions = {ctx.steps: ctx.condition for ctx in found}
    out: list[Draft] = []
    for ctx in found:
        chain = table[ctx.steps]
        out.extend(_context_drafts(ps, ctx, chain))
        parent = condition_at(ctx.steps[:-1], conditions)
        if isinstance(ctx.node, ir.Section):
            out.extend(_section_drafts(ps, ctx.node, ctx.steps[:-1], parent))
    out.extend(_stop_drafts(ps, conditions))
    return out


def _context_drafts(ps: PatientSolver, ctx: Context, chain: Chain) -> list[Draft]:
    unknown = _needs_unknown(chain)
    patient = ps.patient(ctx.condition, all_known=not unknown)
    if patient is None:
        return []
    node, branch = chain[-1]
    words = _branch_words(node, branch)
    label = "applies" if branch is None else branch.label
    question = node.question if isinstance(node, ir.Decision) else node.title
    title = f"{question}: {label}"
    return [Draft(join_id(node.id, words), title, "path", patient, ctx.steps)]


def _section_drafts(
    ps: PatientSolver, section: ir.Section, steps: Steps, reach: Conjuncts
) -> list[Draft]:
    assert section.when is not None
    out: list[Draft] = []
    patient = ps.patient([*reach, f.Is(section.when, "no")])
    if patient is not None:
        title = f"{section.title}: does not apply ({section.when_label} is no)"
        here = (*steps, (section.id, "does not apply"))
        out.append(Draft(join_id(section.id, "does_not_apply"), title, "path", patient, here))
    patient = ps.patient([*reach, f.Is(section.when, "unknown")], all_known=False)
    if patient is not None:
        title = f"{section.title}: {section.when_label} is unknown, it waits"
        here = (*steps, (section.id, "unknown"))
        out.append(Draft(join_id(section.id, "unknown_waits"), title, "path", patient, here))
    return out


def _stop_drafts(ps: PatientSolver, conditions: dict[Steps, Conjuncts]) -> list[Draft]:
    """Decisions with no `when unknown` branch that can meet an unknown fact."""
    out: list[Draft] = []
    for steps, decision in _decisions(ps.guideline):
        if decision.special("unknown") is not None:
            continue
        probe = ir.Branch("unknown", None, "unknown", (), decision.line)
        reach = condition_at(steps, conditions)
        patient = ps.patient([*reach, *taken(decision, probe)], all_known=False)
        if patient is not None:
            title = f"{decision.question}: a fact is unknown, it waits"
            here = (*steps, (decision.id, "unknown"))
            out.append(Draft(join_id(decision.id, "unknown_waits"), title, "path", patient, here))
    return out


def _decisions(guideline: ir.Guideline) -> list[tuple[Steps, ir.Decision]]:
    out: list[tuple[Steps, ir.Decision]] = []

    def visit(nodes: tuple[ir.Node, ...], steps: Steps) -> None:
        for node in nodes:
            if isinstance(node, ir.Decision):
                out.append((steps, node))
                for branch in node.branches:
                    visit(branch.body, (*steps, (node.id, branch.label)))
            elif isinstance(node, ir.Section):
                visit(node.body, (*steps, (node.id, "applies")))

    visit(guideline.body, ())
    return out
