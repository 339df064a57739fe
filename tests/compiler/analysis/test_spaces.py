"""Arithmetic and z3 give the same answers about the same constraints, so the same
patient is chosen from either."""

from __future__ import annotations

from collections.abc import Iterator

from compiler.analysis import formula as f
from compiler.analysis.components import split
from compiler.analysis.patients import PatientSolver
from compiler.analysis.settle import settle
from compiler.analysis.spaces import NativeSpace, Z3Space, assignments_count, wide_inputs
from compiler.semantics import ir
from tests.compiler.conftest import Question, questions


def native_groups(
    ps: PatientSolver, question: Question, all_known: bool
) -> Iterator[tuple[list[ir.Input], list[f.Formula]]]:
    """The groups of the question that arithmetic can answer."""
    parts = f.conjuncts([*ps.assumptions(), *question])
    groups, _ = split(parts, f.inputs_of)
    for group in groups:
        decls = [ps.by_name[n] for n in group.names]
        decls.sort(key=ps.guideline.inputs.index)
        if len(wide_inputs(decls)) > 1 or assignments_count(decls, all_known) > 4096:
            continue
        if any(
            ps.encoder.integer_gap(a) is None
            for c in group.constraints
            for a in f.atoms_of(c)
            if isinstance(a, ir.CmpNum)
        ):
            continue
        yield decls, list(group.constraints)


def test_same_answers_from_arithmetic_and_z3(sample: ir.Guideline) -> None:
    ps = PatientSolver(sample)
    checked = 0
    for question in questions(sample)[:30]:
        for all_known in (True, False):
            for decls, constraints in native_groups(ps, question, all_known):
                native = NativeSpace(
                    ps.encoder, decls, constraints, all_known=all_known, by_name=ps.by_name
                )
                solver = Z3Space(
                    ps.encoder, decls, constraints, all_known=all_known, timeout_ms=5000
                )
                assert native.feasible() == solver.feasible()
                for decl in wide_inputs(decls):
                    if native.feasible():
                        assert native.bounds(decl.name) == solver.bounds(decl.name)
                for atom in {a for c in constraints for a in f.atoms_of(c)}:
                    if isinstance(atom, ir.CmpNum) and all_known and native.feasible():
                        for upper in (True, False):
                            assert native.extreme(atom, upper) == solver.extreme(atom, upper)
                assert settle(native, decls, []) == settle(solver, decls, [])
                checked += 1
    assert checked
