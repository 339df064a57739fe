"""Questions the solver could not answer in time: the logic there is unverified.

Runs after every other logic check of the same compilation and reports, once per
guideline, how many questions timed out; a timeout is never taken as a pass.
"""

from __future__ import annotations

from compiler.analysis.solver import DEFAULT_TIMEOUT_MS
from compiler.checks.logic_support import finding, logic_for
from compiler.semantics import ir
from dsl.diagnostics import Diagnostic, Severity


def check(guideline: ir.Guideline) -> list[Diagnostic]:
    """One warning when some logic question went unanswered."""
    logic = logic_for(guideline)
    if not logic.undecided:
        return []
    seconds = DEFAULT_TIMEOUT_MS / 1000
    return [
        finding(logic,
            "L090",
            Severity.WARNING,
            f"{logic.undecided} question(s) about this guideline's logic could not be answered "
            f"within {seconds:g} s each, so gaps, unreachable branches, overlaps or "
            "contradictions there may go unreported",
            1,
            None,
            "split large decisions, or name parts of long conditions with `define`",
        )
    ]
