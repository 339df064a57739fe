"""Text to AST. Syntax errors come back as diagnostics worded for the author."""

from __future__ import annotations

import difflib
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

from compiler.diagnostics import Diagnostic, error, finalize
from dsl import ast
from dsl.source import SourceFile, Span
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


@cache
def keywords() -> frozenset[str]:
    """Every reserved word of the language."""
    return frozenset(
        str(t.pattern.value)
        for t in _lark().terminals
        if t.pattern.type == "str" and str(t.pattern.value).isidentifier()
    )


def _literals() -> dict[str, str]:
    return {t.name: str(t.pattern.value) for t in _lark().terminals if t.pattern.type == "str"}


_WORDS = {
    "NAME": "a name",
    "STRING": 'text in double quotes ("...")',
    "NUMBER": "a number",
    "INT": "a whole number",
    "DATE": "a date (YYYY-MM-DD)",
    "VERSION": "a version such as 1.0.0",
    "UNIT": "a unit",
    "_NL": "the end of the line",
    "_INDENT": "an indented block",
    "_DEDENT": "the end of the block",
    "$END": "the end of the file",
}


@dataclass(frozen=True)
class ParseResult:
    """The AST (None when the text could not be read) and the problems found."""

    guideline: ast.Guideline | None
    diagnostics: tuple[Diagnostic, ...]


def parse(source: SourceFile) -> ParseResult:
    """Parse one guideline file. Never raises for anything an author can write."""
    text = source.text if source.text.endswith("\n") else source.text + "\n"
    builder = AstBuilder(source.path)
    try:
        tree = _lark().parse(text)
        guideline = builder.transform(tree)
    except UnexpectedInput as exc:
        return ParseResult(None, (_describe(exc, source),))
    except DedentError:
        return ParseResult(None, (_dedent_error(source),))
    except VisitError as exc:  # pragma: no cover - a transformer bug, not an author error
        raise exc.orig_exc from exc
    return ParseResult(guideline, tuple(finalize(builder.diagnostics)))


def parse_text(text: str, path: str = "<text>") -> ParseResult:
    """Parse text given directly (tests, notebooks)."""
    return parse(SourceFile(path, text))


# ------------------------------------------------------------------ error wording


def _point(source: SourceFile, line: int, column: int, width: int = 1) -> Span:
    if line < 1:
        return source.end_span()
    return Span(source.path, line, column, line, column + max(1, width))


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
                _point(source, number, 1, indent or 1),
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


def _bad_character(exc: UnexpectedCharacters, source: SourceFile) -> Diagnostic:
    line_text = source.line_text(exc.line)
    char = exc.char
    span = _point(source, exc.line, exc.column)
    if char == '"':
        return error(
            "P003",
            "this text has no closing quote",
            Span(source.path, exc.line, exc.column, exc.line, len(line_text) + 1),
            'end the text with a `"` on the same line; write \\" for a quote inside it',
        )
    if char in "'“”‘’":
        return error(
            "P001",
            "text must be written in straight double quotes",
            span,
            'write "like this" rather than with single or curly quotes',
        )
    if char == "\t":
        return error("P001", "a tab was found inside a line", span, "use spaces instead of tabs")
    return error(
        "P001",
        f"`{char}` has no meaning here",
        span,
        "check for a stray character or a missing quote",
    )


def _expected_words(expected: set[str]) -> list[str]:
    literals = _literals()
    words = {_WORDS.get(name) or f"`{literals.get(name, name.lower())}`" for name in expected}
    return sorted(words)


def _bad_token(exc: UnexpectedToken, source: SourceFile) -> Diagnostic:
    token: Token = exc.token
    expected = set(exc.expected)
    literals = _literals()
    value = str(token)
    width = len(value) if token.type not in {"_NL", "_INDENT", "_DEDENT", "$END"} else 1
    span = _point(source, token.line or 0, token.column or 1, width)
    if token.type == "_NL":
        span = _eol(source, token)
    for rule in _RULES:
        found = rule(token, expected, literals, span, source)
        if found is not None:
            return found
    wanted = _expected_words(expected)
    shown = ", ".join(wanted[:6]) + (" or another" if len(wanted) > 6 else "")
    return error(
        "P002",
        f"{_token_words(token, literals)} was not expected here",
        span,
        f"expected {shown}",
    )


