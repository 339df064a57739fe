"""The readable pytest file of one guideline: `generated/tests/test_<id>.py`.

Each case shows its patient, the recommendation ids, doses, option preferences and
the path it expects; those expectations come from the IR interpreter. Text that
does not change from patient to patient (recommendation texts, questions) is
written once, in tables at the top. A guideline too large to spell every result
out gets a file of result fingerprints instead (`compiler.testgen.pytest_compact`).
"""

from __future__ import annotations

import dataclasses

from compiler.emit_python.tree import doc_text
from compiler.semantics import interpreter, ir
from compiler.testgen import pytest_compact as compact
from compiler.testgen.case import KINDS, Case
from compiler.testgen.exact_numbers import exact_number_tests
from compiler.testgen.generate import generate_cases
from compiler.testgen.literals import literal

_NOT_A_MAPPING = ["not", "a", "mapping"]
_STATIC = (
    *("kind", "text", "strength", "citations", "expert_opinion", "route", "frequency"),
    *("duration", "every", "target", "rationale", "time_to_effect", "drug", "review"),
    "rechecks", "notes",
)

_HELPERS = '''

@dataclass(frozen=True)
class Expected:
    """What the guideline's interpreter says for a patient."""

    recommendations: tuple[str, ...]
    path: tuple[tuple[str, str, dict[str, object]], ...]
    doses: dict[str, dict[str, object]] = field(default_factory=dict)
    daily: dict[str, dict[str, object]] = field(default_factory=dict)
    preferred: dict[str, dict[str, bool | None]] = field(default_factory=dict)
    needs: tuple[str, ...] = ()
    complete: bool = True
    scores: tuple[dict[str, object], ...] = ()
    waiting: tuple[dict[str, object], ...] = ()


def _recommendation(rec_id: str, expected: Expected) -> dict[str, object]:
    options = [
        {"id": o, "text": t, "preferred": expected.preferred.get(rec_id, {}).get(o)}
        for o, t in OPTIONS.get(rec_id, ())
    ]
    return {"id": rec_id, **RECOMMENDATIONS[rec_id], "dose": expected.doses.get(rec_id),
            "daily_maximum": expected.daily.get(rec_id), "options": options}


def _result(expected: Expected) -> dict[str, object]:
    return {
        "guideline": GUIDELINE,
        "version": VERSION,
        "source_hash": SOURCE_HASH,
        "complete": expected.complete,
        "needs": list(expected.needs),
        "recommendations": [_recommendation(r, expected) for r in expected.recommendations],
        "path": [
            {"node": node, "question": QUESTIONS[node], "branch": branch, "facts": facts}
            for node, branch, facts in expected.path
        ],
        "scores": list(expected.scores),
        "waiting": list(expected.waiting),
    }


def _check(patient: dict[str, object], expected: Expected) -> None:
    for given in (patient, MappingProxyType(patient)):
        _outcome(given, expected)


def _outcome(patient: Mapping[str, object], expected: Expected) -> None:
    result = MODULE.evaluate(patient)
    assert [r.id for r in result.recommendations] == list(expected.recommendations)
    assert [(s.node, s.branch) for s in result.path] == [(n, b) for n, b, _ in expected.path]
    assert (result.complete, result.needs) == (expected.complete, expected.needs)
    assert result.to_dict() == _result(expected)
    assert len(result.path) == len(expected.path)
''' + compact.SAME_RESULT_CHECKS

_CHECK_DECIDE = """\
    doses = {rec: (dose["low"], dose["high"]) for rec, dose in expected.doses.items()}
    assert MODULE.decide(patient) == (expected.recommendations, doses, expected.needs)
"""

_CHECK_FAST = """\
    _fast(patient, valid=True)
"""

_FAST = '''

def _fast(patient: Mapping[str, object], *, valid: bool) -> None:
    """The shortcut for plainly valid facts agrees with the full validation, or stands aside."""
    fast = MODULE._plain(patient)
    plain = all(type(v) in PLAIN.get(k, ()) for k, v in patient.items())
    if valid and plain and type(patient) is dict and patient.keys() >= REQUIRED:
        assert fast is not None
    if fast is not None:
        assert valid
        assert fast == MODULE._validate(patient)
'''

_PLAIN_TYPES = {"yesno": ["bool"], "choice": ["str"], "number": ["int", "float"], "whole": ["int"]}


