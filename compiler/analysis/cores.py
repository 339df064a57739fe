"""Why no patient can take a path: a small set of its conditions that contradict each other.

The conditions are the path's own (each enclosing branch taken), the declared ranges
and the declared assumptions; z3 picks a minimal unsatisfiable core among them.
"""

from __future__ import annotations

from collections.abc import Sequence

import z3

from compiler.analysis import formula as f
from compiler.analysis.patients import PatientSolver
from compiler.analysis.spaces import SolverGaveUp
from compiler.analysis.to_z3 import to_z3
from compiler.semantics import ir
from compiler.semantics.numbers import fmt_number

Chain = Sequence[tuple[ir.Decision | ir.Section, ir.Branch | None]]
Part = tuple[str, z3.BoolRef]


def _decision_parts(decision: ir.Decision, branch: ir.Branch) -> list[tuple[str, f.Formula]]:
    guards = decision.when_branches()
    where = f"decision `{decision.id}`"
    if branch.kind == "unknown":
        probe = f.AnyOf(tuple(f.Is(g.guard, "unknown") for g in guards if g.guard is not None))
        return [(f"{where}: a branch condition is unknown", probe)]
    index = guards.index(branch) if branch.kind == "when" else len(guards)
    parts: list[tuple[str, f.Formula]] = [
        (f"{where}: not ({g.label})", f.Is(g.guard, "no")) for g in guards[:index] if g.guard
    ]
    if branch.kind == "when" and branch.guard is not None:
        parts.append((f"{where}: {branch.label}", f.Is(branch.guard, "yes")))
    return parts


def _path_parts(chain: Chain) -> list[tuple[str, f.Formula]]:
    parts: list[tuple[str, f.Formula]] = []
    for node, branch in chain:
        if isinstance(node, ir.Section):
            if node.when is not None:
                label = f"section `{node.id}` applies: {node.when_label}"
                parts.append((label, f.Is(node.when, "yes")))
        elif branch is not None:
            parts.extend(_decision_parts(node, branch))
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


def contradiction(ps: PatientSolver, chain: Chain) -> list[str] | None:
    """The labels of a small set of the path's conditions, ranges and assumptions that no
    patient meets together (None: some patient takes the path).

    Raises SolverGaveUp when the solver gives no answer: never taken for a pass.
    """
    path = [(label, to_z3(ps.encoder, formula)) for label, formula in _path_parts(chain)]
    parts = path + _ranges(ps)
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
