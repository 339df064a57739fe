"""Case names in clinical words, as identifiers; literals for generated tests."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from compiler.testgen.case import join_id, show_number, slug, value_slug
from compiler.testgen.literals import literal


def test_slug_spells_operators() -> None:
    assert slug("weeks_on_treatment < 4 weeks") == "weeks_on_treatment_lt_4_weeks"
    assert slug("response is inadequate and weeks >= 4") == "response_is_inadequate_and_weeks_ge_4"
    assert slug("level > 12.5 mg/L") == "level_gt_12p5_mg_per_l"
    assert slug("a - b != -3") == "a_minus_b_ne_minus_3"


def test_values_as_identifier_words() -> None:
    assert value_slug(3.9) == "3p9"
    assert value_slug(-2) == "minus_2"
    assert show_number(4.0) == "4"
    assert join_id("decision", "", "branch") == "decision__branch"


def test_literals_round_trip() -> None:
    value = {"a": [1, 2.5, None], "b": (True,), "c": "x"}
    assert eval(literal(value)) == value
    assert literal(math.nan) == "math.nan"
    assert literal(-math.inf) == "-math.inf"


_PLAIN_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(),
    st.integers(min_value=2**1000, max_value=2**1100),
)


@given(st.dictionaries(st.text(), _PLAIN_VALUES))
def test_a_patient_is_written_as_each_of_its_values_would_be(patient: dict[str, object]) -> None:
    one_by_one = "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in patient.items()) + "}"
    assert literal(patient) == one_by_one
    assert eval(literal(patient), {"math": math}) == patient or any(  # nan is not equal to nan
        isinstance(v, float) and math.isnan(v) for v in patient.values()
    )
