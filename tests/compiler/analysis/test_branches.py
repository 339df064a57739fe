"""Branch conditions as constraints: the same contexts and the same conditions as the
shared solver's, and the step keys of `sites.chains`."""

from __future__ import annotations

from dataclasses import replace

import z3

from compiler.analysis import formula as f
from compiler.analysis import solver
from compiler.analysis.branches import condition_at, contexts, taken
from compiler.analysis.grid import GridEncoder
from compiler.analysis.to_z3 import to_z3
from compiler.semantics import ir
from compiler.testgen.sites import Chain, chains


def equivalent(left: z3.BoolRef, right: z3.BoolRef) -> bool:
    check = z3.Solver()
    check.add(left != right)
    return bool(check.check() == z3.unsat)


def _solvers(encoder: GridEncoder, chain: Chain) -> z3.BoolRef:
    """The solver's condition of a chain: each enclosing branch taken (`branch_conditions`)."""
    parts: list[z3.BoolRef] = []
    for node, branch in chain:
        if isinstance(node, ir.Decision):
            assert branch is not None
            parts.append(solver.branch_conditions(encoder, node)[node.branches.index(branch)])
        elif node.when is not None:
            parts.append(encoder.yes(node.when))
    return z3.And(*parts)


def test_contexts_are_the_solvers(sample: ir.Guideline) -> None:
    encoder = GridEncoder(sample)
    ours, table = contexts(sample), chains(sample)
    assert set(table) == {c.steps for c in ours}
    for mine in ours[:80]:
        node, branch = table[mine.steps][-1]
        assert (mine.node, mine.branch) == (node, branch)
        formula = to_z3(encoder, f.AllOf(mine.condition))
        assert equivalent(formula, _solvers(encoder, table[mine.steps])), mine.steps


def test_each_branch_taken_as_the_solver_says(sample: ir.Guideline) -> None:
    encoder = GridEncoder(sample)
    for node in ir.walk(sample.body):
        if isinstance(node, ir.Decision):
            probe = ir.Branch("unknown", None, "unknown", (), node.line)
            probed = node
            if node.special("unknown") is None:
                probed = replace(node, branches=(*node.branches, probe))
            expected = solver.branch_conditions(encoder, probed)
            for branch, condition in zip(probed.branches, expected, strict=True):
                formula = to_z3(encoder, f.AllOf(taken(probed, branch)))
                assert equivalent(formula, condition)


def test_condition_at_falls_back_to_the_enclosing_steps() -> None:
    first = (f.KnownIs("a", True),)
    conditions = {(("d", "yes"),): first}
    assert condition_at((("d", "yes"), ("s", "applies")), conditions) == first
    assert condition_at((("e", "no"),), conditions) == ()
