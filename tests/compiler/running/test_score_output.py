"""Scores in what `guideline run` shows and writes."""

from __future__ import annotations

from compiler.running.batch import load_module
from compiler.running.explain import explain, score_line
from compiler.running.result_fields import FieldsWriter
from compiler.semantics import interpreter
from tests.conftest import compile_snippet

BODY = """
input finding_a "Finding A present": yes/no
input finding_b "Finding B present": yes/no or unknown
input other_cause "Another cause": yes/no

score risk "Risk score"
  points 1 when finding_a "Finding A"
  points 1.5 when finding_b
  points -2 when other_cause "Another cause"

decide triage "Triage"
  when risk >= 1:
    assess test_y "Test Y"
      expert opinion
  when unknown: ask
  otherwise: nothing
"""


def _guideline():  # type: ignore[no-untyped-def]
    compiled = compile_snippet(BODY)
    assert compiled.guideline is not None, compiled.diagnostics
    return compiled.guideline


def test_a_known_score_shows_its_value_and_the_criteria_that_scored() -> None:
    result = interpreter.evaluate(
        _guideline(), {"finding_a": True, "finding_b": True, "other_cause": False}
    )
    assert (
        score_line(result["scores"][0]) == "Risk score: 2.5 (Finding A +1, Finding B present +1.5)"
    )
    assert "Scores:\n- Risk score: 2.5 (Finding A +1, Finding B present +1.5)" in explain(result)


def test_an_open_score_shows_its_range_and_the_criteria_not_known() -> None:
    result = interpreter.evaluate(
        _guideline(), {"finding_a": True, "finding_b": None, "other_cause": True}
    )
    line = score_line(result["scores"][0])
    assert line == (
        "Risk score: -1 to 0.5 (Finding A +1, Another cause -2; not known: Finding B present +1.5)"
    )


def test_a_score_of_nothing_says_so() -> None:
    result = interpreter.evaluate(
        _guideline(), {"finding_a": False, "finding_b": False, "other_cause": False}
    )
    assert score_line(result["scores"][0]) == "Risk score: 0 (no criterion scored)"


def test_the_batch_writer_writes_the_scores_field() -> None:
    module = load_module(_guideline())
    result = module.evaluate({"finding_a": True, "finding_b": None, "other_cause": False})
    line = FieldsWriter(module, ["scores"]).text(result)
    assert line == (
        '{"scores":[{"high":2.5,"low":1,"name":"risk","scored":[{"label":"Finding A",'
        '"points":1}],"title":"Risk score","unknown":[{"label":"Finding B present",'
        '"points":1.5}],"value":null}]}'
    )
