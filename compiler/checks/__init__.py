"""Checks over the AST and the IR, one module per family, run in a listed order."""
