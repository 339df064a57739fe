"""Property: formatting keeps the syntax tree and is idempotent, for any guideline text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from dsl.diagnostics import has_errors
from dsl.formatter import format_source, without_spans
from dsl.parser import parse_text
from tests.dsl.guideline_strategies import guideline_texts


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(guideline_texts())
def test_format_keeps_the_tree_and_is_idempotent(text: str) -> None:
    original = parse_text(text, "g.guideline")
    assert original.guideline is not None and not has_errors(original.diagnostics)
    formatted = format_source(text, "g.guideline")
    again = parse_text(formatted, "g.guideline")
    assert again.guideline is not None and not has_errors(again.diagnostics)
    assert without_spans(again.guideline) == without_spans(original.guideline)
    assert format_source(formatted, "g.guideline") == formatted
    for line in formatted.split("\n"):
        indent = len(line) - len(line.lstrip(" "))
        assert indent % 2 == 0 and not line.endswith(" ")
