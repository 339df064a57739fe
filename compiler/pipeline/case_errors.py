"""Guidelines whose test cases the solver could not find, as diagnostics (X005).

The build writes a guideline's generated tests and its docs' case tables from its
cases; when the solver gives no answer for one of them, the build stops with a
diagnostic on the guideline's header rather than a traceback, and writes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from compiler.pipeline.stages import Compiled
from compiler.testgen import CaseGenerationError, generate_cases
from dsl.diagnostics import error, finalize


def case_errors(compiled: Sequence[Compiled]) -> list[Compiled]:
    """The files, with X005 added to each guideline whose cases cannot be generated
    (its cases are computed here once; the emitters reuse them)."""
    out: list[Compiled] = []
    for item in compiled:
        guideline, tree = item.guideline, item.tree
        if guideline is None or tree is None:
            out.append(item)
            continue
        try:
            generate_cases(guideline)
        except CaseGenerationError as exc:
            found = error(
                "X005",
                "the test cases of this guideline could not be generated: the solver gave "
                f"no answer ({exc.reason}) on one of its conditions",
                tree.header.id_span,
                "the guideline itself may be correct: this is a limit of the compiler's "
                "solver; writing the arithmetic of a condition more simply (fewer facts "
                "multiplied together) often helps, and the files of the last build are kept",
            )
            diagnostics = tuple(finalize([*item.diagnostics, found]))
            out.append(replace(item, guideline=None, diagnostics=diagnostics))
            continue
        out.append(item)
    return out
