"""Property: for random units, thresholds, arithmetic forms and patients, the checks, the
interpreter and the generated module agree with a `fractions` reference.

Each drawn guideline splits its patients with `when FORM < T` and `when FORM >= T` and no
`otherwise`: exact arithmetic leaves no gap between them, so the checks must find none
(no L010), and every patient must take the branch the reference computes, in the
interpreter and in the module alike (a GuidelineDefect or the other branch is a failure).
Patients give their values as floats, Decimals or in another unit of the same kind.

Long profile: `HYPOTHESIS_PROFILE=long` runs 10,000 examples.
"""

from __future__ import annotations

import functools
import os
import tempfile
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from types import ModuleType

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compiler.semantics import interpreter, ir
from dsl.units import conversion, exact_units, parse_unit
from tests.conftest import compile_snippet, emit_and_import

LONG = os.environ.get("HYPOTHESIS_PROFILE") == "long"
EXAMPLES = settings(
    max_examples=10_000 if LONG else 30,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

_KINDS = [
    ["minutes", "hours", "days"],
    ["mg", "g", "mcg"],
    ["umol/L", "mmol/L"],
    ["mL", "L", "dL"],
    ["mmHg", "kPa"],
]
# Thresholds where binary floating point and the decimal written part ways.
_THRESHOLDS = ["0.1", "0.3", "0.7", "1", "1.1", "4.5", "10.12", "80", "101.2", "0.57"]
_VALUES = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("500"), places=2)
_FORMS = {
    "single": "a",
    "sum": "(a + b) - c",
    "reordered": "a - c + b",
    "product": "a * 3",
    "ratio": "a / b",
    "percent": "a / b * 100 %",
}

_DIR = Path(tempfile.mkdtemp(prefix="exact_property_"))


def _guideline(form: str, unit: str, threshold: str) -> str:
    inputs = "".join(
        f'input {n} "{n.upper()}": number {unit} from 0.01 to 500\n' for n in "abc"
    )
    text = _FORMS[form]
    written = f"{threshold} %" if form == "percent" else threshold
    if form not in {"ratio", "percent"}:
        written = f"{threshold} {unit}"
    return (
        inputs
        + 'decide band "Band"\n'
        + f"  when {text} < {written}:\n"
        + '    advise below "Below"\n      expert opinion\n'
        + f"  when {text} >= {written}:\n"
        + '    advise at_or_above "At or above"\n      expert opinion\n'
    )


@functools.cache
def _compiled(form: str, unit: str, threshold: str) -> tuple[ir.Guideline, ModuleType]:
    compiled = compile_snippet(_guideline(form, unit, threshold))
    codes = [d.code for d in compiled.diagnostics]
    assert compiled.guideline is not None, compiled.diagnostics
    assert "L010" not in codes and "L090" not in codes and "L091" not in codes, codes
    name = f"exact_{len(os.listdir(_DIR))}"
    return compiled.guideline, emit_and_import(compiled.guideline, _DIR, name)


def _reference(form: str, a: Fraction, b: Fraction, c: Fraction) -> Fraction:
    return {
        "single": lambda: a,
        "sum": lambda: (a + b) - c,
        "reordered": lambda: a - c + b,
        "product": lambda: a * 3,
        "ratio": lambda: a / b,
        "percent": lambda: a / b * 100,
    }[form]()


@st.composite
def _cases(draw: st.DrawFn) -> tuple[str, str, str, dict[str, object], str]:
    form = draw(st.sampled_from(sorted(_FORMS)))
    kind = draw(st.sampled_from(_KINDS))
    unit = draw(st.sampled_from(kind))
    threshold = draw(st.sampled_from(_THRESHOLDS))
    patient: dict[str, object] = {}
    exact: dict[str, Fraction] = {}
    for name in "abc":
        value = draw(_VALUES)
        accepted = sorted(exact_units(parse_unit(unit)))
        given_unit = draw(st.sampled_from([u for u in kind if u in accepted] or [unit]))
        factor = conversion(parse_unit(given_unit), parse_unit(unit))
        written = Fraction(value) / factor  # the same quantity in the unit it is given in
        shown = Decimal(written.numerator) / Decimal(written.denominator)
        how = draw(st.sampled_from(["float", "decimal", "unit"]))
        if how == "unit" and Fraction(shown) == written and given_unit != unit:
            patient[name] = {"value": float(shown), "unit": given_unit}
            exact[name] = Fraction(repr(float(shown))) * factor
        else:
            patient[name] = float(value) if how == "float" else value
            exact[name] = Fraction(value)
    in_range = all(Fraction("0.01") <= v <= 500 for v in exact.values())
    if not in_range:
        patient = {n: float(Fraction(v)) for n, v in (("a", 1), ("b", 2), ("c", 1))}
        exact = {"a": Fraction(1), "b": Fraction(2), "c": Fraction(1)}
    value = _reference(form, exact["a"], exact["b"], exact["c"])
    expected = "below" if value < Fraction(threshold) else "at_or_above"
    return form, unit, threshold, patient, expected


@EXAMPLES
@given(_cases())
def test_checks_interpreter_and_module_agree_with_exact_fractions(
    case: tuple[str, str, str, dict[str, object], str],
) -> None:
    form, unit, threshold, patient, expected = case
    guideline, module = _compiled(form, unit, threshold)
    result = interpreter.evaluate(guideline, patient)
    recs = result["recommendations"]
    assert isinstance(recs, list) and [r["id"] for r in recs] == [expected], patient
    assert module.evaluate(patient).to_dict() == result, patient
    assert module.decide(patient)[0] == (expected,), patient
