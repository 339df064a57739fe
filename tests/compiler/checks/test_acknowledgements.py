"""Warnings acknowledged in the header leave the findings and reach the docs; an
acknowledgement of an error (H010), of nothing (H011) or of an unknown name (H012) is
reported."""

from __future__ import annotations

from compiler.emit_docs import render_guideline
from compiler.pipeline.stages import Compiled, compile_text
from dsl import formatter
from tests.conftest import MINIMAL_HEADER

BODY = """
input age "Age": whole years from 18 to 120
input spare "Spare": yes/no
input weight "Body weight": number kg from 1 to 400 step 0.1

decide heavy "Is the patient heavy?"
  when weight > 100 kg:
    advise diet "Diet advice"
      expert opinion
  otherwise: nothing
"""


def _compile(*acks: str, body: str = BODY) -> Compiled:
    lines = "".join(f"  acknowledge {a}\n" for a in acks)
    return compile_text(MINIMAL_HEADER + lines + body, "demo.guideline")


def _codes(compiled: Compiled) -> list[str]:
    return [d.code for d in compiled.diagnostics]


def test_without_acknowledgements_the_warnings_stand() -> None:
    assert _codes(_compile()) == ["N009", "N009"]


def test_an_acknowledged_warning_leaves_the_findings_with_its_reason() -> None:
    compiled = _compile('N009 in age "asked again in the next version"')
    assert _codes(compiled) == ["N009"]  # `spare` is still reported
    assert compiled.guideline is not None
    (ack,) = compiled.guideline.acknowledged
    assert (ack.code, ack.target, ack.reason) == ("N009", "age", "asked again in the next version")
    assert ack.line == 9 and "`age`" in ack.message


def test_without_in_an_acknowledgement_covers_the_whole_guideline() -> None:
    compiled = _compile('N009 "both kept for the next version"')
    assert _codes(compiled) == []
    assert compiled.guideline is not None and len(compiled.guideline.acknowledged) == 2


def test_acknowledging_nothing_is_a_warning() -> None:
    compiled = _compile('N009 in weight "used after all"', 'N009 "the rest"')
    assert _codes(compiled) == ["H011"]
    (finding,) = compiled.diagnostics
    assert finding.span.line == 7 and "no `N009` warning in `weight`" in finding.message


def test_an_error_cannot_be_acknowledged() -> None:
    body = BODY.replace("  otherwise: nothing\n", "")  # a gap: L010, an error
    compiled = _compile('L010 in heavy "nobody else comes here"', 'N009 "kept"', body=body)
    assert "H010" in _codes(compiled) and "L010" in _codes(compiled)
    assert compiled.guideline is None


def test_an_unknown_name_is_an_error_with_a_suggestion() -> None:
    compiled = _compile('N009 in agee "typo"', 'N009 "kept"')
    (finding,) = [d for d in compiled.diagnostics if d.code == "H012"]
    assert finding.hints == ("did you mean `age`?",)


def test_the_formatter_keeps_an_acknowledgement() -> None:
    text = MINIMAL_HEADER + '  acknowledge   N009   in age "kept"\n' + BODY
    out = formatter.format_source(text, "demo.guideline")
    assert '  acknowledge N009 in age "kept"\n' in out


def test_the_page_lists_acknowledged_warnings_with_the_reason_escaped() -> None:
    compiled = _compile('N009 "<script>alert(1)</script> *kept*"')
    assert compiled.guideline is not None
    page = render_guideline(compiled.guideline, with_cases=False)
    assert '!!! info "Acknowledged warnings"' in page
    assert "<script>" not in page and "&#60;script&#62;alert(1)&#60;/script&#62;" in page
    assert "*kept*" not in page
