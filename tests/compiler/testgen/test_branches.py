"""Branch conditions as constraints: the same contexts and the same conditions as the
shared solver's, and the step keys of `sites.chains`."""

from __future__ import annotations

import z3

from compiler.analysis import formula as f
from compiler.analysis import solver
from compiler.analysis.grid import GridEncoder
from compiler.analysis.to_z3 import to_z3
from compiler.semantics import ir
from compiler.testgen.branches import condition_at, contexts, taken
from compiler.testgen.sites import chains


def equivalent(left: z3.BoolRef, right: z3.BoolRef) -> bool:
    check = z3.Solver()
    check.add(left != right)
    return bool(check.check() == z3.unsat)


def test_contexts_are_the_solvers(sample: ir.Guideline) -> None:
    encoder = GridEncoder(sample)
    ours, theirs = contexts(sample), solver.contexts(encoder)
    assert [c.steps for c in ours] == [c.steps for c in theirs]
    assert set(chains(sample)) == {c.steps for c in ours}
    for mine, shared in list(zip(ours, theirs, strict=True))[:80]:
        assert (mine.node, mine.branch) == (shared.node, shared.branch)
        formula = to_z3(encoder, f.AllOf(mine.condition))
        assert equivalent(formula, shared.condition), mine.steps


def test_each_branch_taken_as_the_solver_says(sample: ir.Guideline) -> None:
    encoder = GridEncoder(sample)
    for node in ir.walk(sample.body):
        if isinstance(node, ir.Decision):
            probe = ir.Branch("unknown", None, "unknown", (), node.line)
            for branch in (*node.branches, probe):
                formula = to_z3(encoder, f.AllOf(taken(node, branch)))
                assert equivalent(formula, solver.branch_condition(encoder, node, branch))


def test_condition_at_falls_back_to_the_enclosing_steps() -> None:
    first = (f.KnownIs("a", True),)
    conditions = {(("d", "yes"),): first}
    assert condition_at((("d", "yes"), ("s", "applies")), conditions) == first
    assert condition_at((("e", "no"),), conditions) == ()
