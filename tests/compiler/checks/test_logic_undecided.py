"""A solver timeout in the logic checks is reported, never taken as a pass."""

from __future__ import annotations

import pytest

from compiler.checks import logic_support
from tests.compiler.analysis.giving_up import every_solver_gives_up
from tests.conftest import compile_snippet

BODY = """input a "A": number kg from 1 to 400
input b "B": number kg from 1 to 400
decide d "Q"
  when a * a * b > b * b * a + 3 kg3:
    advise r "R"
      expert opinion
  when a < 5 kg:
    nothing
"""


def test_no_warning_when_every_question_is_answered() -> None:
    compiled = compile_snippet(BODY.replace("  when a < 5 kg:", "  otherwise:"))
    assert "L090" not in [d.code for d in compiled.diagnostics]


def test_a_timeout_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every solver answers `unknown`, as on a timeout: the gap question stays open.
    every_solver_gives_up(monkeypatch)
    logic_support._CACHE.clear()
    compiled = compile_snippet(BODY)
    undecided = [d for d in compiled.diagnostics if d.code == "L090"]
    assert len(undecided) == 1
    assert "could not be answered" in undecided[0].message
    assert "L010" not in [d.code for d in compiled.diagnostics]  # never taken as a pass
    logic_support._CACHE.clear()


def test_the_same_gap_is_found_when_the_solver_answers() -> None:
    # a = b = 5 kg falls through both branches.
    assert "L010" in [d.code for d in compile_snippet(BODY).diagnostics]
