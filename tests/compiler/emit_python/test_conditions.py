"""compiler/emit_python/conditions.py: the code it writes computes what the interpreter does."""

from __future__ import annotations

import itertools
from fractions import Fraction

import pytest

from compiler.emit_python import emit
from compiler.emit_python.conditions import MAX_NESTING, CondEmitter, Writer, comment, flat_text
from compiler.pipeline.stages import lower_tree
from compiler.semantics import interpreter, ir
from dsl.diagnostics import has_errors
from dsl.parser import parse
from dsl.source import SourceFile
from tests.conftest import MINIMAL_HEADER

INPUTS = """input a "A": yes/no or unknown
input b "B": yes/no
input c "C": one of x, y, z or unknown
input n "N": number kg from 0 to 10 or unknown
"""
VALUES = {
    "a": [True, False, None],
    "b": [True, False],
    "c": ["x", "y", None],
    "n": [5.0, 1.0, None],
}
CONDITIONS = [
    "a",
    "not a",
    "b",
    "not b",
    "a and b",
    "a or b",
    "b and not b",
    "not (a and c is x)",
    "(a or c is y) and (b or n > 2 kg)",
    "c is one of x, y",
    "c is not x or n * 2 >= 4 kg",
    "a is known and a",
    "n is unknown or n - 1 kg < 2 kg",
    "not (not b or c is z)",
]


def guideline_with(cond_text: str) -> tuple[ir.Guideline, ir.Cond]:
    """A guideline whose only decision tests `cond_text`; returns it and the lowered condition."""
    body = INPUTS + f'decide d "D"\n  when {cond_text}: nothing\n  otherwise: nothing\n'
    body += "  when unknown: ask\n"
    source = SourceFile("demo.guideline", MINIMAL_HEADER + body)
    parsed = parse(source)
    assert parsed.guideline is not None
    guideline, found = lower_tree(parsed.guideline, source)  # no logic checks: `b and not b`
    assert not has_errors(found), found
    decision = guideline.body[0]
    assert isinstance(decision, ir.Decision)
    guard = decision.branches[0].guard
    assert guard is not None
    return guideline, guard


def helpers(guideline: ir.Guideline, emitter: CondEmitter) -> dict[str, object]:
    """The module's number helpers (`_x`, `_Exact`...) and the constants the code uses."""
    scope: dict[str, object] = {}
    exec(emit(guideline), scope)
    for value, name in emitter.constants.items():
        scope[name] = scope["_Exact"](value)
    return scope


def run_emitted(
    guideline: ir.Guideline, cond: ir.Cond, facts: dict[str, object]
) -> tuple[object, list[str]]:
    """Emit the condition, run the code on `facts`, return (its value, the unknown facts met)."""
    emitter = CondEmitter(
        guideline, frozenset(i.name for i in guideline.inputs if i.may_be_unknown)
    )
    w = Writer()
    emitter.emit(w, cond, "result")
    unknown: list[str] = []

    def known(value: object) -> object:
        assert value is not None
        return value

    scope = helpers(guideline, emitter)
    scope.update({f"v_{name}": value for name, value in facts.items()})
    scope.update({"u": unknown, "_known": known})
    exec("\n".join(w.lines), scope)
    return scope["result"], unknown


@pytest.mark.parametrize("cond_text", CONDITIONS)
def test_emitted_condition_agrees_with_the_interpreter(cond_text: str) -> None:
    guideline, cond = guideline_with(cond_text)
    names = sorted(VALUES)
    for values in itertools.product(*(VALUES[n] for n in names)):
        facts = dict(zip(names, values, strict=True))
        expected_unknown: list[str] = []
        expected = interpreter.truth(cond, facts, expected_unknown)
        value, unknown = run_emitted(guideline, cond, facts)
        assert value is expected, facts
        if expected is None:
            assert sorted(set(unknown)) == sorted(set(expected_unknown)), facts


def test_plain_code_for_facts_that_are_never_unknown() -> None:
    guideline, cond = guideline_with("b and not b")
    emitter = CondEmitter(guideline, frozenset({"a", "c", "n"}))
    assert not emitter.can_be_unknown(cond)
    w = Writer()
    emitter.emit(w, cond, "t")
    text = "\n".join(w.lines)
    assert "None" not in text and "u.extend" not in text
    assert not w.uses_unknowns


