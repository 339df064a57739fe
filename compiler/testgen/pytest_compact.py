"""The pytest file of a large guideline: each case checks fingerprints of its result.

Spelling out every expected result (`compiler.testgen.pytest_file`) makes a file
that grows with the square of the guideline, since every result walks every
top-level decision. Above `COMPACT_ABOVE` recommendations and path steps in all,
each case carries instead fingerprints of the IR interpreter's whole result, one
for each of its parts: recommendations, path and the rest
(`compiler.testgen.digest`). The test takes the same fingerprints of the generated
module's `result.to_dict()`, so it still checks every recommendation, dose, option
and step, and `decide` is checked against `evaluate`. A failure names the parts
that differ, shows the module's side of them, and gives the command that prints
the expected result (`guideline cases GUIDELINE --case ID --format json`).
"""

from __future__ import annotations

from compiler.emit_python.conditions import flat_text
from compiler.semantics import ir
from compiler.testgen import exact_numbers
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
        "too large to spell out every expected result here, so each case carries fingerprints",
        "of the IR interpreter's whole result (of its recommendations, its path and the rest),",
        "and the test compares them with the same fingerprints of the generated module's",
        "result (compiler/testgen/digest.py). A failure names the parts that differ; the",
        f"expected result is printed by `guideline cases {g.id} --case ID --format json`. On",
        "failures, `pytest --tb=native` is much faster than the default tracebacks, which",
        "reread this large file.",
        '"""',
        *imports(g, ["hashlib", "json", "math"], []),
    ]


def imports(g: ir.Guideline, modules: list[str], extra: list[str]) -> list[str]:
    """The imports of a generated pytest file (the standard library's `modules` and
    `extra` lines), and the guideline's id as `GUIDELINE`."""
    return [
        "",
        "from __future__ import annotations",
        "",
        *[f"import {m}" for m in modules],
        "from collections.abc import Mapping",
        *extra,
        *exact_numbers.imports(g),
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
    assert result.path[:] == steps and [result.path[i] for i in range(len(steps))] == list(steps)
    again = MODULE.evaluate(patient)
    assert again == result and hash(again) == hash(result)  # the same patient, the same result
"""

HELPERS = (
    SOURCE
    + '''

def _check(
    patient: dict[str, object], digests: tuple[str, str, str], request: pytest.FixtureRequest
) -> None:
    case = request.node.name.partition("[")[2].removesuffix("]")  # the case id
    for given in (patient, MappingProxyType(patient)):
        _outcome(given, digests, case)


def _outcome(patient: Mapping[str, object], digests: tuple[str, str, str], case: str) -> None:
    result = MODULE.evaluate(patient)
    found = _digests(result.to_dict())
    differ = [name for name, got, want in zip(PARTS, found, digests, strict=True) if got != want]
    assert not differ, _differences(result, differ, case)
'''
    + SAME_RESULT_CHECKS
)

DIFFERENCES = '''

def _differences(result: MODULE.Result, differ: list[str], case: str) -> str:
    """What a failing case says: the parts that differ, the module's side of them, and
    where the expected result is."""
    shown = {
        "recommendations": [
            (r.id, r.text, r.strength, None if r.dose is None else r.dose.text)
            for r in result.recommendations
        ],
        "path": [(s.node, s.branch) for s in result.path],
        "rest": {"complete": result.complete, "needs": list(result.needs),
                 "waiting": [(w.fact, w.question, w.decisions) for w in result.waiting],
                 "guideline": result.guideline, "version": result.version,
                 "source_hash": result.source_hash},
    }
    lines = [f"parts of the result that differ from the IR interpreter's: {', '.join(differ)}"]
    lines += [f"  the module's {name}: {shown[name]!r}" for name in differ]
    lines.append(f"  expected: `guideline cases {GUIDELINE} --case {case} --format json`")
    return "\\n".join(lines)
'''

CHECK_DECIDE = """\
    ids, doses, needs = MODULE.decide(patient)
    recs = result.recommendations
    assert ids == tuple(r.id for r in recs)
    assert doses == {r.id: (r.dose.low, r.dose.high) for r in recs if r.dose is not None}
    assert needs == result.needs
"""


def outcome_tests(cases: list[Case], tests: dict[str, tuple[str, str]]) -> list[str]:
    """One table of (patient, fingerprints) per kind of case, and its test."""
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
        out += ["]", "", "", f'@pytest.mark.parametrize(("patient", "digests"), {table})']
        out += [f"def {name}(",
                "    patient: dict[str, object], digests: tuple[str, str, str],",
                "    request: pytest.FixtureRequest,",
                ") -> None:"]
        out += [f'    """{text}"""',
                "    _check(patient, digests, request)"]
    return out
