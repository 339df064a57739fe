"""A solver that never answers, as on a timeout: for the tests of what callers do then."""

from __future__ import annotations

import pytest
import z3


def every_solver_gives_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every z3 solver answers `unknown` for the rest of the test."""
    monkeypatch.setattr(z3.Solver, "check", lambda self, *assumptions: z3.unknown)
