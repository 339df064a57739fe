"""The interpreter and the generated module agree on every patient, valid or not.

Checked on the IMNM guideline (its committed module in generated/) and on random small
guidelines written in the language, compiled, emitted to a temporary folder and imported.
Longer run: `HYPOTHESIS_PROFILE=long .venv/bin/pytest tests/compiler/emit_python/test_agreement.py`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import os
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compiler.checks import unknowns
from compiler.pipeline.stages import check_tree, lower_tree
from compiler.semantics import interpreter, ir
from dsl.diagnostics import has_errors
from dsl.parser import parse
from dsl.source import SourceFile
from dsl.units import accepted_units
from generated import imnm as imnm_module
from tests.conftest import emit_and_import

LONG = os.environ.get("HYPOTHESIS_PROFILE") == "long"
FEW = settings(
    max_examples=2000 if LONG else 60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

Outcome = tuple[str, Any]


def outcome(run: Callable[[], Any]) -> Outcome:
    """What an evaluation did: its result, or the kind of error and its problems."""
    try:
        result = run()
    except ValueError as exc:  # PatientDataError, of the interpreter or of a module
        return ("bad data", getattr(exc, "problems", repr(exc)))
    except RuntimeError as exc:  # GuidelineDefect
        return ("defect " + type(exc).__name__, str(exc))
    return ("ok", result if isinstance(result, dict) else result.to_dict())


def agree(guideline: ir.Guideline, module: ModuleType, patient: object) -> Outcome:
    """Both outcomes, asserted equal; returns the interpreter's."""
    expected = outcome(lambda: interpreter.evaluate(guideline, patient))
    actual = outcome(lambda: module.evaluate(patient))
    if expected[0].startswith("defect"):
        assert actual[0].startswith("defect"), (patient, actual)
        assert actual[1] == expected[1]
    else:
        assert actual == expected, patient
    return expected


# ------------------------------------------------------------------ patients


def _dates() -> st.SearchStrategy[object]:
    days = st.dates(dt.date(2018, 1, 1), dt.date(2027, 12, 31))
    return st.one_of(days.map(dt.date.isoformat), days)


def valid_value(decl: ir.Input, cuts: tuple[float, ...] = ()) -> st.SearchStrategy[object]:
    """Any value the input accepts, near its limits and the guideline's thresholds."""
    if decl.kind == "yesno":
        return st.booleans()
    if decl.kind == "choice":
        return st.sampled_from([c.name for c in decl.choices])
    if decl.kind == "date":
        return _dates()
    assert decl.low is not None and decl.high is not None
    low, high = decl.low, decl.high
    marks = [v for v in (low, high, *cuts) if low <= v <= high]
    if decl.kind == "whole":
        plain: st.SearchStrategy[Any] = st.one_of(
            st.sampled_from([int(v) for v in marks if v == int(v)]),
            st.integers(int(low), int(high)),
        )
    else:
        plain = st.one_of(st.sampled_from(marks), st.floats(low, high))
    assert decl.unit is not None
    unit_text = decl.unit_text
    with_unit = plain.map(lambda v: {"value": v, "unit": unit_text})
    if decl.kind == "number" and "g" in accepted_units(decl.unit) and unit_text == "kg":
        with_unit = st.one_of(with_unit, plain.map(lambda v: {"value": v * 1000, "unit": "g"}))
    return st.one_of(plain, plain, with_unit)


def invalid_value(decl: ir.Input) -> st.SearchStrategy[object]:
    """Values the input must reject."""
    common: list[object] = ["yes", [1], {"value": 1}, 3 + 0j]
    if decl.kind == "yesno":
        return st.sampled_from([*common, 1, 0, "true", math.nan])
    if decl.kind == "choice":
        return st.sampled_from([*common, "nonsense", "", 1, True])
    if decl.kind == "date":
        return st.sampled_from([*common, "2024-02-30", "01/02/2024", 20240101, True])
    assert decl.low is not None and decl.high is not None
    bad = [True, False, math.nan, math.inf, -math.inf, decl.low - 1, decl.high + 0.5, "70"]
    bad += [{"value": 1, "unit": "lb"}, {"value": "1", "unit": decl.unit_text}, {"unit": "kg"}]
    if decl.kind == "whole":
        bad.append(decl.low + 0.5)
    return st.sampled_from([*common, *bad])


