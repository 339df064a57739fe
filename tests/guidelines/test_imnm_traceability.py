"""Every statement of the IMNM source text is encoded in guidelines/imnm.guideline.

tests/fixtures/imnm_traceability.tsv maps each line of the source text (copied into
tests/fixtures/imnm-treatment.txt) to the ids or text fragments that encode it.
"""

from __future__ import annotations

import re
from fractions import Fraction

import pytest

from compiler.pipeline.stages import Compiled
from compiler.semantics import ir
from tests.conftest import IMNM, ROOT
from tests.guidelines import traceability

FIXTURES = ROOT / "tests" / "fixtures"
SEED = FIXTURES / "imnm-treatment.txt"
TABLE = FIXTURES / "imnm_traceability.tsv"
SHARED_SEED = ROOT.parent / "shared" / "seed" / "imnm-treatment.txt"


def table() -> list[tuple[int, str, list[str]]]:
    """The rows of the table: (seed line number, start of the seed line, targets)."""
    return traceability.rows(TABLE)


@pytest.fixture(scope="module")
def encoded(imnm_compiled: Compiled) -> tuple[set[str], list[str]]:
    """The ids and the texts of the compiled guideline's syntax tree."""
    assert imnm_compiled.tree is not None
    return traceability.encoded(imnm_compiled.tree)


def test_the_copy_of_the_seed_is_current() -> None:
    if not SHARED_SEED.exists():
        pytest.skip("the shared seed text is not beside this checkout")
    assert SEED.read_bytes() == SHARED_SEED.read_bytes()


def test_every_seed_line_is_in_the_table() -> None:
    seed = SEED.read_text(encoding="utf-8").splitlines()
    rows = table()
    wanted = [n for n, line in enumerate(seed, start=1) if line.strip()]
    assert [n for n, _, _ in rows] == wanted
    for number, start, targets in rows:
        assert seed[number - 1].startswith(start), number
        assert targets and all(targets), number


def test_every_target_exists(encoded: tuple[set[str], list[str]], imnm: ir.Guideline) -> None:
    assert traceability.missing_targets(table(), encoded, imnm) == []


def test_every_recommendation_traces_to_the_seed(imnm: ir.Guideline) -> None:
    traced = {t.removeprefix("id:") for _, _, targets in table() for t in targets}
    assert {r.id for r in ir.recommendations(imnm)} <= traced
    decisions = {n.id for n in ir.walk(imnm.body) if isinstance(n, ir.Decision | ir.Section)}
    assert decisions <= traced


KEY_NUMBERS = [
    "0.5 to 1 mg/kg/day",
    "4-6 weeks",
    ">= 4 weeks",
    "26 weeks",
    "55%",
    "90%",
    "73%",
    "5326 U/L",
    "41%",
    "35%",
    "37%",
    "3 months",
]


@pytest.mark.parametrize("text", KEY_NUMBERS)
def test_key_numbers_of_the_seed_are_in_the_guideline(text: str) -> None:
    assert text in IMNM.read_text(encoding="utf-8")


def test_key_numbers_reach_the_ir(imnm: ir.Guideline) -> None:
    recs = {r.id: r for r in ir.recommendations(imnm)}
    dose = recs["prednisone"].dose
    assert dose is not None and dose.rule == "0.5 to 1 mg/kg/day * weight"
    assert recs["rituximab"].time_to_effect == "up to 26 weeks"
    atoms = [
        a
        for n in ir.walk(imnm.body)
        if isinstance(n, ir.Decision)
        for b in n.when_branches()
        if b.guard
        for a in ir.atoms(b.guard)
    ]
    assert any(isinstance(a, ir.CmpNum) and a.right == ir.NumConst(Fraction(4)) for a in atoms)


def test_citation_numbers_one_to_four(imnm: ir.Guideline) -> None:
    assert [r.key for r in imnm.references] == ["1", "2", "3", "4"]
    assert all(r.cited for r in imnm.references)
    seed_cites = set(re.findall(r" ([1-4])\.?$", SEED.read_text(encoding="utf-8"), re.M))
    cited = {c for r in ir.recommendations(imnm) for c in r.citations}
    assert seed_cites == cited == {"1", "2", "3", "4"}
