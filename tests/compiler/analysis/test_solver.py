"""The shared solver: sessions with models; example patients that depend only on the question."""

from __future__ import annotations

import z3

from compiler.analysis import solver
from tests.conftest import lower_snippet

BODY = """input x "X": number from 0 to 10 or unknown
input n "N": whole from 0 to 100
input c "C": one of a, b, c
assume c_small "C is a for small N": n > 10 or c is a
decide d "D"
  when x > 2.5 and n >= 7:
    advise r "r"
      expert opinion
  otherwise:
    nothing
  when unknown: ask
"""


def _question(encoder: solver.Encoder) -> list[z3.BoolRef]:
    decision = encoder.guideline.body[0]
    guard = decision.when_branches()[0].guard  # type: ignore[union-attr]
    assert guard is not None
    return [encoder.yes(guard)]


def test_a_session_gives_a_model_when_sat() -> None:
    encoder = solver.Encoder(lower_snippet(BODY))
    session = solver.Session(encoder)
    status, model = session.model(_question(encoder))
    assert status == "sat" and model is not None
    assert z3.is_true(model.eval(_question(encoder)[0], model_completion=True))
    status, model = session.model([encoder.values["n"] > 200])
    assert (status, model) == ("unsat", None)


def test_isolated_answers_do_not_depend_on_what_was_asked_before() -> None:
    guideline = lower_snippet(BODY)
    first = solver.Isolated(solver.Encoder(guideline)).find(_question(solver.Encoder(guideline)))
    encoder = solver.MemoEncoder(guideline)
    session = solver.Session(encoder)
    for bound in range(20):  # a history of other questions and other terms
        session.model([encoder.values["n"] > bound, z3.Int(f"other_{bound}") > bound])
    again = solver.Isolated(encoder).find(_question(encoder))
    assert first.status == again.status == "sat"
    assert first.patient == again.patient


def test_isolated_prefers_round_values_inside_the_ranges_and_assumptions() -> None:
    guideline = lower_snippet(BODY)
    encoder = solver.Encoder(guideline)
    found = solver.Isolated(encoder).find(_question(encoder))
    assert found.patient is not None
    x, n, c = found.patient["x"], found.patient["n"], found.patient["c"]
    assert isinstance(x, float) and 2.5 < x <= 10 and round(x, 2) == x
    assert isinstance(n, int) and 7 <= n <= 100
    assert n > 10 or c == "a"


def test_isolated_reports_unsat_and_unknown() -> None:
    encoder = solver.Encoder(lower_snippet(BODY))
    assert solver.Isolated(encoder).find([encoder.values["n"] > 200]).status == "unsat"
    a, b = z3.Int("a"), z3.Int("b")
    hard = [a > 1, b > 1, a * a * a + b * b * b == 1729 * 1000003]  # nonlinear, one millisecond
    found = solver.Isolated(encoder, timeout_ms=1).find(hard)
    assert found.status in {"unknown", "unsat"} and found.patient is None
