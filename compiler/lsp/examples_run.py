"""The `guideline.runExamples` command: run the open file's authored examples and say
which disagree with the guideline (the disagreements are diagnostics in place)."""

from __future__ import annotations

from dataclasses import dataclass

from compiler.checks import examples
from compiler.pipeline.stages import lower_tree
from dsl.diagnostics import Diagnostic, has_errors
from dsl.parser import parse
from dsl.source import SourceFile


@dataclass(frozen=True)
class ExampleRun:
    """The outcome of one run of a file's examples."""

    total: int
    disagreeing: tuple[str, ...]  # ids of the examples that disagree
    diagnostics: tuple[Diagnostic, ...]  # the disagreements, or why nothing could run
    ran: bool  # False when the file has errors that stop the examples from running

    def summary(self) -> str:
        """One line for the editor's message area."""
        if not self.ran:
            return "the examples cannot run until the errors in this file are fixed"
        if not self.total:
            return "this guideline has no examples"
        if not self.disagreeing:
            return f"{self.total} example{'s' * (self.total != 1)}: every one agrees"
        return (
            f"{len(self.disagreeing)} of {self.total} example{'s' * (self.total != 1)} "
            "disagree: " + ", ".join(self.disagreeing)
        )


def run(source: SourceFile) -> ExampleRun:
    """Parse, lower and run every example of the text."""
    parsed = parse(source)
    if parsed.guideline is None or has_errors(parsed.diagnostics):
        return ExampleRun(0, (), parsed.diagnostics, ran=False)
    guideline, lowered = lower_tree(parsed.guideline, source)
    if has_errors(lowered):
        return ExampleRun(0, (), tuple(lowered), ran=False)
    found = tuple(examples.check(guideline))
    lines = {d.span.line for d in found}
    bad = tuple(e.id for e in guideline.examples if e.line in lines)
    return ExampleRun(len(guideline.examples), bad, found, ran=True)
