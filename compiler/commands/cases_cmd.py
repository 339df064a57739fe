"""`guideline cases <guideline>`: the generated test cases, as a table or as JSON."""

from __future__ import annotations

import argparse
import difflib
import json
import sys

from compiler.commands.common import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, load
from compiler.emit_docs.words import huge_int, too_large_for_float
from compiler.testgen import Case, CaseGenerationError, generate_cases, infeasible_paths
from dsl.diagnostics import render_human
from dsl.visible_text import visible


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the subcommand."""
    parser = sub.add_parser("cases", help="list the test cases generated from a guideline")
    parser.add_argument("guideline", help="guideline id or path")
    parser.add_argument("--format", choices=["human", "json"], default="human")
    parser.add_argument(
        "--case",
        action="append",
        metavar="ID",
        help="only this case (repeatable); a failing generated test names its case id",
    )
    parser.set_defaults(handler=run)


def _facts(patient: dict[str, object]) -> str:
    return ", ".join(f"{k}={_value(v)}" for k, v in patient.items())


def _value(value: object) -> str:
    """A fact's value as written in Python (text quoted, so "1" differs from 1); an
    integer too large for a float in scientific notation instead of its 309 digits."""
    if isinstance(value, int) and too_large_for_float(value):
        return huge_int(value)
    return repr(value)


def outcome(case: Case) -> str:
    """What the case expects, in a few words: the branches taken, or the data problems."""
    if isinstance(case.expected, list):
        return "refused: " + "; ".join(f"{name}: {message}" for name, message in case.expected)
    path = case.expected["path"]
    recs = case.expected["recommendations"]
    assert isinstance(path, list) and isinstance(recs, list)
    steps = [f"{s['node']}: {s['branch']}" for s in path if s["branch"] != "applies to everyone"]
    text = " > ".join(steps) + f" ({len(recs)} recommendations)"
    if not case.expected["complete"]:
        needs = case.expected["needs"]
        assert isinstance(needs, list)
        return f"{text}; waits, needs {', '.join(needs)}"
    return text


def table(cases: list[Case]) -> str:
    """The cases as an aligned text table: kind, id, patient, outcome."""
    rows = [("KIND", "ID", "PATIENT", "OUTCOME")]
    rows += [(c.kind, c.id, _facts(c.patient), outcome(c)) for c in cases]
    kind_width = max(len(r[0]) for r in rows)
    id_width = max(len(r[1]) for r in rows)
    lines = [f"{k:<{kind_width}}  {i:<{id_width}}  {p}  =>  {o}" for k, i, p, o in rows]
    return "\n".join(visible(line) for line in lines)


def to_json(cases: list[Case]) -> str:
    """The cases as a JSON array (reject expectations as [fact, message] pairs)."""
    data = [
        {"id": c.id, "title": c.title, "kind": c.kind, "patient": c.patient, "expected": c.expected}
        for c in cases
    ]
    return json.dumps(data, indent=2, sort_keys=True)


def chosen(cases: list[Case], wanted: list[str]) -> list[Case] | str:
    """The cases with the ids `wanted`, in that order, or what is wrong with an id."""
    by_id = {c.id: c for c in cases}
    for case_id in wanted:
        if case_id not in by_id:
            close = difflib.get_close_matches(case_id, list(by_id), n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            return f"no case has the id {case_id!r}{hint}; `guideline cases` lists them"
    return [by_id[case_id] for case_id in dict.fromkeys(wanted)]


def run(args: argparse.Namespace) -> int:
    """Generate and print the cases (or only those asked for)."""
    guideline = load(args.guideline, args.format)
    try:
        cases = generate_cases(guideline)
        impossible = [] if args.case else infeasible_paths(guideline)
    except CaseGenerationError as exc:
        print(f"guideline: {exc}", file=sys.stderr)
        return EXIT_FINDINGS
    if args.case:
        found = chosen(cases, args.case)
        if isinstance(found, str):
            print(f"guideline: {found}", file=sys.stderr)
            return EXIT_USAGE
        cases = found
    if args.format == "json":
        print(to_json(cases))
        return EXIT_OK
    print(table(cases))
    for diagnostic in impossible:
        print(render_human(diagnostic, None), file=sys.stderr)
    print(f"{len(cases)} case(s)", file=sys.stderr)
    return EXIT_OK
