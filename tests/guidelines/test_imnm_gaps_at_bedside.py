"""Every gap of the IMNM guideline reaches `guideline run` for the patients it concerns.

Over all generated cases of IMNM (paths, boundaries, examples, MC/DC): the output of
`guideline run` for the patient shows, in the docs' words, each gap attached to a
recommendation it gives, to one of that recommendation's options, or to the sections,
definitions and inputs its path reads; and each of the guideline's gaps is shown to
some patient.
"""

from __future__ import annotations

import pytest

from compiler.commands.main import main
from compiler.running.explain import explain
from compiler.semantics import interpreter, ir
from compiler.testgen.generate import generate_cases
from dsl import ast, visit
from dsl.parser import parse_text
from dsl.visible_text import visible
from tests.conftest import ROOT

SOURCE = ROOT / "guidelines/imnm.guideline"


def _tree() -> ast.Guideline:
    tree = parse_text(SOURCE.read_text(encoding="utf-8"), str(SOURCE)).guideline
    assert tree is not None
    return tree


def _outputs(imnm: ir.Guideline) -> list[tuple[dict[str, object], str]]:
    out = []
    for case in generate_cases(imnm):
        if case.kind == "reject":
            continue
        result = interpreter.evaluate(imnm, case.patient)
        out.append((result, explain(result)))
    return out


def test_every_gap_of_a_given_recommendation_is_in_the_run_output(imnm: ir.Guideline) -> None:
    tree = _tree()
    declared = {r.id: r for r in visit.recommendations(tree)}
    refractory = next(d for d in tree.definitions if d.name == "refractory")
    statin = next(i for i in tree.inputs if i.name == "statin_associated")
    outputs = _outputs(imnm)
    assert len(outputs) > 20
    for result, text in outputs:
        recs = result["recommendations"]
        assert isinstance(recs, list)
        for rec in recs:
            source = declared[rec["id"]]
            own = [*source.narrative, *(n for o in source.options for n in o.narrative)]
            if rec["id"] in {"ivig_refractory", "rituximab"}:
                own += refractory.narrative
            if rec["id"] in {"stop_statin", "statin_myopathy"}:
                own += statin.narrative
            for note in own:
                if isinstance(note, ast.Gap):
                    assert visible(note.text) in text, (rec["id"], note.text)
            for note in rec["notes"]:
                assert visible(note["text"]) in text


def test_each_gap_of_the_guideline_is_shown_to_some_patient(imnm: ir.Guideline) -> None:
    shown = "\n".join(text for _, text in _outputs(imnm))
    gaps = [n.text for n in visit.narratives(_tree()) if isinstance(n, ast.Gap)]
    assert len(gaps) == 19
    missing = [g for g in gaps if visible(g) not in shown]
    assert missing == []


def test_guideline_run_prints_the_prednisone_no_maximum_gap(
    tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    patient = tmp_path / "p.json"  # type: ignore[operator]
    patient.write_text(
        '{"category": "immune_mediated", "weight": 130, "anti_hmgcr": false,'
        ' "statin_associated": false, "skin_disease": false, "weeks_on_treatment": 0,'
        ' "response": null}', encoding="utf-8")
    assert main(["run", str(SOURCE), "--patient", str(patient)]) == 0
    lines = capsys.readouterr().out.splitlines()
    dose = lines.index(next(line for line in lines if line.startswith("    dose: 65 to 130")))
    assert lines[dose + 1] == (
        "    gap in the source (on this recommendation): The source gives no maximum dose: "
        "the range grows with body weight (a 130 kg patient gets 65 to 130 mg/day)."
    )
