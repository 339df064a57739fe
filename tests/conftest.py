"""Shared fixtures: the project root and the compiled IMNM guideline."""

from __future__ import annotations

from pathlib import Path

import pytest

from compiler import ir
from compiler.pipeline import Compiled, compile_source, compile_text, read_source

ROOT = Path(__file__).resolve().parent.parent
IMNM = ROOT / "guidelines" / "imnm.guideline"


@pytest.fixture(scope="session")
def imnm_compiled() -> Compiled:
    """The IMNM guideline, compiled."""
    return compile_source(read_source(IMNM, "guidelines/imnm.guideline"))


@pytest.fixture(scope="session")
def imnm(imnm_compiled: Compiled) -> ir.Guideline:
    """The IMNM guideline's IR."""
    assert imnm_compiled.guideline is not None
    return imnm_compiled.guideline


MINIMAL_HEADER = """guideline demo "Demo"
  version 0.1.0
  status draft
  owners "Test group"
  reviewed 2024-06-01
  scope "Adults"
"""


def compile_snippet(body: str) -> Compiled:
    """Compile a guideline made of a standard header and `body`."""
    return compile_text(MINIMAL_HEADER + body, "demo.guideline")
