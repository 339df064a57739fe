"""Text to AST. Syntax errors come back as diagnostics worded for the author.

Lark reports a syntax error as a token and the set of terminals the parser would have
accepted instead. `_RULES` turns that into the author's likely mistake (a missing `:`, a
misspelt keyword, a unit before its number, ...); `generic` words the rest in plain
language, naming the block that is unfinished.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from lark import Lark, Token
from lark.exceptions import (
    UnexpectedCharacters,
    UnexpectedEOF,
    UnexpectedInput,
    UnexpectedToken,
    VisitError,
)
from lark.indenter import DedentError, Indenter

from dsl import ast
from dsl.diagnostics import Diagnostic, error, finalize
from dsl.gc_pause import paused
from dsl.source import SourceFile, Span
from dsl.syntax_context import Context, eol, generic, point
from dsl.syntax_rules import RULES
from dsl.transformer import AstBuilder


class _GuidelineIndenter(Indenter):
    NL_type = "_NL"
    OPEN_PAREN_types = ["LPAR"]  # noqa: RUF012 - Lark reads these as class attributes
    CLOSE_PAREN_types = ["RPAR"]  # noqa: RUF012
    INDENT_type = "_INDENT"
    DEDENT_type = "_DEDENT"
    tab_len = 4

    def handle_NL(self, token: Token):  # type: ignore[no-untyped-def]
        # A comment on the last line of the file must not count as indentation.
        last = token.rsplit("\n", 1)[-1]
        if "#" in last:
            token = Token.new_borrow_pos(token.type, token.split("#")[0].rstrip("#"), token)
            token = Token.new_borrow_pos(token.type, token.rsplit("\n", 1)[0] + "\n", token)
        yield from super().handle_NL(token)


@cache
def _lark() -> Lark:
    grammar = resources.files("dsl").joinpath("grammar.lark").read_text(encoding="utf-8")
    return Lark(
        grammar,
        parser="lalr",
        postlex=_GuidelineIndenter(),
        strict=True,
        propagate_positions=True,
        maybe_placeholders=False,
    )


def grammar() -> Lark:
    """The compiled grammar, its rules and terminals, for tools that read the language."""
    return _lark()


@cache
def _token_reader() -> tuple[Lark, list[Token]]:
    sink: list[Token] = []

    def keep(token: Token) -> Token:
        sink.append(token)
        return token

    text = resources.files("dsl").joinpath("grammar.lark").read_text(encoding="utf-8")
    reader = Lark(
        text,
        parser="lalr",
        postlex=_GuidelineIndenter(),
        propagate_positions=True,
        maybe_placeholders=False,
        lexer_callbacks={t.name: keep for t in _lark().terminals},
    )
    return reader, sink


def tokens(text: str) -> list[Token]:
    """The tokens of a valid text as the parser reads them: a word is a keyword only
    where the grammar expects one (`monitor strength "..."` has the name `strength`)."""
    reader, sink = _token_reader()
    sink.clear()
    reader.parse(text if text.endswith("\n") else text + "\n")
    return list(sink)


@cache
def keywords() -> frozenset[str]:
    """Every reserved word of the language."""
    return frozenset(
        str(t.pattern.value)
        for t in _lark().terminals
        if t.pattern.type == "str" and str(t.pattern.value).isidentifier()
    )


@cache
def _literals() -> dict[str, str]:
    """Literal terminals of the grammar: name -> the text, e.g. `COLON` -> `:`."""
    return {t.name: str(t.pattern.value) for t in _lark().terminals if t.pattern.type == "str"}


@dataclass(frozen=True)
class ParseResult:
    """The AST (None when the text could not be read) and the problems found."""

    guideline: ast.Guideline | None
    diagnostics: tuple[Diagnostic, ...]


MAX_DEPTH = 120  # blocks inside blocks: far beyond any real guideline


def too_deep(source: SourceFile, line: int = 1) -> Diagnostic:
    """The diagnostic for a file nested beyond what the compiler handles."""
    return error(
        "P015",
        "this is nested too deeply for the compiler to read",
        Span(source.path, line, 1, line, 2),
        f"keep blocks (decisions inside branches) under {MAX_DEPTH} levels deep, and split "
        "very long conditions into named definitions",
    )


def _depth_problem(source: SourceFile) -> Diagnostic | None:
    levels = [0]
    for number, raw in enumerate(source.lines(), start=1):
        stripped = raw.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(raw) - len(stripped)
        while len(levels) > 1 and levels[-1] > indent:
            levels.pop()
        if indent > levels[-1]:
            levels.append(indent)
            if len(levels) > MAX_DEPTH:
                return too_deep(source, number)
    return None


def parse(source: SourceFile) -> ParseResult:
    """Parse one guideline file. Never raises for anything an author can write."""
    tabs = _tab_indentation(source)
    if tabs is not None:
        return ParseResult(None, (tabs,))
    deep = _depth_problem(source)
    if deep is not None:
        return ParseResult(None, (deep,))
    text = source.text if source.text.endswith("\n") else source.text + "\n"
    if text.startswith("\ufeff"):  # a byte-order mark: a space keeps the columns right
        text = " " + text[1:]
    builder = AstBuilder(source.path)
    try:
        with paused():  # many objects, no cycles: collection would only cost time
            tree = _lark().parse(text)
            guideline = builder.transform(tree)
    except UnexpectedInput as exc:
        return ParseResult(None, (_describe(exc, source),))
    except DedentError:
        return ParseResult(None, (_dedent_error(source),))
    except RecursionError:
        return ParseResult(None, (too_deep(source),))
    except VisitError as exc:  # pragma: no cover - a transformer bug, not an author error
        raise exc.orig_exc from exc
    return ParseResult(guideline, tuple(finalize(builder.diagnostics)))


def parse_text(text: str, path: str = "<text>") -> ParseResult:
    """Parse text given directly (tests, notebooks)."""
    return parse(SourceFile(path, text))


# ------------------------------------------------------------------ layout errors


def _tab_indentation(source: SourceFile) -> Diagnostic | None:
    for number, raw in enumerate(source.text.split("\n"), start=1):  # lines as the lexer counts
        indent = raw[: len(raw) - len(raw.lstrip(" \t"))]
        if "\t" in indent and raw.strip() and not raw.lstrip().startswith("#"):
            return error(
                "P004",
                "this line is indented with a tab",
                point(source, number, 1, len(indent)),
                "indent with spaces only: a tab looks different in every editor, "
                "so the depth of the line is unclear",
            )
    return None


def _dedent_error(source: SourceFile) -> Diagnostic:
    previous = 0
    levels = [0]
    for number, raw in enumerate(source.text.splitlines(), start=1):
        stripped = raw.lstrip(" \t")
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(raw) - len(stripped)
        if indent > previous:
            levels.append(indent)
        elif indent < previous and indent not in levels:
            return error(
                "P004",
                "this line is indented to a depth that matches no enclosing block",
                point(source, number, 1, indent or 1),
                "line it up exactly with the block it belongs to (the same number of spaces)",
            )
        else:
            while levels and levels[-1] > indent:
                levels.pop()
        previous = indent
    return error("P004", "the indentation of this file is inconsistent", source.end_span())


def _describe(exc: UnexpectedInput, source: SourceFile) -> Diagnostic:
    if isinstance(exc, UnexpectedCharacters):
        return _bad_character(exc, source)
    if isinstance(exc, UnexpectedEOF):
        return error(
            "P005",
            "the file ends before the last block is finished",
            source.end_span(),
            "a line ending in `:` needs at least one indented line under it",
        )
    assert isinstance(exc, UnexpectedToken)
    return _bad_token(exc, source)


_LOOKALIKES = {"≥": ">=", "≤": "<=", "≠": "!=", "×": "*", "÷": "/", "–": "-", "—": "-"}


def _bad_character(exc: UnexpectedCharacters, source: SourceFile) -> Diagnostic:
    line_text = source.line_text(exc.line)
    char = exc.char
    span = point(source, exc.line, exc.column)
    if char == '"':
        return error(
            "P003",
            "this text has no closing quote",
            Span(source.path, exc.line, exc.column, exc.line, len(line_text) + 1),
            'end the text with a `"` on the same line; write \\" for a quote inside it',
        )
    if char in _LOOKALIKES:
        return error(
            "P001",
            f"`{char}` is not a sign this language uses",
            span,
            f"write `{_LOOKALIKES[char]}` instead",
        )
    if char in "'“”‘’`":
        return error(
            "P001",
            "text must be written in straight double quotes",
            span,
            'write "like this" rather than with single, curly or back quotes',
        )
    if char.isspace() or not char.isprintable():
        name = unicodedata.name(char, "an invisible character").lower()
        return error(
            "P001",
            f"an invisible character ({name}, U+{ord(char):04X}) is here",
            span,
            "delete it; type an ordinary space if one is needed",
        )
    if char.isalpha() or unicodedata.category(char).startswith("M"):
        return _letter_in_name(char, line_text, exc.column, span)
    return error(
        "P001",
        f"`{char}` has no meaning here",
        span,
        "check for a stray character or a missing quote",
    )


def _plain_letters(text: str) -> str:
    """The text with each letter written as the plain ASCII it folds to (NFKC), if any."""
    out = []
    for char in text:
        folded = unicodedata.normalize("NFKC", char)
        out.append(folded if folded.isascii() else char)
    return "".join(out)


def _in_word(char: str) -> bool:
    return char.isalnum() or char == "_" or unicodedata.category(char).startswith("M")


def _letter_in_name(char: str, line_text: str, column: int, span: Span) -> Diagnostic:
    """A letter outside a-z in a name: say which letter it is, and the plain spelling."""
    name = unicodedata.name(char, "").lower()
    shown = f"`{char}` ({name}, U+{ord(char):04X})" if name else f"`{char}` (U+{ord(char):04X})"
    start = end = column - 1
    while start > 0 and _in_word(line_text[start - 1]):
        start -= 1
    while end < len(line_text) and _in_word(line_text[end]):
        end += 1
    plain = _plain_letters(line_text[start:end])
    hint = (
        "names use the plain letters a-z and A-Z, digits and _; "
        "write other letters inside text in double quotes"
    )
    if _plain_letters(char).isascii() and plain.isascii() and plain.isidentifier():
        hint = f"it looks like `{_plain_letters(char)}`: write the name as `{plain}`"
    return error("P001", f"{shown} cannot be used in a name", span, hint)


def _bad_token(exc: UnexpectedToken, source: SourceFile) -> Diagnostic:
    token: Token = exc.token
    accepts = frozenset(exc.accepts or exc.expected)
    width = len(token) if token.type not in {"_NL", "_INDENT", "_DEDENT", "$END"} else 1
    span = point(source, token.line or 0, token.column or 1, width)
    if token.type in {"_NL", "_DEDENT", "$END"}:
        span = eol(source, token)
    stack = tuple(exc.interactive_parser.parser_state.value_stack)
    ctx = Context(token, accepts, stack, span, source, _literals())
    for rule in RULES:
        found = rule(ctx)
        if found is not None:
            return found
    return generic(ctx)
