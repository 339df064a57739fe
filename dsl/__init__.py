"""The guideline language: grammar, parser, and AST."""
