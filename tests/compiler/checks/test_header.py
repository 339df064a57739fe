"""Header checks: required fields, id, version, status, review date."""

from __future__ import annotations

import pytest

from compiler.checks import header
from dsl.diagnostics import Diagnostic
from dsl.parser import parse_text
from tests.conftest import MINIMAL_HEADER


def _check(text: str) -> list[Diagnostic]:
    parsed = parse_text(text)
    assert parsed.guideline is not None, parsed.diagnostics
    return header.check(parsed.guideline)


def test_a_complete_header_is_clean() -> None:
    assert _check(MINIMAL_HEADER) == []


@pytest.mark.parametrize("field", ["version", "status", "owners", "reviewed", "scope"])
def test_each_required_field(field: str) -> None:
    text = "\n".join(line for line in MINIMAL_HEADER.splitlines() if field not in line) + "\n"
    (d,) = _check(text)
    assert (d.code, d.message) == ("H001", f"the guideline header has no `{field}`")
    assert d.span.line == 1 and d.span.column == 11  # the guideline id
    assert "under `guideline`" in d.hints[0]


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        ("guideline demo", "guideline Demo", "H007"),
        ("guideline demo", "guideline _demo", "H007"),
        ("version 0.1.0", "version 01.1.0", "H002"),
        ("status draft", "status final", "H003"),
        ("reviewed 2024-06-01", "reviewed 2024-02-30", "P014"),
    ],
)
def test_bad_values(old: str, new: str, code: str) -> None:
    (d,) = _check(MINIMAL_HEADER.replace(old, new))
    assert d.code == code


@pytest.mark.parametrize("version", ["1.0.0", "0.10.2", "2.0.0-rc.1"])
def test_semantic_versions_pass(version: str) -> None:
    assert _check(MINIMAL_HEADER.replace("0.1.0", version)) == []


@pytest.mark.parametrize("status", ["draft", "active", "retired"])
def test_statuses_pass(status: str) -> None:
    assert _check(MINIMAL_HEADER.replace("draft", status)) == []


def test_status_span_points_at_the_value() -> None:
    (d,) = _check(MINIMAL_HEADER.replace("status draft", "status done"))
    assert (d.span.line, d.span.column, d.span.end_column) == (3, 10, 14)
    assert d.hints == ("the status is one of draft, active, retired",)
