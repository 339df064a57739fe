"""Completion in context: the keywords a line may start with where the cursor is (read
from the grammar), names in conditions, units after a number, an input's choices after
`is`, reference keys after `cites`, recommendation ids after `expect`."""

from __future__ import annotations

from lsprotocol import types

from compiler.emit_docs.codes import CODES
from compiler.lsp import grammar_words, scanner
from compiler.lsp.index import Index
from compiler.semantics.values import FUNCTIONS
from dsl import units

_KIND = {
    "input": types.CompletionItemKind.Variable,
    "definition": types.CompletionItemKind.Function,
    "recommendation": types.CompletionItemKind.Event,
    "reference": types.CompletionItemKind.Reference,
}
# Kinds of names that stand for a value in a condition or a dose.
VALUE_KINDS = frozenset({"input", "definition", "score"})


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _ancestors(lines: list[str], number: int, indent: int) -> list[str]:
    """The lines that open the blocks around line `number` (1-based), outermost first."""
    chain: list[str] = []
    for previous in range(number - 2, -1, -1):
        text = lines[previous]
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        if _indent(text) < indent:
            chain.append(text)
            indent = _indent(text)
            if indent == 0:
                break
    return list(reversed(chain))


def block_rule(lines: list[str], number: int, indent: int) -> str | None:
    """The grammar rule that a line at this indentation would follow, or None."""
    by_word, by_rule = grammar_words.blocks()
    rule: str | None = grammar_words.statement_rule()
    for opener in _ancestors(lines, number, indent):
        words = scanner.line_words(opener)
        first = words[0] if words else ""
        if first in by_word:
            rule = by_word[first]
        elif rule is not None and rule in by_rule:
            rule = by_rule[rule]
        else:
            return None
    return rule


def _item(
    label: str, kind: types.CompletionItemKind, detail: str | None = None
) -> types.CompletionItem:
    return types.CompletionItem(label=label, kind=kind, detail=detail)


def _keywords(words: tuple[str, ...] | list[str]) -> list[types.CompletionItem]:
    return [_item(w, types.CompletionItemKind.Keyword) for w in words]


def _symbols(index: Index, *kinds: str) -> list[types.CompletionItem]:
    out = []
    for symbol in index.names(*kinds):
        detail = getattr(symbol.node, "question", None) or getattr(symbol.node, "text", None)
        kind = _KIND.get(symbol.kind, types.CompletionItemKind.Variable)
        out.append(_item(symbol.name, kind, f"{symbol.kind}: {detail}" if detail else symbol.kind))
    return out


def _choices(index: Index, subject: str) -> list[types.CompletionItem]:
    return [
        _item(c, types.CompletionItemKind.EnumMember, f"a choice of {subject}")
        for c in index.choices.get(subject, ())
    ]


def _references(index: Index) -> list[types.CompletionItem]:
    return [
        _item(key, types.CompletionItemKind.Reference, getattr(s.node, "text", None))
        for key, s in index.references.items()
    ]


def complete(index: Index, text: str, line: int, column: int) -> list[types.CompletionItem]:
    """The completion items at (line, column), both from 1."""
    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        return []
    current = lines[line - 1]
    prefix = current[: column - 1]
    if scanner.in_text_or_comment(current, column):
        return []
    before = scanner.line_words(prefix)
    if before and prefix and (prefix[-1].isalnum() or prefix[-1] == "_"):
        before = before[:-1]  # the word being typed
    if not before:
        return _line_start(lines, line, _indent(current if current.strip() else prefix))
    return _after(index, before, prefix)


def _line_start(lines: list[str], line: int, indent: int) -> list[types.CompletionItem]:
    rule = block_rule(lines, line, indent)
    if rule is None:
        return []
    words = list(grammar_words.phrases(rule))
    if indent == 0 and not any(w.startswith("guideline") for w in lines[: line - 1]):
        words.insert(0, "guideline")
    return _keywords(words)


def _after(index: Index, before: list[str], prefix: str) -> list[types.CompletionItem]:
    first, last = before[0], before[-1]
    ends_with_comma = prefix.rstrip().endswith(",")
    if first == "cites" or "cites" in before:
        return _references(index)
    if first == "expect":
        return _expect(index, before)
    if first == "given":
        if len(before) == 1:
            return _symbols(index, "input")
        if prefix.rstrip().endswith("="):
            return _choices(index, before[1]) + _keywords(["yes", "no", "unknown"])
    if first == "acknowledge":
        if len(before) == 1:
            return [
                _item(c.code, types.CompletionItemKind.Constant, c.title) for c in CODES.values()
            ]
        if last == "in":
            return _symbols(index, *{s.kind for s in index.symbols.values()})
        return []
    if last.replace(".", "", 1).isdigit() and not ends_with_comma:
        return [_item(u, types.CompletionItemKind.Unit) for u in units.symbols()]
    if "lookup" in before:
        at = before.index("lookup")
        if last == "lookup":
            return [s for s in _symbols(index, "input") if s.label in index.choices]
        if prefix.rstrip().endswith((":", ",")) and at + 1 < len(before):
            return _choices(index, before[at + 1]) + _keywords(["otherwise"])
    subject = _is_subject(before)
    if subject is not None and (last in {"is", "not", "of"} or ends_with_comma):
        extra = ["known", "unknown", "not", "one of"] if last == "is" else []
        return _choices(index, subject) + _keywords(extra)
    calls = [_item(f, types.CompletionItemKind.Function, f"{f}(a, b, ...)") for f in FUNCTIONS]
    return _symbols(index, *VALUE_KINDS) + calls + _keywords(grammar_words.expression_words())


def _is_subject(before: list[str]) -> str | None:
    """The name tested by the last `is` of the line, if any."""
    for position in range(len(before) - 1, 0, -1):
        if before[position] == "is":
            return before[position - 1]
    return None


def _expect(index: Index, before: list[str]) -> list[types.CompletionItem]:
    if len(before) == 1:
        forms = [p.split()[1] for p in grammar_words.phrases("example_item") if " " in p]
        return _symbols(index, "recommendation") + _keywords(
            [p for p in forms if p.startswith(("nothing", "dose", "needs")) or p]
        )
    if before[1] == "needs":
        return _symbols(index, "input")
    if before[1] == "dose" and len(before) == 2:
        return _symbols(index, "recommendation")
    if before[1] not in {"dose", "nothing"}:
        return _symbols(index, "recommendation")
    return []
