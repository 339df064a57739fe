"""The tree written inline in each entry point, and decisions too deep for it in functions."""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

import pytest

from compiler.emit_python import emit
from compiler.emit_python.tree import DEPTH_LIMIT
from compiler.semantics import ir
from tests.conftest import (
    assert_module_agrees,
    compile_snippet,
    emit_and_import,
    lower_snippet,
    mypy_check,
    ruff_check,
)

_COUNTER = itertools.count()


def _guideline(body: str) -> ir.Guideline:
    compiled = compile_snippet(body)
    assert compiled.guideline is not None, [d.message for d in compiled.diagnostics]
    return compiled.guideline


def _deepest(source: str) -> int:
    return max((len(line) - len(line.lstrip(" "))) // 4 for line in source.splitlines())


def _agree(guideline: ir.Guideline, tmp_path: Path, patients: list[dict[str, object]]) -> None:
    module = emit_and_import(guideline, tmp_path, f"tree_mod_{next(_COUNTER)}")
    assert_module_agrees(module, guideline, patients)


def _nested(depth: int) -> str:
    """Decisions nested `depth` deep, each inside the `when` branch of the one before;
    each asks when its fact is unknown."""
    inputs = [f'input a{i} "A {i}": yes/no or unknown' for i in range(depth)]

    def decision(i: int, pad: str) -> list[str]:
        lines = [
            f'{pad}decide d{i} "Level {i}?"',
            f"{pad}  when a{i}:",
            f'{pad}    advise r{i} "Level {i} reached"',
            f"{pad}      expert opinion",
        ]
        if i + 1 < depth:
            lines += decision(i + 1, pad + "    ")
        return [*lines, f"{pad}  when unknown: ask", f"{pad}  otherwise: nothing"]

    return "\n".join([*inputs, "", *decision(0, "")]) + "\n"


def test_a_deep_tree_is_split_into_functions_and_still_agrees(tmp_path: Path) -> None:
    depth = DEPTH_LIMIT + 8
    guideline = _guideline(_nested(depth))
    source = emit(guideline)
    assert _deepest(source) <= DEPTH_LIMIT
    assert "def _o_" in source and "def _lo_" in source
    everyone = [{f"a{i}": True for i in range(depth)}]
    stops = [{**everyone[0], f"a{k}": None} for k in (0, 5, depth - 1)]
    noes = [{**everyone[0], f"a{k}": False} for k in (3, depth - 2)]
    _agree(guideline, tmp_path, everyone + stops + noes)


def test_a_decision_with_many_branches_gets_a_function(tmp_path: Path) -> None:
    branches = DEPTH_LIMIT + 8
    question = r'Which band? \"\"\"; import os \\ end'  # escaped in the source
    lines = ['input n "Score": whole from 0 to 100', f'decide band "{question}"']
    for k in range(branches):
        lines += [f"  when n = {k}:", f'    advise b{k} "Band {k}"', "      expert opinion"]
    lines += ["  otherwise: nothing"]
    guideline = _guideline("\n".join(lines) + "\n")
    source = emit(guideline)
    assert "def _o_band(" in source and "def _lo_band(" in source
    assert _deepest(source) < 10
    docs = [
        ast.get_docstring(fn) or ""
        for fn in ast.parse(source).body
        if isinstance(fn, ast.FunctionDef) and fn.name.endswith("_band")
    ]
    assert len(docs) == 2 and all('"' not in d and "\\" not in d for d in docs)
    _agree(guideline, tmp_path, [{"n": k} for k in (0, 7, branches - 1, branches, 100)])


def test_a_long_condition_stays_flat(tmp_path: Path) -> None:
    # An `if` per atom, nested, would pass Python's 100 indentation levels. The checks
    # refuse a condition this long (P020); the emitter must still write it flat.
    count = 150
    lines = [f'input a{i} "A {i}": yes/no' for i in range(count)]
    every = " and ".join(f"a{i}" for i in range(count))
    lines += ['decide all "All of them?"', f"  when {every}:"]
    lines += ['    advise yes "All"', "      expert opinion", "  otherwise: nothing"]
    guideline = lower_snippet("\n".join(lines) + "\n")
    everyone = {f"a{i}": True for i in range(count)}
    _agree(guideline, tmp_path, [everyone, {**everyone, "a149": False}, {**everyone, "a0": False}])


def test_branches_that_record_nothing_still_compile(tmp_path: Path) -> None:
    guideline = _guideline(
        'input a "A": yes/no\n'
        'input b "B": yes/no\n'
        'decide first "A?"\n'
        "  when a: nothing\n"
        "  when b: nothing\n"
        "  otherwise: nothing\n"
    )
    source = emit(guideline)
    decide = source[source.index("def decide(") :]
    assert "pass" in decide  # `decide` records no step, so these branches are empty
    _agree(guideline, tmp_path, [{"a": x, "b": y} for x in (True, False) for y in (True, False)])


@pytest.mark.parametrize("check", [ruff_check, mypy_check], ids=["ruff", "mypy"])
def test_functions_of_their_own_pass_the_linters(tmp_path: Path, check: object) -> None:
    guideline = _guideline(_nested(DEPTH_LIMIT + 4))
    path = tmp_path / "deep_mod.py"
    path.write_text(emit(guideline), encoding="utf-8")
    assert callable(check)
    run = check(path)
    assert run.returncode == 0, run.stdout + run.stderr


_ONE_UNKNOWN = """input x "X": yes/no or unknown
input n "N": number kg from 0 to 10 or unknown
input m "M": number kg from 0 to 10 or unknown
decide d "D"
  when {guard}:
    advise yes_x "Yes"
      expert opinion
  when unknown:
{unknown}
  otherwise:
    advise no_x "No"
      expert opinion
decide e "E"
  when m > 1 kg: nothing
  when unknown: nothing
  otherwise: nothing
"""


@pytest.mark.parametrize("guard", ["x", "not x", "n > 5 kg", "n * 2 > 5 kg"])
@pytest.mark.parametrize("unknown", ["    ask", '    advise later "Later"\n      expert opinion'])
def test_a_guard_unknown_exactly_when_one_fact_is_tests_that_fact(
    tmp_path: Path, guard: str, unknown: str
) -> None:
    guideline = _guideline(_ONE_UNKNOWN.format(guard=guard, unknown=unknown))
    source = emit(guideline)
    evaluate = source[source.index("def evaluate(") : source.index("def decide(")]
    fact = "x" if "x" in guard else "n"
    assert f"if v_{fact} is None:" in evaluate
    if unknown.strip() == "ask":
        assert f"wt.append((0, ({fact!r},)))" in evaluate
    assert "u: list[str]" not in evaluate  # no unknown facts to collect
    values = {"x": (True, False, None), "n": (2.0, 8.0, None), "m": (0.5, 3.0, None)}
    patients = [dict(zip(values, combo, strict=True))
                for combo in itertools.product(*values.values())]
    _agree(guideline, tmp_path, patients)


def test_a_guard_reading_two_unknown_facts_collects_them(tmp_path: Path) -> None:
    guideline = _guideline(_ONE_UNKNOWN.format(guard="n > m", unknown="    ask"))
    source = emit(guideline)
    evaluate = source[source.index("def evaluate(") : source.index("def decide(")]
    assert "u: list[str] = []" in evaluate and "tuple(sorted(set(u)))" in evaluate
    values = {"x": (True,), "n": (2.0, 8.0, None), "m": (3.0, None)}
    patients = [dict(zip(values, combo, strict=True))
                for combo in itertools.product(*values.values())]
    _agree(guideline, tmp_path, patients)