def _header(g: ir.Guideline) -> list[str]:
    return [
        f'"""Generated tests for guideline {g.id}: {doc_text(g.title)}.',
        "",
        f"Generated from {doc_text(g.source_path)} by `guideline build`; do not edit. Each case",
        "names the path it takes; its expected outcome comes from the IR interpreter.",
        '"""',
        *compact.imports(g, ["math"], ["from dataclasses import dataclass, field"]),
        f"VERSION = {g.version!r}",
        f"SOURCE_HASH = {g.source_hash!r}",
    ]


def _tables(g: ir.Guideline) -> list[str]:
    lines = ["", "RECOMMENDATIONS: dict[str, dict[str, object]] = {"]
    for rec in ir.recommendations(g):
        static = interpreter.recommendation(
            dataclasses.replace(rec, dose=None, daily_maximum=None, options=()), {}
        )
        fields = {k: static[k] for k in _STATIC}
        lines.append(f"    {rec.id!r}: {literal(fields)},")
    lines += ["}", "", "OPTIONS: dict[str, tuple[tuple[str, str], ...]] = {"]
    for rec in ir.recommendations(g):
        if rec.options:
            pairs = tuple((o.id, o.text) for o in rec.options)
            lines.append(f"    {rec.id!r}: {literal(pairs)},")
    lines += ["}", "", "QUESTIONS: dict[str, str] = {"]
    for node in ir.walk(g.body):
        if isinstance(node, ir.Decision):
            lines.append(f"    {node.id!r}: {node.question!r},")
        elif isinstance(node, ir.Section):
            lines.append(f"    {node.id!r}: {node.title!r},")
    lines.append("}")
    return lines


def _expected(result: dict[str, object]) -> list[str]:
    recs = result["recommendations"]
    path = result["path"]
    assert isinstance(recs, list) and isinstance(path, list)
    ids = tuple(str(r["id"]) for r in recs)
    doses = {str(r["id"]): r["dose"] for r in recs if r["dose"] is not None}
    daily = {str(r["id"]): r["daily_maximum"] for r in recs if r["daily_maximum"] is not None}
    preferred = {
        str(r["id"]): {
            str(o["id"]): o["preferred"] for o in r["options"] if o["preferred"] is not None
        }
        for r in recs
        if any(o["preferred"] is not None for o in r["options"])
    }
    steps = tuple((s["node"], s["branch"], s["facts"]) for s in path)
    out = [
        "        Expected(",
        f"            recommendations={literal(ids)},",
        "            path=(",
    ]
    out += [f"                {literal(step)}," for step in steps]
    out.append("            ),")
    if doses:
        out.append(f"            doses={literal(doses)},")
    if daily:
        out.append(f"            daily={literal(daily)},")
    if preferred:
        out.append(f"            preferred={literal(preferred)},")
    if not result["complete"]:
        out.append(f"            needs={literal(tuple(result['needs']))},")  # type: ignore[arg-type]
        out.append("            complete=False,")
        out.append(f"            waiting={literal(tuple(result['waiting']))},")  # type: ignore[arg-type]
    scores = result.get("scores")
    if scores:
        assert isinstance(scores, list)
        out.append(f"            scores={literal(tuple(scores))},")
    out.append("        ),")
    return out


def _case(case: Case) -> list[str]:
    title = doc_text(case.title)
    out = [f"    # {title}", "    pytest.param(", f"        {literal(case.patient)},"]
    if isinstance(case.expected, list):
        out.append(f"        {literal(case.expected)},")
    else:
        out += _expected(case.expected)
    out += [f"        id={case.id!r},", "    ),"]
    return out


_TESTS = {
    "path": ("test_path", "One patient per branch of every decision, in its chain of decisions."),
    "boundary": ("test_boundary", "Just below, at and just above every numeric threshold."),
    "choice": ("test_choice", "Every choice and yes/no value at each condition testing it."),
    "mcdc": ("test_mcdc", "Each atomic condition shown alone to change a compound outcome."),
    "score": ("test_score", "Each value a score reaches; unknown criteria that decide or not."),
    "range": ("test_range", "The smallest and largest valid values, and other units."),
    "example": ("test_example", "The guideline's authored examples."),
}


def _outcome_tests(cases: list[Case]) -> list[str]:
    out: list[str] = []
    for kind in KINDS:
        chosen = [c for c in cases if c.kind == kind]
        if kind == "reject" or not chosen:
            continue
        name, doc = _TESTS[kind]
        table = f"{kind.upper()}_CASES"
        out += ["", "", f"{table} = ["]
        for case in chosen:
            out += _case(case)
        out += ["]", "", "", f'@pytest.mark.parametrize(("patient", "expected"), {table})']
        out += [f"def {name}(patient: dict[str, object], expected: Expected) -> None:"]
        out += [f'    """{doc}"""', "    _check(patient, expected)"]
    return out


