"""The words of the language, read from its Lark grammar (`dsl/grammar.lark`).

Completion and the editor's highlighting take every keyword from here, never from a
list of their own: a construct added to the grammar is offered and coloured at once.
"""

from __future__ import annotations

from functools import cache

from dsl.parser import grammar

Symbol = tuple[str, bool]  # (name, is a terminal)


@cache
def _rules() -> dict[str, tuple[tuple[Symbol, ...], ...]]:
    rules: dict[str, list[tuple[Symbol, ...]]] = {}
    for rule in grammar().rules:
        rules.setdefault(str(rule.origin.name), []).append(
            tuple((str(s.name), s.is_term) for s in rule.expansion)
        )
    return {name: tuple(alts) for name, alts in rules.items()}


@cache
def _literals() -> dict[str, str]:
    return {t.name: str(t.pattern.value) for t in grammar().terminals if t.pattern.type == "str"}


def _word(symbol: Symbol) -> str | None:
    name, is_term = symbol
    text = _literals().get(name) if is_term else None
    return text if text is not None and text.replace("/", "").isalpha() else None


def phrases(rule: str, seen: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The words each line of `rule` starts with, in grammar order: `dose`, `time to
    effect`, `start`, ... (leading rules followed, so `rec_field` gives `cites` too)."""
    out: list[str] = []
    for alt in _rules().get(rule, ()):
        if not alt:
            continue
        name, is_term = alt[0]
        if not is_term:
            if name not in seen:
                out.extend(phrases(name, seen | {rule}))
            continue
        words = []
        for symbol in alt:
            word = _word(symbol)
            if word is None:
                break
            words.append(word)
        if words:
            out.append(" ".join(words))
    return tuple(dict.fromkeys(out))


def _unwrap(name: str) -> str:
    """The item rule behind Lark's helper rules for `x+` and `x*`."""
    while name.startswith("__"):
        alts = _rules()[name]
        name = next(s[0] for alt in alts for s in alt if not s[1] and s[0] != name)
    return name


def _block_of(alt: tuple[Symbol, ...]) -> str | None:
    """The rule of the lines indented under a line of this alternative, if any."""
    for position, (name, _) in enumerate(alt):
        if name == "_INDENT" and position + 1 < len(alt):
            return _unwrap(alt[position + 1][0])
    last, is_term = alt[-1] if alt else ("", True)
    if not is_term:
        inner = [_block_of(a) for a in _rules().get(last, ()) if a and a[0][0] == "_NL"]
        return next((b for b in inner if b is not None), None)
    return None


@cache
def blocks() -> tuple[dict[str, str], dict[str, str]]:
    """Which rule the lines under a line follow: by the line's first word (`decide` ->
    `decision_item`), and, for lines that start with a name (a reference's key), by the
    rule of the line (`reference` -> `reference_field`)."""
    by_word: dict[str, str] = {}
    by_rule: dict[str, str] = {}
    for rule, alts in _rules().items():
        for alt in alts:
            inner = _block_of(alt)
            if inner is None:
                continue
            by_rule.setdefault(str(rule), inner)
            first = alt[0]
            starts = phrases(first[0]) if not first[1] else (_word(first) or "",)
            for phrase in starts:
                if phrase:
                    by_word.setdefault(phrase.split()[0], inner)
    return by_word, by_rule


def statement_rule() -> str:
    """The rule of the lines at the left margin (after the header)."""
    return _unwrap(next(s[0] for alt in _rules()["start"] for s in alt if s[0].startswith("__")))


@cache
def expression_words() -> tuple[str, ...]:
    """The keywords used inside expressions (`and`, `or`, `not`, `is`, `known`, ...)."""
    found: list[str] = []
    stack, seen = ["expr"], set()
    while stack:
        rule = stack.pop()
        if rule in seen:
            continue
        seen.add(rule)
        for alt in _rules().get(rule, ()):
            for symbol in alt:
                word = _word(symbol)
                if word is not None:
                    found.append(word)
                elif not symbol[1]:
                    stack.append(symbol[0])
    return tuple(sorted(set(found)))


def all_keywords() -> tuple[str, ...]:
    """Every word of the language, sorted."""
    return tuple(sorted({w for w in _literals().values() if w.replace("/", "").isalpha()}))


def atom_words() -> tuple[str, ...]:
    """The words that are values by themselves (`yes`, `no`)."""
    return tuple(w for w in phrases("atom") if " " not in w)


def declaring_words() -> tuple[str, ...]:
    """The keywords followed by the name they declare and its title (`input`, `define`,
    `decide`, ...)."""
    found: list[str] = []
    for alts in _rules().values():
        for alt in alts:
            if len(alt) >= 3 and alt[0][1] and alt[1:3] == (("NAME", True), ("STRING", True)):
                word = _word(alt[0])
                if word is not None:
                    found.append(word)
    return tuple(sorted(set(found)))
