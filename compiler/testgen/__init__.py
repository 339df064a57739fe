"""Test cases generated from every branch of a guideline's decision tree.

`generate_cases(guideline)` gives the cases (paths, thresholds, choices, MC/DC
pairs, ranges, rejections, authored examples) with the IR interpreter's outcome
for each; `infeasible_paths(guideline)` reports the paths no patient can take.
"""

from __future__ import annotations

from compiler.testgen.case import KINDS, Case
from compiler.testgen.generate import CaseGenerationError, generate_cases
from compiler.testgen.infeasible import infeasible_paths

__all__ = ["KINDS", "Case", "CaseGenerationError", "generate_cases", "infeasible_paths"]
