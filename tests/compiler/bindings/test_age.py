"""The age read from `Patient.birthDate`: completed years on the day of the request,
only when the birth date gives one age, and hostile birth dates never raise."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compiler.bindings.check import check
from compiler.bindings.load import load
from compiler.bindings.model import Bindings
from compiler.bindings.prefetch import requirements, templates
from compiler.bindings.reader import read_facts
from compiler.semantics import ir
from dsl.source import SourceFile
from tests.conftest import compile_snippet

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
BODY = """
input age "Age": whole years from 18 to 110
input months "Months on treatment": whole months from 0 to 100 or unknown

decide old "Older?"
  when age >= 65 years: nothing
  otherwise: nothing
"""
BOUND = 'guideline = "demo"\n\n[age]\nfrom = "Patient"\n\n[months]\nask = "Not coded"\n'


def _guideline() -> ir.Guideline:
    compiled = compile_snippet(BODY)
    assert compiled.guideline is not None, compiled.diagnostics
    return compiled.guideline


def _bindings(text: str = BOUND) -> tuple[Bindings, list[str]]:
    bindings, found = load(SourceFile("demo.bindings.toml", text))
    assert bindings is not None
    codes = [d.code for d in found] + [d.code for d in check(bindings, _guideline())]
    return bindings, codes


def _age(*birth: object, patient: str = "p1") -> tuple[object, list[str]]:
    bindings, _ = _bindings()
    resources = [{"resourceType": "Patient", "id": patient, "birthDate": b} for b in birth]
    read = read_facts(resources, bindings, _guideline().inputs, now=NOW, patient_id="p1")
    return read.facts.get("age"), [p for _, p in read.problems]


def test_a_patient_binding_is_clean_and_asks_for_the_patient_by_its_id() -> None:
    bindings, codes = _bindings()
    assert codes == []
    assert templates(bindings) == {"patient": "Patient/{{context.patientId}}"}
    [need] = requirements(bindings)
    assert need.query("p1") == "Patient?_id=p1"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (BOUND.replace('from = "Patient"', 'from = "Patient"\ncodes = ["http://loinc.org|30525-0"]'),
         "B019"),
        (BOUND.replace('from = "Patient"', 'from = "Patient"\nunit = "a"'), "B010"),
        (BOUND.replace('from = "Patient"', 'from = "Patient"\nwithin = "30 days"'), "B012"),
        (BOUND.replace("[age]", "[months]\nfrom = \"Patient\"\n\n[age]\nask = \"x\"\n\n[old]")
         .replace('[months]\nask = "Not coded"\n', ""), "B019"),
    ],
)  # fmt: skip
def test_misuses_of_a_patient_binding(text: str, code: str) -> None:
    _bindings_found, codes = _bindings(text)
    assert code in codes


@pytest.mark.parametrize(
    ("birth", "age"),
    [
        ("1950-12-02", 76),  # the birthday is today
        ("1950-12-03", 75),  # tomorrow
        ("2008-02-29", 18),  # a leap-day birthday, reached on 1 March in other years
        ("1950-11", 76),  # every day of November 1950 gives 76
        ("1960", None),  # 65 or 66: not one age
        ("1950-12", None),  # 75 or 76
    ],
)
def test_completed_years_only_when_the_birth_date_gives_one_age(
    birth: str, age: int | None
) -> None:
    found, problems = _age(birth)
    assert found == age
    assert (age is None) == bool(problems)


def test_an_ambiguous_birth_date_says_which_ages_it_allows() -> None:
    _, problems = _age("1960")
    assert problems == ["Patient/p1: the birth date 1960 gives an age of 65 to 66 years, "
                        "not one age"]


@pytest.mark.parametrize(
    "birth",
    ["1950-02-30", "19501202", "1950-13-01", "0000-01-01", "<script>alert(1)</script>",
     "1950-12-02T00:00:00Z", 1950, None, ["1950"], "9" * 5000, "2027-01-01"],
)  # fmt: skip
def test_a_birth_date_that_is_not_a_real_past_fhir_date_is_not_read(birth: object) -> None:
    found, _problems = _age(birth)
    assert found is None


def test_another_patient_and_two_birth_dates_are_not_read() -> None:
    assert _age("1950-01-01", patient="p2")[0] is None
    found, problems = _age("1950-01-01", "1951-01-01")
    assert found is None and "more than one birth date" in problems[0]


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=30), st.integers(), st.none(),
                 st.dates().map(lambda d: d.isoformat())))
def test_any_birth_date_never_raises(birth: object) -> None:
    found, _ = _age(birth)
    assert found is None or isinstance(found, int)