def _eol(source: SourceFile, token: Token) -> Span:
    line = token.line or 1
    text = source.line_text(line)
    return Span(source.path, line, len(text.rstrip()) + 1, line, len(text.rstrip()) + 2)


def _token_words(token: Token, literals: dict[str, str]) -> str:
    if token.type in _WORDS:
        return _WORDS[token.type].capitalize()
    if token.type in literals:
        return f"`{literals[token.type]}`"
    return f"`{token}`"


def _missing_colon(
    token: Token, expected: set[str], literals: dict[str, str], span: Span, source: SourceFile
) -> Diagnostic | None:
    if "COLON" in expected and token.type == "_NL":
        return error(
            "P006",
            "a `:` is missing at the end of this line",
            span,
            "`when ...`, `otherwise` and `input ...` lines need a `:` (for example `otherwise:`)",
        )
    return None


def _empty_block(
    token: Token, expected: set[str], literals: dict[str, str], span: Span, source: SourceFile
) -> Diagnostic | None:
    if "_INDENT" in expected and token.type in {"_DEDENT", "$END"} | set(literals) | {"NAME"}:
        return error(
            "P005",
            "this block is empty: nothing is indented under the line that opens it",
            span,
            "indent the lines that belong to the block, or write `nothing` after the `:`",
        )
    return None


def _stray_indent(
    token: Token, expected: set[str], literals: dict[str, str], span: Span, source: SourceFile
) -> Diagnostic | None:
    if token.type == "_INDENT":
        line = (token.line or 0) + 1
        text = source.line_text(line)
        return error(
            "P004",
            "this line is indented, but the line before it does not open a block",
            _point(source, line, 1, len(text) - len(text.lstrip()) or 1),
            "line it up with the line before, or end the line before with `:` if it opens a block",
        )
    return None


def _double_equals(
    token: Token, expected: set[str], literals: dict[str, str], span: Span, source: SourceFile
) -> Diagnostic | None:
    line_text = source.line_text(token.line or 0)
    col = (token.column or 1) - 1
    if str(token) == "=" and line_text[max(0, col - 1) : col + 1] == "==":
        return error("P008", "`==` is not used in this language", span, "write a single `=`")
    return None


def _reserved_word(
    token: Token, expected: set[str], literals: dict[str, str], span: Span, source: SourceFile
) -> Diagnostic | None:
    word = literals.get(token.type, "")
    if "NAME" in expected and word.isidentifier():
        return error(
            "P007",
            f"`{word}` is a word of the language and cannot be used as a name",
            span,
            f"choose another name, such as `{word}_status`",
        )
    return None


def _misspelt_keyword(
    token: Token, expected: set[str], literals: dict[str, str], span: Span, source: SourceFile
) -> Diagnostic | None:
    if token.type != "NAME":
        return None
    words = [literals[n] for n in expected if n in literals and literals[n].isidentifier()]
    close = difflib.get_close_matches(str(token), words, n=1, cutoff=0.6)
    if close:
        return error(
            "P012",
            f"`{token}` is not a word this language knows here",
            span,
            f"did you mean `{close[0]}`?",
        )
    return None


def _unit_for_number(
    token: Token, expected: set[str], literals: dict[str, str], span: Span, source: SourceFile
) -> Diagnostic | None:
    if token.type in {"NAME", "UNIT"} and expected & {"NUMBER", "INT"} and "NAME" not in expected:
        return error(
            "P011",
            f"a number was expected here, but `{token}` was found",
            span,
            "write the number first and the unit after it, for example `from 1 to 400`"
            " after `number kg`",
        )
    return None


_RULES = (
    _stray_indent,
    _double_equals,
    _missing_colon,
    _empty_block,
    _reserved_word,
    _misspelt_keyword,
    _unit_for_number,
)
