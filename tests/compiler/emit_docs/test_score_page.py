"""A guideline's page shows each score as a points table, and scores in the decisions."""

from __future__ import annotations

from compiler.emit_docs import render_guideline
from compiler.semantics import ir
from tests.conftest import compile_snippet

BODY = """
input finding_a "Finding A present": yes/no
input other_cause "Another cause": yes/no

score risk "Risk score"
  points 1 when finding_a "Finding A"
  points -2 when other_cause
    gap "The source does not say how sure the other cause must be."

decide triage "Triage"
  when risk >= 1:
    assess test_y "Test Y"
      expert opinion
  otherwise: nothing
"""


def _page() -> str:
    compiled = compile_snippet(BODY)
    assert compiled.guideline is not None, compiled.diagnostics
    return render_guideline(compiled.guideline, with_cases=False)


def test_each_score_has_a_points_table() -> None:
    page = _page()
    assert "## Scores { #scores }" in page
    assert "### Risk score { #score-risk .gl-score }" in page
    assert "from &#8722;2 to 1 points" in page
    assert "| &#43;1 | Finding A | Finding A present: yes | <code>finding&#95;a</code> |" in page
    assert (
        "| &#8722;2 | Another cause | Another cause: yes | <code>other&#95;cause</code> |" in page
    )


def test_a_gap_under_a_criterion_is_shown_and_listed() -> None:
    page = _page()
    assert "Another cause: The source does not say how sure" in page
    assert '<a href="#score-risk">Score: Risk score (Another cause)</a>' in page


def test_decisions_name_the_score_they_compare() -> None:
    assert "Branch 1: Risk score ≥ 1" in _page()


def test_a_guideline_without_scores_has_no_scores_section(imnm: ir.Guideline) -> None:
    assert "## Scores" not in render_guideline(imnm, with_cases=False)
