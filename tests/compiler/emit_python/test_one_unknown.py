"""compiler/emit_python/one_unknown.py: guards only one fact can make unknown, written
plainly, decide exactly as the interpreter's three-valued logic does."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from compiler.emit_python import emit
from compiler.emit_python.conditions import CondEmitter
from compiler.emit_python.one_unknown import one_unknown
from compiler.semantics import ir
from tests.conftest import assert_module_agrees, compile_snippet, emit_and_import

_INPUTS = """input x "X": yes/no or unknown
input b "B": yes/no
input c "C": one of y, z
input n "N": number kg from 0 to 10 or unknown
"""
_BODY = """decide d "D"
  when {guard}:
    advise yes_d "Yes"
      expert opinion
  when unknown:
{unknown}
  otherwise:
    advise no_d "No"
      expert opinion
section uses "Uses every fact" when b and c is y and n > 1 kg and x
  advise all "All"
    expert opinion
"""
_VALUES = {"x": (True, False, None), "b": (True, False), "c": ("y", "z"), "n": (2.0, 8.0, None)}
_COUNTER = itertools.count()


def _guideline(guard: str, unknown: str = "    ask") -> ir.Guideline:
    compiled = compile_snippet(_INPUTS + _BODY.format(guard=guard, unknown=unknown))
    assert compiled.guideline is not None, [d.message for d in compiled.diagnostics]
    return compiled.guideline


def _guard(guideline: ir.Guideline) -> ir.Cond:
    decision = guideline.body[0]
    assert isinstance(decision, ir.Decision) and decision.branches[0].guard is not None
    return decision.branches[0].guard


GUARDS = ["x", "not x", "n > 5 kg", "not n <= 5 kg", "n * 2 - 1 kg >= 5 kg"]


@pytest.mark.parametrize("guard", GUARDS)
@pytest.mark.parametrize("unknown", ["    ask", '    advise later "Later"\n      expert opinion'])
def test_agrees_with_the_interpreter(tmp_path: Path, guard: str, unknown: str) -> None:
    guideline = _guideline(guard, unknown)
    emitter = CondEmitter(guideline, frozenset({"x", "n"}))
    assert one_unknown(emitter, _guard(guideline)) is not None
    module = emit_and_import(guideline, tmp_path, f"one_unknown_{next(_COUNTER)}")
    combos = itertools.product(*_VALUES.values())
    assert_module_agrees(module, guideline, (dict(zip(_VALUES, c, strict=True)) for c in combos))


def test_the_plans() -> None:
    guideline = _guideline("x")
    emitter = CondEmitter(guideline, frozenset({"x", "n"}))
    plan = one_unknown(emitter, _guard(guideline))
    assert plan is not None and (plan.fact, plan.taken) == ("x", "v_x")
    plan = one_unknown(emitter, _guard(_guideline("not x")))
    assert plan is not None and (plan.fact, plan.taken) == ("x", "not v_x")


@pytest.mark.parametrize(
    "guard", ["x and b", "b or not x", "x and n > 5 kg", "(x and b) or c is y", "x is known and x"]
)
def test_left_to_the_general_code(guard: str) -> None:
    """Chains over the fact, two facts that may be unknown, or a `known` test."""
    guideline = _guideline(guard)
    emitter = CondEmitter(guideline, frozenset({"x", "n"}))
    assert one_unknown(emitter, _guard(guideline)) is None
    assert "tuple(sorted(set(u)))" in emit(guideline)
