"""Where a fact may still be unknown: a decision's own earlier branches, and the
branches and sections that enclose it."""

from __future__ import annotations

from compiler.analysis.settled import session_for, unknowable_at
from tests.compiler.conftest import lowered_text
from tests.conftest import MINIMAL_HEADER

BODY = """
input level "Level": number mg/L from 0 to 50 or unknown
input other "Other": number mg/L from 0 to 50 or unknown
input stage "Stage": one of early, late or unknown

decide outer "Outer"
  when level > 10 mg/L:
    decide inner "Inner"
      when level > 20 mg/L or other > 5 mg/L: nothing
      otherwise: nothing
  otherwise:
    section later "Later" when stage is late
      decide deepest "Deepest"
        when stage is late and level > 1 mg/L and other > 1 mg/L: nothing
        otherwise: nothing
  when unknown: ask
"""


def test_a_fact_the_enclosing_branch_needed_is_known_inside_it() -> None:
    guideline = lowered_text(MINIMAL_HEADER + BODY)
    found = unknowable_at(session_for(guideline))
    assert found[("outer", 0)] == {"level"}
    # `level > 10` was yes to get here, so `level` is known; `other` may not be
    assert found[("inner", 0)] == {"other"}
    # `level > 10` was no and the section's `stage is late` yes: both known
    assert found[("deepest", 0)] == {"other"}
