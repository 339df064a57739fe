"""Canonical text of expressions and literals, for the formatter.

Works on the parse tree, so that the text it writes parses back to the same tree:
parentheses are written exactly where the grammar needs them, and nowhere else.
"""

from __future__ import annotations

from lark import Token, Tree

_ESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t"}
_ENCODE = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t"}

# Binding strength of each expression form; an operand weaker than its slot needs parentheses.
# `lookup` (0) is allowed only where a whole expression is; `if` (1) also after `else`.
_LOOKUP, _IF, _OR, _AND, _NOT, _COMPARE, _LIMITED, _SUM, _PRODUCT, _UNARY, _ATOM = range(11)

_BINARY = {
    "or_": ("or", _OR, _OR, _AND),
    "and_": ("and", _AND, _AND, _NOT),
    "at_most": ("at most", _LIMITED, _LIMITED, _SUM),
    "at_least": ("at least", _LIMITED, _LIMITED, _SUM),
    "add": ("+", _SUM, _SUM, _PRODUCT),
    "sub": ("-", _SUM, _SUM, _PRODUCT),
    "mul": ("*", _PRODUCT, _PRODUCT, _UNARY),
    "div": ("/", _PRODUCT, _PRODUCT, _UNARY),
}


def decode_string(raw: str) -> str:
    """The text of a STRING token (quotes removed, escapes resolved)."""
    inner = raw[1:-1]
    out: list[str] = []
    i = 0
    while i < len(inner):
        if inner[i] == "\\" and i + 1 < len(inner):
            out.append(_ESCAPES.get(inner[i + 1], inner[i + 1]))
            i += 2
        else:
            out.append(inner[i])
            i += 1
    return "".join(out)


def encode_string(text: str) -> str:
    """Text in double quotes, escaped the one canonical way."""
    return '"' + "".join(_ENCODE.get(char, char) for char in text) + '"'


def string(token: Token) -> str:
    """A STRING token re-escaped canonically."""
    return encode_string(decode_string(str(token)))


def word(node: Tree[Token] | Token) -> str:
    """The text of a token, or of a one-token tree such as `unit` or `ref_key`."""
    if isinstance(node, Token):
        return str(node)
    return "".join(word(child) for child in node.children)


def names(nodes: list[Tree[Token] | Token]) -> str:
    """A comma-separated list of names or keys."""
    return ", ".join(word(node) for node in nodes)


def expr(node: Tree[Token] | Token, need: int = 0) -> str:
    """An expression, in parentheses when it binds more loosely than `need`."""
    assert isinstance(node, Tree)
    text, level = _expr(node)
    return f"({text})" if level < need else text


def _expr(node: Tree[Token]) -> tuple[str, int]:
    kind = str(node.data)
    c = node.children
    if kind in _BINARY:
        op, level, left, right = _BINARY[kind]
        return f"{expr(c[0], left)} {op} {expr(c[1], right)}", level
    if kind == "not_":
        return f"not {expr(c[0], _NOT)}", _NOT
    if kind == "neg":
        return f"-{expr(c[0], _UNARY)}", _UNARY
    if kind == "compare":
        return f"{expr(c[0], _LIMITED)} {word(c[1])} {expr(c[2], _LIMITED)}", _COMPARE
    if kind.startswith("is_"):
        return f"{expr(c[0], _LIMITED)} {_is_tail(kind, c[1:])}", _COMPARE
    if kind == "if_expr":
        levels = (_OR, _OR, _IF)
        cond, then, otherwise = (expr(x, level) for x, level in zip(c, levels, strict=True))
        return f"if {cond} then {then} else {otherwise}", _IF
    if kind == "lookup_expr":
        return f"lookup {word(c[0])}: " + ", ".join(_arm(arm) for arm in c[1:]), _LOOKUP
    if kind == "call":
        return f"{word(c[0])}(" + ", ".join(expr(a, _LIMITED) for a in c[1:]) + ")", _ATOM
    if kind == "group":  # brackets that group something stay, needed or not
        inner = c[0]
        while isinstance(inner, Tree) and inner.data == "group":
            inner = inner.children[0]
        assert isinstance(inner, Tree)
        if str(inner.data) in _ATOMS:
            return _expr(inner)
        return f"({expr(inner)})", _ATOM
    return _atom(kind, c), _ATOM


def _arm(arm: Tree[Token] | Token) -> str:
    assert isinstance(arm, Tree)
    if arm.data == "lookup_otherwise":
        return f"otherwise -> {expr(arm.children[0], _LIMITED)}"
    return f"{word(arm.children[0])} -> {expr(arm.children[1], _LIMITED)}"


def _is_tail(kind: str, choices: list[Tree[Token] | Token]) -> str:
    tails = {
        "is_": "is ",
        "is_not": "is not ",
        "is_one_of": "is one of ",
        "is_unknown": "is unknown",
        "is_known": "is known",
    }
    return tails[kind] + names(choices)


_ATOMS = frozenset({"range", "ref", "quantity", "yes", "no", "date"})


def _atom(kind: str, c: list[Tree[Token] | Token]) -> str:
    if kind == "range":
        return " ".join([word(c[0]), "to", *(word(x) for x in c[1:])])
    if kind in {"ref", "quantity", "yes", "no", "date"}:
        return " ".join(word(x) for x in c)
    raise ValueError(f"not an expression: {kind}")
