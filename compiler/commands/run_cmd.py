"""`guideline run <guideline> --patient FILE.json`: what the guideline says for one patient."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from compiler import interpreter
from compiler.commands.common import EXIT_FINDINGS, EXIT_OK, UsageError, load
from compiler.explain import explain


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the subcommand."""
    parser = sub.add_parser("run", help="evaluate a guideline for one patient")
    parser.add_argument("guideline", help="guideline id or path")
    parser.add_argument("--patient", required=True, help="a JSON file of the patient's facts")
    parser.add_argument("--format", choices=["human", "json"], default="human")
    parser.set_defaults(handler=run)


def _read_patient(path: str) -> object:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"no such file: {path}") from None
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path} is not valid JSON: {exc}") from None


def run(args: argparse.Namespace) -> int:
    """Evaluate and print."""
    guideline = load(args.guideline)
    patient = _read_patient(args.patient)
    try:
        result = interpreter.evaluate(guideline, patient)
    except interpreter.PatientDataError as exc:
        if args.format == "json":
            problems = [{"fact": n, "problem": m} for n, m in exc.problems]
            print(json.dumps({"error": "invalid patient data", "problems": problems}, indent=2))
        else:
            print("The patient data cannot be evaluated:", file=sys.stderr)
            for name, message in exc.problems:
                print(f"  {name}: {message}", file=sys.stderr)
        return EXIT_FINDINGS
    if args.format == "json":
        print(json.dumps(result, indent=2, sort_keys=True))
    else:
        print(explain(result))
    return EXIT_OK
