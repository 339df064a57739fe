"""The author's likely mistake behind a syntax error, one rule per mistake.

Each rule reads a `Context` and returns a diagnostic when it recognises the mistake;
`RULES` lists them in the order they are tried.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable

from lark import Token

from dsl.diagnostics import Diagnostic, error
from dsl.source import Span
from dsl.syntax_context import (
    EMPTY_HINTS,
    FIELD_HOMES,
    NATURAL_ENDS,
    OPERATORS,
    REC_KINDS,
    SYNONYMS,
    VALUE_STARTS,
    Context,
    eol,
    expected_hint,
    point,
    shown,
)
from dsl.units import UnitError, parse_unit


def _stray_indent(ctx: Context) -> Diagnostic | None:
    if ctx.kind != "_INDENT":
        return None
    line = (ctx.token.line or 0) + 1
    while line <= len(ctx.source.text.splitlines()) and not _code(ctx.source.line_text(line)):
        line += 1
    text = ctx.source.line_text(line)
    return error(
        "P004",
        "this line is indented, but the line before it does not open a block",
        point(ctx.source, line, 1, len(text) - len(text.lstrip()) or 1),
        "line it up with the line before, or end the line before with `:` if it opens a block",
    )


def _code(line: str) -> str:
    stripped = line.strip()
    return "" if stripped.startswith("#") else stripped


def _double_equals(ctx: Context) -> Diagnostic | None:
    line_text = ctx.source.line_text(ctx.token.line or 0)
    col = (ctx.token.column or 1) - 1
    if str(ctx.token) == "=" and line_text[max(0, col - 1) : col + 1] == "==":
        return error("P008", "`==` is not used in this language", ctx.span, "write a single `=`")
    return None


def _unclosed_paren(ctx: Context) -> Diagnostic | None:
    if "RPAR" in ctx.accepts and ctx.kind in {"_NL", "COLON", "$END", "_DEDENT"}:
        return error(
            "P002",
            "a `(` on this line is never closed",
            ctx.span,
            "add the missing `)` before the end of the condition",
        )
    return None


def _inline_after_colon(ctx: Context) -> Diagnostic | None:
    last = ctx.stack[-1] if ctx.stack else None
    if not isinstance(last, Token) or last.type != "COLON" or "NOTHING" not in ctx.accepts:
        return None
    if ctx.kind in {"_NL", "NOTHING", "ASK"}:
        return None
    return error(
        "P002",
        f"{shown(ctx.token)} cannot follow the `:` on the same line",
        ctx.span,
        "only `nothing` or `ask` may follow the `:`; start a new line, indented under the "
        "branch, for what the branch leads to",
    )


_COLON_HINTS = {
    "when": "a `when` line ends with `:`, for example `when weight >= 40 kg:`",
    "otherwise": "write `otherwise:`",
    "input": 'an input reads `input name "question": type`, '
    'for example `input weight "Body weight": number kg from 1 to 400`',
    "assume": 'an assumption reads `assume name "what it says": condition`',
}


def _missing_connective(ctx: Context) -> Diagnostic | None:
    if ctx.kind not in VALUE_STARTS - {"MINUS"} or "AND" not in ctx.accepts:
        return None
    if ctx.kind == "NAME" and _close_keyword(ctx):  # `adn`: a misspelt `and`
        return None
    return error(
        "P002",
        f"{shown(ctx.token)} is not expected here: is an `and` or an `or` missing before it?",
        ctx.span,
        "join conditions with `and` or `or`",
    )


def _missing_colon(ctx: Context) -> Diagnostic | None:
    if "COLON" not in ctx.accepts or ctx.kind in OPERATORS | {"RPAR", "COMMA", "COLON"}:
        return None
    opener = ctx.opener()
    keyword = opener.keyword if opener is not None else ""
    hint = _COLON_HINTS.get(keyword, "`when ...`, `otherwise` and `input ...` lines need a `:`")
    if ctx.kind == "_NL":
        return error("P006", "a `:` is missing at the end of this line", ctx.span, hint)
    if ctx.kind == "NAME" and _close_keyword(ctx):
        return None
    return error("P006", f"a `:` is missing before {shown(ctx.token)}", ctx.span, hint)


def _empty_block(ctx: Context) -> Diagnostic | None:
    if ctx.accepts != {"_INDENT"}:
        return None
    opener = ctx.opener()
    newline = next(
        (t for t in reversed(ctx.stack) if isinstance(t, Token) and t.type == "_NL"), None
    )
    span = eol(ctx.source, newline) if newline is not None else ctx.span
    hint = "indent the lines that belong to the block, or write `nothing` after the `:`"
    if opener is None:
        return error("P005", "this block is empty: nothing is indented under it", span, hint)
    hint = EMPTY_HINTS.get(opener.keyword, hint)
    if opener.keyword == "decide":
        message = (
            f"the decision `{opener.id}` that starts on line {opener.line} "
            "needs at least one `when` branch indented under it"
        )
    elif opener.keyword in {"when", "otherwise"}:
        message = f"the `{opener.keyword}` branch on line {opener.line} has nothing under it"
    else:
        message = f"{opener.words()} on line {opener.line} has nothing indented under it"
    return error("P005", message, span, hint)


def _home(word: str) -> str | None:
    return next((home for home, words in FIELD_HOMES.items() if word in words), None)


_OPENER_HOMES = {
    "guideline": "guideline header",
    "references": "reference",
    "decide": "decision",
    "example": "example",
    "option": "option",
    "input": "",
    "define": "",
    "assume": "",
    "section": "",
    "when": "",
    "otherwise": "",
    "note": "",
}


def _quote_inside_text(ctx: Context) -> Diagnostic | None:
    previous = ctx.previous()
    if previous is None or previous.type != "STRING" or ctx.kind in {"_NL", "$END", "_DEDENT"}:
        return None
    if (previous.end_line, previous.end_column) != (ctx.token.line, ctx.token.column):
        return None
    return error(
        "P002",
        f"the text in quotes ends just before {shown(ctx.token)}",
        ctx.span,
        'a quote inside text ends it: write \\" for a quote that belongs to the text',
    )


def _same_line_field(ctx: Context) -> Diagnostic | None:
    home = _home(ctx.word)
    if home is None or "_NL" not in ctx.accepts or ctx.first_on_line():
        return None
    opener = ctx.opener()
    if opener is None or _OPENER_HOMES.get(opener.keyword, "recommendation") != home:
        return None
    return error(
        "P002",
        f"`{ctx.word}` must start a line of its own",
        ctx.span,
        f"put `{ctx.word} ...` on the next line, indented under "
        + ("its reference" if home == "reference" else opener.words()),
    )


def _misplaced_field(ctx: Context) -> Diagnostic | None:
    home = _home(ctx.word)
    if home is None or not ctx.first_on_line():
        return None
    if home == "decision":
        return error(
            "P004",
            f"this `{ctx.word}` branch is not directly under a `decide` line",
            ctx.span,
            "branches go directly under their `decide` line, all at the same depth; "
            'a section takes its condition on its own line: `section id "Title" when ...`',
        )
    return error(
        "P004",
        f"`{ctx.word}` is not expected at this depth: it belongs under {_a(home)}",
        ctx.span,
        f"indent it under the {home} it belongs to",
    )


def _a(home: str) -> str:
    return f"an {home}" if home[0] in "aeiou" else f"a {home}"


def _top_level_recommendation(ctx: Context) -> Diagnostic | None:
    if ctx.word not in REC_KINDS or "DECIDE" not in ctx.accepts or "START" in ctx.accepts:
        return None
    return error(
        "P002",
        "a recommendation cannot stand on its own at the top of the file",
        ctx.span,
        "put it inside a `section`, or under a branch of a decision",
    )


def _simple_out_of_place(ctx: Context) -> Diagnostic | None:
    if ctx.word not in {"nothing", "ask"}:
        return None
    return error(
        "P002",
        f"`{ctx.word}` can only stand as what a branch of a decision leads to",
        ctx.span,
        f"write it under a branch, for example `otherwise: {ctx.word}`"
        if ctx.word == "nothing"
        else "write it in the decision's unknown branch: `when unknown: ask`",
    )


def _reserved_word(ctx: Context) -> Diagnostic | None:
    if "NAME" in ctx.accepts and ctx.word.isidentifier():
        return error(
            "P007",
            f"`{ctx.word}` is a word of the language and cannot be used as a name",
            ctx.span,
            f"choose another name, such as `{ctx.word}_status`",
        )
    return None


def _number_for_name(ctx: Context) -> Diagnostic | None:
    if "NAME" not in ctx.accepts or ctx.accepts & {"INT", "NUMBER"}:
        return None
    if ctx.kind not in {"INT", "NUMBER", "DATE", "VERSION"}:
        return None
    line = ctx.source.line_text(ctx.token.line or 0)
    match = re.match(r"[\w.\-]+", line[(ctx.token.column or 1) - 1 :])
    word = match.group(0) if match else str(ctx.token)
    return error(
        "P002",
        f"a name is needed here, and `{word}` is not a name",
        point(ctx.source, ctx.token.line or 0, ctx.token.column or 1, len(word)),
        "a name uses letters, digits and _, and starts with a letter (for example `line_2`)",
    )


def _missing_comma(ctx: Context) -> Diagnostic | None:
    if ctx.kind not in {"NAME", "STRING", "INT"} or "COMMA" not in ctx.accepts:
        return None
    if ctx.kind in ctx.accepts:
        return None
    opener = ctx.opener()
    hint = "separate the items of a list with commas, for example `expect a, b`"
    if opener is not None and opener.keyword == "input":
        hint = 'separate the choices with commas: `one of a "A", b "B"` or `one of a, b`'
    return error("P002", f"a `,` is missing before {shown(ctx.token)}", ctx.span, hint)


def _name_for_text(ctx: Context) -> Diagnostic | None:
    if "STRING" not in ctx.accepts or "NAME" in ctx.accepts or _home(ctx.word):
        return None
    if ctx.kind not in {"NAME", "INT", "NUMBER", "UNIT"} and not ctx.word.isidentifier():
        return None
    line = ctx.source.line_text(ctx.token.line or 0)
    rest = line[(ctx.token.column or 1) - 1 :].split(" #")[0].strip().rstrip(":").strip()
    return error(
        "P002",
        "text is expected here, written in double quotes",
        ctx.span,
        f'write it in double quotes: "{rest}"',
    )


def _close_keyword(ctx: Context) -> str | None:
    words = [w for w in ctx.accepted_words() if w.isidentifier() or "/" in w]
    lowered = {w.lower(): w for w in words}
    if str(ctx.token).lower() in lowered:
        return lowered[str(ctx.token).lower()]
    close = difflib.get_close_matches(str(ctx.token), words, n=1, cutoff=0.6)
    return close[0] if close else None


def _misspelt_keyword(ctx: Context) -> Diagnostic | None:
    if ctx.kind != "NAME" and not ctx.word.isidentifier():
        return None
    close = _close_keyword(ctx)
    if close is None or close == str(ctx.token):
        return None
    return error(
        "P012",
        f"`{ctx.token}` is not a word this language knows here",
        ctx.span,
        f"did you mean `{close}`?",
    )


def _recommendation_kind(ctx: Context) -> Diagnostic | None:
    if ctx.kind != "NAME" or "START" not in ctx.accepts:
        return None
    word = str(ctx.token).lower()
    guess = next((kind for kind, words in SYNONYMS.items() if word in words), None)
    kinds = ", ".join(REC_KINDS)
    hints = [f"did you mean `{guess}`?"] if guess else []
    return error(
        "P002",
        f"`{ctx.token}` is not a kind of recommendation",
        ctx.span,
        *hints,
        f"a recommendation starts with one of: {kinds}",
    )


def _is_unit(text: str) -> bool:
    try:
        parse_unit(text)
    except UnitError:
        return False
    return True


def _unit_before_number(ctx: Context) -> Diagnostic | None:
    previous = ctx.previous()
    if (
        ctx.kind not in {"INT", "NUMBER"}
        or previous is None
        or previous.type
        not in {
            "NAME",
            "UNIT",
        }
    ):
        return None
    if not _is_unit(str(previous)):
        return None
    span = Span(
        ctx.source.path,
        previous.line or 1,
        previous.column or 1,
        ctx.span.end_line,
        ctx.span.end_column,
    )
    return error(
        "P011",
        f"the unit `{previous}` is written before its number",
        span,
        f"write the number first: `{ctx.token} {previous}`",
    )


def _unit_after_range(ctx: Context) -> Diagnostic | None:
    opener = ctx.opener()
    previous = ctx.previous()
    if ctx.kind not in {"NAME", "UNIT"} or opener is None or opener.keyword != "input":
        return None
    if previous is None or previous.type not in {"INT", "NUMBER"} or not _is_unit(str(ctx.token)):
        return None
    return error(
        "P011",
        "in an input, the unit comes right after `number` (or `whole`), before the range",
        ctx.span,
        f"write `number {ctx.token} from ... to ...`",
    )


def _unit_for_number(ctx: Context) -> Diagnostic | None:
    if (
        ctx.kind in {"NAME", "UNIT"}
        and ctx.accepts & {"NUMBER", "INT"}
        and "NAME" not in ctx.accepts
    ):
        return error(
            "P011",
            f"a number was expected here, but `{ctx.token}` was found",
            ctx.span,
            "write the number first and the unit after it, for example `from 1 to 400`"
            " after `number kg`",
        )
    return None


def _unfinished_expression(ctx: Context) -> Diagnostic | None:
    previous = ctx.previous()
    if ctx.kind not in NATURAL_ENDS or previous is None or not ctx.accepts & VALUE_STARTS:
        return None
    return error(
        "P002",
        f"something is missing after `{previous}`",
        ctx.span,
        expected_hint(ctx),
    )


RULES: tuple[Callable[[Context], Diagnostic | None], ...] = (
    _stray_indent,
    _double_equals,
    _unclosed_paren,
    _inline_after_colon,
    _quote_inside_text,
    _empty_block,
    _unit_before_number,
    _missing_connective,
    _missing_colon,
    _same_line_field,
    _misplaced_field,
    _top_level_recommendation,
    _simple_out_of_place,
    _reserved_word,
    _number_for_name,
    _missing_comma,
    _name_for_text,
    _misspelt_keyword,
    _recommendation_kind,
    _unit_after_range,
    _unit_for_number,
    _unfinished_expression,
)
