"""AST to IR: inputs, the decision tree, recommendations with doses, and examples."""

from __future__ import annotations

import hashlib

import pytest

from compiler.pipeline.stages import compile_text
from compiler.semantics import ir
from compiler.semantics.lower import Lowerer, fmt_number, source_hash
from dsl.diagnostics import Diagnostic
from dsl.parser import parse_text
from dsl.source import SourceFile
from dsl.units import parse_unit
from tests.conftest import MINIMAL_HEADER

BODY = """references
  1 "Ref"
input weight "Weight": number kg from 1 to 400 step 0.5
input weeks "Weeks": whole weeks from 0 to 520
input kind "Kind": one of first_kind, second "Second kind" or unknown
input skin "Skin": yes/no
input onset "Onset": date
define dose_rule = 0.5 to 1 mg/kg/day * weight
decide main "Main"
  when kind is first_kind:
    start pred "Prednisone"
      drug prednisone
      dose dose_rule
      duration 4 weeks
      time to effect up to 26 weeks
      cites 1
    nothing
  when unknown: ask
  otherwise:
    choose agent "Agent"
      expert opinion
      option a "A"
      option b "B"
        preferred when skin
section watch "Watch" when skin
  monitor ck "CK"
    every 3 months
    uncited "none"
example ex "Ex"
  given weight = 70000 g
  given weeks = 3
  given kind = first_kind
  given skin = no
  given onset = 2024-01-02
  expect pred
  expect dose pred 35 to 70 mg/day
"""


def _lower(body: str) -> tuple[ir.Guideline, list[Diagnostic]]:
    text = MINIMAL_HEADER + body
    parsed = parse_text(text, "l.guideline")
    assert parsed.guideline is not None, parsed.diagnostics
    lowerer = Lowerer(parsed.guideline, SourceFile("l.guideline", text))
    guideline = lowerer.run()
    return guideline, lowerer.all_diagnostics()


def _line(start: str) -> int:
    lines = (MINIMAL_HEADER + BODY).splitlines()
    return next(n for n, line in enumerate(lines, start=1) if line.startswith(start))


@pytest.fixture(scope="module")
def lowered() -> ir.Guideline:
    guideline, found = _lower(BODY)
    assert found == []
    return guideline


def test_header_fields(lowered: ir.Guideline) -> None:
    assert (lowered.id, lowered.version, lowered.status) == ("demo", "0.1.0", "draft")
    assert lowered.grading == ("recommend", "consider")
    assert lowered.source_path == "l.guideline"
    assert lowered.source_hash == source_hash(MINIMAL_HEADER + BODY)
    assert lowered.references[0].cited and lowered.references[0].number == 1


def test_inputs(lowered: ir.Guideline) -> None:
    weight, weeks, kind, skin, onset = lowered.inputs
    assert (weight.kind, weight.unit_text, weight.low, weight.high, weight.step) == (
        "number",
        "kg",
        1.0,
        400.0,
        0.5,
    )
    assert weight.unit == parse_unit("kg")
    assert (weeks.kind, weeks.unit_text, weeks.step) == ("whole", "week", 1.0)
    assert [(c.name, c.label) for c in kind.choices] == [
        ("first_kind", "first kind"),
        ("second", "Second kind"),
    ]
    assert kind.may_be_unknown and not skin.may_be_unknown
    assert (skin.kind, onset.kind) == ("yesno", "date")


def test_decision_tree(lowered: ir.Guideline) -> None:
    decision, section = lowered.body
    assert isinstance(decision, ir.Decision)
    assert [b.kind for b in decision.branches] == ["when", "unknown", "otherwise"]
    first = decision.branches[0]
    assert first.label == "kind is first_kind"
    assert [type(n).__name__ for n in first.body] == ["Emit"]  # `nothing` is dropped
    assert isinstance(decision.branches[1].body[0], ir.AskNode)
    assert isinstance(section, ir.Section)
    assert section.when_label == "skin" and section.when == ir.IsTrue(
        "skin", "skin", _line("section watch")
    )


def test_recommendation_with_a_dose(lowered: ir.Guideline) -> None:
    pred = ir.recommendations(lowered)[0]
    assert (pred.id, pred.kind, pred.strength, pred.drug) == (
        "pred",
        "start",
        "recommend",
        "prednisone",
    )
    assert pred.citations == ("1",)
    assert pred.duration == "4 weeks"
    assert pred.time_to_effect == "up to 26 weeks"
    assert pred.dose is not None
    assert (pred.dose.unit, pred.dose.rule, pred.dose.inputs) == (
        "mg/day",
        "0.5 to 1 mg/kg/day * weight",
        ("weight",),
    )


def test_choose_with_options(lowered: ir.Guideline) -> None:
    agent = ir.recommendations(lowered)[1]
    assert agent.expert_opinion and agent.strength == "recommend"
    assert [o.id for o in agent.options] == ["a", "b"]
    assert agent.options[1].preferred_text == "skin"
    monitor = ir.recommendations(lowered)[2]
    assert monitor.every == "3 months" and monitor.uncited == "none"