@st.composite
def patients(
    draw: st.DrawFn, guideline: ir.Guideline, bad: bool = False, cuts: tuple[float, ...] = ()
) -> object:
    """A patient for the guideline; with bad=True, some facts may be invalid."""
    if bad and draw(st.integers(0, 19)) == 0:
        return draw(st.sampled_from([None, [], "patient", 3, [("a", 1)]]))
    patient: dict[str, object] = {}
    for decl in guideline.inputs:
        choice = draw(st.integers(0, 9))
        if choice == 0 and (decl.may_be_unknown or bad):
            continue
        if choice == 1 and (decl.may_be_unknown or bad):
            patient[decl.name] = None
        elif bad and choice == 2:
            patient[decl.name] = draw(invalid_value(decl))
        else:
            patient[decl.name] = draw(valid_value(decl, cuts))
    if bad and draw(st.booleans()):
        names = [i.name for i in guideline.inputs]
        patient[draw(st.sampled_from([n + "x" for n in names] + ["other", "WEIGHT"]))] = 1
    return patient


# ---------------------------------------------------------------------- IMNM

IMNM_CUTS = (4.0, 3.0, 5.0, 1.0, 400.0, 0.5)


def test_imnm_module_is_current(imnm: ir.Guideline) -> None:
    assert imnm.source_hash == imnm_module.SOURCE_HASH


@FEW
@given(data=st.data())
def test_imnm_valid_patients_agree(imnm: ir.Guideline, data: st.DataObject) -> None:
    patient = data.draw(patients(imnm, cuts=IMNM_CUTS))
    kind, _ = agree(imnm, imnm_module, patient)
    assert kind in {"ok", "bad data"}  # bad data only from a broken assumption


@FEW
@given(data=st.data())
def test_imnm_invalid_patients_agree(imnm: ir.Guideline, data: st.DataObject) -> None:
    agree(imnm, imnm_module, data.draw(patients(imnm, bad=True)))


# ------------------------------------------------------ random guidelines

HEADER = """guideline gen "Generated"
  version 1.0.0
  status draft
  owners "Tests"
  reviewed 2024-06-01
  scope "Generated patients"

"""

ATOMS = {
    "b1": ["b1", "not b1"],
    "b2": ["b2", "not b2"],
    "c1": ["c1 is x", "c1 is not y", "c1 is one of x, z", "not (c1 is z)"],
    "n1": [
        "n1 >= 50 kg",
        "n1 < 50 kg",
        "n1 > 120.5 kg",
        "n1 <= 1 kg",
        "n1 = 70 kg",
        "n1 != 70 kg",
        "n1 > 60000 g",
        "n1 * 2 >= 100 kg",
        "n1 - 10 kg < 40 kg",
        "n1 at most 80 kg >= 75 kg",
        "n1 at least 30 kg + 5 kg <= 40 kg",
        "min(n1, 2 * n1 - 50 kg) < 60 kg",
    ],
    # values chosen by condition that read other facts (never in a `preferred when`)
    "v1": [
        "(if b1 then n1 else 60000 g) > 65 kg",
        "(if c1 is x then n1 * 2 else if b2 then 100 kg else n1) >= 100 kg",
        "(lookup c1: x -> 1, y -> 2, otherwise -> 3) * n1 > 150 kg",
        "max(n1, n2 / 100 U * 1 kg) >= 90 kg",
    ],
    "n2": ["n2 > 500 U", "n2 <= 0 U", "n2 >= 10000 U", "n2 + 100 U > 1000 U"],
    "w1": ["w1 >= 4 weeks", "w1 < 28 days", "w1 = 0 weeks", "w1 > 52 weeks"],
    "d1": ["d1 >= 2024-06-01", "d1 < 2020-01-01", "d1 = 2024-06-01"],
}
CUTS = (50.0, 120.5, 1.0, 70.0, 60.0, 25.0, 500.0, 0.0, 10000.0, 900.0, 4.0, 52.0, 200.0)
CUTS += (75.0, 80.0, 35.0, 30.0)  # of the values chosen by condition
REQUIRED_ALWAYS = {"n1"}
UNKNOWABLE_ALWAYS = {"b2"}
DECLS = {
    "b1": 'input b1 "B one": yes/no',
    "b2": 'input b2 "B two": yes/no',
    "c1": 'input c1 "C one": one of x "Choice x", y, z',
    "n1": 'input n1 "N one": number kg from 1 to 200 step 0.1',
    "n2": 'input n2 "N two": number U from 0 to 10000',
    "w1": 'input w1 "W one": whole weeks from 0 to 52',
    "d1": 'input d1 "D one": date',
}


