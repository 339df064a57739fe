"""The TextMate grammar of the VS Code extension, generated from the Lark grammar.

`editors/vscode/syntaxes/guideline.tmLanguage.json` is this module's output
(`python3 tools/textmate_grammar.py` writes it; a test fails when it is stale), so every
keyword the grammar gains is highlighted without editing the extension.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from compiler.lsp import grammar_words

SCOPE = "source.guideline"
NAME = r"[A-Za-z_][A-Za-z0-9_]*"


def _alternation(words: Iterable[str]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))  # longest first: `yes/no` before `yes`
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _words(words: Iterable[str]) -> str:
    return rf"(?<![A-Za-z0-9_])(?:{_alternation(words)})(?![A-Za-z0-9_/])"


def scopes() -> dict[str, list[str]]:
    """Every keyword by the scope it is coloured with."""
    constants = grammar_words.atom_words()
    kinds = list(grammar_words.phrases("rec_kind"))
    operators = [w for w in grammar_words.expression_words() if w not in constants]
    others = [w for w in grammar_words.all_keywords() if w not in {*constants, *kinds, *operators}]
    return {
        "constant.language.guideline": sorted(constants),
        "storage.type.recommendation.guideline": sorted(kinds),
        "keyword.operator.word.guideline": sorted(operators),
        "keyword.control.guideline": sorted(others),
    }


def grammar() -> dict[str, object]:
    """The TextMate grammar as a JSON-ready dict."""
    by_scope = scopes()
    declaring = grammar_words.declaring_words()
    kinds = by_scope["storage.type.recommendation.guideline"]
    repository: dict[str, object] = {
        "comment": {"name": "comment.line.number-sign.guideline", "match": "#.*$"},
        "string": {
            "name": "string.quoted.double.guideline",
            "begin": '"',
            "end": '"|$',
            "patterns": [{"name": "constant.character.escape.guideline", "match": r"\\."}],
        },
        "declaration": {
            "match": rf"^\s*({_alternation(declaring)})\s+({NAME})",
            "captures": {
                "1": {"name": "keyword.control.guideline"},
                "2": {"name": "entity.name.type.guideline"},
            },
        },
        "recommendation": {
            "match": rf"^\s*({_alternation(kinds)})\s+({NAME})",
            "captures": {
                "1": {"name": "storage.type.recommendation.guideline"},
                "2": {"name": "entity.name.function.guideline"},
            },
        },
        "date": {"name": "constant.other.date.guideline", "match": r"\b\d{4}-\d{2}-\d{2}\b"},
        "version": {
            "name": "constant.other.version.guideline",
            "match": r"\b\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?\b",
        },
        "number": {"name": "constant.numeric.guideline", "match": r"\b\d+(?:\.\d+)?\b"},
        "operator": {"name": "keyword.operator.guideline", "match": r">=|<=|!=|->|[<>=+*/-]"},
    }
    order = ["comment", "string", "declaration", "recommendation", "date", "version", "number"]
    for scope, words in by_scope.items():
        if words:
            key = scope.split(".guideline")[0].replace(".", "-")
            repository[key] = {"name": scope, "match": _words(words)}
            order.append(key)
    order.append("operator")
    return {
        "$schema": "https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json",
        "name": "Guideline",
        "scopeName": SCOPE,
        "fileTypes": ["guideline"],
        "patterns": [{"include": f"#{key}"} for key in order],
        "repository": repository,
    }


def text() -> str:
    """The grammar file's text, as committed."""
    return json.dumps(grammar(), indent=2, sort_keys=False) + "\n"
