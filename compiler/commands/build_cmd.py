"""`guideline build`: compile every guideline and write every output."""

from __future__ import annotations

import argparse
import sys

from compiler.commands.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    print_diagnostics,
    project_root,
)
from compiler.pipeline.build import build
from compiler.publishing import PublishingError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the subcommand."""
    parser = sub.add_parser("build", help="build every guideline's outputs")
    parser.add_argument(
        "--check", action="store_true", help="write nothing; fail if an output is out of date"
    )
    parser.add_argument("--format", choices=["human", "json"], default="human")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Build (or verify) and report."""
    try:
        report = build(project_root(), check_only=args.check)
    except PublishingError as exc:
        print(f"guideline: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print_diagnostics(report.compiled, args.format)
    if not report.ok:
        print("build stopped: fix the errors above", file=sys.stderr)
        return EXIT_FINDINGS
    if args.check:
        for rel in report.stale:
            if rel in report.gone:
                print(f"no longer built: {rel} (`guideline build` deletes it)", file=sys.stderr)
            else:
                print(f"out of date: {rel}", file=sys.stderr)
        if report.stale:
            print("run `guideline build` and commit the result", file=sys.stderr)
            return EXIT_FINDINGS
        print(f"{len(report.compiled)} guideline(s): every output is current", file=sys.stderr)
        return EXIT_OK
    for rel in report.written:
        print(f"wrote {rel}", file=sys.stderr)
    for rel in report.gone:
        print(f"deleted {rel} (no longer built)", file=sys.stderr)
    changed = len(report.written) + len(report.gone)
    print(f"{len(report.compiled)} guideline(s) built, {changed} file(s) changed", file=sys.stderr)
    return EXIT_OK
