"""`guideline diff` on two versions of a 1,000-branch guideline, beside issue 16's target.

    .venv/bin/python benchmarks/diff_bench.py

The versions differ in one threshold of one ladder (`band >= 500` becomes `>= 505`). The
figures: compiling both versions with the checks `guideline diff` runs (every check but
the logic checks), and the diff itself (the solver's regions, each example replayed on
both versions). Printed, never asserted.
"""

from __future__ import annotations

import time

from benchmarks.lsp_latency import many_branches
from compiler.analysis.version_diff import diff
from compiler.commands.diff_cmd import CHECKS
from compiler.pipeline.stages import compile_source
from dsl.source import SourceFile

TARGET = 5.0  # seconds, the diff of two 1,000-branch versions without a cohort


def main() -> None:
    """Time the two steps and print them beside the target."""
    text = many_branches(1000)
    changed = text.replace("when band >= 500:", "when band >= 505:", 1)
    started = time.perf_counter()
    old = compile_source(SourceFile("old.guideline", text), CHECKS).guideline
    new = compile_source(SourceFile("new.guideline", changed), CHECKS).guideline
    compiled = time.perf_counter() - started
    assert old is not None and new is not None
    started = time.perf_counter()
    found = diff(old, new)
    compared = time.perf_counter() - started
    print(f"compile both versions (checks of `guideline diff`): {compiled:7.2f} s")
    print(f"diff (regions, examples replayed):                  {compared:7.2f} s  "
          f"target < {TARGET:g} s: {'met' if compared < TARGET else 'not met'}")
    print(f"whole command:                                      {compiled + compared:7.2f} s  "
          f"target < {TARGET:g} s: {'met' if compiled + compared < TARGET else 'not met'}")
    for region in found.regions:
        print(f"  {region.kind}: {region.rec_id} for example {region.patient}")


if __name__ == "__main__":
    main()
