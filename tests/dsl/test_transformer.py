"""The AST builder: every construct becomes the right node, with the right span."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from dsl import ast
from dsl.parser import parse_text
from dsl.source import Span
from tests.conftest import MINIMAL_HEADER

TEXT = """guideline demo "Demo guideline"
  version 1.2.3-rc.1
  status draft
  owners "Group A", "Group B"
  reviewed 2024-06-01
  scope "Adults"
  excludes "Children"
  grading strong, weak
  note "Header note." cites 1
  gap "Header gap."

references
  1 "First reference"
    doi "10.1000/x"
    pmid "123"
    url "https://example.org"
  key_b "Second reference"

input weight "Body weight": number kg from 1 to 400 step 0.5
input count "Count": whole from 0 to 10
input answer "Answer": yes/no or unknown
  note "May be missing."
input kind "Kind": one of a "Choice A", b
input onset "Onset": date

define heavy "Heavy" = weight >= 100 kg and not answer
define dose_rule = 0.5 to 1 mg/kg/day * weight
assume plausible "Counts are small": count <= 10 or answer is unknown

decide main "Main question" exclusive
  note "Decision note."
  when kind is a:
    start drug_a "Drug A"
      drug drug_a
      dose dose_rule
      route "oral"
      frequency "daily"
      duration 4 weeks
      strength strong
      cites 1, key_b
      rationale "Because."
      time to effect up to 26 weeks
  when kind is one of a, b and count - 1 > 2 * 3 / 1 + -1:
    choose pick "Pick one"
      expert opinion
      option x "X"
        preferred when answer
      option y "Y"
  when kind is not b:
    monitor watch_it "Watch it"
      every 1 year
      target "low"
      uncited "No source."
  when unknown: ask
  otherwise: nothing

section care "Care" when onset is known
  note "Bullets:"
    - "one" cites 1
    - "two"
  advise rest "Rest"
    expert opinion

example ex "An example"
  given weight = 70 kg
  given answer = unknown
  given onset = 2024-01-02
  expect drug_a, pick
  expect dose drug_a 35 to 70 mg/day
  expect needs answer
example none "Nothing"
  expect nothing
