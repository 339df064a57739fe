"""The generated module's check of the declared assumptions (clinical constraints).

A patient for whom an assumption evaluates to `no` is invalid data: `_validate`
raises PatientDataError with the same (name, message) as the interpreter. An
assumption left unknown by unknown facts is not broken.
"""

from __future__ import annotations

from compiler.emit_python.conditions import CondEmitter, Writer, comment
from compiler.emit_python.tree import unpack_facts
from compiler.semantics import ir
from compiler.semantics.interpreter import assumption_problem


def assumptions_function(guideline: ir.Guideline, conds: CondEmitter) -> str:
    """`_assumptions(facts)`: the list of (assumption id, message) the facts break."""
    w = Writer()
    w.line("def _assumptions(facts: _Facts) -> list[tuple[str, str]]:")
    with w.indent():
        w.line('"""The declared assumptions these facts break, as (assumption, problem)."""')
        w.line("broken: list[tuple[str, str]] = []")
        for assumption in guideline.assumptions:
            w.line(comment(f"assume {assumption.label}", guideline.source_path, assumption.line))
            holds = w.temp("a")
            conds.emit(w, assumption.cond, holds)
            w.line(f"if {holds} is False:")
            with w.indent():
                w.line(f"broken.append({assumption_problem(assumption)!r})")
        w.line("return broken")
    prelude = unpack_facts(guideline, w.lines)
    if w.uses_unknowns:
        prelude.append("    u: list[str] = []")
    w.lines[2:2] = prelude
    return "\n".join(w.lines)