def test_three_valued_code_marks_the_writer() -> None:
    guideline, cond = guideline_with("a or b")
    emitter = CondEmitter(guideline, frozenset({"a", "c", "n"}))
    assert emitter.can_be_unknown(cond)
    w = Writer()
    emitter.emit(w, cond, "t")
    assert w.uses_unknowns
    assert "t: bool | None" in w.lines


def test_known_tests_are_never_unknown() -> None:
    guideline, cond = guideline_with("a is known")
    emitter = CondEmitter(guideline, frozenset({"a"}))
    assert not emitter.can_be_unknown(cond)
    assert emitter.atom_test(ir.Known("a", True, "a is known", 1)) == "v_a is not None"
    assert emitter.negated_test(ir.Known("a", True, "a is known", 1)) == "v_a is None"


def test_atom_tests_and_their_negations() -> None:
    guideline, _ = guideline_with("b")
    emitter = CondEmitter(guideline, frozenset({"a", "c", "n"}), frozenset({"n"}))
    one = ir.CmpChoice("c", ("x",), False, "c is x", 1)
    many = ir.CmpChoice("c", ("x", "y"), False, "c is one of x, y", 1)
    assert emitter.atom_test(one) == "v_c == 'x'"
    assert emitter.negated_test(one) == "v_c != 'x'"
    assert emitter.atom_test(many) == "v_c in ('x', 'y')"
    assert emitter.negated_test(many) == "v_c not in ('x', 'y')"
    assert emitter.atom_test(ir.IsTrue("b", "b", 1)) == "v_b is True"
    assert emitter.negated_test(ir.IsTrue("b", "b", 1)) == "v_b is False"
    cmp = ir.CmpNum("=", ir.NumInput("n"), ir.NumConst(Fraction(2)), "n = 2 kg", 1)
    assert emitter.atom_test(cmp) == "cast('float', v_n) == 2.0"
    assert emitter.negated_test(cmp) == "cast('float', v_n) != 2.0"
    assert emitter.casts == {"cast"}


def test_numeric_expressions() -> None:
    guideline, _ = guideline_with("b")
    emitter = CondEmitter(guideline, frozenset())
    expr = ir.NumOp("*", ir.NumNeg(ir.NumInput("n")), ir.NumConst(Fraction(3)))
    assert emitter.num(expr) == "((-_x(v_n)) * 3)"  # arithmetic on a fact is exact
    assert emitter.value("n") == "v_n"
    declared = CondEmitter(guideline, frozenset({"n"}), frozenset({"n"}))
    assert declared.value("n") == "cast('float', v_n)"


def test_writer_indents_and_numbers_temporaries() -> None:
    w = Writer()
    assert (w.temp(), w.temp("g")) == ("t1", "g2")
    w.line("if x:")
    with w.indent():
        w.line("y = 1")
    w.line("z = 2")
    assert w.lines == ["if x:", "    y = 1", "z = 2"]


@pytest.mark.parametrize(
    ("text", "flat"),
    [
        ("a\nb\tc", "a b c"),
        ("  many   spaces ", "many spaces"),
        ("nul\x00bel\x07zw\u200bls\u2028end", "nul bel zw ls end"),
        ("ünï 中文 🙂", "ünï 中文 🙂"),
    ],
)
def test_flat_text(text: str, flat: str) -> None:
    assert flat_text(text) == flat


def test_comment_is_one_line_whatever_the_path_and_text() -> None:
    line = comment("x > 1\nimport os", 'evil\n"""path', 7)
    assert line == '# evil """path:7: x > 1 import os'
    assert "\n" not in line


def test_long_chains_stay_flat() -> None:
    """An `and` of many atoms is one `if`/`elif` chain, not one indent per atom."""
    guideline, _ = guideline_with("b")
    emitter = CondEmitter(guideline, frozenset())
    atoms = tuple(ir.IsTrue("b", "b", 1) for _ in range(150))
    w = Writer()
    emitter.emit(w, ir.AndC(atoms), "t")
    assert max(len(line) - len(line.lstrip()) for line in w.lines) <= 4
    scope: dict[str, object] = {"v_b": True}
    exec("\n".join(w.lines), scope)
    assert scope["t"] is True