def _reject_tests(g: ir.Guideline, cases: list[Case]) -> list[str]:
    out = ["", "", "REJECT_CASES = ["]
    for case in cases:
        if case.kind == "reject":
            out += _case(case)
    out += ["]", "", "", '@pytest.mark.parametrize(("patient", "problems"), REJECT_CASES)']
    out += [
        "def test_reject(patient: dict[str, object], problems: list[tuple[str, str]]) -> None:",
        '    """Bad data is refused, naming every bad fact, before anything is decided."""',
        "    for given in (patient, MappingProxyType(patient)):",
        "        with pytest.raises(MODULE.PatientDataError) as caught:",
        "            MODULE.evaluate(given)",
        "        assert caught.value.problems == problems",
        '        assert str(caught.value) == "; ".join(f"{fact}: {why}" for fact, why in problems)',
        "        with pytest.raises(MODULE.PatientDataError) as lean:",
        "            MODULE.decide(given)",
        "        assert lean.value.problems == problems",
        "        _fast(given, valid=False)",
        "",
        "",
        "def test_reject_patient_that_is_not_a_mapping() -> None:",
        '    """A patient must be a mapping of fact names to values."""',
        f"    patient = cast(Mapping[str, object], {literal(_NOT_A_MAPPING)})",
        "    with pytest.raises(MODULE.PatientDataError) as caught:",
        "        MODULE.evaluate(patient)",
        f"    assert caught.value.problems == {literal(_mapping_problems(g))}",
    ]
    return out


def _mapping_problems(g: ir.Guideline) -> list[tuple[str, str]]:
    try:
        interpreter.evaluate(g, _NOT_A_MAPPING)
    except interpreter.PatientDataError as exc:
        return list(exc.problems)
    raise AssertionError("the interpreter accepted a patient that is not a mapping")


def _plain(g: ir.Guideline) -> list[str]:
    """The Python types of plainly valid values of each fact (what the shortcut accepts)."""
    lines = ["", "PLAIN: dict[str, tuple[type, ...]] = {"]
    for decl in g.inputs:
        names = _PLAIN_TYPES.get(decl.kind)
        if names is not None:
            types = [*names, *(["type(None)"] if decl.may_be_unknown else [])]
            lines.append(f"    {decl.name!r}: ({', '.join(types)}{',' * (len(types) == 1)}),")
    lines.append("}")
    required = sorted(i.name for i in g.inputs if not i.may_be_unknown)
    lines.append(f"REQUIRED: frozenset[str] = frozenset({required!r})")
    return lines


def render(guideline: ir.Guideline, cases: list[Case] | None = None) -> str:
    """The text of the guideline's generated pytest file: expected results spelt out,
    or, for a large guideline, their fingerprints (`compiler.testgen.pytest_compact`).
    Every case is checked through `evaluate` and the lean `decide`, and the shortcut
    for plainly valid facts (`_plain`) against the full validation."""
    chosen = generate_cases(guideline) if cases is None else cases
    if compact.is_compact(chosen):
        g = guideline
        lines = compact.header(g, doc_text(g.title), doc_text(g.source_path))
        helpers = compact.HELPERS + compact.CHECK_DECIDE
        tail = compact.DIFFERENCES
        outcomes = compact.outcome_tests(chosen, _TESTS)
    else:
        lines = _header(guideline) + _tables(guideline)
        helpers = _HELPERS + _CHECK_DECIDE
        tail = ""
        outcomes = _outcome_tests(chosen)
    lines += _plain(guideline)
    text = "\n".join(lines) + "\n" + helpers + _CHECK_FAST + _FAST + tail
    body = outcomes + _reject_tests(guideline, chosen) + exact_number_tests(guideline)
    return text + "\n".join(body) + "\n"


def pytest_files(guidelines: list[ir.Guideline]) -> dict[str, str]:
    """generated/tests/test_<id>.py for each guideline, and the package markers."""
    files = {
        "generated/__init__.py": '"""Build output: one module per guideline. Do not edit."""\n',
        "generated/tests/__init__.py": '"""Tests of the generated modules. Do not edit."""\n',
    }
    for g in guidelines:
        files[f"generated/tests/test_{g.id}.py"] = render(g)
    return files
