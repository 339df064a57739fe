"""The interpreter, the generated module and the solver agree on scores.

Random guidelines of one family (a score of weighted, negative and decimal points on
yes/no facts that may be unknown, a choice and an age, compared in decisions and a
section), random patients: the module's result equals the interpreter's, and the
solver's three-valued encoding of every condition gives the interpreter's answer.
Longer run: `HYPOTHESIS_PROFILE=long .venv/bin/pytest
tests/compiler/emit_python/test_score_agreement.py`.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path
from typing import Any

import z3
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from compiler.analysis.solver import Encoder, exact
from compiler.semantics import interpreter, ir
from tests.conftest import compile_snippet, emit_and_import

LONG = os.environ.get("HYPOTHESIS_PROFILE") == "long"
FAMILIES = settings(
    max_examples=300 if LONG else 8,
    deadline=None,
    # A drawn family that does not compile is skipped (assume), which can reject many draws in a
    # row: that is the family generator's shape, not a failure of the agreement being tested.
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)

FACTS = ("f1", "f2", "f3")
POINTS = ("1", "2", "3", "-1", "-2", "0.5", "1.5", "-0.5", "0.1", "0.2", "-0.3")
CRITERIA = (
    "{f}",
    "not {f}",
    "age >= {a} years",
    "age >= {a} years and age < {b} years",
    "sex is female and {f}",
    "{f} or age > {a} years",
    "{f} and {g}",
)
OPS = (">=", ">", "<=", "<", "=", "!=")
SOLVED_EVERY = 1 if LONG else 5  # the solver's answers are checked for every n-th patient


@st.composite
def families(draw: st.DrawFn) -> str:
    """The body of a guideline with one score compared in decisions and a section."""
    unknown = [draw(st.booleans()) for _ in FACTS]
    lines = [
        f'input {f} "Fact {f}": yes/no' + (" or unknown" if u else "")
        for f, u in zip(FACTS, unknown, strict=True)
    ]
    lines += [
        'input sex "Sex": one of female, male',
        'input age "Age": number years from 18 to 110'
        + (" or unknown" if draw(st.booleans()) else ""),
        "",
        'score risk "Risk score"',
    ]
    for _ in range(draw(st.integers(1, 5))):
        template = draw(st.sampled_from(CRITERIA))
        f, g = draw(st.sampled_from(FACTS)), draw(st.sampled_from(FACTS))
        a = draw(st.integers(20, 90))
        condition = template.format(f=f, g=g, a=a, b=a + draw(st.integers(1, 15)))
        lines.append(f"  points {draw(st.sampled_from(POINTS))} when {condition}")
    first = draw(st.sampled_from(OPS))
    threshold = draw(st.sampled_from(("-1", "0", "1", "1.5", "2", "3", "4")))
    scaled = draw(st.sampled_from(("risk", "risk * 2 - 1", "2 * risk + 0.5")))
    lines += [
        "",
        'decide triage "Triage"',
        f"  when {scaled} {first} {threshold}:",
        '    assess high "High"',
        "      expert opinion",
        f"  when risk {draw(st.sampled_from(OPS))} {draw(st.integers(-2, 5))}:",
        '    assess middle "Middle"',
        "      expert opinion",
        "  when unknown: ask",
        "  otherwise: nothing",
        "",
        f'section watch "Watch" when risk {draw(st.sampled_from(OPS))} {draw(st.integers(-2, 5))}',
        '  monitor watch_it "Watch it"',
        "    expert opinion",
    ]
    return "\n".join(lines) + "\n"


def patients(guideline: ir.Guideline) -> list[dict[str, object]]:
    """Every combination of the yes/no facts (unknown where allowed), for a few ages
    (on either side of 65 and 75, and unknown where allowed)."""
    choices: list[list[object]] = []
    for decl in guideline.inputs:
        if decl.kind == "yesno":
            choices.append([True, False, *([None] if decl.may_be_unknown else [])])
        elif decl.kind == "choice":
            choices.append(["female", "male"])
        else:
            choices.append([40, 65, 80, *([None] if decl.may_be_unknown else [])])
    names = [d.name for d in guideline.inputs]
    return [dict(zip(names, combo, strict=True)) for combo in itertools.product(*choices)]


def solver_says(encoder: Encoder, cond: ir.Cond, patient: dict[str, object]) -> bool | None:
    """The solver encoding's three-valued answer for one patient."""
    fixed: list[Any] = []
    for decl in encoder.guideline.inputs:
        value = patient[decl.name]
        if decl.may_be_unknown:
            flag = encoder.known[decl.name]
            fixed.append(flag if value is not None else z3.Not(flag))
        if value is None:
            continue
        var = encoder.values[decl.name]
        if decl.kind == "choice":
            fixed.append(var == [c.name for c in decl.choices].index(value))
        elif decl.kind == "yesno":
            fixed.append(var == z3.BoolVal(bool(value)))
        else:
            fixed.append(var == z3.RealVal(exact(float(value))))  # type: ignore[arg-type]
    solver = z3.Solver()
    solver.add(*fixed)
    yes = solver.check(encoder.yes(cond)) == z3.sat
    no = solver.check(encoder.no(cond)) == z3.sat
    assert not (yes and no)
    return True if yes else False if no else None


def conditions(guideline: ir.Guideline) -> list[ir.Cond]:
    """Every guard and section condition, and every criterion."""
    out: list[ir.Cond] = []
    for node in ir.walk(guideline.body):
        if isinstance(node, ir.Decision):
            out += [b.guard for b in node.when_branches() if b.guard is not None]
        elif isinstance(node, ir.Section) and node.when is not None:
            out.append(node.when)
    return out + [c.cond for s in guideline.scores for c in s.criteria]


@FAMILIES
@given(body=families())
def test_interpreter_module_and_solver_agree_on_scores(body: str, tmp_path: Path) -> None:
    compiled = compile_snippet(body)
    assume(compiled.guideline is not None)
    guideline = compiled.guideline
    assert guideline is not None
    module = emit_and_import(guideline, tmp_path, "score_family")
    encoder = Encoder(guideline)
    conds = conditions(guideline)
    for number, patient in enumerate(patients(guideline)):
        expected = interpreter.evaluate(guideline, patient)
        assert module.evaluate(patient).to_dict() == expected, (body, patient)
        ids = tuple(str(r["id"]) for r in expected["recommendations"])  # type: ignore[union-attr]
        assert module.decide(patient) == (ids, {}, tuple(expected["needs"]))  # type: ignore[arg-type]
        if number % SOLVED_EVERY:
            continue
        for cond in conds:
            assert solver_says(encoder, cond, patient) is interpreter.truth(cond, patient, []), (
                body,
                patient,
                cond,
            )
