"""Every statement of the IMNM source text is encoded in guidelines/imnm.guideline.

tests/fixtures/imnm_traceability.tsv maps each line of the source text (copied into
tests/fixtures/imnm-treatment.txt) to the ids or text fragments that encode it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from fractions import Fraction

import pytest

from compiler.pipeline.stages import Compiled
from compiler.semantics import ir
from tests.conftest import IMNM, ROOT

FIXTURES = ROOT / "tests" / "fixtures"
SEED = FIXTURES / "imnm-treatment.txt"
TABLE = FIXTURES / "imnm_traceability.tsv"
SHARED_SEED = ROOT.parent / "shared" / "seed" / "imnm-treatment.txt"
ID_FIELDS = {"id", "name", "key"}


def table() -> list[tuple[int, str, list[str]]]:
    """The rows of the table: (seed line number, start of the seed line, targets)."""
    rows = []
    lines = [ln for ln in TABLE.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    for row in lines[1:]:
        number, start, targets = row.split("\t")
        rows.append((int(number), start, targets.split("; ")))
    return rows


def nodes(value: object) -> Iterator[object]:
    """Every AST node reachable from `value`."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        yield value
        for f in dataclasses.fields(value):
            yield from nodes(getattr(value, f.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from nodes(item)


@pytest.fixture(scope="module")
def encoded(imnm_compiled: Compiled) -> tuple[set[str], list[str]]:
    """The ids and the texts of the compiled guideline's syntax tree."""
    assert imnm_compiled.tree is not None
    ids: set[str] = set()
    texts: list[str] = []
    for node in nodes(imnm_compiled.tree):
        for f in dataclasses.fields(node):  # type: ignore[arg-type]
            value = getattr(node, f.name)
            if isinstance(value, str):
                (ids.add if f.name in ID_FIELDS else texts.append)(value)
            elif f.name in {"scope", "excludes"} and value:
                texts += [v.value for v in (value if isinstance(value, tuple) else (value,))]
    return ids, texts


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
    ids, texts = encoded
    missing = []
    for number, _, targets in table():
        for target in targets:
            kind, _, value = target.partition(":")
            found = {
                "id": lambda v: v in ids,
                "ref": lambda v: any(r.key == v for r in imnm.references),
                "title": lambda v: imnm.title == v,
                "text": lambda v: any(v in t for t in texts),
            }[kind](value)
            if not found:
                missing.append((number, target))
    assert missing == []


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