def test_example_facts_are_converted_to_the_input_unit(lowered: ir.Guideline) -> None:
    (example,) = lowered.examples
    assert dict(example.patient) == {
        "weight": 70.0,
        "weeks": 3,
        "kind": "first_kind",
        "skin": False,
        "onset": "2024-01-02",
    }
    assert example.expect_recs == ("pred",)
    assert example.expect_doses == (("pred", 35.0, 70.0, "mg/day"),)
    assert example.expect_needs is None


@pytest.mark.parametrize(
    ("body", "code", "fragment"),
    [
        ('input w "W": number kg from 5 to 1\ndefine x = w > 1 kg\n', "T009", "empty or backwards"),
        ('input w "W": whole from 0.5 to 3\ndefine x = w > 1\n', "T011", "whole-number limits"),
        ('input w "W": number kg from 0 to 3 step 0.0\n', "T011", "more than 0"),
        ('section s "S"\n  monitor m "M"\n    dose 4 mg\n', "R001", "cannot have a `dose`"),
        ('section s "S"\n  advise m "M"\n    drug x\n', "R001", "cannot have a `drug`"),
        ('section s "S"\n  start m "M"\n    target "t"\n', "R001", "cannot have a `target`"),
        ('section s "S"\n  choose m "M"\n    option a "A"\n', "R002", "at least two options"),
        ('section s "S"\n  start m "M"\n    option a "A"\n', "R003", "only a `choose`"),
        (
            'input a "A": yes/no\ndecide d "D"\n  when a: ask\n  otherwise: nothing\n',
            "R005",
            "`ask`",
        ),
        ('section s "S"\n  start m "M"\n    dose 40\n', "T007", "amount with a unit"),
        (
            'input h "H": number cm from 50 to 250\nsection s "S"\n  start m "M"\n'
            "    dose 7 mg/kg * h\n",
            "T013",
            "cannot be measured in mg·cm/kg",
        ),
        ('section s "S"\n  start m "M"\n    dose 2 mg * 3 kg/m2\n', "T013", "mg·kg/m2"),
        ('section s "S"\n  start m "M"\n    dose 2 mL * 3 %\n', "T013", "mL·%"),
        ('section s "S"\n  start m "M"\n    dose 140 mmHg\n', "T013", "not one amount"),
        ('section s "S"\n  assess m "M"\n    every 3 kg\n', "T002", "length of time"),
        ('section s "S"\n  start m "M"\n    strength strong\n', "H004", "not a strength"),
    ],
)
def test_lowering_mistakes(body: str, code: str, fragment: str) -> None:
    _, found = _lower(body)
    assert [d.code for d in found] == [code], found
    assert fragment in found[0].message


def test_declared_grading_requires_a_strength() -> None:
    header = MINIMAL_HEADER + "  grading strong, weak\n"
    text = header + 'section s "S"\n  start m "M"\n'
    parsed = parse_text(text)
    assert parsed.guideline is not None
    lowerer = Lowerer(parsed.guideline, SourceFile("<text>", text))
    guideline = lowerer.run()
    (d,) = lowerer.all_diagnostics()
    assert d.code == "H004" and "`strength strong`" in d.hints[0]
    assert guideline.grading == ("strong", "weak")


@pytest.mark.parametrize(
    ("given", "fragment"),
    [
        ("given w = yes", "does not fit `w`"),
        ("given w = 3 weeks", "measured in kg"),
        ("given nobody = 3", "not an input"),
    ],
)
def test_bad_example_facts(given: str, fragment: str) -> None:
    body = f'input w "W": number kg from 1 to 400\ndefine x = w > 1 kg\nexample e "E"\n  {given}\n'
    _, found = _lower(body + "  expect nothing\n")
    assert [d.code for d in found] == ["X002"]
    assert fragment in found[0].message


@pytest.mark.parametrize(
    ("value", "text"),
    [(35.0, "35"), (0.5, "0.5"), (35.15, "35.15"), (1 / 3, "0.3333"), (-0.0, "0"), (100.0, "100")],
)
def test_fmt_number(value: float, text: str) -> None:
    assert fmt_number(value) == text


def test_source_hash_is_sha256_of_utf8() -> None:
    assert source_hash("é") == hashlib.sha256("é".encode()).hexdigest()


def test_not_graded_is_a_strength_of_every_guideline() -> None:
    body = (
        'input w "W": number kg from 1 to 400\n'
        'decide d "D"\n  when w > 100 kg:\n    advise a "A"\n      strength not_graded\n'
        "      expert opinion\n  otherwise: nothing\n"
    )
    compiled = compile_text(MINIMAL_HEADER + body, "demo.guideline")
    assert compiled.ok, compiled.diagnostics
    assert compiled.guideline is not None
    (rec,) = [n.rec for n in ir.walk(compiled.guideline.body) if isinstance(n, ir.Emit)]
    assert rec.strength == "not_graded"
    ungraded = body.replace("      strength not_graded\n", "")
    graded = compile_text(MINIMAL_HEADER + "  grading strong, weak\n" + ungraded, "demo.guideline")
    (h004,) = [d for d in graded.diagnostics if d.code == "H004"]
    assert "`strength not_graded` when the source gives none" in h004.hints[0]
