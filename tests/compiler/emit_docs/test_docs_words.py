"""Conditions and facts in clinical words."""

from __future__ import annotations

from compiler.emit_docs.words import CondWords, range_words, type_words, value_words
from compiler.semantics import ir
from tests.conftest import compile_snippet

SNIPPET = """
input weeks "Weeks on treatment": whole weeks from 0 to 520
input response "Response so far": one of adequate "Adequate", poor "Inadequate" or unknown
input flag "Flag raised": yes/no

decide d "Refractory?"
  when response is poor and weeks >= 4 weeks:
    nothing
  when not flag or response is one of adequate, poor:
    nothing
  when unknown: ask
  otherwise:
    nothing
"""


def _guideline() -> ir.Guideline:
    compiled = compile_snippet(SNIPPET)
    assert compiled.guideline is not None, compiled.diagnostics
    return compiled.guideline


def test_branch_labels_use_questions_labels_and_units() -> None:
    g = _guideline()
    decision = next(n for n in g.body if isinstance(n, ir.Decision))
    words = CondWords(g)
    labels = [words.branch(decision, b) for b in decision.branches]
    assert labels[0] == "Response so far is Inadequate and Weeks on treatment ≥ 4 weeks"
    assert labels[1] == "Flag raised: no or Response so far is one of: Adequate, Inadequate"
    assert labels[2] == "Not known: Response so far"
    assert labels[3].startswith("Otherwise")


def test_fact_descriptions() -> None:
    g = _guideline()
    weeks, response = g.input("weeks"), g.input("response")
    assert range_words(weeks) == "0 to 520 weeks"
    assert type_words(response) == "one of: Adequate, Inadequate"
    assert value_words(weeks, 1) == "1 week"
    assert value_words(response, None) == "unknown"
    assert value_words(g.input("flag"), True) == "yes"


def test_integers_too_large_for_a_float_are_shown_in_scientific_notation() -> None:
    weeks = _guideline().input("weeks")
    assert value_words(weeks, 2**1024) == "1.797e+308 weeks"
    assert value_words(weeks, -(10**400)) == "-1.000e+400 weeks"
