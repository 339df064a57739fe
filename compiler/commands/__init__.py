"""Subcommands of the `guideline` tool; each module has `register(subparsers)`."""
