"""Values chosen by condition: the solver's encodings, the exact arithmetic of the
witnesses, the interpreter and the generated module agree on random patients.

A random family of guidelines uses `if` (chains), `lookup`, `min`, `max`, `at most` and
`at least` inside comparisons, with a ratio and an unknown fact among them. For every
patient drawn on the inputs' steps, each branch condition has the same three-valued
truth in the plain z3 encoding, in the whole-number grid encoding (whose comparisons
are split into cases by `compiler.analysis.pieces`) and in exact arithmetic; and the
interpreter and the module give the same result.
"""

from __future__ import annotations

import os
from fractions import Fraction
from pathlib import Path

import pytest
import z3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compiler.analysis import pieces, witness
from compiler.analysis.grid import GridEncoder, resolution
from compiler.analysis.solver import Encoder
from compiler.pipeline.stages import lower_tree
from compiler.semantics import ir
from dsl.diagnostics import has_errors
from dsl.parser import parse
from dsl.source import SourceFile
from tests.compiler.emit_python.test_agreement import agree
from tests.conftest import emit_and_import

LONG = os.environ.get("HYPOTHESIS_PROFILE") == "long"
SOME = settings(
    max_examples=1000 if LONG else 25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

HEADER = """guideline fam "Family"
  version 1.0.0
  status draft
  owners "Tests"
  reviewed 2024-06-01
  scope "Generated patients"

input sex "Sex": one of female, male
input band "Band": one of low, mid, high
input flag "Flag": yes/no or unknown
input age "Age": whole years from 18 to 100
input weight "Weight": number kg from 30 to 200 step 0.1
input cr "Creatinine": number mg/dL from 0.2 to 10 step 0.1

define sex_factor = if sex is female then 0.85 else 1
define clearance = (140 - age / 1 year) * sex_factor / (cr / 1 mg/dL)
define per_band = lookup band: low -> 1, mid -> 2, otherwise -> 3

"""

FORMS = [
    "clearance < {t}",
    "clearance >= {t} and sex is male",
    "weight at most {t} kg >= 75 kg",
    "weight at least {t} kg <= 90 kg",
    "min(weight, {t} kg, 2 * weight - 60 kg) < 70 kg",
    "max(weight / 1 kg, per_band * {t}) > 100",
    "(if flag then weight else {t} kg) > 65 kg",
    "(if age < {t} years then 1 else if sex is female then 2 else 3) * weight > 150 kg",
    "per_band * weight >= {t} kg",
    "(if weight < {t} kg then 1 mg/kg else 2 mg/kg) * weight at most 150 mg > 100 mg",
]


@st.composite
def family(draw: st.DrawFn) -> str:
    """A guideline: one decision of a few guards drawn from FORMS, then `otherwise`."""
    guards = draw(
        st.lists(st.tuples(st.sampled_from(FORMS), st.integers(20, 120)), min_size=1, max_size=4)
    )
    lines = ['decide d "Which?"']
    for i, (form, threshold) in enumerate(guards):
        lines += [f"  when {form.format(t=threshold)}:", f'    advise r{i} "R {i}"']
        lines += ['      uncited "t"']
    lines += ["  when unknown: ask", "  otherwise: nothing"]
    return HEADER + "\n".join(lines) + "\n"


def _values(guideline: ir.Guideline) -> st.SearchStrategy[dict[str, object]]:
    """A valid patient, numbers on their steps; the flag may be unknown."""
    parts: dict[str, st.SearchStrategy[object]] = {}
    for decl in guideline.inputs:
        if decl.kind == "choice":
            parts[decl.name] = st.sampled_from([c.name for c in decl.choices])
        elif decl.kind == "yesno":
            parts[decl.name] = st.sampled_from([True, False, None])
        else:
            assert decl.low is not None and decl.high is not None
            step = resolution(decl)
            low, high = int(Fraction(decl.low) / step), int(Fraction(decl.high) / step)
            counts = st.one_of(st.integers(low, high), st.sampled_from([low, high]))
            if decl.kind == "whole":
                parts[decl.name] = counts
            else:
                parts[decl.name] = counts.map(lambda k, s=step: float(k * s))
    return st.fixed_dictionaries(parts)


def _exact(patient: dict[str, object]) -> dict[str, witness.Value]:
    return {
        k: Fraction(repr(v)) if isinstance(v, int | float) and not isinstance(v, bool) else v
        for k, v in patient.items()
    }  # type: ignore[misc]


def _z3_truth(encoder: Encoder, cond: ir.Cond, patient: dict[str, object]) -> bool | None:
    pairs: list[tuple[z3.ExprRef, z3.ExprRef]] = []
    for decl in encoder.guideline.inputs:
        value = patient[decl.name]
        flag = encoder.known.get(decl.name)
        if flag is not None:
            pairs.append((flag, z3.BoolVal(value is not None)))
        var = encoder.values[decl.name]
        if value is None:
            value = False if decl.kind == "yesno" else decl.choices[0].name if decl.choices else 0
        if decl.kind == "yesno":
            pairs.append((var, z3.BoolVal(bool(value))))
        elif decl.kind == "choice":
            pairs.append((var, z3.IntVal([c.name for c in decl.choices].index(str(value)))))
        elif isinstance(encoder, GridEncoder):
            count = Fraction(repr(value)) / resolution(decl)
            assert count.denominator == 1
            pairs.append((var, z3.IntVal(int(count))))
        elif decl.kind == "whole":
            pairs.append((var, z3.IntVal(int(value))))  # type: ignore[call-overload]
        else:
            pairs.append((var, z3.RealVal(Fraction(repr(value)))))
    yes = z3.simplify(z3.substitute(encoder.yes(cond), *pairs))
    no = z3.simplify(z3.substitute(encoder.no(cond), *pairs))
    assert z3.is_true(yes) or z3.is_false(yes), yes
    assert z3.is_true(no) or z3.is_false(no), no
    assert not (z3.is_true(yes) and z3.is_true(no))
    return True if z3.is_true(yes) else False if z3.is_true(no) else None


def _lower(text: str) -> ir.Guideline:
    """The IR of a text that has no errors (warnings and logic findings are left to others)."""
    source = SourceFile("fam.guideline", text)
    parsed = parse(source)
    assert parsed.guideline is not None, parsed.diagnostics
    guideline, found = lower_tree(parsed.guideline, source)
    assert not has_errors(found), [d.message for d in found]
    return guideline


def _decide(guard: str) -> str:
    return f'decide d "Q?"\n  when {guard}: nothing\n  otherwise: nothing\n'


@SOME
@given(data=st.data())
def test_solver_exact_interpreter_and_module_agree(tmp_path: Path, data: st.DataObject) -> None:
    text = data.draw(family())
    guideline = _lower(text)
    module = emit_and_import(guideline, tmp_path, "fam_values")
    plain, grid = Encoder(guideline), GridEncoder(guideline)
    decision = guideline.body[0]
    assert isinstance(decision, ir.Decision)
    guards = [b.guard for b in decision.when_branches() if b.guard is not None]
    for _ in range(5):
        patient = data.draw(_values(guideline))
        agree(guideline, module, patient)
        exact = _exact(patient)
        for guard in guards:
            expected = witness.truth(guard, exact)
            assert _z3_truth(plain, guard, patient) == expected, (guard, patient)
            assert _z3_truth(grid, guard, patient) == expected, (guard, patient)


def test_cases_partition_a_min() -> None:
    decision = _lower(HEADER + _decide("min(weight, 80 kg) > 70 kg")).body[0]
    assert isinstance(decision, ir.Decision)
    guard = decision.branches[0].guard
    assert isinstance(guard, ir.CmpNum)
    cases = pieces.split(guard)
    assert cases is not None and len(cases) == 2
    # weight chosen when it is at most 80 kg (ties go to the first); 80 kg when weight is above
    first = [guards[0][0] for guards, _ in cases]
    assert [g.op for g in first if isinstance(g, ir.CmpNum)] == ["<=", "<"]


@pytest.mark.parametrize("count", [6, 40])
def test_too_many_cases_fall_back_to_the_whole_comparison(count: int) -> None:
    args = ", ".join(f"weight + {i} kg" for i in range(count))
    decision = _lower(HEADER + _decide(f"min({args}) > 70 kg")).body[0]
    assert isinstance(decision, ir.Decision)
    guard = decision.branches[0].guard
    assert isinstance(guard, ir.CmpNum)
    cases = pieces.split(guard)
    assert (cases is None) == (count > pieces.MAX_PIECES)
