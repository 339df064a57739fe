"""`guideline fmt [PATHS]`: rewrite guideline files in the canonical layout.

`guideline fmt --check` writes nothing; it lists the files that would change and
exits 1 when there are any.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from compiler.commands.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    guideline_paths,
    print_diagnostics,
    project_root,
)
from compiler.pipeline.files import write_atomically
from compiler.pipeline.stages import Compiled
from dsl.formatter import FormatError, FormatterBug, format_source
from dsl.reading import read_file


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the subcommand."""
    parser = sub.add_parser("fmt", help="rewrite guidelines in the canonical layout")
    parser.add_argument("paths", nargs="*", help="files or folders (default: guidelines/)")
    parser.add_argument(
        "--check", action="store_true", help="write nothing; fail if a file would change"
    )
    parser.set_defaults(handler=run)


def _display(root: Path, path: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def _format_one(path: Path, display: str) -> tuple[str, str] | Compiled:
    """(old, new) text, or the file's syntax problems as a Compiled without IR."""
    read = read_file(path, display)
    source = read.source
    if read.diagnostics:
        return Compiled(source, None, None, read.diagnostics)
    try:
        return read.text_as_stored, format_source(source.text, display)
    except FormatError as exc:
        return Compiled(source, None, None, exc.diagnostics)


def run(args: argparse.Namespace) -> int:
    """Format (or check) every file named, or every guideline."""
    root = project_root()
    paths = guideline_paths(root, args.paths)
    changed: list[str] = []
    broken: list[Compiled] = []
    for path in paths:
        display = _display(root, path)
        try:
            outcome = _format_one(path, display)
        except FormatterBug as exc:
            print(f"guideline fmt: left unchanged: {exc}", file=sys.stderr)
            return EXIT_FINDINGS
        if isinstance(outcome, Compiled):
            broken.append(outcome)
            continue
        old, new = outcome
        if old != new:
            changed.append(display)
            if not args.check:
                write_atomically(path, new)
    return _report(changed, broken, len(paths), args.check)


def _report(changed: list[str], broken: list[Compiled], total: int, check: bool) -> int:
    if broken:
        print_diagnostics(broken, "human")
        print("fix the syntax errors above, then format again", file=sys.stderr)
    verb = "would reformat" if check else "reformatted"
    for name in changed:
        print(f"{verb} {name}", file=sys.stderr)
    print(f"{total} file(s): {len(changed)} {verb}", file=sys.stderr)
    if broken or (check and changed):
        return EXIT_FINDINGS
    return EXIT_OK
