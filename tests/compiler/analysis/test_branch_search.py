"""Known witnesses for every branch: sound, and complete where every fact is known."""

from __future__ import annotations

from fractions import Fraction

import z3

from compiler.analysis import solver, witness
from compiler.analysis.branch_search import BranchSearch
from compiler.analysis.reach import ReachMap
from compiler.semantics import ir
from tests.conftest import lower_snippet

REC = '    advise {0} "{0}"\n      expert opinion\n'

LADDERS = """input x "X": number from 0 to 100 step 0.5 or unknown
input n "N": whole from 0 to 520
input c "C": one of a, b, c, d
input f "F": yes/no
assume f_small "F only for small N": not f or n < 300
decide first "First"
  when x < 12.5:
    advise r1 "r1"
      expert opinion
  when x >= 12.5 and x < 12.6:
    decide narrow "Narrow"
      when n >= 299 and f:
        advise r2 "r2"
          expert opinion
      when n > 299 and f:
        advise r3 "r3"
          expert opinion
      otherwise:
        nothing
  when c is b or c is d:
    advise r4 "r4"
      expert opinion
  otherwise: nothing
  when unknown: ask
decide second "Second"
  when n < 100:
    advise r5 "r5"
      expert opinion
  when n >= 100 and not f:
    advise r6 "r6"
      expert opinion
  when n >= 100:
    advise r7 "r7"
      expert opinion
"""


def _run(guideline: ir.Guideline, base: witness.Patient | None = None) -> BranchSearch:
    encoder = solver.MemoEncoder(guideline)
    session = solver.Session(encoder)

    def solve(constraints: list[z3.BoolRef]) -> witness.Patient | None:
        _, model = session.model([*constraints, *encoder.all_known()])
        return None if model is None else witness.from_model(encoder, model)

    def exhaustive(decision: ir.Decision) -> bool:
        guards = [b.guard for b in decision.when_branches() if b.guard is not None]
        nothing = [encoder.no(g) for g in guards]
        return session.check([*nothing, *encoder.all_known()]) == "unsat"

    reach = ReachMap(encoder, exhaustive)
    search = BranchSearch(reach, witness.Conditions(), witness.Domain(guideline), solve)
    search.run(base)
    return search


def _truth(search: BranchSearch) -> tuple[set[int], set[tuple[int, int]]]:
    """What the solver says a patient with every fact known can reach and take."""
    reach, encoder = search.reach, search.reach.encoder
    session = solver.Session(encoder)
    known = encoder.all_known()
    reached, taken = set(), set()
    for node in reach.order:
        if session.check([reach.full(node), *known]) == "sat":
            reached.add(id(node))
        if isinstance(node, ir.Decision):
            for number, condition in enumerate(reach.taken(node)):
                if session.check([reach.full(node), condition, *known]) == "sat":
                    taken.add((id(node), number))
    return reached, taken


def test_finds_exactly_what_a_known_patient_can_reach() -> None:
    search = _run(lower_snippet(LADDERS))
    reached, taken = _truth(search)
    assert search.reached == reached
    assert search.taken == taken


def test_thresholds_are_tried_before_the_solver() -> None:
    guideline = lower_snippet(LADDERS)
    search = _run(guideline)
    # 12.5, 299 and the choices come from the conditions; the solver is asked only
    # about `n > 299 and f`, which the assumption rules out.
    assert search.asked == 1
    narrow = next(n for n in ir.walk(guideline.body) if getattr(n, "id", "") == "narrow")
    assert (id(narrow), 0) in search.taken and (id(narrow), 1) not in search.taken


def test_the_solver_is_asked_when_thresholds_do_not_do() -> None:
    body = 'input a "A": whole from 0 to 10\ninput b "B": whole from 0 to 10\n'
    body += 'decide d "D"\n  when a * b = 12 and a > b:\n' + REC.format("r")
    body += "  otherwise:\n    nothing\n"
    search = _run(lower_snippet(body))
    decision = lower_snippet(body).body[0]
    assert isinstance(decision, ir.Decision)
    assert search.asked >= 1
    assert len(search.taken) == 2
    assert _truth(search)[1] == search.taken


def test_past_a_node_that_may_stop_with_a_patient_who_completes_it() -> None:
    body = 'input n "N": whole from 0 to 10\ndecide open "Open"\n  when n > 4:\n'
    body += REC.format("a") + "  when n <= 4:\n    ask\n"
    body += 'decide after "After"\n  when n > 6:\n' + REC.format("b") + "  otherwise: nothing\n"
    guideline = lower_snippet(body)
    first, after = guideline.body
    search = _run(guideline, {"n": Fraction(2)})  # asks at `open`: changed to n = 5
    assert id(after) in search.reached
    assert {(id(first), 0), (id(first), 1), (id(after), 0), (id(after), 1)} == search.taken
    assert search.taken == _truth(search)[1]
    assert search.asked == 0


def test_a_node_after_one_that_always_asks_is_reached() -> None:
    # `ask` makes its decision wait; the decisions after it go on.
    body = 'input n "N": whole from 0 to 10\ndecide open "Open"\n  when n > 4:\n    ask\n'
    body += "  otherwise:\n    ask\n"
    body += 'decide after "After"\n  when n > 6:\n' + REC.format("b") + "  otherwise: nothing\n"
    guideline = lower_snippet(body)
    search = _run(guideline, {"n": Fraction(2)})
    after = guideline.body[1]
    assert id(after) in search.reached
    assert {(id(after), 0), (id(after), 1)} <= search.taken
    assert search.taken == _truth(search)[1]


def test_nothing_after_a_decision_without_a_branch_is_claimed() -> None:
    body = 'input n "N": whole from 0 to 10\ndecide open "Open"\n  when n > 40:\n'
    body += REC.format("a")
    body += 'decide after "After"\n  when n > 6:\n' + REC.format("b") + "  otherwise: nothing\n"
    guideline = lower_snippet(body)
    search = _run(guideline, {"n": Fraction(2)})
    assert id(guideline.body[1]) not in search.reached


def test_the_same_witnesses_every_run() -> None:
    guideline = lower_snippet(LADDERS)
    base = witness.random_patients(guideline, 1, seed=1, unknown_rate=0.0)[0]
    first, second = _run(guideline, base), _run(guideline, base)
    assert (first.reached, first.taken, first.asked) == (second.reached, second.taken, 1)
