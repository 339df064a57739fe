"""Citation checks: unknown keys, duplicates, references nobody cites, missing evidence."""

from __future__ import annotations

from compiler.checks import citations
from dsl.diagnostics import Diagnostic
from dsl.parser import parse_text
from tests.conftest import MINIMAL_HEADER

REFS = 'references\n  1 "One"\n  hmgcr_review "Two"\n'


def _check(body: str) -> list[Diagnostic]:
    parsed = parse_text(MINIMAL_HEADER + body)
    assert parsed.guideline is not None, parsed.diagnostics
    return citations.check(parsed.guideline)


def _codes(found: list[Diagnostic]) -> list[tuple[str, str]]:
    return [(d.code, d.severity.value) for d in found]


def test_every_reference_cited_is_clean() -> None:
    body = REFS + 'section s "S"\n  advise a "A"\n    cites 1, hmgcr_review\n'
    assert _check(body) == []


def test_unknown_key_with_a_suggestion() -> None:
    body = REFS + 'section s "S"\n  advise a "A"\n    cites 1, hmgcr_reveiw\n'
    found = _check(body)
    assert _codes(found) == [("C001", "error"), ("C002", "warning")]
    assert found[0].hints == ("did you mean `hmgcr_review`?",)
    assert found[0].span.line == MINIMAL_HEADER.count("\n") + 6


def test_unknown_key_without_a_close_match() -> None:
    body = 'section s "S"\n  advise a "A"\n    cites 7\n'
    (d,) = _check(body)
    assert d.code == "C001" and d.hints == ("add it under `references`",)


def test_citations_in_notes_and_bullets_count() -> None:
    body = REFS + 'section s "S"\n  note "n" cites 1\n    - "b" cites hmgcr_review, 9\n'
    found = _check(body)
    assert _codes(found) == [("C001", "error")]
    assert "`9`" in found[0].message


def test_duplicate_reference() -> None:
    body = 'references\n  1 "One"\n  1 "Again"\nsection s "S"\n  advise a "A"\n    cites 1\n'
    (d,) = _check(body)
    assert d.code == "C004" and d.span.line == MINIMAL_HEADER.count("\n") + 3


def test_recommendation_without_evidence_warns_at_its_id() -> None:
    body = 'section s "S"\n  advise a "A"\n  advise b "B"\n    expert opinion\n'
    body += '  advise c "C"\n    uncited "The source gives none"\n'
    (d,) = _check(body)
    assert (d.code, d.severity.value, d.message) == (
        "C003",
        "warning",
        "recommendation `a` cites no evidence",
    )
    assert d.span.column == 10
