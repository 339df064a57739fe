"""`guideline cases`: the generated cases as a table and as JSON."""

from __future__ import annotations

import json

import pytest

from compiler.commands.main import main


def test_json_lists_every_case_with_its_expectation(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cases", "imnm", "--format", "json"]) == 0
    cases = json.loads(capsys.readouterr().out)
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids))
    assert "refractory_treatment__refractory__weeks_on_treatment_ge_4_weeks__at_4" in ids
    kinds = {c["kind"] for c in cases}
    assert kinds == {"path", "boundary", "choice", "mcdc", "range", "reject", "example"}
    reject = next(c for c in cases if c["kind"] == "reject")
    assert isinstance(reject["expected"], list)
    at_4 = next(c for c in cases if c["id"].endswith("weeks_on_treatment_ge_4_weeks__at_4"))
    assert at_4["patient"]["weeks_on_treatment"] == 4
    assert "rituximab" in [r["id"] for r in at_4["expected"]["recommendations"]]


def test_table_shows_kind_id_and_outcome(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cases", "imnm"]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0].split()[:2] == ["KIND", "ID"]
    row = next(line for line in lines if "statin__statin_associated " in line)
    assert row.startswith("path")
    assert "statin: statin_associated" in row
    assert "case(s)" in captured.err


def test_unknown_guideline_is_a_usage_error() -> None:
    assert main(["cases", "no_such_guideline"]) == 2


def test_table_quotes_text_and_shortens_huge_integers(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cases", "imnm"]) == 0
    lines = capsys.readouterr().out.splitlines()
    wrong = next(line for line in lines if "reject__weight__wrong_type " in line)
    assert "weight='1'" in wrong and "category='immune_mediated'" in wrong
    huge = next(line for line in lines if "reject__weight__too_large " in line)
    assert "weight=1.797e+308," in huge and "must be a finite number" in huge


def test_case_picks_cases_by_id(capsys: pytest.CaptureFixture[str]) -> None:
    wanted = ["statin__statin_associated", "reject__weight__too_large"]
    args = ["cases", "imnm", "--format", "json", "--case", wanted[0], "--case", wanted[1]]
    assert main([*args, "--case", wanted[0]]) == 0
    cases = json.loads(capsys.readouterr().out)
    assert [c["id"] for c in cases] == wanted  # in the order asked, once each
    assert main(["cases", "imnm", "--case", wanted[0]]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 2 and "1 case(s)" in captured.err


def test_an_unknown_case_id_is_a_usage_error_with_a_hint(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["cases", "imnm", "--case", "statin__statin_asociated"]) == 2
    err = capsys.readouterr().err
    assert "no case has the id 'statin__statin_asociated'" in err
    assert "did you mean statin__statin_associated?" in err
