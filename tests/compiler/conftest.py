"""Guidelines of every shape for the analysis and test generation tests, and patients for them."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction
from pathlib import Path

import pytest

from benchmarks import synth
from compiler.analysis import formula as f
from compiler.analysis.branches import contexts
from compiler.analysis.grid import resolution
from compiler.pipeline.stages import lower_tree
from compiler.semantics import ir
from compiler.testgen.sites import sites
from dsl.parser import parse
from dsl.source import SourceFile
from tests.conftest import ROOT

SAMPLES = {
    "imnm": ROOT / "guidelines/imnm.guideline",
    "scores": ROOT / "tests/fixtures/testgen/scores.guideline",
    "unknowns": ROOT / "tests/fixtures/testgen/unknowns.guideline",
    "infeasible": ROOT / "tests/fixtures/testgen/infeasible.guideline",
    "hypok": ROOT / "tests/fixtures/coverage/hypok.guideline",
    "options": ROOT / "tests/fixtures/golden/options.guideline",
    "every_construct": ROOT / "tests/fixtures/formatter/every_construct.in.guideline",
    "hostile": ROOT / "tests/fixtures/hostile/hostile.guideline",
    "pregnancy_screen": ROOT / "tests/fixtures/logic/gap/pregnancy_screen.clean.guideline",
    "anticoagulation_gap": ROOT / "tests/fixtures/logic/gap/atrial_fibrillation.defect.guideline",
}


def lowered_file(path: Path) -> ir.Guideline:
    """A guideline file's IR, lowered even when the logic checks would refuse it."""
    return lowered_text(path.read_text(encoding="utf-8"), path.name)


def lowered_text(text: str, name: str = "demo.guideline") -> ir.Guideline:
    """Guideline text's IR, lowered even when the logic checks would refuse it."""
    source = SourceFile(name, text)
    parsed = parse(source)
    assert parsed.guideline is not None
    return lower_tree(parsed.guideline, source)[0]


@pytest.fixture(scope="session", params=[*SAMPLES, "synthetic_40"])
def sample(request: pytest.FixtureRequest) -> ir.Guideline:
    """Each sample guideline: IMNM, the fixtures and a synthetic one."""
    name = str(request.param)
    if name == "synthetic_40":
        return lowered_text(synth.generate(40, seed=3), "synthetic_40.guideline")
    return lowered_file(SAMPLES[name])


def _value(decl: ir.Input, rng: random.Random) -> object:
    if decl.may_be_unknown and rng.random() < 0.2:
        return None
    if decl.kind == "yesno":
        return rng.random() < 0.5
    if decl.kind == "choice":
        return rng.choice(decl.choices).name
    if decl.kind == "date":
        return (dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(-3000, 3000))).isoformat()
    assert decl.low is not None and decl.high is not None
    step = resolution(decl)
    low = int(Fraction(decl.low) / step) + (1 if Fraction(decl.low) % step else 0)
    high = int(Fraction(decl.high) / step)
    count = rng.choice([low, high, rng.randint(low, high), rng.randint(low, high)])
    return int(count) if decl.kind == "whole" else float(count * step)


def random_patients(guideline: ir.Guideline, n: int, seed: int) -> list[dict[str, object]]:
    """Seeded patients with valid values (on each input's resolution, unknown at times)."""
    rng = random.Random(seed)
    return [{d.name: _value(d, rng) for d in guideline.inputs} for _ in range(n)]


def mixed(patients: list[dict[str, object]], n: int, seed: int) -> list[dict[str, object]]:
    """Patients taking each fact from one of the given patients at random (leaving it
    out when that patient has no such fact)."""
    rng = random.Random(seed)
    names = list(dict.fromkeys(k for p in patients for k in p))
    out: list[dict[str, object]] = []
    for _ in range(n):
        patient: dict[str, object] = {}
        for name in names:
            donor = rng.choice(patients)
            if name in donor:
                patient[name] = donor[name]
        out.append(patient)
    return out


Question = list[f.Formula]


def questions(guideline: ir.Guideline) -> list[Question]:
    """Constraints like those test generation asks: paths, sites, thresholds, MC/DC."""
    out: list[Question] = [list(c.condition) for c in contexts(guideline)]
    for site in sites(guideline)[:30]:
        reach = list(site.reach)
        out.append([*reach, f.Is(site.cond, "yes")])
        out.append([*reach, f.Is(site.cond, "unknown")])
        for index, atom in enumerate(ir.atoms(site.cond)):
            out.append([*reach, f.Decides(site.cond, index), f.Not(f.Truth(atom))])
            if isinstance(atom, ir.CmpNum):
                out.append([*reach, f.Gap(atom, "=", Fraction(0))])
    return out
