"""compiler/semantics/rec_notes.py: each recommendation carries the notes that concern it."""

from __future__ import annotations

from compiler.semantics import interpreter, ir
from tests.compiler.conftest import lowered_file
from tests.conftest import ROOT

FIXTURE = ROOT / "tests/fixtures/coverage/bedside_notes.guideline"
ILLUSTRATIVE = "Illustrative content for testing the compiler; not clinical guidance."
DEFINITION_GAP = "A gap on the definition: the threshold is chosen within a window."


def _notes(guideline: ir.Guideline, rec_id: str) -> list[tuple[str, str, str, str]]:
    rec = next(r for r in ir.recommendations(guideline) if r.id == rec_id)
    return [(n.kind, n.on, n.name, n.text) for n in rec.notes]


def test_each_recommendation_gets_the_notes_of_what_it_sits_in_and_reads() -> None:
    g = lowered_file(FIXTURE)
    guideline_notes = [
        ("note", "guideline", "", ILLUSTRATIVE),
        ("gap", "guideline", "", "A gap of the whole guideline."),
    ]
    assert _notes(g, "pick") == [
        ("gap", "recommendation", "", "A gap on the recommendation."),
        ("note", "option", "second", "A note on the option."),
        ("note", "decision", "marker", "A note on the decision."),
        ("gap", "branch", "", "A gap on the branch."),
        ("gap", "definition", "high", DEFINITION_GAP),
        ("note", "input", "level", "A note on the input, with bullets:"),
        *guideline_notes,
    ]
    # the `otherwise` branch reads every `when` before it, not the branch gap
    assert _notes(g, "low") == [
        ("note", "decision", "marker", "A note on the decision."),
        ("gap", "definition", "high", DEFINITION_GAP),
        ("note", "input", "level", "A note on the input, with bullets:"),
        *guideline_notes,
    ]
    assert _notes(g, "always") == [
        ("gap", "section", "everyone", "A gap on the section."),
        ("gap", "reference", "1", "A gap on reference one."),
        *guideline_notes,
    ]
    level = next(n for n in next(r for r in ir.recommendations(g) if r.id == "low").notes
                 if n.on == "input")
    assert level.bullets == ("first bullet", "second bullet")


def test_the_interpreter_result_carries_them() -> None:
    g = lowered_file(FIXTURE)
    result = interpreter.evaluate(g, {"level": 20, "flag": True})
    pick = next(r for r in result["recommendations"] if r["id"] == "pick")
    assert pick["notes"][0] == {"kind": "gap", "text": "A gap on the recommendation.",
                                "bullets": [], "on": "recommendation", "name": ""}
    low = interpreter.evaluate(g, {"level": 2, "flag": False})["recommendations"]
    assert [r["id"] for r in low] == ["always", "low"]
    assert low[1]["notes"][2]["bullets"] == ["first bullet", "second bullet"]


def test_imnm_refractory_window_gap_reaches_the_refractory_options(imnm: ir.Guideline) -> None:
    for rec_id in ("ivig_refractory", "rituximab"):
        notes = _notes(imnm, rec_id)
        assert any(on == "definition" and name == "refractory" and kind == "gap"
                   for kind, on, name, _ in notes)
        assert any(on == "input" and name == "response" for _, on, name, _ in notes)
    prednisone = _notes(imnm, "prednisone")
    assert prednisone[0][:2] == ("gap", "recommendation")
    assert "no maximum dose" in prednisone[0][3]
