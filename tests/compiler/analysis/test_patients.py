"""Patients from constraints: inside ranges, on the resolution, not round, and a solver
that gives no answer is an error, never a pass."""

from __future__ import annotations

from fractions import Fraction

import pytest
import z3

from compiler.analysis import formula as f
from compiler.analysis.patients import PatientSolver, candidates, is_round
from compiler.analysis.settle import settle
from compiler.analysis.spaces import Z3Space
from compiler.semantics import ir
from compiler.testgen import CaseGenerationError, generate_cases
from compiler.testgen.sites import sites
from tests.compiler.conftest import questions
from tests.conftest import compile_snippet

BODY = """
input weight "Body weight": number kg from 20 to 250 step 0.1
input count "Count": whole from 0 to 12
input seen "Seen": yes/no or unknown

decide d "Heavy?"
  when weight >= 100 kg and count > 3:
    advise heavy "Heavy"
      expert opinion
  otherwise: nothing
  when unknown: ask

decide e "Seen?"
  when seen:
    advise seen_advice "Seen"
      expert opinion
  otherwise: nothing
  when unknown: ask
"""


@pytest.fixture(scope="module")
def demo() -> ir.Guideline:
    compiled = compile_snippet(BODY)
    assert compiled.guideline is not None, compiled.diagnostics
    return compiled.guideline


def test_round_values() -> None:
    tenth = Fraction(1, 10)
    assert is_round(700, tenth, "number")  # 70.0 kg
    assert not is_round(734, tenth, "number")  # 73.4 kg
    assert is_round(10, Fraction(1), "whole")
    assert is_round(1, Fraction(1), "whole")
    assert not is_round(7, Fraction(1), "whole")


def test_candidates_stay_inside_and_prefer_values_that_are_not_round() -> None:
    found = candidates(200, 2500, Fraction(1, 10), "number")
    assert all(200 <= c <= 2500 for c in found)
    assert not is_round(found[0], Fraction(1, 10), "number")
    assert candidates(4, 4, Fraction(1), "whole") == [4]


def test_patient_meets_the_constraints_with_plausible_values(demo: ir.Guideline) -> None:
    ps = PatientSolver(demo)
    weight = demo.input("weight")
    heavy = f.Truth(ir.CmpNum(">=", ir.NumInput("weight"), ir.NumConst(Fraction(100)), "", 0))
    patient = ps.patient([heavy])
    assert patient is not None
    value = patient["weight"]
    assert isinstance(value, float)
    assert weight.high is not None and 100 <= value <= weight.high
    assert value != int(value)
    assert type(patient["count"]) is int
    assert patient["seen"] is not None


def test_prefer_keeps_values_that_fit(demo: ir.Guideline) -> None:
    ps = PatientSolver(demo)
    wished = {"weight": 64.2, "count": 5, "seen": None}
    patient = ps.patient([], all_known=False, prefer=wished)
    assert patient == {"weight": 64.2, "count": 5, "seen": None}


def test_impossible_constraints_give_no_patient(demo: ir.Guideline) -> None:
    ps = PatientSolver(demo)
    many = f.Truth(ir.CmpNum(">", ir.NumInput("count"), ir.NumConst(Fraction(12)), "", 0))
    assert ps.patient([many]) is None


def test_solver_without_an_answer_is_an_error(
    demo: ir.Guideline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(z3.Solver, "check", lambda self, *a: z3.unknown)
    with pytest.raises(CaseGenerationError, match="no answer"):
        generate_cases(demo)


def whole_problem(
    ps: PatientSolver,
    constraints: list[f.Formula],
    all_known: bool,
    prefer: dict[str, object] | None = None,
) -> dict[str, object] | None:
    """The patient chosen by one z3 solver holding every constraint and every input
    (how patients were found before constraints were split into groups)."""
    decls = list(ps.guideline.inputs)
    parts = f.conjuncts([*ps.assumptions(), *constraints])
    space = Z3Space(ps.encoder, decls, parts, all_known=all_known, timeout_ms=5000)
    wishes = [(n, ps.equals(n, v)) for n, v in (prefer or {}).items()]
    return settle(space, decls, [(n, w) for n, w in wishes if w is not None])


def test_patients_are_those_of_one_solver_for_the_whole_problem(sample: ir.Guideline) -> None:
    ps = PatientSolver(sample)
    previous: dict[str, object] | None = None
    for question in questions(sample)[:60]:
        for all_known in (True, False):
            found = ps.patient(question, all_known=all_known, prefer=previous)
            assert found == whole_problem(ps, question, all_known, previous)
            previous = found or previous


def test_extremes_are_those_of_the_whole_problem(sample: ir.Guideline) -> None:
    ps = PatientSolver(sample)
    for site in sites(sample)[:20]:
        for atom in ir.atoms(site.cond):
            if not isinstance(atom, ir.CmpNum):
                continue
            below = [*site.reach, f.Gap(atom, "<", Fraction(0))]
            parts = f.conjuncts([*ps.assumptions(), *below])
            decls = list(sample.inputs)
            whole = Z3Space(ps.encoder, decls, parts, all_known=True, timeout_ms=5000)
            assert ps.extreme(below, atom, upper=True) == whole.extreme(atom, upper=True)