def test_long_three_valued_chains_stay_shallow() -> None:
    guideline, _ = guideline_with("b")
    emitter = CondEmitter(guideline, frozenset({"a"}))
    atoms = tuple(ir.IsTrue("a", "a", 1) for _ in range(150))
    w = Writer()
    emitter.emit(w, ir.OrC(atoms), "t")
    assert max(len(line) - len(line.lstrip()) for line in w.lines) <= 12
    for value, expected in ((None, None), (True, True), (False, False)):
        scope: dict[str, object] = {"v_a": value, "u": []}
        exec("\n".join(w.lines), scope)
        assert scope["t"] is expected


KNOWN_VALUES = {"a": [True, False], "b": [True, False], "c": ["x", "y", "z"], "n": [5.0, 1.0, 2.0]}


@pytest.mark.parametrize("cond_text", CONDITIONS)
def test_expression_agrees_with_the_interpreter_when_every_fact_is_known(cond_text: str) -> None:
    guideline, cond = guideline_with(cond_text)
    emitter = CondEmitter(guideline, frozenset())
    assert emitter.has_expr(cond)
    code = compile(emitter.expr(cond), "<expr>", "eval")
    names = sorted(KNOWN_VALUES)
    for values in itertools.product(*(KNOWN_VALUES[n] for n in names)):
        facts = dict(zip(names, values, strict=True))
        scope = helpers(guideline, emitter)
        scope.update({f"v_{name}": value for name, value in facts.items()})
        assert eval(code, scope) is interpreter.truth(cond, facts, []), facts


def test_expression_forms() -> None:
    guideline, _ = guideline_with("b")
    emitter = CondEmitter(guideline, frozenset())
    b, c = ir.IsTrue("b", "b", 1), ir.CmpChoice("c", ("x",), False, "c is x", 1)
    assert emitter.expr(b) == "v_b"
    assert emitter.expr(ir.NotC(b)) == "not v_b"
    assert emitter.expr(ir.NotC(c)) == "v_c != 'x'"
    assert emitter.expr(ir.AndC((b, ir.OrC((c, ir.NotC(b)))))) == "v_b and (v_c == 'x' or not v_b)"
    assert emitter.expr(ir.NotC(ir.OrC((b, c)))) == "not (v_b or v_c == 'x')"
    assert emitter.expr(ir.Const(False)) == "False"


def test_no_expression_where_a_fact_can_be_unknown() -> None:
    guideline, cond = guideline_with("a or b")
    assert not CondEmitter(guideline, frozenset({"a"})).has_expr(cond)
    assert CondEmitter(guideline, frozenset()).has_expr(cond)


def test_deeply_nested_conditions_take_statements_instead() -> None:
    """Brackets nested past what Python's parser takes fall back to the `if` chain."""
    guideline, _ = guideline_with("b")
    emitter = CondEmitter(guideline, frozenset())
    cond: ir.Cond = ir.IsTrue("b", "b", 1)
    for _ in range(MAX_NESTING + 1):
        cond = ir.NotC(cond)
    assert not emitter.has_expr(cond)
    assert emitter.has_expr(ir.NotC(ir.IsTrue("b", "b", 1)))


def test_whole_constants_against_whole_facts_are_ints() -> None:
    body = 'input w "W": whole weeks from 0 to 60\ninput x "X": number kg from 0 to 9\n'
    source = SourceFile("demo.guideline", MINIMAL_HEADER + body
                        + 'decide d "D"\n  when w < 6 weeks: nothing\n  otherwise: nothing\n')
    parsed = parse(source)
    assert parsed.guideline is not None
    guideline, _ = lower_tree(parsed.guideline, source)
    emitter = CondEmitter(guideline, frozenset())
    w, x = ir.NumInput("w"), ir.NumInput("x")
    assert emitter.atom_test(ir.CmpNum("<", w, ir.NumConst(Fraction(6)), "", 1)) == "v_w < 6"
    assert emitter.atom_test(ir.CmpNum(">", ir.NumConst(Fraction(6)), w, "", 1)) == "6 > v_w"
    assert emitter.atom_test(ir.CmpNum("<", w, ir.NumConst(Fraction("6.5")), "", 1)) == "v_w < 6.5"
    assert emitter.atom_test(ir.CmpNum("<", x, ir.NumConst(Fraction(6)), "", 1)) == "v_x < 6.0"
