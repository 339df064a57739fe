"""The `guideline` command."""

from __future__ import annotations

import argparse
import sys

from compiler.commands import (
    build_cmd,
    cases_cmd,
    check,
    fmt_cmd,
    lsp_cmd,
    run_cmd,
    schema_cmd,
)
from compiler.commands.common import EXIT_USAGE, UsageError

COMMANDS = (check, build_cmd, run_cmd, schema_cmd, fmt_cmd, cases_cmd, lsp_cmd)


def parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    top = argparse.ArgumentParser(
        prog="guideline",
        description="Compile clinical treatment guidelines into code, documentation and tests.",
    )
    sub = top.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        command.register(sub)
    return top


def main(argv: list[str] | None = None) -> int:
    """Run the tool; returns the exit code (0 ok, 1 findings, 2 usage errors)."""
    args = parser().parse_args(argv)
    try:
        code: int = args.handler(args)
    except UsageError as exc:
        print(f"guideline: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return code


if __name__ == "__main__":
    sys.exit(main())
