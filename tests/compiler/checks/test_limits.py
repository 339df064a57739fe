"""Stated limits with diagnostics: the terms of one condition (P020) and the length of a
text (P019), so that no guideline makes a later stage slow."""

from __future__ import annotations

import pytest

from compiler.checks.limits import MAX_TERMS
from compiler.pipeline.stages import compile_text
from dsl.diagnostics import SHOWN, render_human
from dsl.transformer import MAX_TEXT
from tests.compiler.checks.test_logic_values import INPUTS
from tests.compiler.checks.test_logic_values import _codes as _guard_codes
from tests.conftest import MINIMAL_HEADER, compile_snippet

_REF = 'references\n  1 "Trial A"\n\n'


def _inputs(count: int) -> str:
    return "".join(f'input a{i} "Fact {i}": yes/no\n' for i in range(count))


def _decide(guard: str) -> str:
    return (
        f'\ndecide d "Q?"\n  when {guard}:\n    advise r "R"\n      cites 1\n'
        "  otherwise: nothing\n"
    )


def _codes(body: str) -> list[str]:
    return [d.code for d in compile_snippet(body).diagnostics]


@pytest.mark.parametrize("joiner", [" and ", " or "])
def test_a_condition_may_test_up_to_the_limit(joiner: str) -> None:
    guard = joiner.join(f"a{i}" for i in range(MAX_TERMS))
    assert "P020" not in _codes(_REF + _inputs(MAX_TERMS) + _decide(guard))


def test_one_term_more_is_a_diagnostic_at_the_branch() -> None:
    guard = " and ".join(f"a{i}" for i in range(MAX_TERMS + 1))
    compiled = compile_snippet(_REF + _inputs(MAX_TERMS + 1) + _decide(guard))
    (found,) = compiled.diagnostics
    assert found.code == "P020" and f"tests {MAX_TERMS + 1} facts" in found.message
    assert compiled.source.line_text(found.span.line).lstrip().startswith("when a0 and a1")
    assert compiled.guideline is None


def test_definitions_count_with_what_they_stand_for() -> None:
    half = MAX_TERMS // 2 + 1
    first = " and ".join(f"a{i}" for i in range(half))
    second = " or ".join(f"not a{i}" for i in range(half, 2 * half))
    body = _REF + _inputs(2 * half) + f"define p = {first}\ndefine q = {second}\n"
    assert _codes(body + _decide("p and q")) == ["P020"]


def test_a_300_term_condition_is_refused_before_the_logic_checks() -> None:
    guard = " and ".join(f"a{i}" for i in range(300))
    assert _codes(_REF + _inputs(300) + _decide(guard)) == ["P020"]


def test_texts_may_be_up_to_the_limit_and_no_longer() -> None:
    body = _REF + 'input a "{}": yes/no\n' + _decide("a")
    assert _codes(body.format("x" * MAX_TEXT)) == []
    compiled = compile_snippet(body.format("x" * 1_000_000))
    (found,) = compiled.diagnostics
    assert found.code == "P019" and "1,000,000 characters" in found.message
    shown = render_human(found, compiled.source)
    assert len(shown) < 4 * SHOWN  # the line is cut around the place, not printed whole

# ------------------------------------------------ values chosen by condition


def test_a_condition_counts_the_terms_of_its_values() -> None:
    arms = ", ".join(f"weight > {i} kg" for i in range(30, 80))
    codes = _guard_codes(f"(if {arms.replace(', ', ' or ')} then 1 else 2) * weight > 100 kg")
    assert "P020" in codes


def test_a_dose_too_large_is_reported() -> None:
    value = " else ".join(f"if weight > {i} kg then {i} mg" for i in range(30, 75)) + " else 1 mg"
    body = f'section s "S"\n  start a "A"\n    drug a\n    dose {value}\n    cites 1\n'
    compiled = compile_text(MINIMAL_HEADER + INPUTS + body, "demo.guideline")
    assert "T037" in [d.code for d in compiled.diagnostics]
