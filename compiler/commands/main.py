"""The `guideline` command."""

from __future__ import annotations

import argparse
import os
import sys

from compiler.commands import (
    build_cmd,
    cases_cmd,
    check,
    diff_cmd,
    fmt_cmd,
    lsp_cmd,
    run_cmd,
    schema_cmd,
    serve_cmd,
)
from compiler.commands.common import EXIT_USAGE, UsageError

COMMANDS = (check, build_cmd, run_cmd, schema_cmd, fmt_cmd, cases_cmd, diff_cmd, serve_cmd,
            lsp_cmd)


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
        sys.stdout.flush()
    except UsageError as exc:
        print(f"guideline: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return _reader_gone()
    return code


# What a shell reports for a program stopped by SIGPIPE (128 + 13), as `head` expects.
EXIT_PIPE_CLOSED = 141


def _reader_gone() -> int:
    """The reader of our output went away (`guideline run ... | head`): stop quietly.

    What is still buffered for stdout is dropped by pointing stdout at the null device,
    so that Python's own flush at exit does not fail a second time.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_PIPE_CLOSED


if __name__ == "__main__":
    sys.exit(main())
