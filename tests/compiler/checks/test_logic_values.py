"""L060-L063: an `if`, a limit or a value of min/max that never changes the value."""

from __future__ import annotations

import pytest

from compiler.pipeline.stages import compile_text
from tests.conftest import MINIMAL_HEADER

INPUTS = """references
  1 "Trial A"

input weight "Body weight": number kg from 30 to 200
input severity "Severity": one of mild, moderate, severe

"""


def _codes(guard: str) -> list[str]:
    body = (
        f'decide d "Q?"\n  when {guard}:\n    advise a "A"\n      cites 1\n  otherwise: nothing\n'
    )
    compiled = compile_text(MINIMAL_HEADER + INPUTS + body, "demo.guideline")
    return [d.code for d in compiled.diagnostics]


@pytest.mark.parametrize(
    ("guard", "code"),
    [
        ("(if weight > 300 kg then 2 else 1) * weight > 100 kg", "L060"),  # always no
        ("(if weight >= 30 kg then 2 else 1) * weight > 100 kg", "L060"),  # always yes
        # in a chain, the inner condition is asked only where the outer one is no
        (
            "(if weight < 50 kg then 1 else if weight < 40 kg then 2 else 3) * weight > 100 kg",
            "L060",
        ),
        ("weight at most 250 kg > 100 kg", "L061"),
        ("weight at least 20 kg > 100 kg", "L061"),
        ("weight at most 20 kg < 100 kg", "L062"),
        ("min(weight, weight + 1 kg) > 100 kg", "L063"),
        ("max(weight, 300 kg, 250 kg) > 100 kg", "L063"),
    ],
)
def test_a_value_that_never_chooses_is_reported(guard: str, code: str) -> None:
    assert code in _codes(guard)


@pytest.mark.parametrize(
    "guard",
    [
        "(if weight > 100 kg then 2 else 1) * weight > 150 kg",
        "(if weight < 50 kg then 1 else if weight < 80 kg then 2 else 3) * weight > 100 kg",
        "(lookup severity: mild -> 1, moderate -> 2, severe -> 3) * weight > 100 kg",
        "weight at most 150 kg > 100 kg",
        "min(weight, 150 kg, 2 * weight - 100 kg) > 100 kg",
    ],
)
def test_a_value_that_chooses_is_not_reported(guard: str) -> None:
    assert not {"L060", "L061", "L062", "L063"} & set(_codes(guard))


def test_the_finding_has_an_example_patient() -> None:
    body = 'decide d "Q?"\n  when weight at most 250 kg > 100 kg:\n    advise a "A"\n'
    body += '      cites 1\n  otherwise: nothing\n'
    compiled = compile_text(MINIMAL_HEADER + INPUTS + body, "demo.guideline")
    found = next(d for d in compiled.diagnostics if d.code == "L061")
    assert found.example_patient is not None and "weight" in found.example_patient

