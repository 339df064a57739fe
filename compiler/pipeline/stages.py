"""One entry per stage: parse, check, lower. Each is callable on its own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from compiler.bindings.model import Bindings
from compiler.checks import (
    acknowledgements,
    citations,
    declarations,
    examples,
    guideline_ids,
    header,
    limits,
    logic_contradictions,
    logic_dose_limits,
    logic_gaps,
    logic_overlap,
    logic_reach,
    logic_undecided,
    logic_unknowns,
    logic_values,
    scores,
    structure,
    unknowns,
)
from compiler.semantics import ir
from compiler.semantics.lower import Lowerer
from dsl import ast
from dsl.diagnostics import Diagnostic, finalize, has_errors
from dsl.parser import ParseResult, parse, too_deep
from dsl.reading import read_file
from dsl.source import SourceFile

AST_CHECKS = (
    header.check,
    guideline_ids.check,
    declarations.check,
    citations.check,
    structure.check,
)
IrCheck = Callable[[ir.Guideline], list[Diagnostic]]
IR_CHECKS: tuple[IrCheck, ...] = (
    unknowns.check,
    examples.check,
    logic_gaps.check,
    logic_reach.check,
    logic_overlap.check,
    logic_contradictions.check,
    logic_dose_limits.check,
    logic_unknowns.check,
    logic_values.check,
    scores.check,
    logic_undecided.check,  # last: reports what the logic checks above could not decide
)


@dataclass(frozen=True)
class Compiled:
    """The outcome of compiling one file."""

    source: SourceFile
    tree: ast.Guideline | None
    guideline: ir.Guideline | None
    diagnostics: tuple[Diagnostic, ...]
    bindings: Bindings | None = None  # the FHIR bindings beside it (compiler/bindings)
    binding_source: SourceFile | None = None  # the binding file's text, for its diagnostics

    @property
    def ok(self) -> bool:
        """True when there are no errors (warnings allowed)."""
        return not has_errors(self.diagnostics)


def read_source(path: Path, display: str | None = None) -> SourceFile:
    """A guideline file known to be UTF-8 (raises UnicodeDecodeError if it is not).

    For files from authors use `compile_file`, which reports such bytes as a diagnostic.
    """
    return SourceFile(display or str(path), path.read_text(encoding="utf-8"))


def compile_file(
    path: Path, display: str | None = None, ir_checks: tuple[IrCheck, ...] = IR_CHECKS
) -> Compiled:
    """Read (decoding the bytes with diagnostics), parse, check and lower one file."""
    read = read_file(path, display)
    if read.diagnostics:
        return Compiled(read.source, None, None, read.diagnostics)
    return compile_source(read.source, ir_checks)


def check_tree(tree: ast.Guideline) -> list[Diagnostic]:
    """The checks that read the AST."""
    return [d for check in AST_CHECKS for d in check(tree)]


def lower_tree(tree: ast.Guideline, source: SourceFile) -> tuple[ir.Guideline, list[Diagnostic]]:
    """AST to IR, with type and unit diagnostics."""
    lowerer = Lowerer(tree, source)
    guideline = lowerer.run()
    return guideline, lowerer.all_diagnostics()


def compile_source(
    source: SourceFile,
    ir_checks: tuple[IrCheck, ...] = IR_CHECKS,
    parsed: ParseResult | None = None,
) -> Compiled:
    """Parse, check and lower one guideline; the IR is None when there are errors.

    `ir_checks` are the IR checks to run (all of them unless told: the language server
    runs those that ask no solver first); `parsed` is the text's parse when the caller
    has it (the language server reparses only the statements an edit changed). Never
    raises for anything an author can write: text nested beyond what the compiler's
    recursive passes handle is reported as P015.
    """
    try:
        return _compile(source, ir_checks, parsed)
    except RecursionError:
        return Compiled(source, None, None, (too_deep(source),))


def _compile(
    source: SourceFile, ir_checks: tuple[IrCheck, ...], parsed: ParseResult | None
) -> Compiled:
    parsed = parsed if parsed is not None else parse(source)
    if parsed.guideline is None or has_errors(parsed.diagnostics):
        return Compiled(source, parsed.guideline, None, tuple(finalize(parsed.diagnostics)))
    tree = parsed.guideline
    found = list(parsed.diagnostics) + check_tree(tree)
    guideline, lowered = lower_tree(tree, source)
    found += lowered
    if not has_errors(found):
        too_large = limits.check(guideline)  # first: the other checks' work grows with size
        found += too_large or [d for check in ir_checks for d in check(guideline)]
    found, acknowledged = acknowledgements.apply(tree, found)
    final = tuple(finalize(found))
    if has_errors(final):
        return Compiled(source, tree, None, final)
    return Compiled(source, tree, replace(guideline, acknowledged=acknowledged), final)


def compile_text(text: str, path: str = "<text>") -> Compiled:
    """Compile text given directly."""
    return compile_source(SourceFile(path, text))
