"""Reach conditions built on demand: the same conditions as `eager_reach.reaches`, smaller."""

from __future__ import annotations

from pathlib import Path

import pytest
import z3

from compiler.analysis import solver
from compiler.analysis.reach import ReachMap, can_be_unknown
from compiler.semantics import ir
from tests.compiler.analysis import eager_reach
from tests.conftest import ROOT, lower_text
from tests.conftest import lower_snippet as lower

REC = '    advise {0} "{0}"\n      expert opinion\n'

SNIPPET = """input x "X": number from 0 to 10 or unknown
input n "N": whole from 0 to 10
input c "C": one of a, b, c
section s "S" when n > 4 and c is a
  advise r0 "r0"
    expert opinion
decide first "First"
  when x > 5 and c is a:
    advise a "a"
      expert opinion
  when c is b:
    decide inner "Inner"
      when n >= 3:
        advise r2 "r2"
          expert opinion
      otherwise:
        nothing
  otherwise:
    nothing
  when unknown: ask
decide last "Last"
  when c is b:
    advise b "b"
      expert opinion
"""

ASKS = """input x "X": number from 0 to 10 or unknown
input n "N": whole from 0 to 10
decide first "First"
  when x > 5:
    advise a "a"
      expert opinion
  otherwise: nothing
  when unknown: ask
decide sure "Sure"
  when n > 2:
    advise b "b"
      expert opinion
  otherwise: nothing
decide open "Open"
  when n > 4:
    advise c "c"
      expert opinion
  when n <= 4:
    ask
decide last "Last"
  when n > 3 and x is unknown:
    advise d "d"
      expert opinion
  otherwise: nothing
"""


def _map(guideline: ir.Guideline, exhaustive: bool = False) -> ReachMap:
    return ReachMap(solver.MemoEncoder(guideline), lambda decision: exhaustive)


def _equivalent(a: z3.BoolRef, b: z3.BoolRef) -> bool:
    check = z3.Solver()
    check.add(a != b)
    return bool(check.check() == z3.unsat)


def _by_id(guideline: ir.Guideline) -> dict[str, ir.Node]:
    return {n.id: n for n in ir.walk(guideline.body) if isinstance(n, ir.Decision | ir.Section)}


def _guidelines() -> list[Path]:
    return [
        ROOT / "guidelines" / "imnm.guideline",
        *sorted((ROOT / "tests" / "fixtures" / "logic").glob("*/*.defect.guideline"))[::7],
    ]


@pytest.mark.parametrize("text", [SNIPPET, ASKS], ids=["snippet", "asks"])
def test_full_is_the_reach_condition_of_the_solver(text: str) -> None:
    guideline = lower(text)
    reach = _map(guideline)
    for old in eager_reach.reaches(reach.encoder):
        assert _equivalent(reach.full(old.node), old.condition), old.node


@pytest.mark.parametrize("path", _guidelines(), ids=lambda p: p.stem)
def test_full_is_the_reach_condition_of_the_solver_on_files(path: Path) -> None:
    guideline = lower_text(path.read_text(encoding="utf-8"))
    reach = _map(guideline)
    for old in eager_reach.reaches(reach.encoder):
        assert _equivalent(reach.full(old.node), old.condition), old.node
        check = z3.Solver()
        check.add(reach.full(old.node), z3.Not(reach.local(old.node)))
        assert check.check() == z3.unsat  # the local condition follows from the full one


def test_steps_and_places() -> None:
    guideline = lower(SNIPPET)
    reach = _map(guideline)
    nodes = _by_id(guideline)
    inner = reach.place(nodes["inner"])
    assert [(owner.id, number) for owner, number in inner.chain] == [("first", 1)]
    assert inner.parent is nodes["first"] and inner.index == 0
    assert reach.order == ir.walk(guideline.body)


def test_what_surely_completes() -> None:
    guideline = lower(ASKS)
    reach = _map(guideline)
    nodes = _by_id(guideline)
    assert reach.surely_completes(nodes["first"])  # `when unknown: ask` waits, the rest go on
    assert reach.surely_completes(nodes["sure"])  # `otherwise`, facts always known
    assert not reach.surely_completes(nodes["open"])  # no `otherwise`: it may have no branch
    assert reach.completes(nodes["sure"]) is None
    assert reach.sure_path(nodes["open"]) and not reach.sure_path(nodes["last"])


def test_what_completes_when_every_fact_is_known() -> None:
    guideline = lower(ASKS)
    reach = _map(guideline)
    nodes = _by_id(guideline)
    assert reach.known_completes(nodes["first"])  # the `ask` needs an unknown fact
    assert not reach.known_completes(nodes["open"])
    assert reach.known_path(nodes["open"]) and not reach.known_path(nodes["last"])


def test_a_decision_without_otherwise_completes_when_known_only_if_exhaustive() -> None:
    body = 'input n "N": whole from 0 to 10\ndecide d "D"\n  when n < 5:\n' + REC.format("a")
    body += "  when n >= 5:\n" + REC.format("b")
    guideline = lower(body)
    decision = _by_id(guideline)["d"]
    assert _map(guideline, exhaustive=True).known_completes(decision)
    assert not _map(guideline, exhaustive=False).known_completes(decision)


def test_a_long_body_builds_without_deep_recursion() -> None:
    body = 'input n "N": whole from 0 to 5000 or unknown\n'
    for i in range(1500):
        body += f'decide d{i} "D"\n  when n > {i}:\n' + REC.format(f"r{i}")
        body += "  otherwise: nothing\n  when unknown: ask\n"
    guideline = lower(body)
    reach = _map(guideline)
    last = guideline.body[-1]
    assert reach.known_path(last) and reach.sure_path(last)  # an `ask` waits
    check = z3.Solver()
    check.add(reach.full(last), z3.Not(reach.encoder.is_known("n")))
    assert check.check() == z3.sat


def test_which_conditions_can_be_unknown() -> None:
    guideline = lower(SNIPPET)
    first, last = _by_id(guideline)["first"], _by_id(guideline)["last"]
    assert isinstance(first, ir.Decision) and isinstance(last, ir.Decision)
    guard = first.when_branches()[0].guard
    assert guard is not None and can_be_unknown(guideline, guard)
    other = last.when_branches()[0].guard
    assert other is not None and not can_be_unknown(guideline, other)
