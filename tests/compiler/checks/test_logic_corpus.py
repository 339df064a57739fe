"""The seeded-defect corpus under tests/fixtures/logic/.

Each folder is one class of logic defect; each `<name>.defect.guideline` has a
`<name>.clean.guideline` twin. Every defect must be found with a valid example
patient that the generated module shows to be real; no twin may have any finding.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_logic_support import import_generated, logic_findings, replay, with_ir

from compiler.pipeline.stages import Compiled, compile_source, read_source
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "fixtures" / "logic"

EXPECTED = {
    "gap": "L010",
    "gap_integer": "L010",
    "gap_choices": "L010",
    "unreachable_one": "L011",
    "unreachable_union": "L011",
    "overlap_exclusive": "L020",
    "overlap_hidden": "L021",
    "contradiction_start_stop": "L030",
    "contradiction_doses": "L031",
    "unknown_unhandled": "L040",
}

DEFECTS = sorted(CORPUS.glob("*/*.defect.guideline"))


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.name.split('.')[0]}"


def _compile(path: Path) -> Compiled:
    return compile_source(read_source(path, str(path.relative_to(ROOT))))


def test_corpus_has_every_class_with_five_twins() -> None:
    classes = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())
    assert classes == sorted(EXPECTED)
    for name in classes:
        defects = sorted(p.name.split(".")[0] for p in (CORPUS / name).glob("*.defect.guideline"))
        twins = sorted(p.name.split(".")[0] for p in (CORPUS / name).glob("*.clean.guideline"))
        assert len(defects) >= 5 and defects == twins, name


@pytest.mark.parametrize("path", DEFECTS, ids=_id)
def test_defect_is_found_and_replays(path: Path, tmp_path: Path) -> None:
    compiled = with_ir(_compile(path))
    assert compiled.guideline is not None
    others = [d for d in compiled.diagnostics if not d.code.startswith("L")]
    assert others == [], "the fixture has problems other than its logic defect"
    findings = logic_findings(compiled)
    assert EXPECTED[path.parent.name] in {d.code for d in findings}
    module = import_generated(compiled.guideline, tmp_path)
    for finding in findings:
        replay(compiled, finding, module)


@pytest.mark.parametrize("path", DEFECTS, ids=_id)
def test_clean_twin_has_no_finding(path: Path) -> None:
    twin = path.with_name(path.name.replace(".defect.", ".clean."))
    compiled = _compile(twin)
    assert compiled.diagnostics == ()
    assert compiled.guideline is not None
