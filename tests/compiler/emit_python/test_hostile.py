"""Hostile text in every string position reaches the generated module verbatim and inert."""

from __future__ import annotations

import ast
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compiler.emit_python import emit
from compiler.pipeline.stages import compile_text
from compiler.semantics import interpreter, ir
from tests.compiler.conftest import random_patients
from tests.conftest import (
    MINIMAL_HEADER,
    ROOT,
    assert_module_agrees,
    emit_and_import,
    mypy_check,
    ruff_check,
)
from tests.hostile_corpus import PAYLOADS, hostile_guideline

FIXTURE = ROOT / "tests" / "fixtures" / "hostile" / "hostile.guideline"
MARKERS = {"<LS>": "\u2028", "<ZW>": "\u200b", "<RLO>": "\u202e", "<BEL>": "\x07", "<NUL>": "\x00"}

# Every top-level statement a generated module may hold: its docstring, these imports,
# and definitions/assignments of names. Nothing else (no calls, no other imports).
EXPECTED_IMPORTS = {
    ("__future__", "annotations"),
    ("datetime", "_dt"),
    ("difflib", "_difflib"),
    ("math", "_math"),
    ("collections.abc", "Callable"),
    ("collections.abc", "Iterator"),
    ("collections.abc", "Mapping"),
    ("collections.abc", "Sequence"),
    ("decimal", "_Decimal"),
    ("fractions", "_Fraction"),
    ("numbers", "_Real"),
    ("typing", "Final"),
    ("typing", "NamedTuple"),
    ("typing", "cast"),
    ("typing", "overload"),
}


def hostile_text() -> str:
    """The fixture with its markers replaced by the control characters they stand for."""
    text = FIXTURE.read_text(encoding="utf-8")
    for marker, char in MARKERS.items():
        text = text.replace(marker, char)
    return text


@pytest.fixture(scope="module")
def hostile() -> ir.Guideline:
    compiled = compile_text(hostile_text(), "tests/fixtures/hostile/hostile.guideline")
    assert compiled.diagnostics == ()
    assert compiled.guideline is not None
    return compiled.guideline