"""


@pytest.fixture(scope="module")
def tree() -> ast.Guideline:
    result = parse_text(TEXT, "t.guideline")
    assert result.diagnostics == ()
    assert result.guideline is not None
    return result.guideline


def _span(line: int, col: int, end_line: int, end_col: int) -> Span:
    return Span("t.guideline", line, col, end_line, end_col)


def _find(line: int, needle: str) -> Span:
    """The span of the first `needle` on a line of TEXT."""
    column = TEXT.splitlines()[line - 1].index(needle) + 1
    return _span(line, column, line, column + len(needle))


def test_header(tree: ast.Guideline) -> None:
    h = tree.header
    assert (h.id, h.title, h.id_span) == ("demo", "Demo guideline", _find(1, "demo"))
    assert h.version == ast.Field("1.2.3-rc.1", _find(2, "1.2.3-rc.1"))
    assert h.status is not None and h.status.value == "draft"
    assert [o.value for o in h.owners] == ["Group A", "Group B"]
    assert h.reviewed is not None and h.reviewed.value == "2024-06-01"
    assert h.scope is not None and h.scope.value == "Adults"
    assert [e.value for e in h.excludes] == ["Children"]
    assert [g.value for g in h.grading] == ["strong", "weak"]
    note, gap = h.narrative
    assert isinstance(note, ast.Note) and note.cites[0].key == "1"
    assert isinstance(gap, ast.Gap) and gap.text == "Header gap."


def test_references(tree: ast.Guideline) -> None:
    first, second = tree.references
    assert (first.key, first.text, first.span) == ("1", "First reference", _find(13, "1"))
    assert first.doi is not None and first.doi.value == "10.1000/x"
    assert first.pmid is not None and first.pmid.value == "123"
    assert first.url is not None and first.url.value == "https://example.org"
    assert (second.key, second.doi, second.narrative) == ("key_b", None, ())


def test_inputs(tree: ast.Guideline) -> None:
    weight, count, answer, kind, onset = tree.inputs
    assert weight.name_span == _find(19, "weight")
    assert isinstance(weight.type, ast.NumberType)
    assert (weight.type.unit, weight.type.low, weight.type.high, weight.type.step) == (
        "kg",
        1.0,
        400.0,
        0.5,
    )
    assert weight.type.unit_span == _find(19, "kg")
    assert isinstance(count.type, ast.NumberType) and count.type.whole and count.type.unit is None
    assert isinstance(answer.type, ast.YesNoType) and answer.may_be_unknown
    assert not weight.may_be_unknown
    assert isinstance(answer.narrative[0], ast.Note)
    assert isinstance(kind.type, ast.ChoiceType)
    assert [(o.name, o.label) for o in kind.type.options] == [("a", "Choice A"), ("b", None)]
    assert isinstance(onset.type, ast.DateType)


def test_a_whole_step_is_written_without_a_decimal_point() -> None:
    text = TEXT.replace("step 0.5", "step 1")
    result = parse_text(text, "t.guideline")
    assert result.diagnostics == ()
    assert result.guideline is not None
    weight = result.guideline.inputs[0]
    assert isinstance(weight.type, ast.NumberType) and weight.type.step == 1.0


def test_definitions_and_assumptions(tree: ast.Guideline) -> None:
    heavy, rule = tree.definitions
    assert (heavy.name, heavy.label) == ("heavy", "Heavy")
    assert isinstance(heavy.expr, ast.BoolOp) and heavy.expr.op == "and"
    compare, negated = heavy.expr.operands
    assert isinstance(compare, ast.Compare) and compare.op == ">="
    assert compare.right == ast.Quantity(100.0, "100", "kg", True, _find(26, "100 kg"))
    assert isinstance(negated, ast.Not) and negated.operand == ast.Ref(
        "answer", _find(26, "answer")
    )
    assert rule.label is None
    assert isinstance(rule.expr, ast.Arith) and rule.expr.op == "*"
    assert rule.expr.left == ast.RangeLit(
        0.5, 1.0, "0.5", "1", "mg/kg/day", _find(27, "0.5 to 1 mg/kg/day")
    )
    (assumption,) = tree.assumptions
    assert (assumption.id, assumption.text) == ("plausible", "Counts are small")
    assert isinstance(assumption.expr, ast.BoolOp) and assumption.expr.op == "or"
    assert isinstance(assumption.expr.operands[1], ast.IsKnown)
    assert not assumption.expr.operands[1].known


def test_decision_and_branches(tree: ast.Guideline) -> None:
    decision = tree.body[0]
    assert isinstance(decision, ast.Decision)
    assert (decision.id, decision.question, decision.exclusive) == ("main", "Main question", True)
    assert decision.id_span == _find(30, "main")
    assert [b.kind for b in decision.branches] == ["when", "when", "when", "unknown", "otherwise"]
    assert isinstance(decision.narrative[0], ast.Note)
    first = decision.branches[0]
    assert first.span.line == 32
    assert isinstance(first.guard, ast.IsChoice) and not first.guard.negated
    assert [c.name for c in first.guard.choices] == ["a"]
    third = decision.branches[2]
    assert isinstance(third.guard, ast.IsChoice) and third.guard.negated
    assert isinstance(decision.branches[3].body[0], ast.Ask)
    assert isinstance(decision.branches[4].body[0], ast.Nothing)


def test_arithmetic_precedence(tree: ast.Guideline) -> None:
    decision = tree.body[0]
    assert isinstance(decision, ast.Decision)
    guard = decision.branches[1].guard
    assert isinstance(guard, ast.BoolOp)
    one_of, compare = guard.operands
    assert isinstance(one_of, ast.IsChoice) and [c.name for c in one_of.choices] == ["a", "b"]
    assert isinstance(compare, ast.Compare) and compare.op == ">"
    right = compare.right  # 2 * 3 / 1 + -1  ==  ((2 * 3) / 1) + (-1)
    assert isinstance(right, ast.Arith) and right.op == "+"
    assert isinstance(right.right, ast.Neg)
    assert isinstance(right.left, ast.Arith) and right.left.op == "/"
    assert isinstance(right.left.left, ast.Arith) and right.left.left.op == "*"


def test_recommendation_fields(tree: ast.Guideline) -> None:
    decision = tree.body[0]
    assert isinstance(decision, ast.Decision)
    rec = decision.branches[0].body[0]
    assert isinstance(rec, ast.Recommendation)
    assert (rec.kind, rec.id, rec.text, rec.id_span) == (
        "start",
        "drug_a",
        "Drug A",
        _find(33, "drug_a"),
    )
    assert rec.drug is not None and rec.drug.value == "drug_a"
    assert rec.dose is not None and rec.dose.expr == ast.Ref("dose_rule", _find(35, "dose_rule"))
    assert rec.route is not None and rec.route.value == "oral"
    assert rec.frequency is not None and rec.frequency.value == "daily"
    assert rec.duration is not None and isinstance(rec.duration.expr, ast.Quantity)
    assert rec.strength is not None and rec.strength.value == "strong"
    assert [c.key for c in rec.cites] == ["1", "key_b"]
    assert rec.cites[1].span == _find(40, "key_b")
    assert rec.rationale is not None and rec.rationale.value == "Because."
    assert rec.time_to_effect is not None and rec.time_to_effect_up_to
    chooser = decision.branches[1].body[0]
    assert isinstance(chooser, ast.Recommendation) and chooser.expert_opinion is not None
    assert [o.id for o in chooser.options] == ["x", "y"]
    assert chooser.options[0].preferred_when == ast.Ref("answer", _find(47, "answer"))
    assert chooser.options[1].preferred_when is None
    watcher = decision.branches[2].body[0]
    assert isinstance(watcher, ast.Recommendation)
    assert watcher.every is not None and watcher.target is not None
    assert watcher.uncited is not None and watcher.uncited.value == "No source."


def test_section(tree: ast.Guideline) -> None:
    section = tree.body[1]
    assert isinstance(section, ast.Section)
    assert (section.id, section.title) == ("care", "Care")
    assert isinstance(section.when, ast.IsKnown) and section.when.known
    note, rec = section.items
    assert isinstance(note, ast.Note)
    assert [(b.text, [c.key for c in b.cites]) for b in note.bullets] == [
        ("one", ["1"]),
        ("two", []),
    ]
    assert isinstance(rec, ast.Recommendation) and rec.kind == "advise"


def test_examples(tree: ast.Guideline) -> None:
    ex, none = tree.examples
    assert (ex.id, ex.title) == ("ex", "An example")
    weight, answer, onset = ex.givens
    assert weight.value == ast.Quantity(70.0, "70", "kg", True, _find(65, "70 kg"))
    assert answer.value is None
    assert onset.value == ast.DateLit(dt.date(2024, 1, 2), _find(67, "2024-01-02"))
    assert ex.expect_recs is not None and [k.key for k in ex.expect_recs] == ["drug_a", "pick"]
    (dose,) = ex.expect_doses
    assert dose.rec_id == "drug_a" and isinstance(dose.value, ast.RangeLit)
    assert ex.expect_needs is not None and [k.key for k in ex.expect_needs] == ["answer"]
    assert none.expect_recs == () and none.expect_needs is None


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        (r"plain", "plain"),
        (r"a \"quoted\" word", 'a "quoted" word'),
        (r"back\\slash", "back\\slash"),
        (r"two\nlines", "two\nlines"),
        (r"a\ttab", "a\ttab"),
    ],
)
def test_string_escapes(written: str, meant: str) -> None:
    result = parse_text(f'guideline demo "{written}"\n  version 0.1.0\n')
    assert result.diagnostics == ()
    assert result.guideline is not None and result.guideline.header.title == meant


def test_unknown_escape_is_reported_at_the_backslash() -> None:
    result = parse_text('guideline demo "a \\q"\n  version 0.1.0\n', "t.guideline")
    (d,) = result.diagnostics
    assert (d.code, d.span) == ("P009", _span(1, 19, 1, 21))
    assert result.guideline is not None and result.guideline.header.title == "a q"


def test_field_given_twice_is_reported_once_and_first_kept() -> None:
    text = 'guideline demo "D"\n  version 0.1.0\n  version 0.2.0\n'
    result = parse_text(text, "t.guideline")
    (d,) = result.diagnostics
    assert (d.code, d.span.line) == ("P013", 3)
    assert result.guideline is not None and result.guideline.header.version is not None
    assert result.guideline.header.version.value == "0.1.0"


def test_impossible_date_literal() -> None:
    text = 'guideline demo "D"\n  version 0.1.0\ninput o "O": date\ndefine late = o > 2023-02-29\n'
    result = parse_text(text, "t.guideline")
    assert [(d.code, d.span.line, d.span.column) for d in result.diagnostics] == [("P014", 4, 19)]


@pytest.mark.parametrize(
    "line",
    [
        "input w \"W\": number kg from 0 to {big}",
        "input w \"W\": number kg from -{big} to 10",
        "input w \"W\": number kg from 0 to 10 step {big}.5",
        "input w \"W\": number kg from 0 to 10\ndefine heavy = w > {big} kg",
        "input w \"W\": number kg from 0 to 10\ndefine dose = 1 to {big} mg",
    ],
)
def test_a_number_too_large_to_hold_is_an_error(line: str) -> None:
    big = "9" * 400
    text = 'guideline demo "D"\n  version 0.1.0\n' + line.format(big=big) + "\n"
    result = parse_text(text, "t.guideline")
    codes = [d.code for d in result.diagnostics]
    assert codes == ["P016"], [d.message for d in result.diagnostics]
    (found,) = result.diagnostics
    assert "characters)" in found.message and big not in found.message
    assert found.span.end_column - found.span.column >= 400


def test_a_molar_mass_is_read_with_its_value_and_unit() -> None:
    text = MINIMAL_HEADER + 'input c "C": number umol/L from 10 to 3000 molar mass 113.12 g/mol\n'
    parsed = parse_text(text)
    assert parsed.guideline is not None and not parsed.diagnostics
    kind = parsed.guideline.inputs[0].type
    assert isinstance(kind, ast.NumberType) and kind.molar_mass is not None
    assert (kind.molar_mass.value, kind.molar_mass.unit) == (Fraction("113.12"), "g/mol")
    assert kind.low == 10 and kind.high == 3000
