"""`guideline schema <guideline>`: the JSON Schema of its patient facts."""

from __future__ import annotations

import argparse
import json

from compiler.commands.common import EXIT_OK, load
from compiler.emit_python.schema import schema


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the subcommand."""
    parser = sub.add_parser("schema", help="print the JSON Schema of a guideline's inputs")
    parser.add_argument("guideline", help="guideline id or path")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the schema."""
    print(json.dumps(schema(load(args.guideline)), indent=2, sort_keys=True))
    return EXIT_OK
