"""The pytest file of a large guideline: each case checks the fingerprint of its result.

Spelling out every expected result (`compiler.testgen.pytest_file`) makes a file
that grows with the square of the guideline, since every result walks every
top-level decision. Above `COMPACT_ABOVE` recommendations and path steps in all,
each case carries instead the SHA-256 of the IR interpreter's whole result
(`compiler.testgen.digest`); the test takes the same fingerprint of the generated
module's `result.to_dict()`, so it still checks every recommendation, dose, option
and step, and `decide` is checked against `evaluate`.
"""

from __future__ import annotations

from compiler import ir
from compiler.emit_python.conditions import flat_text
from compiler.testgen.case import KINDS, Case
from compiler.testgen.digest import SOURCE, Fingerprints
from compiler.testgen.literals import literal

# Recommendations plus path steps, over every case, above which the file is compact
# (about 6 MB of expectations spelt out).
COMPACT_ABOVE = 100_000


def spelt_out_size(cases: list[Case]) -> int:
    """How many recommendations and path steps the cases' expected results hold."""
    total = 0
    for case in cases:
        if isinstance(case.expected, dict):
            recs, path = case.expected["recommendations"], case.expected["path"]
            assert isinstance(recs, list) and isinstance(path, list)
            total += len(recs) + len(path)
    return total


def is_compact(cases: list[Case]) -> bool:
    """True when the cases' results are too large to spell out."""
    return spelt_out_size(cases) > COMPACT_ABOVE


def header(g: ir.Guideline, doc: str, source_path: str) -> list[str]:
    """The module docstring and imports of a compact file."""
    return [
        f'"""Generated tests for guideline {g.id}: {doc}.',
        "",
        f"Generated from {source_path} by `guideline build`; do not edit. The guideline is",
        "too large to spell out every expected result here, so each case carries the SHA-256",
        "of the IR interpreter's whole result, and the test compares it with the same",
        "fingerprint of the generated module's result (compiler/testgen/digest.py). The",
        f"expected results are listed by `guideline cases {g.id} --format json` (find the",
        "case id of a failing test there); on failures, `pytest --tb=native` is much faster",
        "than the default tracebacks, which reread this large file.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import hashlib",
        "import json",
        "import math",
        "from collections.abc import Mapping",
        "from types import MappingProxyType",
        "from typing import cast",
        "",
        "import pytest",
        "",
        f"from generated import {g.id} as MODULE",
        "",
        f"GUIDELINE = {g.id!r}",
    ]


# Checks both kinds of file make of any result: its path is a Path hashed by its
# steps, and the same patient gives the same result.
SAME_RESULT_CHECKS = """\
    assert repr(result.path) == f"Path({tuple(result.path)!r})"
    steps = tuple(result.path)
    assert result.path != steps and hash(result.path) == hash(steps)  # a Path, hashed by its steps
    again = MODULE.evaluate(patient)
    assert again == result and hash(again) == hash(result)  # the same patient, the same result
"""

HELPERS = (
    SOURCE
    + '''

def _check(patient: dict[str, object], digest: str) -> None:
    for given in (patient, MappingProxyType(patient)):
        _outcome(given, digest)


def _outcome(patient: Mapping[str, object], digest: str) -> None:
    result = MODULE.evaluate(patient)
    assert _digest(result.to_dict()) == digest, (
        "the result differs from the IR interpreter's; its expected result is listed by "
        f"`guideline cases {GUIDELINE} --format json` under this test's case id. The module "
        f"recommends {[r.id for r in result.recommendations]} "
        f"by the path {[(s.node, s.branch) for s in result.path]}"
    )
'''
    + SAME_RESULT_CHECKS
)

CHECK_DECIDE = """\
    ids, doses, needs = MODULE.decide(patient)
    recs = result.recommendations
    assert ids == tuple(r.id for r in recs)
    assert doses == {r.id: (r.dose.low, r.dose.high) for r in recs if r.dose is not None}
    assert needs == result.needs
"""


def outcome_tests(cases: list[Case], tests: dict[str, tuple[str, str]]) -> list[str]:
    """One table of (patient, fingerprint) per kind of case, and its test."""
    out: list[str] = []
    prints = Fingerprints()
    for kind in KINDS:
        chosen = [c for c in cases if c.kind == kind]
        if kind == "reject" or not chosen:
            continue
        name, text = tests[kind]
        table = f"{kind.upper()}_CASES"
        out += ["", "", f"{table} = ["]
        for case in chosen:
            assert isinstance(case.expected, dict)
            out += [
                f"    # {flat_text(case.title)}",
                f"    pytest.param({literal(case.patient)}, {prints.digest(case.expected)!r},",
                f"                 id={case.id!r}),",
            ]
        out += ["]", "", "", f'@pytest.mark.parametrize(("patient", "digest"), {table})']
        out += [f"def {name}(patient: dict[str, object], digest: str) -> None:"]
        out += [f'    """{text}"""', "    _check(patient, digest)"]
    return out
