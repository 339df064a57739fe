"""Authored examples: the build fails when the compiled guideline disagrees with one."""

from __future__ import annotations

from compiler.semantics import interpreter, ir
from compiler.semantics.numbers import fmt_number
from dsl.diagnostics import Diagnostic, error
from dsl.source import Span


def _compare(example: ir.Example, result: dict[str, object]) -> list[str]:
    problems: list[str] = []
    recs = result["recommendations"]
    assert isinstance(recs, list)
    got = sorted(str(r["id"]) for r in recs)
    if example.expect_recs is not None:
        expected = sorted(example.expect_recs)
        missing = [r for r in expected if r not in got]
        extra = [r for r in got if r not in expected]
        if missing:
            problems.append("expected but not given: " + ", ".join(missing))
        if extra:
            problems.append("given but not expected: " + ", ".join(extra))
    for rec_id, low, high, unit in example.expect_doses:
        dose = next((r["dose"] for r in recs if r["id"] == rec_id), None)
        if not isinstance(dose, dict):
            problems.append(f"no dose was computed for `{rec_id}`")
        elif (fmt_number(dose["low"]), fmt_number(dose["high"]), dose["unit"]) != (
            fmt_number(low),
            fmt_number(high),
            unit,
        ):
            want = interpreter.dose_text(low, high, unit)
            problems.append(f"`{rec_id}` dose is {dose['text']}, expected {want}")
    needs = result["needs"]
    assert isinstance(needs, list)
    if example.expect_needs is not None and sorted(example.expect_needs) != sorted(needs):
        shown = ", ".join(needs) or "nothing (the evaluation completed)"
        problems.append(
            f"the evaluation needs {shown}, expected " + ", ".join(example.expect_needs)
        )
    if example.expect_needs is None and not result["complete"]:
        problems.append("a decision waits, needing " + ", ".join(str(n) for n in needs))
    return problems


def check(guideline: ir.Guideline) -> list[Diagnostic]:
    """Run each example through the interpreter and report every disagreement."""
    found: list[Diagnostic] = []
    known = {r.id for r in ir.recommendations(guideline)}
    for example in guideline.examples:
        span = Span(guideline.source_path, example.line, 1, example.line, 8)
        for rec_id in (example.expect_recs or ()) + tuple(d[0] for d in example.expect_doses):
            if rec_id not in known:
                found.append(
                    error(
                        "X004",
                        f"example `{example.id}` expects `{rec_id}`, which is "
                        "not a recommendation of this guideline",
                        span,
                    )
                )
        try:
            result = interpreter.evaluate(guideline, dict(example.patient))
        except interpreter.PatientDataError as exc:
            hints = [f"{name}: {message}" for name, message in exc.problems]
            found.append(
                error("X003", f"example `{example.id}` is not a valid patient", span, *hints)
            )
            continue
        except interpreter.GuidelineDefect as exc:
            found.append(error("X001", f"example `{example.id}`: {exc}", span))
            continue
        problems = _compare(example, result)
        if problems:
            found.append(
                error(
                    "X001", f"example `{example.id}` disagrees with the guideline", span, *problems
                )
            )
    return found
