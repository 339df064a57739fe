"""Name resolution, types and units of expressions, and conversion of constants."""

from __future__ import annotations

from fractions import Fraction

import pytest

from compiler.semantics import ir
from compiler.semantics.resolve import Resolver, Typed
from dsl.diagnostics import Diagnostic
from dsl.parser import parse_text
from dsl.source import SourceFile
from dsl.units import format_unit
from tests.conftest import MINIMAL_HEADER

DECLS = """input weight "Weight": number kg from 1 to 400
input ck "CK": number U/L from 0 to 500000
input weeks "Weeks on treatment": whole weeks from 0 to 520
input onset "Onset": date
input response "Response": one of adequate, inadequate or unknown
input statin "Statin": yes/no
define heavy = weight >= 100 kg
define per_kg = 0.5 to 1 mg/kg/day * weight
"""
PROBE_LINE = (MINIMAL_HEADER + DECLS).count("\n") + 1


def _lower(expr: str) -> tuple[Typed, list[Diagnostic]]:
    text = MINIMAL_HEADER + DECLS + f"define probe = {expr}\n"
    parsed = parse_text(text, "r.guideline")
    assert parsed.guideline is not None, parsed.diagnostics
    tree = parsed.guideline
    resolver = Resolver(
        SourceFile("r.guideline", text),
        {i.name: i for i in tree.inputs},
        {d.name: d for d in tree.definitions},
    )
    typed = resolver.lower(tree.definitions[-1].expr)
    return typed, resolver.diagnostics


def _ok(expr: str) -> Typed:
    typed, found = _lower(expr)
    assert found == [], found
    return typed


def _fails(expr: str) -> Diagnostic:
    typed, found = _lower(expr)
    assert typed.kind == "error"
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("expr", "kind", "unit"),
    [
        ("statin", "bool", ""),
        ("response", "choice", ""),
        ("weight", "num", "kg"),
        ("onset", "date", "day"),
        ("heavy", "bool", ""),
        ("per_kg", "range", "mg/day"),
        ("40 kg", "num", "kg"),
        ("weight / 2", "num", "kg"),
        ("weight * weight", "num", "kg2"),
        ("weeks + 2 weeks", "num", "week"),
        ("onset + 3 months", "date", "day"),
        ("onset - onset", "num", "day"),
        ("statin and not heavy or response is adequate", "bool", ""),
        ("response is unknown", "bool", ""),
    ],
)
def test_types_and_units(expr: str, kind: str, unit: str) -> None:
    typed = _ok(expr)
    assert typed.kind == kind
    assert format_unit(typed.unit) == unit


def test_constant_is_converted_to_the_unit_of_the_input() -> None:
    cond = _ok("weight >= 40000 g").cond
    assert cond == ir.CmpNum(
        ">=", ir.NumInput("weight"), ir.NumConst(Fraction(40)), "weight >= 40000 g", PROBE_LINE
    )


def test_constant_on_the_left_is_flipped() -> None:
    cond = _ok("4 weeks <= weeks").cond
    assert isinstance(cond, ir.CmpNum)
    weeks, four = ir.NumInput("weeks"), ir.NumConst(Fraction(4))
    assert (cond.op, cond.left, cond.right) == (">=", weeks, four)


def test_days_are_converted_to_weeks() -> None:
    cond = _ok("weeks > 14 days").cond
    assert isinstance(cond, ir.CmpNum) and cond.right == ir.NumConst(Fraction(2))


def test_input_in_another_unit_is_scaled() -> None:
    typed = _ok("weight + 500 g")
    assert typed.num == ir.NumOp("+", ir.NumInput("weight"), ir.NumConst(Fraction("0.5")))


def test_is_one_of_and_yes_no_tests() -> None:
    cond = _ok("response is one of adequate, inadequate").cond
    assert isinstance(cond, ir.CmpChoice) and cond.choices == ("adequate", "inadequate")
    assert _ok("statin is yes").cond == ir.IsTrue("statin", "statin is yes", PROBE_LINE)
    assert _ok("statin is no").cond == ir.NotC(ir.IsTrue("statin", "statin is no", PROBE_LINE))


def test_definitions_are_inlined() -> None:
    cond = _ok("heavy").cond
    assert isinstance(cond, ir.CmpNum) and cond.left == ir.NumInput("weight")


@pytest.mark.parametrize(
    ("expr", "code", "fragment", "hint"),
    [
        ("wieght >= 3 kg", "N001", "`wieght` is not an input", "did you mean `weight`?"),
        ("zzz", "N001", "`zzz`", "declare it with `input` or `define`"),
        ("response is adequat", "N003", "not one of the choices", "did you mean `adequate`?"),
        ("statin is maybe", "N003", "yes/no fact", "or write just `statin` or `not statin`"),
        (
            "weight >= 40",
            "T003",
            "plain number",
            "write the unit after the number, for example `40 kg`",
        ),
        ("weight >= ck", "T002", "kg and U/L", "check that you used the right input and unit"),
        ("weight >= 4 to 6 kg", "T004", "range", ""),
        ("response >= inadequate", "T006", "tested with `is`", ""),
        ("weight is heavy", "T006", "`is` tests a choice", ""),
        ("weight >= 40 stone", "T005", "`stone`", ""),
        ("weight >= 4 mgg", "T005", "`mgg`", "did you mean `mg`?"),
        ("weeks >= 6 to 4 weeks", "T009", "backwards", "write the smaller value first: `4 to 6`"),
        ("heavy is known", "T010", "only an input", ""),
        ("statin >= 3", "T001", "cannot be compared", ""),
        ("not weight", "T001", "what follows `not` must be a yes/no condition", ""),
        ("statin + 1", "T001", "cannot be used in arithmetic", ""),
        ("weight / 0", "T001", "divides by zero", ""),
        ("onset + 3 kg", "T002", "a date can only be moved", ""),
        ("per_kg + 1 mg/day", "T004", "ranges cannot be added", ""),
        ("-statin", "T001", "cannot be negated", ""),
    ],
)
def test_mistakes(expr: str, code: str, fragment: str, hint: str) -> None:
    d = _fails(expr)
    assert d.code == code
    assert fragment in d.message
    if hint:
        assert hint in d.hints


def test_circular_definitions_name_the_chain() -> None:
    text = MINIMAL_HEADER + 'input w "W": number kg from 1 to 2\ndefine a = b\ndefine b = a\n'
    tree = parse_text(text).guideline
    assert tree is not None
    resolver = Resolver(
        SourceFile("<text>", text),
        {i.name: i for i in tree.inputs},
        {d.name: d for d in tree.definitions},
    )
    assert resolver.lower(tree.definitions[0].expr).kind == "error"
    (d,) = resolver.diagnostics
    assert d.code == "N005" and "(b -> a -> b)" in d.message


def test_is_known_on_a_required_input_warns() -> None:
    typed, found = _lower("statin is known")
    assert typed.kind == "bool"
    assert [(d.code, d.severity.value) for d in found] == [("U003", "warning")]
    assert _ok("response is known").cond == ir.Known(
        "response", True, "response is known", PROBE_LINE
    )


def test_text_returns_the_source_of_a_span() -> None:
    typed, _ = _lower("weight >= 40 kg")
    assert isinstance(typed.cond, ir.CmpNum)
    assert typed.cond.text == "weight >= 40 kg"


def test_when_otherwise_is_explained() -> None:
    d = _fails("otherwise")
    assert d.code == "N001"
    assert d.hints == ("write `otherwise:` on its own line, without `when`",)
