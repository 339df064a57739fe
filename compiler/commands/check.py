"""`guideline check [PATHS]`: report every problem, emit nothing."""

from __future__ import annotations

import argparse
import sys

from compiler.commands.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    guideline_paths,
    print_diagnostics,
    project_root,
)
from compiler.pipeline.build import compile_paths


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the subcommand."""
    parser = sub.add_parser("check", help="check guidelines and report every problem")
    parser.add_argument("paths", nargs="*", help="files or folders (default: guidelines/)")
    parser.add_argument("--format", choices=["human", "json"], default="human")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Check and print."""
    root = project_root()
    paths = guideline_paths(root, args.paths)
    compiled = compile_paths(root, paths)
    found = print_diagnostics(compiled, args.format)
    if not found and args.format == "human":
        print(f"{len(compiled)} guideline(s) checked: no problems found", file=sys.stderr)
    return EXIT_FINDINGS if found else EXIT_OK
