"""What the parser was doing when it met a syntax error, and the plain wording of it.

`Context` holds the unexpected token, the terminals the parser would have accepted and
its stack of unfinished constructs; `generic` words any error no rule in
`dsl.syntax_rules` recognises, naming the block that is unfinished.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from lark import Token, Tree

from dsl.diagnostics import Diagnostic, error
from dsl.source import SourceFile, Span

REC_KINDS = (
    "start", "stop", "add", "consider", "choose", "refer", "assess", "monitor", "advise", "caution"
)  # fmt: skip
SYNONYMS = {
    "start": ("prescribe", "give", "administer", "begin", "initiate"),
    "stop": ("discontinue", "withdraw", "cease", "halt"),
    "add": ("combine", "append"),
    "consider": ("suggest", "offer"),
    "choose": ("select", "pick", "either", "alternatives"),
    "refer": ("referral", "send", "consult"),
    "assess": ("test", "check", "measure", "evaluate", "screen", "examine"),
    "monitor": ("watch", "follow", "track", "observe"),
    "advise": ("counsel", "educate", "inform", "tell"),
    "caution": ("warn", "warning", "avoid", "beware"),
}
FIELD_HOMES = {
    "recommendation": (
        "dose", "route", "frequency", "duration", "every", "target", "strength", "cites",
        "expert", "uncited", "rationale", "time", "drug", "option", "daily", "review",
        "recheck",
    ),
    "guideline header": ("version", "status", "owners", "reviewed", "scope", "excludes", "grading"),
    "reference": ("doi", "pmid", "url"),
    "decision": ("when", "otherwise"),
    "example": ("given", "expect"),
    "option": ("preferred",),
}  # fmt: skip
_OPENERS = {
    "guideline": "the guideline header",
    "references": "`references`",
    "input": "the input `{id}`",
    "define": "the definition `{id}`",
    "assume": "the assumption `{id}`",
    "decide": "the decision `{id}`",
    "when": "the `when` branch",
    "otherwise": "the `otherwise` branch",
    "section": "the section `{id}`",
    "example": "the example `{id}`",
    "option": "the option `{id}`",
    "note": "the note",
    "recommendation": "the recommendation `{id}`",
}
EMPTY_HINTS = {
    "decide": "indent its branches under it, starting with a line such as `when condition:`",
    "when": "indent what it leads to under it, or write `nothing` (or `ask`) after the `:`",
    "otherwise": "indent what it leads to under it, or write `nothing` after the `:`",
    "section": "indent its recommendations, decisions or notes under it",
    "guideline": "indent its fields under it, starting with a line such as `version 0.1.0`",
    "references": 'indent the references under it, one a line, such as `1 "Full citation"`',
    "example": "indent its `given` and `expect` lines under it",
}
NATURAL_ENDS = {"_NL", "COLON", "RPAR", "COMMA", "_DEDENT", "$END"}
OPERATORS = {
    "PLUS", "MINUS", "STAR", "SLASH", "EQUAL", "MORETHAN", "LESSTHAN", "__ANON_4", "__ANON_5",
    "__ANON_6", "AND", "OR", "IS", "TO",
}  # fmt: skip
VALUE_STARTS = {"NAME", "NUMBER", "INT", "LPAR", "DATE", "YES", "NO", "NOT", "MINUS"}
_WORDS = {
    "NAME": "a name",
    "STRING": 'text in double quotes ("...")',
    "NUMBER": "a number",
    "INT": "a number",
    "DATE": "a date such as 2024-06-01",
    "VERSION": "a version such as 1.0.0",
    "UNIT": "a unit",
    "RATE": "a unit",
    "_NL": "the end of the line",
    "_INDENT": "an indented block",
    "_DEDENT": "the end of the block",
    "$END": "the end of the file",
}


@dataclass(frozen=True)
class Opener:
    """The innermost block or line the parser was in the middle of."""

    keyword: str
    id: str
    line: int

    def words(self) -> str:
        """How a message names the construct: `the decision `d``."""
        key = self.keyword if self.keyword in _OPENERS else "recommendation"
        return _OPENERS[key].format(id=self.id)


@dataclass(frozen=True)
class Context:
    """Everything a rule needs to word one syntax error."""

    token: Token
    accepts: frozenset[str]
    stack: tuple[object, ...]
    span: Span
    source: SourceFile
    literals: Mapping[str, str]

    @property
    def kind(self) -> str:
        """The type of the unexpected token (`NAME`, `COLON`, `_NL`, ...)."""
        return self.token.type

    @property
    def word(self) -> str:
        """The keyword or sign the token is, or '' for names, numbers and text."""
        return self.literals.get(self.kind, "")

    def accepted_words(self) -> list[str]:
        """The keywords and signs the parser would have accepted, sorted."""
        return sorted(self.literals[n] for n in self.accepts if n in self.literals)

    def previous(self) -> Token | None:
        """The last token read before the unexpected one."""
        return _last_token(self.stack)

    def opener(self) -> Opener | None:
        """The innermost unfinished construct."""
        return _innermost_opener(self.stack, self.literals)

    def first_on_line(self) -> bool:
        """True when the unexpected token starts its line."""
        line = self.source.line_text(self.token.line or 0)
        return line[: (self.token.column or 1) - 1].strip() == ""


def _last_token(stack: tuple[object, ...] | list[object]) -> Token | None:
    for item in reversed(stack):
        if isinstance(item, Token):
            if item.type not in {"_NL", "_INDENT", "_DEDENT"}:
                return item
        elif isinstance(item, Tree):
            found = _last_token(item.children)
            if found is not None:
                return found
    return None


def _innermost_opener(stack: tuple[object, ...], literals: Mapping[str, str]) -> Opener | None:
    for index in range(len(stack) - 1, -1, -1):
        item = stack[index]
        keyword = ""
        if isinstance(item, Tree) and item.data == "rec_kind" and item.children:
            item = item.children[0]
        if isinstance(item, Token) and literals.get(item.type, "") in (
            *_OPENERS,
            *REC_KINDS,
        ):
            keyword = str(item)
        if keyword:
            after = stack[index + 1] if index + 1 < len(stack) else None
            name = str(after) if isinstance(after, Token) and after.type == "NAME" else ""
            return Opener(keyword, name, getattr(item, "line", 0) or 0)
    return None


def eol(source: SourceFile, token: Token) -> Span:
    """A one-character span just after the code of the token's line (before a comment)."""
    line = token.line or 1
    text = source.line_text(line)
    if token.type == "_NL" and token.column:
        text = text[: token.column - 1]
    end = len(text.rstrip()) + 1
    return Span(source.path, line, end, line, end + 1)