class Writer:
    """Accumulates guideline text and hands out fresh ids."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.ids = itertools.count(1)

    def new(self, prefix: str) -> str:
        return f"{prefix}{next(self.ids)}"

    def add(self, depth: int, text: str) -> None:
        self.lines.append("  " * depth + text)


@st.composite
def conditions(
    draw: st.DrawFn, unknowable: frozenset[str], leaves: int = 3, definition: bool = True
) -> str:
    """A condition of up to `leaves` atoms joined by and/or/not (and the definition k1)."""
    names = sorted(ATOMS)
    atom_texts = [a for n in names for a in ATOMS[n]] + (["k1"] if definition else [])
    atom_texts += [f"{n} is known" for n in sorted(unknowable)]
    atom_texts += [f"{n} is unknown" for n in sorted(unknowable)]
    atom = st.sampled_from(atom_texts)

    def join(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        pair = st.tuples(children, st.sampled_from(["and", "or"]), children)
        return st.one_of(
            pair.map(lambda t: f"({t[0]} {t[1]} {t[2]})"), children.map(lambda c: f"not ({c})")
        )

    text: str = draw(st.recursive(atom, join, max_leaves=leaves))
    return text[1:-1] if text.startswith("(") and text.endswith(")") else text


# Caps of each generated dose: a constant in the dose's unit or another, or computed.
CAPS = {
    "0.5 to 1 mg/kg/day * n1": ["60 mg/day", "0.06 g/day"],
    "10 mg": ["5 mg", "1 g"],
    "2 mg/kg * n1": ["150 mg", "1 mg/kg * n1 + 20 mg"],
    "2 mg/kg * n1 at most 150 mg": ["120 mg"],
    "(if n1 < 50 kg then 1 mg/kg else 2 mg/kg) * n1": ["1.5 mg/kg * n1 at most 100 mg"],
    "1 to 2 mg/kg * n1 at most 0.2 g": ["150 mg"],
    "max(1 mg/kg * n1, 60 mg)": ["if n1 < 60 kg then 70 mg else 90 mg"],
}
DAILY = {
    "0.5 to 1 mg/kg/day * n1": "80 mg/day",
    "10 mg": "40 mg",
    "2 mg/kg * n1": "8 mg/kg/day * n1 at most 500 mg/day",
    "2 mg/kg * n1 at most 150 mg": "600 mg",
    "(if n1 < 50 kg then 1 mg/kg else 2 mg/kg) * n1": "6 mg/kg/day * n1",
    "1 to 2 mg/kg * n1 at most 0.2 g": "0.8 g/day",
    "max(1 mg/kg * n1, 60 mg)": "300 mg",
}


def _rec(draw: st.DrawFn, w: Writer, depth: int, required: frozenset[str]) -> None:
    kind = draw(st.sampled_from(["advise", "start", "choose", "monitor", "caution"]))
    rid = w.new("rec")
    w.add(depth, f'{kind} {rid} "Recommendation {rid}"')
    w.add(depth + 1, 'uncited "generated"')
    if kind == "start":
        doses = ["0.5 to 1 mg/kg/day * n1", "10 mg", "2 mg/kg * n1", None]
        doses += [
            "2 mg/kg * n1 at most 150 mg",
            "(if n1 < 50 kg then 1 mg/kg else 2 mg/kg) * n1",
            "1 to 2 mg/kg * n1 at most 0.2 g",
            "max(1 mg/kg * n1, 60 mg)",
        ]
        dose = draw(st.sampled_from(doses))
        if dose:
            w.add(depth + 1, f"dose {dose}")
            cap = draw(st.sampled_from([None, *CAPS[dose]]))
            if cap:
                w.add(depth + 1, f"dose cap {cap}")
            if draw(st.booleans()):
                w.add(depth + 1, f"daily maximum {DAILY[dose]}")
    if draw(st.booleans()):
        w.add(depth + 1, 'review in 2 to 3 months "Review"')
        w.add(depth + 1, 'recheck "CK" in 6 weeks')
    if kind == "choose":
        w.add(depth + 1, 'option o1 "Option one"')
        pref = draw(st.sampled_from(sorted(a for n in required for a in ATOMS[n])))
        w.add(depth + 2, f"preferred when {pref}")
        w.add(depth + 1, 'option o2 "Option two"')


def _items(draw: st.DrawFn, w: Writer, depth: int, ctx: dict[str, Any], in_section: bool) -> None:
    for _ in range(draw(st.integers(1, 3))):
        choice = draw(st.integers(0, 5)) if ctx["budget"] > 0 else 0
        if choice <= 2:
            _rec(draw, w, depth, ctx["required"])
        elif choice == 3 and not in_section:
            _section(draw, w, depth, ctx)
        else:
            _decision(draw, w, depth, ctx)


def _section(draw: st.DrawFn, w: Writer, depth: int, ctx: dict[str, Any]) -> None:
    ctx["budget"] -= 1
    sid = w.new("sec")
    when = ""
    if draw(st.booleans()):
        when = " when " + draw(conditions(ctx["unknowable"]))
    w.add(depth, f'section {sid} "Section {sid}"{when}')
    _items(draw, w, depth + 1, ctx, in_section=True)


def _branch(draw: st.DrawFn, w: Writer, depth: int, head: str, ctx: dict[str, Any]) -> None:
    """A branch: `nothing`, `ask` (in `when unknown:` only), or a block of items."""
    shape = draw(st.integers(0, 3))
    if shape == 0:
        w.add(depth, head + " nothing")
    elif shape == 1 and head == "when unknown:":
        w.add(depth, head + " ask")
    else:
        w.add(depth, head)
        _items(draw, w, depth + 1, ctx, in_section=False)


N2_DOSE_HEAD = "when n2 is known and n2 > 100 U:"


def _decision(draw: st.DrawFn, w: Writer, depth: int, ctx: dict[str, Any]) -> None:
    ctx["budget"] -= 1
    did = w.new("dec")
    w.add(depth, f'decide {did} "Question {did}?"')
    heads = [f"when {draw(conditions(ctx['unknowable']))}:" for _ in range(draw(st.integers(1, 4)))]
    if "n2" in ctx["unknowable"] and draw(st.integers(0, 3)) == 0:
        heads.append(N2_DOSE_HEAD)
    if draw(st.integers(0, 4)) > 0:
        heads.append("otherwise:")
    if draw(st.booleans()):
        heads.insert(draw(st.integers(0, len(heads))), "when unknown:")
    for head in heads:
        if head == N2_DOSE_HEAD:  # the only head under which a dose may read n2
            rid = w.new("rec")
            w.add(depth + 1, head)
            w.add(depth + 2, f'start {rid} "Dose from n2"')
            w.add(depth + 3, 'uncited "generated"')
            w.add(depth + 3, "dose 0.01 mg/U * n2")
            continue
        _branch(draw, w, depth + 1, head, ctx)


@st.composite
def guideline_texts(draw: st.DrawFn) -> str:
    """A small guideline: every input type, a definition, nested decisions and sections."""
    unknowable = frozenset(
        n
        for n in sorted(DECLS)
        if n in UNKNOWABLE_ALWAYS or (n not in REQUIRED_ALWAYS and draw(st.booleans()))
    )
    ctx: dict[str, Any] = {
        "unknowable": unknowable,
        "required": frozenset(DECLS) - unknowable,
        "budget": draw(st.integers(1, 5)),
    }
    w = Writer()
    for name in sorted(DECLS):
        w.add(0, DECLS[name] + (" or unknown" if name in unknowable else ""))
    w.add(0, f"define k1 = {draw(conditions(unknowable, leaves=2, definition=False))}")
    for _ in range(draw(st.integers(1, 2))):  # only sections and decisions at the top
        (_section if draw(st.booleans()) else _decision)(draw, w, 0, ctx)
    return HEADER + "\n".join(w.lines) + "\n"


def lower_text(text: str) -> ir.Guideline:
    """Parse, check and lower, asserting no errors (the logic checks are left out: speed)."""
    source = SourceFile("gen.guideline", text)
    parsed = parse(source)
    assert parsed.guideline is not None and not has_errors(parsed.diagnostics), (
        text,
        parsed.diagnostics,
    )
    found = check_tree(parsed.guideline)
    guideline, lowered = lower_tree(parsed.guideline, source)
    found += lowered + unknowns.check(guideline)  # doses that read a fact that may be unknown
    assert not has_errors(found), (text, [d.message for d in found])
    return guideline


@FEW
@given(text=guideline_texts(), data=st.data())
def test_random_guidelines_agree(tmp_path: Path, text: str, data: st.DataObject) -> None:
    guideline = lower_text(text)
    module = emit_and_import(guideline, tmp_path, "gen_mod")
    for _ in range(4):
        agree(guideline, module, data.draw(patients(guideline, cuts=CUTS)))
    agree(guideline, module, data.draw(patients(guideline, bad=True)))


def test_the_generator_makes_every_construct() -> None:
    """The strategy above can produce each construct the brief asks for."""
    seen: set[str] = set()

    @settings(max_examples=150, deadline=None, database=None)
    @given(text=guideline_texts())
    def collect(text: str) -> None:
        body = text.split("\n", 7)[-1]
        for word in [
            "section",
            "decide",
            " and ",
            " or ",
            "not ",
            "when unknown",
            " is ",
            "dose",
            "mg/kg",
            "is known",
            "ask",
            "otherwise",
            "preferred when",
            " when ",
            "dose cap",
            "daily maximum",
            "recheck",
        ]:
            if word in body:
                seen.add(word)
        if "\n    decide" in body:
            seen.add("nested")

    collect()
    assert seen >= {
        "section",
        "decide",
        " and ",
        " or ",
        "not ",
        "when unknown",
        "dose",
        "mg/kg",
        "ask",
        "otherwise",
        "preferred when",
        "nested",
        "is known",
        "dose cap",
        "daily maximum",
        "recheck",
    }


REGRESSION = """input b1 "B one": yes/no
input b2 "B two": yes/no or unknown
input c1 "C one": one of x, y or unknown
decide dec1 "Question?"
  when c1 is x and b1: nothing
  when b2: nothing
  otherwise: nothing
  when unknown: ask
"""


def test_needs_lists_only_the_facts_of_the_branch_that_stopped(tmp_path: Path) -> None:
    # Found by the property test: c1 is unknown but the first branch is `no` anyway (b1 is
    # no); evaluation stops at the second branch, which needs b2 only.
    guideline = lower_text(HEADER + REGRESSION)
    module = emit_and_import(guideline, tmp_path, "regression_mod")
    kind, result = agree(guideline, module, {"b1": False})
    assert kind == "ok"
    assert result["needs"] == ["b2"]
