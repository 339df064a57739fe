"""Source files and spans."""

from __future__ import annotations

from dsl.source import SourceFile, Span


def test_span_label_and_start() -> None:
    span = Span("g/a.guideline", 3, 7, 3, 9)
    assert span.label() == "g/a.guideline:3:7"
    assert span.start() == (3, 7)


def test_spans_order_by_path_then_position() -> None:
    spans = [Span("b", 1, 1, 1, 2), Span("a", 2, 1, 2, 2), Span("a", 1, 5, 1, 6)]
    assert sorted(spans) == [Span("a", 1, 5, 1, 6), Span("a", 2, 1, 2, 2), Span("b", 1, 1, 1, 2)]


def test_line_text() -> None:
    source = SourceFile("x", "first\nsecond\r\nthird")
    assert source.line_text(1) == "first"
    assert source.line_text(2) == "second"
    assert source.line_text(3) == "third"
    assert source.line_text(0) == ""
    assert source.line_text(4) == ""


def test_end_span_points_after_the_last_character() -> None:
    assert SourceFile("x", "ab\ncde\n").end_span() == Span("x", 2, 4, 2, 4)
    assert SourceFile("x", "ab\ncde").end_span() == Span("x", 2, 4, 2, 4)
    assert SourceFile("x", "").end_span() == Span("x", 1, 1, 1, 1)
