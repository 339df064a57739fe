"""The two phases of checking an open file.

The quick phase (syntax, names, types, units, citations, the header, the authored
examples) runs at every edit. The logic checks ask the solver; the server runs them
after a pause, in a worker process (`logic_worker`). By the project's convention the
checks that ask the solver are the `compiler/checks/logic_*` modules.
"""

from __future__ import annotations

from compiler.pipeline.stages import IR_CHECKS, Compiled, compile_source
from dsl.parser import ParseResult
from dsl.source import SourceFile

QUICK_CHECKS = tuple(c for c in IR_CHECKS if not c.__module__.startswith("compiler.checks.logic_"))

# An acknowledgement that matches no warning (H011) may name a warning that only the
# logic checks give: the quick phase leaves H011 to the full one.
_NEEDS_ALL_CHECKS = frozenset({"H011"})


def quick(source: SourceFile, parsed: ParseResult | None = None) -> Compiled:
    """Everything but the logic checks (on the text's parse, when given)."""
    compiled = compile_source(source, QUICK_CHECKS, parsed)
    kept = tuple(d for d in compiled.diagnostics if d.code not in _NEEDS_ALL_CHECKS)
    return Compiled(compiled.source, compiled.tree, compiled.guideline, kept)


def full(source: SourceFile) -> Compiled:
    """Every check, as `guideline check` runs them."""
    return compile_source(source)


def needs_logic(compiled: Compiled) -> bool:
    """True when the logic checks can run: the quick phase found no error."""
    return compiled.guideline is not None
