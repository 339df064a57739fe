"""The FHIR reader: most recent in the window, statuses, unknown never no, exact units."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compiler.bindings.reader import collect, decimal_text, read_facts
from compiler.pipeline.stages import compile_file
from compiler.pipeline.with_bindings import attach
from tests.compiler.bindings.fhir_data import (
    NOW,
    PATIENT,
    SNOMED,
    bundle,
    compiled,
    condition,
    full_patient,
    obs,
)

_COMPILED, BINDINGS = compiled()
assert _COMPILED.guideline is not None
INPUTS = _COMPILED.guideline.inputs


def read(*resources: dict[str, object], patient: str | None = PATIENT):  # type: ignore[no-untyped-def]
    return read_facts(resources, BINDINGS, INPUTS, now=NOW, patient_id=patient)


def test_a_full_record_gives_every_bound_fact_and_asks_the_rest() -> None:
    facts = read(*full_patient())
    assert facts.facts == {"weight": Fraction("70.5"), "ck": Fraction(2500), "diabetes": True,
                           "antibody": "positive"}
    assert facts.asked == ("smoker",)
    assert not facts.problems
    sources = {r.name: (r.source, r.shown, r.when) for r in facts.readings}
    assert sources["weight"] == ("Observation/w1", "70.5 kg", "2026-11-30")


def test_the_most_recent_value_in_the_window_decides() -> None:
    facts = read(
        obs("old", "29463-7", value=80, unit="kg", when="2026-11-20T08:00:00Z"),
        obs("new", "29463-7", value=81, unit="kg", when="2026-11-29"),
        obs("older", "29463-7", value=82, unit="kg", when="2026-11-02"),
    )
    assert facts.facts["weight"] == 81


def test_a_value_outside_the_look_back_window_is_unknown() -> None:
    facts = read(obs("ck-old", "2157-6", value=5000, unit="U/L", when="2026-11-20"))
    assert "ck" not in facts.facts  # CK is read within 7 days
    facts = read(obs("ck-edge", "2157-6", value=5000, unit="U/L",
                     when=(NOW - timedelta(days=7)).isoformat()))
    assert facts.facts["ck"] == 5000


def test_a_value_without_a_date_does_not_count_in_a_window() -> None:
    assert "ck" not in read(obs("ck", "2157-6", value=5000, unit="U/L", when=None)).facts


def test_entered_in_error_never_counts_and_preliminary_not_by_default() -> None:
    facts = read(
        obs("good", "29463-7", value=70, unit="kg", when="2026-11-10"),
        obs("mistake", "29463-7", value=700, unit="kg", when="2026-11-30",
            status="entered-in-error"),
        obs("draft", "29463-7", value=71, unit="kg", when="2026-11-29", status="preliminary"),
        obs("nostatus", "29463-7", value=72, unit="kg", when="2026-11-29", status=""),
    )
    assert facts.facts["weight"] == 70


def test_an_absent_condition_is_unknown_never_no() -> None:
    facts = read(obs("w", "29463-7", value=70, unit="kg"))
    assert "diabetes" not in facts.facts
    assert "antibody" not in facts.facts


@pytest.mark.parametrize(
    ("clinical", "verification", "expected"),
    [
        ("active", "confirmed", True),
        ("relapse", "provisional", True),
        ("active", "refuted", False),
        ("resolved", "confirmed", None),
        ("inactive", "unconfirmed", None),
        ("active", "entered-in-error", None),
    ],
)
def test_conditions(clinical: str, verification: str, expected: bool | None) -> None:
    facts = read(condition("c", clinical=clinical, verification=verification))
    assert facts.facts.get("diabetes") is expected


def test_an_active_condition_outweighs_a_refuted_one() -> None:
    facts = read(condition("a", verification="refuted"), condition("b"))
    assert facts.facts["diabetes"] is True


def test_units_convert_exactly() -> None:
    pounds = read(obs("w", "29463-7", value=Decimal("154.3"), unit="[lb_av]")).facts["weight"]
    assert pounds == Fraction("154.3") * Fraction(45359237, 10**8)
    grams = read(obs("w", "29463-7", value=70500, unit="g")).facts["weight"]
    assert grams == Fraction("70.5")
    ukat = read(obs("ck", "2157-6", value=Decimal("0.1"), unit="U/mL")).facts["ck"]
    assert ukat == 100


def test_a_unit_of_another_kind_is_unknown_with_the_reason() -> None:
    facts = read(obs("w", "29463-7", value=70, unit="mg/dL"))
    assert "weight" not in facts.facts
    assert facts.problems == (("weight", "Observation/w: its unit `mg/dL` does not measure kg"),)


def test_the_most_recent_unreadable_value_is_not_replaced_by_an_older_one() -> None:
    facts = read(
        obs("good", "29463-7", value=70, unit="kg", when="2026-11-10"),
        obs("bad", "29463-7", value="seventy", unit="kg", when="2026-11-30"),
    )
    assert "weight" not in facts.facts
    assert facts.problems == (("weight", "Observation/bad: its value is not a number"),)


@pytest.mark.parametrize(
    "quantity",
    [
        {"value": True, "code": "kg", "system": "http://unitsofmeasure.org"},
        {"value": 70, "comparator": "<", "code": "kg", "system": "http://unitsofmeasure.org"},
        {"value": 70, "code": "kg", "system": "http://example.org/units"},
        {"value": 70},
        {"value": 1e308 * 10, "code": "kg"},
        {"value": Decimal("NaN"), "code": "kg"},
        {"value": Decimal("1E+400"), "code": "kg"},
        {"value": 10**400, "code": "kg"},
        {"value": [70], "code": "kg"},
        {"value": 70, "code": "<script>alert(1)</script>"},
        "70 kg",
    ],
)
def test_a_value_that_cannot_be_read_leaves_the_fact_unknown(quantity: object) -> None:
    resource = obs("w", "29463-7")
    resource["valueQuantity"] = quantity
    facts = read(resource)
    assert "weight" not in facts.facts
    assert facts.problems and facts.problems[0][0] == "weight"


def test_answer_codes_map_to_choices_and_unknown_codes_are_reported() -> None:
    negative = read(obs("a", "99999-9", concept=(SNOMED, "260385009")))
    assert negative.facts["antibody"] == "negative"
    other = read(obs("a", "99999-9", concept=(SNOMED, "1234")))
    assert "antibody" not in other.facts
    assert "not one of the codes" in other.problems[0][1]


def test_another_patients_resources_are_ignored() -> None:
    facts = read(obs("w", "29463-7", value=70, unit="kg", patient="someone-else"),
                 condition("c", patient="someone-else"))
    assert facts.facts == {}
    assert facts.problems == (("record", "2 resource(s) not about this patient were ignored"),)


def test_a_value_dated_in_the_future_is_not_used() -> None:
    facts = read(obs("w", "29463-7", value=70, unit="kg", when="2027-01-01"))
    assert "weight" not in facts.facts
    assert "future" in facts.problems[0][1]


def test_hostile_ids_never_reach_the_source() -> None:
    resource = obs("<img src=x onerror=alert(1)>", "29463-7", value=70, unit="kg")
    (reading,) = read(resource).readings
    assert reading.source == "Observation (no id)"


def test_collect_reads_bundles_single_resources_and_empty_prefetch() -> None:
    found, problems = collect({
        "weights": bundle(obs("w", "29463-7", value=70, unit="kg")),
        "patient": {"resourceType": "Patient", "id": PATIENT},
        "missing": None,
        "odd": 5,
        "nested": bundle(bundle()),
    })
    assert [r["resourceType"] for r in found] == ["Observation", "Patient"]
    assert len(problems) == 2


@pytest.mark.parametrize("data", [None, [], "Bundle", 3, {"resourceType": "Bundle", "entry": 5},
                                  {"resourceType": "Bundle", "entry": [None, 1, {"resource": []}]}])
def test_collect_never_raises(data: object) -> None:
    collect(data)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8)
    | st.sampled_from(["Observation", "Condition", "final", "active", "29463-7", "kg",
                       "http://loinc.org", "http://unitsofmeasure.org", "2026-11-30"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["resourceType", "status", "code", "coding", "system", "valueQuantity",
                         "value", "unit", "subject", "reference", "effectiveDateTime",
                         "clinicalStatus", "verificationStatus", "entry", "resource", "id"]),
        inner, max_size=6),
    max_leaves=30,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_json, max_size=6))
def test_hostile_records_never_raise(resources: list[object]) -> None:
    found, _ = collect({"k": {"resourceType": "Bundle", "entry": [{"resource": r}
                                                                  for r in resources]}})
    read_facts(found, BINDINGS, INPUTS, now=NOW, patient_id=None)
    read_facts(found, BINDINGS, INPUTS, now=NOW, patient_id=PATIENT)


def test_decimal_text() -> None:
    assert decimal_text(Fraction(141, 2)) == "70.5"
    assert decimal_text(Fraction(1, 3)) == "0.333333"
    assert decimal_text(Fraction(0)) == "0"


_CREATININE = """guideline crdemo "Creatinine reader test"
  version 1.0.0
  status draft
  owners "Test group"
  reviewed 2026-11-01
  scope "Synthetic patients of the reader tests"

