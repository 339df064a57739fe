"""`guideline run <guideline> --patient FILE.json | --patients FILE`: what the guideline says.

`--patient` evaluates one patient and explains the result (or prints it as JSON).
`--patients` evaluates a JSON Lines or CSV file of patients, streaming, and writes one
JSON result per line; a bad row gets an error object on its line and the run goes on.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path
from typing import IO

from tqdm import tqdm

from compiler.commands.common import EXIT_FINDINGS, EXIT_OK, UsageError, load
from compiler.running import batch, result_fields, result_json
from compiler.running.explain import explain
from compiler.semantics import interpreter
from dsl.visible_text import visible


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the subcommand."""
    parser = sub.add_parser(
        "run",
        help="evaluate a guideline for one patient, or for a file of patients",
        description=(
            "Evaluate a guideline. --patient FILE.json: one patient, explained. "
            "--patients FILE: a JSON Lines file (one object of facts per line) or a .csv "
            "file (header row of fact names; an empty cell is unknown), one JSON result "
            "per line; a bad row gets an error object on its line, and the exit code is 1."
        ),
    )
    parser.add_argument("guideline", help="guideline id or path")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--patient", help="a JSON file of one patient's facts")
    source.add_argument("--patients", help="a JSON Lines or .csv file of patients")
    parser.add_argument(
        "--format",
        choices=["human", "json"],
        default=None,
        help="for --patient: human (default) or json; --patients always writes JSON Lines",
    )
    parser.add_argument("--output", help="with --patients: write the results here, not stdout")
    parser.add_argument(
        "--output-fields",
        metavar="FIELDS",
        help=(
            "with --patients: write only these fields of each result, comma-separated, "
            "e.g. ids,doses,needs,complete (fast: no path, no texts); default: the full "
            "result. Fields: " + ", ".join(result_fields.FIELDS)
        ),
    )
    parser.set_defaults(handler=run)


def _read_patient(path: str) -> object:
    """The patient of a JSON file, read as a row of a batch is (so with the same errors)."""
    try:
        with batch.open_patients(Path(path)) as stream:
            text = stream.read()
    except FileNotFoundError:
        raise UsageError(f"no such file: {path}") from None
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    value, problems = batch.json_value(text)
    if problems:
        fact, problem = problems[0]
        raise UsageError(f"{path} {problem}" if fact == "row" else f"{path}: {fact} {problem}")
    return value


def run(args: argparse.Namespace) -> int:
    """Evaluate and print."""
    if args.patients is not None:
        return run_many(args)
    if args.output is not None:
        raise UsageError("--output goes with --patients")
    if args.output_fields is not None:
        raise UsageError("--output-fields goes with --patients")
    fmt = args.format or "human"
    guideline = load(args.guideline)
    patient = _read_patient(args.patient)
    try:
        result = interpreter.evaluate(guideline, patient)
    except interpreter.PatientDataError as exc:
        if fmt == "json":
            problems = [{"fact": n, "problem": m} for n, m in exc.problems]
            print(json.dumps({"error": "invalid patient data", "problems": problems}, indent=2))
        else:
            print("The patient data cannot be evaluated:", file=sys.stderr)
            for name, message in exc.problems:
                print(f"  {visible(name)}: {visible(message)}", file=sys.stderr)
        return EXIT_FINDINGS
    except interpreter.GuidelineDefect as exc:
        message = f"the guideline gives no answer for this patient ({exc})"
        if fmt == "json":
            print(json.dumps({"error": "guideline defect", "message": message}, indent=2))
        else:
            print(f"guideline: {visible(message)}; run `guideline check` on it", file=sys.stderr)
        return EXIT_FINDINGS
    if fmt == "json":
        print(json.dumps(result, indent=2, sort_keys=True))
    else:
        print(explain(result))
    return EXIT_OK


def _show_progress(output: IO[str]) -> bool:
    """A progress bar only when a person watches: stderr and stdout are terminals."""
    return sys.stderr.isatty() and sys.stdout.isatty() and output is not sys.stdout


def _open_output(path: str, stack: contextlib.ExitStack) -> IO[str]:
    try:
        return stack.enter_context(open(path, "w", encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from None


def run_many(args: argparse.Namespace) -> int:
    """Evaluate every patient of a file, streaming; exit 1 if any row was bad."""
    if args.format == "human":
        raise UsageError("--patients writes JSON Lines; --format human goes with --patient")
    fields: tuple[str, ...] = result_json.RESULT_FIELDS
    if args.output_fields is not None:
        try:
            fields = result_fields.parse_fields(args.output_fields)
        except result_fields.UnknownField as exc:
            raise UsageError(f"--output-fields: {exc}") from None
    path = Path(args.patients)
    if not path.is_file():
        raise UsageError(f"no such file: {args.patients}")
    guideline = load(args.guideline)
    module = batch.load_module(guideline)
    with contextlib.ExitStack() as stack:
        stream = stack.enter_context(batch.open_patients(path))
        output = sys.stdout if args.output is None else _open_output(args.output, stack)
        rows = batch.read_patients(path, guideline, stream)
        bar = tqdm(rows, unit=" patients", disable=not _show_progress(output), file=sys.stderr)
        counts = batch.run_batch(module, bar, output.write, fields, guideline)
        bar.close()
    if counts.bad:
        print(
            f"{counts.bad} of {counts.rows} rows had bad data (see their error objects)",
            file=sys.stderr,
        )
        return EXIT_FINDINGS
    return EXIT_OK
