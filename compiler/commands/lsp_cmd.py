"""`guideline lsp`: the language server for editors, over standard input and output."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the subcommand."""
    parser = sub.add_parser(
        "lsp", help="run the language server for editors (Language Server Protocol on stdio)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Serve until the editor closes the connection."""
    from compiler.lsp.server import main  # noqa: PLC0415 - pygls is loaded only for this command

    main()
    return 0