references
  1 "Synthetic reference"

input cr "Serum creatinine": number umol/L from 9 to 1770 convert 1 mg/dL = 88.4 umol/L

decide kidney "Is creatinine raised?"
  when cr >= 4 mg/dL:
    advise high "High creatinine"
      cites 1
  otherwise:
    advise normal "Creatinine below 4 mg/dL"
      cites 1
"""
_CREATININE_BINDINGS = """guideline = "crdemo"

[cr]
from = "Observation"
codes = ["http://loinc.org|2160-0"]
unit = "mg/dL"
within = "7 days"
"""


def test_a_mass_concentration_reads_into_a_molar_input_through_its_conversion(
    tmp_path: Path,
) -> None:
    path = tmp_path / "crdemo.guideline"
    path.write_text(_CREATININE, encoding="utf-8")
    (tmp_path / "crdemo.bindings.toml").write_text(_CREATININE_BINDINGS, encoding="utf-8")
    result = attach(compile_file(path, "crdemo.guideline"), path)
    assert result.ok and result.bindings is not None and result.guideline is not None, [
        d.message for d in result.diagnostics
    ]
    inputs = result.guideline.inputs

    def reading(value: object, unit: str) -> object:
        resources = [obs("c", "2160-0", value=value, unit=unit)]
        return read_facts(resources, result.bindings, inputs, now=NOW, patient_id=PATIENT)

    facts = reading(Decimal("1.2"), "mg/dL")
    assert facts.facts == {"cr": Fraction("106.08")}  # 1.2 x 88.4, exactly
    assert facts.readings[0].shown == "106.08 umol/L"
    assert reading(Decimal("0.1061"), "mmol/L").facts == {"cr": Fraction("106.1")}
    assert reading(Decimal("12"), "mg/L").facts == {"cr": Fraction("106.08")}
    refused = reading(70, "mm[Hg]")
    assert "cr" not in refused.facts
    assert refused.problems == (("cr", "Observation/c: its unit `mm[Hg]` does not measure umol/L"),)
