"""Every statement of each source text in ../shared/sources is encoded in its guideline.

The source texts are copied into tests/fixtures/sources/; each guideline's table in
tests/fixtures/traceability/ maps every line of its text to what encodes it (see
tests/guidelines/traceability.py). IMNM has its own test (test_imnm_traceability.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compiler.pipeline.stages import Compiled, compile_source, read_source
from compiler.semantics import ir
from tests.conftest import ROOT
from tests.guidelines.traceability import content_lines, encoded, missing_targets, rows

FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared" / "sources"

# guideline id: the source text it encodes
SOURCES = {
    "asthma_steps": "asthma-steps.md",
    "kdigo_aki": "kdigo-aki.md",
    "wells_dvt": "wells-dvt.md",
}


@pytest.fixture(scope="module", params=sorted(SOURCES))
def case(request: pytest.FixtureRequest) -> tuple[str, Compiled]:
    gid = request.param
    path = ROOT / "guidelines" / f"{gid}.guideline"
    return gid, compile_source(read_source(path, f"guidelines/{gid}.guideline"))


def _source(gid: str) -> Path:
    return FIXTURES / "sources" / SOURCES[gid]


def _table(gid: str) -> Path:
    return FIXTURES / "traceability" / f"{gid}.tsv"


@pytest.mark.parametrize("gid", sorted(SOURCES))
def test_the_copy_of_the_source_is_current(gid: str) -> None:
    shared = SHARED / SOURCES[gid]
    if not shared.exists():
        pytest.skip("the shared source texts are not beside this checkout")
    assert _source(gid).read_bytes() == shared.read_bytes()


@pytest.mark.parametrize("gid", sorted(SOURCES))
def test_every_source_line_is_in_the_table(gid: str) -> None:
    lines = _source(gid).read_text(encoding="utf-8").splitlines()
    table = rows(_table(gid))
    assert [n for n, _, _ in table] == content_lines(_source(gid))
    for number, start, targets in table:
        assert lines[number - 1].startswith(start), number
        assert targets and all(targets), number


def test_every_target_exists(case: tuple[str, Compiled]) -> None:
    gid, compiled = case
    assert compiled.tree is not None and compiled.guideline is not None
    table = rows(_table(gid))
    assert missing_targets(table, encoded(compiled.tree), compiled.guideline) == []


def test_every_recommendation_and_decision_traces_to_the_source(
    case: tuple[str, Compiled],
) -> None:
    gid, compiled = case
    guideline = compiled.guideline
    assert guideline is not None
    traced = {t.removeprefix("id:") for _, _, targets in rows(_table(gid)) for t in targets}
    assert {r.id for r in ir.recommendations(guideline)} <= traced
    nodes = {n.id for n in ir.walk(guideline.body) if isinstance(n, ir.Decision | ir.Section)}
    assert nodes <= traced


def test_every_example_of_the_source_is_authored(case: tuple[str, Compiled]) -> None:
    gid, compiled = case
    guideline = compiled.guideline
    assert guideline is not None
    lines = _source(gid).read_text(encoding="utf-8").splitlines()
    start = lines.index("## Example patients") + 1
    example_rows = [r for r in rows(_table(gid)) if r[0] > start]
    authored = {e.id for e in guideline.examples}
    for number, _, targets in example_rows:
        assert any(t.removeprefix("id:") in authored for t in targets), number