@pytest.fixture(scope="module")
def module_path(hostile: ir.Guideline, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "hostile_mod.py"
    path.write_text(emit(hostile), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def module(hostile: ir.Guideline, tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return emit_and_import(hostile, tmp_path_factory.mktemp("hostile_import"), "hostile_mod")


def _top_level_ok(tree: ast.Module) -> list[str]:
    """Descriptions of every top-level statement that a generated module must not hold."""
    bad = []
    for index, node in enumerate(tree.body):
        if index == 0 and isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            module = node.module if isinstance(node, ast.ImportFrom) else None
            names = {(module or a.name, a.asname or a.name) for a in node.names}
            if not names <= EXPECTED_IMPORTS:
                bad.append(ast.dump(node))
            continue
        if isinstance(node, ast.FunctionDef | ast.ClassDef | ast.AnnAssign | ast.Assign):
            continue
        bad.append(ast.dump(node))
    return bad


def _strings(tree: ast.AST) -> set[str]:
    return {
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }


def test_fixture_is_really_hostile(hostile: ir.Guideline) -> None:
    recs = ir.recommendations(hostile)
    decoded = " ".join(
        [hostile.title, *(r.text for r in recs), *(o.text for r in recs for o in r.options)]
        + [c.label for i in hostile.inputs for c in i.choices]
        + [i.question for i in hostile.inputs]
        + [r.text for r in hostile.references]
        + [n.text for n in hostile.narrative]
        + [e.title for e in hostile.examples]
    )
    pieces = ['"""; import os; os.system("x")', "'''", "\\", "\n", "\t", "{", "%s", "</script>"]
    pieces += ["\x00", "\u2028", "\u200b", "\u202e", "ü", "中", "🙂"]
    for piece in pieces:
        assert piece in decoded, repr(piece)
    assert hostile.title.endswith("\\")


def test_module_imports_and_title_is_verbatim(module: ModuleType, hostile: ir.Guideline) -> None:
    assert module.TITLE == 'Title "quoted" \'\'\' """; import os; os.system("x") \\ trailing\\'
    assert hostile.title == module.TITLE


def test_module_parses_to_definitions_only(module_path: Path) -> None:
    source = module_path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    assert _top_level_ok(tree) == []
    assert "\x00" not in source
    for fn in (n for n in tree.body if isinstance(n, ast.FunctionDef)):
        calls = {
            n.func.id
            for n in ast.walk(fn)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
        }
        assert "__import__" not in calls and "exec" not in calls and "eval" not in calls


def test_hostile_words_never_become_code(module_path: Path) -> None:
    tree = ast.parse(module_path.read_text(encoding="utf-8"))
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    names |= {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    assert not names & {"os", "system", "__import__", "exec", "eval", "alert", "SystemExit"}
    top_calls = {
        ast.unparse(n.func)
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for n in ast.walk(node)
        if isinstance(n, ast.Call)
    }
    assert top_calls <= {"TypeVar", "frozenset", "Recommendation", "Option", "Note", "_choice",
                         "_measure"}


def test_every_text_is_a_string_constant(module_path: Path, hostile: ir.Guideline) -> None:
    strings = _strings(ast.parse(module_path.read_text(encoding="utf-8")))
    texts = [hostile.title]
    for rec in ir.recommendations(hostile):
        texts.append(rec.text)
        texts += [o.text for o in rec.options]
        texts += [t for t in (rec.route, rec.frequency, rec.rationale, rec.target) if t]
    for node in ir.walk(hostile.body):
        if isinstance(node, ir.Decision):
            texts.append(node.question)
        elif isinstance(node, ir.Section):
            texts.append(node.title)
    for text in texts:
        assert text in strings, text


def test_no_hostile_text_in_comments_or_docstrings(module_path: Path) -> None:
    source = module_path.read_text(encoding="utf-8")
    for line in source.splitlines():
        assert "\u2028" not in line and "\u200b" not in line and "\x07" not in line
    tree = ast.parse(source)
    docs = [(ast.get_docstring(tree) or "").splitlines()[0]]
    docs += [  # decisions written as functions of their own (see test_tree.py)
        ast.get_docstring(fn) or ""
        for fn in tree.body
        if isinstance(fn, ast.FunctionDef) and fn.name.startswith(("_o_", "_lo_"))
    ]
    for doc in docs:
        assert '"' not in doc and "\\" not in doc and "\n" not in doc and "\u200b" not in doc
    # Decisions and sections are introduced by one-line comments holding their text.
    notes = [ln.strip() for ln in source.splitlines() if ": decision " in ln or ": section " in ln]
    assert len(notes) >= 6  # the decisions and the section, in `evaluate` and in `decide`
    assert all(note.startswith("# ") for note in notes)


def test_evaluate_returns_texts_verbatim(module: ModuleType, hostile: ir.Guideline) -> None:
    for example in hostile.examples:
        patient = dict(example.patient)
        result = module.evaluate(patient)
        expected = interpreter.evaluate(hostile, patient)
        assert result.to_dict() == expected
        by_id = {r.id: r for r in ir.recommendations(hostile)}
        for rec in result.recommendations:
            assert rec.text == by_id[rec.id].text
            assert [o.text for o in rec.options] == [o.text for o in by_id[rec.id].options]
    first = module.evaluate({"kind": "plain", "weight": 70, "flag": True})
    texts = [r.text for r in first.recommendations]
    assert texts[0] == 'Rec """; import os; os.system("x") \\'
    assert first.recommendations[0].frequency == "once\n\tdaily"
    assert first.recommendations[0].route == 'oral "route" \\'
    assert first.recommendations[1].options[1].text == "Option B </script> {b} %s u.extend(x) \\"
    odd = module.evaluate({"kind": "odd", "weight": 120, "flag": True, "pending": True})
    texts = [r.text for r in odd.recommendations]
    assert texts[:2] == ['Watch """ \\', 'Caution \t tab "quote" ü 🙂 \u200b \\']
    assert texts[2] == "Other\ntext \x00 \x07\\"
    assert texts[3] == "Pending \\ '\"'\"'\" \\"


def test_branch_labels_are_the_guard_text(module: ModuleType) -> None:
    # Labels are cut from the source by line; a U+2028 inside a string must not shift them.
    result = module.evaluate({"kind": "plain", "weight": 70, "flag": True})
    assert [s.branch for s in result.path][:1] == ["kind is plain"]


def test_ruff_passes(module_path: Path) -> None:
    done = ruff_check(module_path)
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_strict_passes(module_path: Path) -> None:
    done = mypy_check(module_path)
    assert done.returncode == 0, done.stdout + done.stderr


def test_hostile_source_path_stays_in_its_comment(tmp_path: Path) -> None:
    body = 'input a "A": yes/no\ndecide d "D"\n  when a:\n    advise x "X"\n      uncited "u"\n'
    body += "  otherwise:\n    nothing\n"
    compiled = compile_text(MINIMAL_HEADER + body, 'evil\nimport os\nos.system("x")\n"""')
    assert compiled.guideline is not None
    module = emit_and_import(compiled.guideline, tmp_path, "evil_path_mod")
    assert _top_level_ok(ast.parse((tmp_path / "evil_path_mod.py").read_text("utf-8"))) == []
    assert [r.id for r in module.evaluate({"a": True}).recommendations] == ["x"]


def _lang_string(text: str) -> str:
    """`text` written as a string of the language."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"' + escaped.replace("\t", "\\t") + '"'


ANY_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), min_size=1, max_size=30
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=ANY_TEXT, question=ANY_TEXT, text=ANY_TEXT, option=ANY_TEXT)
def test_any_text_round_trips(
    tmp_path: Path, title: str, question: str, text: str, option: str
) -> None:
    source = (
        f"guideline anytext {_lang_string(title)}\n  version 1.0.0\n  status draft\n"
        '  owners "T"\n  reviewed 2024-06-01\n  scope "S"\n'
        'input a "A": yes/no\n'
        f"decide d {_lang_string(question)}\n  when a:\n"
        f'    choose x {_lang_string(text)}\n      uncited "u"\n'
        f"      option o {_lang_string(option)}\n"
        '      option p "Other"\n'
        "  otherwise:\n    nothing\n"
    )
    compiled = compile_text(source, "anytext.guideline")
    assert compiled.guideline is not None, compiled.diagnostics
    module = emit_and_import(compiled.guideline, tmp_path, "anytext_mod")
    assert title == module.TITLE
    result = module.evaluate({"a": True})
    assert result.recommendations[0].text == text
    assert result.recommendations[0].options[0].text == option
    assert result.path[0].question == question


def test_the_corpus_in_every_slot_reaches_the_module_verbatim(tmp_path: Path) -> None:
    # tests/hostile_corpus.py: every payload in each of the guideline's 53 texts.
    text = " ".join(PAYLOADS)
    compiled = compile_text(hostile_guideline(text))
    assert compiled.guideline is not None, compiled.diagnostics
    guideline = compiled.guideline
    source = emit(guideline)
    assert _top_level_ok(ast.parse(source)) == []
    assert text in _strings(ast.parse(source))
    module = emit_and_import(guideline, tmp_path, "hostile_corpus_mod")
    assert text == module.TITLE
    patients = [dict(e.patient) for e in guideline.examples]
    patients += random_patients(guideline, 40, seed=14)
    assert_module_agrees(module, guideline, patients)
    result = module.evaluate(patients[0]).to_dict()
    recs = result["recommendations"]
    assert recs and all(r["text"] == text for r in recs)
