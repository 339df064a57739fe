"""The canonical formatter: golden files, comments, idempotence, refusal of bad text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dsl import formatter
from dsl.formatter import FormatError, FormatterBug, format_source, without_spans
from dsl.parser import parse_text

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "fixtures" / "formatter"
CASES = sorted(p.name.removesuffix(".in.guideline") for p in GOLDEN.glob("*.in.guideline"))
# UPDATE_GOLDEN=1 pytest tests/dsl/test_formatter.py rewrites the expected files.
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

HEADER = 'guideline demo "Demo"\n  version 0.1.0\n'


def _fmt(text: str) -> str:
    return format_source(text, "demo.guideline")


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str) -> None:
    source = (GOLDEN / f"{case}.in.guideline").read_text(encoding="utf-8")
    expected_path = GOLDEN / f"{case}.out.guideline"
    got = _fmt(source)
    if UPDATE:
        expected_path.write_text(got, encoding="utf-8")
    assert got == expected_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", CASES)
def test_golden_output_is_canonical_and_means_the_same(case: str) -> None:
    source = (GOLDEN / f"{case}.in.guideline").read_text(encoding="utf-8")
    expected = (GOLDEN / f"{case}.out.guideline").read_text(encoding="utf-8")
    assert _fmt(expected) == expected
    before, after = parse_text(source).guideline, parse_text(expected).guideline
    assert after is not None
    assert without_spans(after) == without_spans(before)


def test_every_comment_survives() -> None:
    source = (GOLDEN / "comments.in.guideline").read_text(encoding="utf-8")
    out = _fmt(source)
    comments = [line.split("#", 1)[1] for line in source.splitlines() if "# " in line]
    for text in comments:
        if "not a comment" not in text and "with #" not in text:
            assert text.strip() in out


def test_imnm_is_already_canonical() -> None:
    text = (ROOT / "guidelines" / "imnm.guideline").read_text(encoding="utf-8")
    assert _fmt(text) == text


def test_header_fields_take_the_canonical_order() -> None:
    out = _fmt('guideline demo "Demo"\n  scope "S"\n  status draft\n  version 0.1.0\n')
    assert out == 'guideline demo "Demo"\n  version 0.1.0\n  status draft\n  scope "S"\n'


def test_strings_are_re_escaped_canonically() -> None:
    out = _fmt(HEADER + 'note "tab\there \\"q\\" back\\\\slash"\n')
    assert out.endswith('note "tab\\there \\"q\\" back\\\\slash"\n')


def test_brackets_that_group_stay_and_brackets_around_one_value_go() -> None:
    out = _fmt(HEADER + "define d = ((a)) and (b or c) and not (x + (1 - 2)) > (3)\n")
    assert out.endswith("define d = a and (b or c) and not (x + (1 - 2)) > 3\n")
    out = _fmt(HEADER + "define e = (a and b) or ((c and d))\n")
    assert out.endswith("define e = (a and b) or (c and d)\n")


def test_a_blank_line_between_different_statements_and_grouping_kept() -> None:
    text = HEADER + 'input a "A": yes/no\ninput b "B": yes/no\n\n\n\ninput c "C": yes/no\n'
    text += "define d = a\n"
    out = _fmt(text)
    assert out.endswith(
        'input a "A": yes/no\ninput b "B": yes/no\n\ninput c "C": yes/no\n\ndefine d = a\n'
    )


def test_only_nothing_or_ask_goes_on_the_branch_line() -> None:
    text = HEADER + 'decide q "Q"\n  when a:\n    nothing\n  otherwise:\n    ask\n    gap "g"\n'
    out = _fmt(text)
    assert '  when a: nothing\n  otherwise:\n    ask\n    gap "g"\n' in out


def test_text_that_does_not_parse_is_refused_with_diagnostics() -> None:
    with pytest.raises(FormatError) as caught:
        _fmt(HEADER + "define d = (a and\n")
    assert caught.value.diagnostics
    assert caught.value.diagnostics[0].code.startswith("P")


def test_syntax_errors_the_parser_recovers_from_are_refused_too() -> None:
    with pytest.raises(FormatError) as caught:
        _fmt(HEADER + 'note "bad \\q escape"\n')
    assert [d.code for d in caught.value.diagnostics] == ["P009"]


def test_a_change_of_meaning_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    render = formatter._render
    monkeypatch.setattr(formatter, "_render", lambda *a: render(*a).replace("0.1.0", "0.2.0"))
    with pytest.raises(FormatterBug):
        _fmt(HEADER)


def test_crlf_and_missing_final_newline() -> None:
    assert _fmt(HEADER.replace("\n", "\r\n").rstrip()) == HEADER


def test_a_conversion_is_written_canonically_and_idempotently() -> None:
    line = 'input c "C": number umol/L from 9 to 1770   convert  1   mg/dL=88.4 umol/L\n'
    once = _fmt(HEADER + line)
    assert once.endswith(
        'input c "C": number umol/L from 9 to 1770 convert 1 mg/dL = 88.4 umol/L\n'
    )
    assert _fmt(once) == once


def test_a_molar_mass_is_kept_in_its_canonical_place() -> None:
    line = 'input c "C": number umol/L from 10 to 3000  step 0.5   molar   mass 113.12 g/mol\n'
    out = _fmt(HEADER + line)
    assert out.endswith(
        'input c "C": number umol/L from 10 to 3000 step 0.5 molar mass 113.12 g/mol\n'
    )


def test_dose_limits_and_timing_are_canonical_and_idempotent() -> None:
    text = (
        HEADER
        + 'section s "S"\n  start a "A"\n    dose   15 mg/kg*weight\n    dose cap   750 mg\n'
        + "    daily   maximum 60 mg/kg/day*weight\n"
        + '    review in 2 to 3 months   "Review the response"\n    review in 1 week\n'
        + '    recheck "CK"   in 2 to 6 weeks\n'
    )
    once = _fmt(text.replace("    review in 1 week\n", ""))
    assert "    dose cap 750 mg\n" in once
    assert "    daily maximum 60 mg/kg/day * weight\n" in once
    assert '    review in 2 to 3 months "Review the response"\n' in once
    assert '    recheck "CK" in 2 to 6 weeks\n' in once
    assert _fmt(once) == once
    plain = _fmt(HEADER + 'section s "S"\n  advise a "A"\n    review in  1 week\n')
    assert "    review in 1 week\n" in plain
