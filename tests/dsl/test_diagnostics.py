"""The diagnostic type and its renderings."""

from __future__ import annotations

import json

import pytest

from dsl.diagnostics import (
    SHOWN,
    Diagnostic,
    Severity,
    error,
    finalize,
    has_errors,
    render_human,
    render_json,
    summary,
    to_json_obj,
    warning,
)
from dsl.source import SourceFile, Span

SOURCE = SourceFile("g.guideline", "first line\n  when weight >= 40:\nlast\n")


def _span(line: int, col: int, end_col: int, end_line: int | None = None) -> Span:
    return Span("g.guideline", line, col, end_line or line, end_col)


def test_human_rendering_has_location_line_caret_and_help() -> None:
    d = error("T003", "a plain number", _span(2, 8, 20), "write `40 kg`", "or a unit")
    assert render_human(d, SOURCE).splitlines() == [
        "g.guideline:2:8: error[T003]: a plain number",
        "   2 |   when weight >= 40:",
        "     |        ^^^^^^^^^^^^",
        "  help: write `40 kg`",
        "  help: or a unit",
    ]


def test_caret_width_is_at_least_one() -> None:
    d = warning("L040", "w", _span(1, 3, 3))
    assert render_human(d, SOURCE).splitlines()[2] == "     |   ^"


def test_multi_line_span_underlines_to_the_end_of_its_first_line() -> None:
    d = error("P003", "m", _span(1, 7, 2, end_line=2))
    assert render_human(d, SOURCE).splitlines()[2] == "     |       ^^^^"


def test_bidi_and_control_characters_are_shown_escaped_with_the_caret_under_them() -> None:
    # Printed raw, a bidi override reordered the line on the screen (the caret then
    # pointed at the wrong text) and an escape sequence drove the terminal.
    source = SourceFile("g.guideline", 'x \u202eab\u202c\t"t\x1b[2J"\n')
    d = error("P001", "m \x1b[31m", Span("g.guideline", 1, 3, 1, 4), "h\u202e")
    assert render_human(d, source).splitlines() == [
        "g.guideline:1:3: error[P001]: m \\x1b[31m",
        '   1 | x \\u202eab\\u202c\\t"t\\x1b[2J"',
        "     |   ^^^^^^",
        "  help: h\\u202e",
    ]


def test_a_caret_after_escapes_sits_under_its_character() -> None:
    source = SourceFile("g.guideline", "\tinput w\n")
    d = error("P004", "tab", Span("g.guideline", 1, 2, 1, 7))
    assert render_human(d, source).splitlines()[1:] == ["   1 | \\tinput w", "     |   ^^^^^"]


def test_without_source_only_the_first_line_and_help() -> None:
    d = error("N001", "unknown", _span(1, 1, 2), "did you mean `x`?")
    assert (
        render_human(d, None) == "g.guideline:1:1: error[N001]: unknown\n  help: did you mean `x`?"
    )


def test_span_past_the_end_of_the_file_shows_no_source_line() -> None:
    d = error("P005", "ends early", _span(9, 1, 2))
    assert render_human(d, SOURCE) == "g.guideline:9:1: error[P005]: ends early"


def test_example_patient_is_shown_sorted_in_the_language_words() -> None:
    patient = {"b": 2.0, "a": True, "c": None, "d": False, "e": 1.5}
    d = Diagnostic("L010", Severity.ERROR, "gap", _span(1, 1, 2), (), example_patient=patient)
    assert render_human(d, None).splitlines()[-1] == (
        "  example patient: a = yes, b = 2, c = unknown, d = no, e = 1.5"
    )


def test_json_rendering() -> None:
    d = warning("C002", "never cited", _span(3, 1, 5), "cite it")
    obj = to_json_obj(d)
    assert obj == {
        "code": "C002",
        "severity": "warning",
        "message": "never cited",
        "path": "g.guideline",
        "line": 3,
        "column": 1,
        "end_line": 3,
        "end_column": 5,
        "hints": ["cite it"],
        "example_patient": None,
    }
    assert json.loads(render_json([d, d])) == [obj, obj]
    assert render_json([]) == "[]"


def test_finalize_sorts_by_position_then_code() -> None:
    late = error("N001", "b", _span(3, 1, 2))
    early = error("T001", "a", _span(1, 5, 6))
    same_place = error("C001", "c", _span(1, 5, 6))
    assert finalize([late, early, same_place]) == [same_place, early, late]


def test_finalize_removes_duplicates_but_keeps_different_severities() -> None:
    one = error("N001", "same", _span(1, 1, 2))
    again = error("N001", "same", _span(1, 1, 2), "another hint")
    as_warning = warning("N001", "same", _span(1, 1, 2))
    result = finalize([one, again, as_warning])
    assert len(result) == 2
    assert {d.severity for d in result} == {Severity.ERROR, Severity.WARNING}


def test_has_errors_and_summary() -> None:
    w = warning("C002", "w", _span(1, 1, 2))
    e = error("N001", "e", _span(1, 1, 2))
    assert not has_errors([w]) and has_errors([w, e])
    assert summary([w]) == "0 errors, 1 warning"
    assert summary([e, e, w, w]) == "2 errors, 2 warnings"
    assert summary([e]) == "1 error, 0 warnings"


@pytest.mark.parametrize("column", [1, 50, 500, 995])
def test_a_long_line_is_shown_cut_around_the_caret(column: int) -> None:
    text = "".join(chr(ord("a") + i % 26) for i in range(1000))
    source = SourceFile("g.guideline", text + "\n")
    span = Span("g.guideline", 1, column, 1, column + 3)
    _, line, caret = render_human(error("P002", "m", span), source).split("\n")
    shown = line.removeprefix("   1 | ")
    at = caret.index("^") - len("     | ")
    assert len(shown) <= SHOWN + 2 and caret.count("^") == 3
    assert shown[at : at + 3] == text[column - 1 : column + 2]
