"""The flowchart SVG: well-formed, a node per decision, no overlapping boxes."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from benchmarks import synth
from compiler.emit_docs import flowchart
from compiler.emit_docs.flowchart import flowchart_svg, wrap
from compiler.emit_docs.flowmodel import Fork
from compiler.pipeline.stages import compile_text
from compiler.semantics import ir
from tests.conftest import compile_snippet

SVG = "{http://www.w3.org/2000/svg}"


def _decisions(g: ir.Guideline) -> list[str]:
    return [n.id for n in ir.walk(g.body) if isinstance(n, ir.Decision)]


def _boxes(root: ET.Element) -> list[tuple[int, int, int, int]]:
    found = []
    for group in root.iter(f"{SVG}g"):
        if group.get("class") in {"decision", "recs", "ask", "section-condition"}:
            rect = next(group.iter(f"{SVG}rect"))
            found.append(tuple(int(rect.get(k, "0")) for k in ("x", "y", "width", "height")))
    return found  # type: ignore[return-value]


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _check(g: ir.Guideline) -> ET.Element:
    root = ET.fromstring(flowchart_svg(g))
    width, height = int(root.get("width", "0")), int(root.get("height", "0"))
    ids = [e.get("id") for e in root.iter() if e.get("id")]
    assert len(ids) == len(set(ids))
    nodes = [e.get("id") for e in root.iter(f"{SVG}g") if e.get("class") == "decision"]
    assert nodes == [f"node-{d}" for d in _decisions(g)]
    boxes = _boxes(root)
    for i, a in enumerate(boxes):
        assert a[0] >= 0 and a[1] >= 0 and a[0] + a[2] <= width and a[1] + a[3] <= height
        assert not any(_overlap(a, b) for b in boxes[i + 1 :]), a
    return root


def test_imnm_flowchart_has_every_decision_and_recommendation(imnm: ir.Guideline) -> None:
    root = _check(imnm)
    hrefs = {a.get("href") for a in root.iter(f"{SVG}a")}
    for rec in ir.recommendations(imnm):
        assert f"#rec-{rec.id}" in hrefs, rec.id


def test_flowchart_is_deterministic(imnm: ir.Guideline) -> None:
    assert flowchart_svg(imnm) == flowchart_svg(imnm)


def _large_source(count: int, depth: int) -> str:
    lines = [f'input x{i} "Fact {i}": yes/no' for i in range(count)]
    for i in range(count):
        lines += [
            f'decide d{i} "Question {i}"',
            f"  when x{i}:",
            f'    advise r{i} "Advice {i}"',
            "      expert opinion",
            "  otherwise:",
        ]
        indent = "    "
        for j in range(depth if i == 0 else 0):
            lines += [
                f'{indent}decide n{j} "Nested {j}"',
                f"{indent}  when x{j + 1}:",
                f'{indent}    advise m{j} "Nested advice {j}"',
                f"{indent}      expert opinion",
                f"{indent}  otherwise:",
            ]
            indent += "    "
        lines.append(f"{indent}nothing")
    return "\n".join(lines) + "\n"


def test_large_guideline_gives_a_valid_chart() -> None:
    compiled = compile_snippet(_large_source(25, 6))
    assert compiled.guideline is not None, compiled.diagnostics
    root = _check(compiled.guideline)
    assert len(_decisions(compiled.guideline)) == 31
    assert int(root.get("height", "0")) > 25 * 40


def test_wrap_cuts_long_text_with_an_ellipsis() -> None:
    lines = wrap("word " * 100, 120, max_lines=2)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert wrap("x" * 200, 120)[0] == "x" * len(wrap("x" * 200, 120)[0])


def test_layout_measures_each_decision_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Nested decisions: each fork's geometry is worked out once to measure and once to
    draw (measuring afresh at every level took time exponential in the depth)."""
    depth = 25
    compiled = compile_text(synth.deep(depth), "deep.guideline")
    assert compiled.guideline is not None
    calls = 0
    geometry = flowchart.Layout._fork_geometry

    def counted(self: flowchart.Layout, fork: Fork) -> tuple[int, int, int, int, int]:
        nonlocal calls
        calls += 1
        assert calls <= 10 * depth, "the layout measures the same fork again and again"
        return geometry(self, fork)

    monkeypatch.setattr(flowchart.Layout, "_fork_geometry", counted)
    svg = flowchart.flowchart_svg(compiled.guideline)
    assert svg.count('class="decision"') == depth and calls <= 2 * depth


def _texts(root: ET.Element, cls: str) -> list[str]:
    return [" ".join(t.text or "" for t in text.iter(f"{SVG}tspan"))
            for text in root.iter(f"{SVG}text") if text.get("class") == cls]


def test_imnm_chart_is_one_a_reviewer_can_read(imnm: ir.Guideline) -> None:
    root = _check(imnm)
    terminal = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "terminal")
    start = " ".join(t.text or "" for t in terminal.iter(f"{SVG}tspan"))
    assert start == "Start: Patients with immune-mediated necrotizing myopathy (IMNM)"
    # the sections every patient in scope gets: one box, each section's title heading its part
    boxes = [g for g in root.iter(f"{SVG}g") if g.get("class") == "recs"]
    titles = [[" ".join(t.text or "" for t in text.iter(f"{SVG}tspan"))
               for text in box.iter(f"{SVG}text") if text.get("class") == "box-title"]
              for box in boxes]
    assert ["First-line treatment", "Second-line / combination therapy",
            "Monitoring and follow-up", "Supportive care", "Complications to monitor",
            "Caution"] in titles
    assert len(boxes) == 5  # out of scope, everyone in scope, and the three decisions' boxes
    recs = _texts(root, "rec")
    assert not any("…" in text for text in recs)  # wrapped whole, never cut
    assert any(text.endswith("muscle atrophy") for text in recs)
    assert any("(dose 0.5 to 1 mg/kg/day × weight)" in text for text in recs)
    gaps = _texts(root, "gap")
    assert "• Gap: gives no maximum dose" in gaps
    assert "• Gap in the source" not in gaps


def test_a_chart_without_a_scope_starts_plainly() -> None:
    g = compile_snippet('decide d "Q?"\n  when yes:\n    advise a "A"\n      expert opinion\n'
                        "  otherwise: nothing\n").guideline
    assert g is not None
    root = ET.fromstring(flowchart_svg(g))
    terminal = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "terminal")
    assert "".join(t.text or "" for t in terminal.iter(f"{SVG}tspan")).startswith("Start")