def shown(token: Token) -> str:
    """The token as a message shows it: `when`, or `the end of the line`."""
    if token.type in {"_NL", "_INDENT", "_DEDENT", "$END"}:
        return _WORDS[token.type]
    return f"`{token}`"


def _expected_words(accepts: frozenset[str], literals: Mapping[str, str]) -> list[str]:
    """The accepted terminals as things an author writes, most telling first."""
    names = set(accepts)
    groups: list[str] = []
    if len(names & {n.upper() for n in REC_KINDS}) >= 3:
        names -= {n.upper() for n in REC_KINDS}
        groups.append("a recommendation (`start`, `stop`, `monitor`, ...)")
    if names & NATURAL_ENDS and names & OPERATORS:
        names -= OPERATORS
    elif len(names & OPERATORS) >= 3:
        names -= OPERATORS
        groups.append("an operator such as `>=`, `+`, `is` or `and`")
    if {"NAME", "INT", "LPAR"} <= names:
        names -= VALUE_STARTS
        groups.append("a value or a name (for example `weight` or `40 kg`)")
    if "NUMBER" in names and "INT" not in names:
        names.discard("NUMBER")
        groups.append("a number with a decimal point, such as 0.5")
    if "UNIT" in names:
        names -= {"UNIT", "NAME", "RATE"}
        groups.append("a unit")
    words = sorted({_WORDS.get(n) or f"`{literals.get(n, n.lower())}`" for n in names})
    return (
        groups
        + [w for w in words if not w.startswith("the end of")]
        + [w for w in words if w.startswith("the end of")]
    )


def expected_hint(ctx: Context) -> str:
    """`expected ...`: what the parser would have accepted, in plain words."""
    wanted = _expected_words(ctx.accepts, ctx.literals)
    shown = ", ".join(wanted[:6]) + (", or something else" if len(wanted) > 6 else "")
    return f"expected {shown}" if wanted else "check the line against the language reference"


def generic(ctx: Context) -> Diagnostic:
    """The wording for an error no rule recognises, naming the unfinished block."""
    opener = ctx.opener()
    where = f" in {opener.words()} on line {opener.line}" if opener and opener.line else ""
    previous = ctx.previous()
    if ctx.kind in {"_NL", "_DEDENT", "$END"}:
        what = "this line" if ctx.kind == "_NL" else "the block"
        after = f", after `{previous}`" if previous is not None else ""
        message = f"{what} ends too early{after}{where}"
        if ctx.kind == "$END":
            message = f"the file ends too early{where}"
        return error("P002", message, ctx.span, expected_hint(ctx))
    return error(
        "P002", f"{shown(ctx.token)} is not expected here{where}", ctx.span, expected_hint(ctx)
    )


def point(source: SourceFile, line: int, column: int, width: int = 1) -> Span:
    """A span of `width` characters at a position (the end of the file for line 0)."""
    if line < 1:
        return source.end_span()
    return Span(source.path, line, column, line, column + max(1, width))
