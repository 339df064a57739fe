"""compiler/analysis/logic.py: the checks' questions, answered as the full questions would be."""

from __future__ import annotations

from pathlib import Path

import pytest
import z3

from compiler.analysis import formula as f
from compiler.analysis import solver
from compiler.analysis.logic import Logic
from compiler.checks import logic_reach
from compiler.semantics import ir
from tests.compiler.analysis import eager_reach
from tests.conftest import ROOT, lower_snippet, lower_text

LOCAL_IS_NOT_ENOUGH = """input x "X": number from 0 to 10 or unknown
input n "N": whole from 0 to 10
decide first "First"
  when x is known:
    advise a "a"
      expert opinion
decide second "Second"
  when n > 3 and x is unknown:
    advise b "b"
      expert opinion
  otherwise: nothing
"""


def _full_answer(guideline: ir.Guideline, node: ir.Node, extra: list[z3.BoolRef]) -> str:
    """The question as the full reach condition of `eager_reach.reaches` states it."""
    encoder = solver.Encoder(guideline)
    (reach,) = [r for r in eager_reach.reaches(encoder) if r.node is node]
    return solver.Session(encoder).check([reach.condition, *extra])


def test_a_branch_possible_locally_but_not_after_an_earlier_decision_without_a_branch(
) -> None:
    # `first` has no branch for x unknown: evaluation ends there (an `ask` would not end it).
    guideline = lower_snippet(LOCAL_IS_NOT_ENOUGH)
    logic = Logic(guideline)
    second = guideline.body[1]
    assert isinstance(second, ir.Decision)
    branch = second.when_branches()[0]
    taken = logic.taken(second, branch)
    assert isinstance(taken, f.Raw)
    assert logic.session.check([logic.reach.local(second), taken.expr]) == "sat"
    assert logic.never_taken(second, branch)
    assert _full_answer(guideline, second, [_rebuilt(guideline, second, 0)]) == "unsat"
    (finding,) = logic_reach.check(guideline)
    assert finding.code == "L011" and finding.span.line == branch.line


def _rebuilt(guideline: ir.Guideline, decision: ir.Decision, number: int) -> z3.BoolRef:
    return solver.branch_conditions(solver.Encoder(guideline), decision)[number]


CORPUS_SAMPLE = sorted((ROOT / "tests" / "fixtures" / "logic").glob("*/*.guideline"))[::3]


@pytest.mark.parametrize("path", CORPUS_SAMPLE, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_answers_are_those_of_the_full_questions(path: Path) -> None:
    guideline = lower_text(path.read_text(encoding="utf-8"), str(path))
    logic = Logic(guideline)
    decisions = [n for n in ir.walk(guideline.body) if isinstance(n, ir.Decision)]
    reached = [d for d in decisions if _full_answer(guideline, d, []) == "sat"]
    assert logic.decisions() == reached
    for decision in reached:
        for number, branch in enumerate(decision.branches):
            if branch.kind != "when":
                continue
            full = _full_answer(guideline, decision, [_rebuilt(guideline, decision, number)])
            assert logic.never_taken(decision, branch) == (full == "unsat")
    assert logic.undecided == 0
