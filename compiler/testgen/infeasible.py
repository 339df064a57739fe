"""Paths no patient can take, with the conditions that contradict each other (z3 cores)."""

from __future__ import annotations

import z3

from compiler.analysis.solver import contexts
from compiler.semantics import ir
from compiler.semantics.lower import fmt_number
from compiler.testgen.generate import CaseGenerationError
from compiler.testgen.patients import PatientSolver, SolverGaveUp
from compiler.testgen.sites import Chain, chains
from dsl.diagnostics import Diagnostic, error
from dsl.source import Span

IMPOSSIBLE_PATH = "L011"  # the registry's "Unreachable branch"

Part = tuple[str, z3.BoolRef]


def _decision_parts(decision: ir.Decision, branch: ir.Branch, ps: PatientSolver) -> list[Part]:
    enc = ps.encoder
    guards = decision.when_branches()
    where = f"decision `{decision.id}`"
    if branch.kind == "unknown":
        probe = z3.Or(*[enc.unknown(g.guard) for g in guards if g.guard is not None])
        return [(f"{where}: a branch condition is unknown", probe)]
    index = guards.index(branch) if branch.kind == "when" else len(guards)
    parts = [(f"{where}: not ({g.label})", enc.no(g.guard)) for g in guards[:index] if g.guard]
    if branch.kind == "when" and branch.guard is not None:
        parts.append((f"{where}: {branch.label}", enc.yes(branch.guard)))
    return parts


def _parts(chain: Chain, ps: PatientSolver) -> list[Part]:
    parts: list[Part] = []
    for node, branch in chain:
        if isinstance(node, ir.Section):
            if node.when is not None:
                label = f"section `{node.id}` applies: {node.when_label}"
                parts.append((label, ps.encoder.yes(node.when)))
        elif branch is not None:
            parts.extend(_decision_parts(node, branch, ps))
    return parts


def _ranges(ps: PatientSolver) -> list[Part]:
    out: list[Part] = []
    for decl in ps.guideline.inputs:
        if decl.kind in {"number", "whole"} and decl.low is not None and decl.high is not None:
            unit = f" {decl.unit_text}" if decl.unit_text else ""
            label = f"`{decl.name}` from {fmt_number(decl.low)} to {fmt_number(decl.high)}{unit}"
            out.append((label, z3.And(*ps.encoder.bounds(decl))))
    for assumption in ps.guideline.assumptions:
        label = f"assumption `{assumption.id}`: {assumption.label}"
        out.append((label, z3.Not(ps.encoder.no(assumption.cond))))
    return out


def _kinds(ps: PatientSolver) -> list[z3.BoolRef]:
    """Choices are indexes of their list; dates lie in the calendar the solver knows."""
    kinds = {"choice", "date"}
    return [c for d in ps.guideline.inputs if d.kind in kinds for c in ps.encoder.bounds(d)]


def core(ps: PatientSolver, parts: list[Part]) -> list[str] | None:
    """The labels of a small set of parts that no patient meets together (None: feasible)."""
    solver = z3.Solver()
    solver.set("timeout", ps.timeout_ms)
    solver.set("core.minimize", True)
    solver.add(*_kinds(ps))
    markers = [z3.Bool(f"part__{i}") for i in range(len(parts))]
    for marker, (_, formula) in zip(markers, parts, strict=True):
        solver.add(z3.Implies(marker, formula))
    status = solver.check(*markers)
    if status == z3.unknown:
        raise SolverGaveUp(str(solver.reason_unknown()))
    if status == z3.sat:
        return None
    chosen = {str(m) for m in solver.unsat_core()}
    return [
        label for marker, (label, _) in zip(markers, parts, strict=True) if str(marker) in chosen
    ]


def infeasible_paths(guideline: ir.Guideline) -> list[Diagnostic]:
    """A diagnostic for each branch no patient can take (the first on each chain), with
    the conditions that contradict each other as its hints.

    Raises CaseGenerationError when the solver gives no answer: never taken for a pass.
    """
    ps = PatientSolver(guideline)
    table = chains(guideline)
    found: list[Diagnostic] = []
    dead: list[tuple[tuple[str, str], ...]] = []
    for ctx in contexts(ps.encoder):
        if any(ctx.steps[: len(d)] == d for d in dead):
            continue
        chain = table[ctx.steps]
        node, branch = chain[-1]
        line = branch.line if branch is not None else node.line
        span = Span(guideline.source_path, line, 1, line, 2)
        label = "applies" if branch is None else branch.label
        where = f"branch `{label}` of `{node.id}`"
        try:
            labels = core(ps, _parts(chain, ps) + _ranges(ps))
        except SolverGaveUp as exc:
            message = f"{guideline.id}: the solver gave no answer for {where}: {exc}"
            raise CaseGenerationError(message) from exc
        if labels is None:
            continue
        dead.append(ctx.steps)
        message = f"no patient can take {where}: its conditions contradict each other"
        found.append(error(IMPOSSIBLE_PATH, message, span, *labels))
    return found
