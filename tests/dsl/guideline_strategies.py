"""Hypothesis strategies for grammar-shaped guideline text.

Every text drawn parses without syntax errors (the grammar is followed, with random
spacing, parentheses, indentation widths, comments and blank lines); names, types and
citations are random, so most texts fail the later checks. Used by the formatter's
round-trip property and by the fuzz tests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from dsl.parser import keywords

Draw = Callable[[st.SearchStrategy[Any]], Any]

NAMES = st.from_regex(r"[a-z_][a-z0-9_]{0,5}", fullmatch=True).filter(
    lambda name: name not in keywords()
)
UNITS = st.sampled_from(["kg", "mg", "weeks", "days", "mg/kg/day", "mg/day", "U/L", "year"])
KINDS = st.sampled_from(
    ["start", "stop", "add", "consider", "choose", "refer", "assess", "monitor", "advise"]
)
_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n"), max_size=12)
_ESCAPE = {'"': '\\"', "\\": "\\\\"}

# Binding strength, as in the grammar: lookup < if < or < and < not < comparison
# < at most/at least < sum < product < unary.
_LOOKUP, _IF, _OR, _AND, _NOT, _CMP, _LIMIT, _SUM, _PROD, _UNARY, _ATOM = range(11)


def space(draw: Draw, least: int = 1) -> str:
    """Between one and three spaces (or none, when `least` is 0)."""
    return " " * draw(st.integers(least, 3))


def join(draw: Draw, *parts: str) -> str:
    """Parts separated by random runs of spaces."""
    out = parts[0]
    for part in parts[1:]:
        out += space(draw) + part
    return out


def quoted(draw: Draw) -> str:
    """A STRING token: random text, escaped, sometimes with \\n or \\t escapes."""
    text = draw(_TEXT)
    body = "".join(_ESCAPE.get(c, c) for c in text)
    extra = draw(st.sampled_from(["", "\\n", "\\t", " \\\\ "]))
    return f'"{body}{extra}"'


def listed(draw: Draw, items: list[str]) -> str:
    """Items separated by commas with random spacing."""
    return (space(draw, 0) + "," + space(draw, 0)).join(items)


def number(draw: Draw) -> str:
    """An INT or NUMBER token."""
    whole = str(draw(st.integers(0, 500)))
    return draw(st.sampled_from([whole, f"{whole}.{draw(st.integers(0, 99))}"]))


def date(draw: Draw) -> str:
    """A DATE token that is a real date."""
    return str(draw(st.dates(min_value=dt.date(1000, 1, 1))).isoformat())


# ---------------------------------------------------------------- expressions


@st.composite
def atom(draw: Draw) -> tuple[str, int]:
    """An atom: a name, a quantity, a range, yes/no or a date."""
    unit = draw(st.one_of(st.none(), UNITS))
    tail = f" {unit}" if unit else ""
    options = [
        draw(NAMES),
        number(draw) + tail,
        join(draw, number(draw), "to", number(draw)) + tail,
        draw(st.sampled_from(["yes", "no"])),
        date(draw),
    ]
    return draw(st.sampled_from(options)), _ATOM


def wrap(draw: Draw, operand: tuple[str, int], need: int) -> str:
    """The operand, in parentheses when the grammar needs them (and sometimes when not)."""
    text, level = operand
    if level < need or draw(st.integers(0, 9)) == 0:
        return "(" + space(draw, 0) + text + space(draw, 0) + ")"
    return text


def _combine(draw: Draw, sub: st.SearchStrategy[tuple[str, int]]) -> tuple[str, int]:
    left, right = draw(sub), draw(sub)
    forms = ["or", "and", "not", "cmp", "is", "sum", "prod", "neg"]
    form = draw(st.sampled_from([*forms, "if", "lookup", "call", "limit"]))
    if form in {"if", "lookup", "call", "limit"}:
        return _value_form(draw, form, left, right)
    if form in {"or", "and"}:
        level = _OR if form == "or" else _AND
        return join(draw, wrap(draw, left, level), form, wrap(draw, right, level + 1)), level
    if form == "not":
        return join(draw, "not", wrap(draw, left, _NOT)), _NOT
    if form == "cmp":
        op = draw(st.sampled_from([">=", "<=", ">", "<", "=", "!="]))
        return join(draw, wrap(draw, left, _LIMIT), op, wrap(draw, right, _LIMIT)), _CMP
    if form == "is":
        return join(draw, wrap(draw, left, _LIMIT), _is_tail(draw)), _CMP
    if form == "neg":
        return "-" + space(draw, 0) + wrap(draw, left, _UNARY), _UNARY
    level = _SUM if form == "sum" else _PROD
    op = draw(st.sampled_from(["+", "-"] if form == "sum" else ["*", "/"]))
    return join(draw, wrap(draw, left, level), op, wrap(draw, right, level + 1)), level


def _value_form(
    draw: Draw, form: str, left: tuple[str, int], right: tuple[str, int]
) -> tuple[str, int]:
    """`if ... then ... else ...`, `lookup`, `min(...)`/`max(...)`, `at most`/`at least`."""
    if form == "if":
        cond = wrap(draw, left, _OR)
        otherwise = wrap(draw, draw(st.sampled_from([right, left])), _IF)
        return join(draw, "if", cond, "then", wrap(draw, right, _OR), "else", otherwise), _IF
    if form == "lookup":
        arms = [join(draw, draw(NAMES), "->", wrap(draw, left, _LIMIT))]
        if draw(st.booleans()):
            arms.append(join(draw, draw(NAMES), "->", wrap(draw, right, _LIMIT)))
        if draw(st.booleans()):
            arms.append(join(draw, "otherwise", "->", wrap(draw, right, _LIMIT)))
        return join(draw, "lookup", draw(NAMES) + ":", listed(draw, arms)), _LOOKUP
    if form == "call":
        name = draw(st.sampled_from(["min", "max", "mean"]))
        args = [wrap(draw, left, _LIMIT), wrap(draw, right, _LIMIT)][: draw(st.integers(1, 2))]
        return name + "(" + space(draw, 0) + listed(draw, args) + space(draw, 0) + ")", _ATOM
    kind = draw(st.sampled_from(["most", "least"]))
    return join(draw, wrap(draw, left, _LIMIT), "at", kind, wrap(draw, right, _SUM)), _LIMIT


def _is_tail(draw: Draw) -> str:
    choice = draw(st.one_of(NAMES, st.sampled_from(["yes", "no"])))
    tails = [
        f"is {choice}",
        f"is not {choice}",
        "is one of " + listed(draw, draw(st.lists(NAMES, min_size=1, max_size=3))),
        "is unknown",
        "is known",
    ]
    return str(draw(st.sampled_from(tails)))


def expressions() -> st.SearchStrategy[str]:
    """Expression text (any types; only the syntax is right)."""
    tree = st.recursive(
        atom(), lambda sub: st.composite(lambda draw: _combine(draw, sub))(), max_leaves=6
    )
    return tree.map(lambda pair: pair[0])


EXPR = expressions()

# ----------------------------------------------------------------- statements

Lines = list[tuple[int, str]]


def _cites(draw: Draw) -> str:
    keys = draw(st.lists(st.one_of(NAMES, st.integers(1, 9).map(str)), min_size=1, max_size=3))
    return join(draw, "cites", listed(draw, keys))


def narrative(draw: Draw, depth: int) -> Lines:
    """A note (with optional citations and bullets) or a gap."""
    if draw(st.booleans()):
        return [(depth, join(draw, "gap", quoted(draw)))]
    head = join(draw, "note", quoted(draw)) + (
        space(draw) + _cites(draw) if draw(st.booleans()) else ""
    )
    bullets = [
        (
            depth + 1,
            join(draw, "-", quoted(draw))
            + (space(draw) + _cites(draw) if draw(st.booleans()) else ""),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    return [(depth, head), *bullets]


def _narratives(draw: Draw, depth: int, most: int = 1) -> Lines:
    return [line for _ in range(draw(st.integers(0, most))) for line in narrative(draw, depth)]


def header(draw: Draw) -> Lines:
    """The `guideline` block, its fields and notes in random order."""
    version = ".".join(str(draw(st.integers(0, 9))) for _ in range(3))
    grading = listed(draw, draw(st.lists(NAMES, min_size=1, max_size=3)))
    fields = {
        "version": join(draw, "version", version),
        "status": join(draw, "status", draw(NAMES)),
        "owners": join(draw, "owners", listed(draw, [quoted(draw), quoted(draw)])),
        "reviewed": join(draw, "reviewed", date(draw)),
        "scope": join(draw, "scope", quoted(draw)),
        "excludes": join(draw, "excludes", quoted(draw)),
        "grading": join(draw, "grading", grading),
    }
    chosen = draw(st.lists(st.sampled_from(sorted(fields)), min_size=1, unique=True))
    groups: list[Lines] = [[(1, fields[name])] for name in chosen]
    groups += [narrative(draw, 1) for _ in range(draw(st.integers(0, 2)))]
    order = draw(st.permutations(range(len(groups))))
    head = (0, join(draw, "guideline", draw(NAMES), quoted(draw)))
    return [head, *(line for i in order for line in groups[i])]


def references(draw: Draw) -> Lines:
    """A `references` block."""
    lines: Lines = [(0, "references")]
    for _ in range(draw(st.integers(1, 3))):
        key = draw(st.one_of(NAMES, st.integers(1, 99).map(str)))
        lines.append((1, join(draw, key, quoted(draw))))
        fields = draw(st.lists(st.sampled_from(["doi", "pmid", "url"]), unique=True))
        lines += [(2, join(draw, f, quoted(draw))) for f in fields]
        lines += _narratives(draw, 2)
    return lines


def _signed(draw: Draw) -> str:
    return draw(st.sampled_from(["", "-"])) + number(draw)


def _type(draw: Draw) -> str:
    unit = draw(st.one_of(st.just(""), UNITS.map(lambda u: u + " ")))
    choices = [join(draw, draw(NAMES), quoted(draw)) if draw(st.booleans()) else draw(NAMES)]
    choices += [draw(NAMES) for _ in range(draw(st.integers(0, 2)))]
    step = (
        f" step {draw(st.integers(0, 9))}.{draw(st.integers(1, 9))}" if draw(st.booleans()) else ""
    )
    converts = draw(
        st.sampled_from(
            [
                "",
                f" molar mass {number(draw)} {draw(st.sampled_from(['g/mol', 'mg', 'mg/mmol']))}",
                f" convert {number(draw)} {draw(UNITS)} = {number(draw)} {draw(UNITS)}",
                f" convert {number(draw)} mg/dL = {number(draw)} umol/L",
            ]
        )
    )
    forms = [
        "yes/no",
        "date",
        "one of " + listed(draw, choices),
        f"number {unit}from {_signed(draw)} to {_signed(draw)}{step}{converts}",
        f"whole {unit}from {_signed(draw)} to {_signed(draw)}",
    ]
    return str(draw(st.sampled_from(forms)))


def declaration(draw: Draw) -> Lines:
    """An input, a definition or an assumption."""
    name = draw(NAMES)
    kind = draw(st.sampled_from(["input", "define", "assume"]))
    if kind == "input":
        unknown = " or unknown" if draw(st.booleans()) else ""
        head = (
            join(draw, "input", name, quoted(draw))
            + space(draw, 0)
            + ":"
            + space(draw)
            + _type(draw)
            + unknown
        )
    elif kind == "define":
        label = quoted(draw) if draw(st.booleans()) else ""
        head = join(draw, "define", name, *([label] if label else []), "=", draw(EXPR))
    else:
        head = join(draw, "assume", name, quoted(draw)) + ":" + space(draw) + draw(EXPR)
    return [(0, head), *_narratives(draw, 1)]


def recommendation(draw: Draw, depth: int) -> Lines:
    """A recommendation with a random selection of its fields."""
    lines: Lines = [(depth, join(draw, draw(KINDS), draw(NAMES), quoted(draw)))]
    inner = depth + 1
    fields = {
        "dose": lambda: join(draw, "dose", draw(EXPR)),
        "route": lambda: join(draw, "route", quoted(draw)),
        "frequency": lambda: join(draw, "frequency", quoted(draw)),
        "duration": lambda: join(draw, "duration", draw(EXPR)),
        "every": lambda: join(draw, "every", draw(EXPR)),
        "target": lambda: join(draw, "target", quoted(draw)),
        "strength": lambda: join(draw, "strength", draw(NAMES)),
        "expert": lambda: join(draw, "expert", "opinion"),
        "uncited": lambda: join(draw, "uncited", quoted(draw)),
        "rationale": lambda: join(draw, "rationale", quoted(draw)),
        "time": lambda: join(draw, "time", "to", "effect", *_up_to(draw), draw(EXPR)),
        "drug": lambda: join(draw, "drug", draw(NAMES)),
        "dose cap": lambda: join(draw, "dose", "cap", draw(EXPR)),
        "daily maximum": lambda: join(draw, "daily", "maximum", draw(EXPR)),
        "review": lambda: join(
            draw, "review", "in", draw(EXPR), *([quoted(draw)] if draw(st.booleans()) else [])
        ),
    }
    chosen = draw(st.lists(st.sampled_from(sorted(fields)), unique=True, max_size=4))
    lines += [(inner, fields[name]()) for name in chosen]
    lines += [(inner, _cites(draw)) for _ in range(draw(st.integers(0, 2)))]
    for _ in range(draw(st.integers(0, 1))):
        lines.append((inner, join(draw, "recheck", quoted(draw), "in", draw(EXPR))))
    for _ in range(draw(st.integers(0, 2))):
        lines.append((inner, join(draw, "option", draw(NAMES), quoted(draw))))
        if draw(st.booleans()):
            lines.append((inner + 1, join(draw, "preferred", "when", draw(EXPR))))
        lines += _narratives(draw, inner + 1)
    return lines + _narratives(draw, inner)


def _up_to(draw: Draw) -> list[str]:
    return ["up", "to"] if draw(st.booleans()) else []


def _body(draw: Draw, depth: int, budget: int) -> tuple[str, Lines]:
    """What follows a branch's `:`: `nothing`/`ask` on the line, or an indented block."""
    simple = draw(st.sampled_from(["nothing", "ask"]))
    if budget <= 0 or draw(st.integers(0, 3)) == 0:
        return space(draw, 0) + " " + simple, []
    items: Lines = []
    for _ in range(draw(st.integers(1, 3))):
        form = draw(st.sampled_from(["rec", "decide", "section", "note", "simple"]))
        if form == "simple":
            items.append((depth, simple))
        elif form == "note":
            items += narrative(draw, depth)
        else:
            items += block(draw, form, depth, budget - 1)
    return "", items


def decision(draw: Draw, depth: int, budget: int) -> Lines:
    """A `decide` block with random branches and notes."""
    exclusive = [" exclusive"] if draw(st.booleans()) else []
    lines: Lines = [(depth, join(draw, "decide", draw(NAMES), quoted(draw)) + "".join(exclusive))]
    for _ in range(draw(st.integers(1, 3))):
        form = draw(st.sampled_from(["when", "when", "unknown", "otherwise", "note"]))
        if form == "note":
            lines += narrative(draw, depth + 1)
            continue
        guard = {"when": join(draw, "when", draw(EXPR)), "unknown": "when unknown"}.get(
            form, "otherwise"
        )
        inline, items = _body(draw, depth + 2, budget)
        lines.append((depth + 1, guard + space(draw, 0) + ":" + inline))
        lines += items
    return lines


def section(draw: Draw, depth: int, budget: int) -> Lines:
    """A `section` block, sometimes with a `when` condition."""
    when = [" when " + draw(EXPR)] if draw(st.booleans()) else []
    lines: Lines = [(depth, join(draw, "section", draw(NAMES), quoted(draw)) + "".join(when))]
    for _ in range(draw(st.integers(1, 3))):
        form = draw(st.sampled_from(["rec", "decide", "note"]))
        if form == "note" or budget <= 0:
            lines += narrative(draw, depth + 1)
        else:
            lines += block(draw, form, depth + 1, budget - 1)
    return lines


def block(draw: Draw, form: str, depth: int, budget: int) -> Lines:
    """A recommendation, a decision or a section."""
    if form == "rec":
        return recommendation(draw, depth)
    if form == "decide":
        return decision(draw, depth, budget)
    return section(draw, depth, budget)


def example(draw: Draw) -> Lines:
    """An `example` block."""
    lines: Lines = [(0, join(draw, "example", draw(NAMES), quoted(draw)))]
    for _ in range(draw(st.integers(1, 4))):
        names = listed(draw, draw(st.lists(NAMES, min_size=1, max_size=3)))
        value = draw(st.one_of(EXPR, st.just("unknown")))
        forms = [
            join(draw, "given", draw(NAMES), "=", value),
            join(draw, "expect", names),
            join(draw, "expect", "nothing"),
            join(draw, "expect", "dose", draw(NAMES), draw(EXPR)),
            join(draw, "expect", "needs", names),
        ]
        lines.append((1, draw(st.sampled_from(forms))))
    return lines + _narratives(draw, 1)


def score(draw: Draw) -> Lines:
    """A score: `points N when CONDITION ["label"]` lines, with narrative among them."""
    lines: Lines = [(0, join(draw, "score", draw(NAMES), quoted(draw)))]
    for _ in range(draw(st.integers(1, 3))):
        if draw(st.integers(0, 3)) == 0:
            lines += narrative(draw, 1)
            continue
        sign = draw(st.sampled_from(["", "-", "- "]))
        label = [quoted(draw)] if draw(st.booleans()) else []
        lines.append((1, join(draw, "points", sign + number(draw), "when", draw(EXPR), *label)))
        lines += _narratives(draw, 2)
    return lines


def statement(draw: Draw) -> Lines:
    """Any top-level statement."""
    form = draw(
        st.sampled_from(["refs", "decl", "decl", "decide", "section", "note", "example", "score"])
    )
    if form == "score":
        return score(draw)
    if form == "refs":
        return references(draw)
    if form == "decl":
        return declaration(draw)
    if form == "note":
        return narrative(draw, 0)
    if form == "example":
        return example(draw)
    return block(draw, form, 0, 2)


# ------------------------------------------------------------------- layout


def _comment(draw: Draw) -> str:
    return "#" + draw(_TEXT).replace("\r", "")


def render(draw: Draw, lines: Lines) -> str:
    """Lines laid out with a random indent width, comments and blank lines."""
    unit = draw(st.integers(1, 4))
    out: list[str] = []
    for depth, text in lines:
        for _ in range(draw(st.integers(0, 3)) // 2):
            out.append(
                draw(st.sampled_from(["", "  ", " " * draw(st.integers(0, 8)) + _comment(draw)]))
            )
        trailing = space(draw) + _comment(draw) if draw(st.integers(0, 4)) == 0 else ""
        out.append(" " * (unit * depth) + text + trailing)
    if draw(st.booleans()):
        out.append(_comment(draw))
    return "\n".join(out) + draw(st.sampled_from(["\n", "", "\n\n"]))


@st.composite
def guideline_texts(draw: Draw) -> str:
    """A whole guideline file in correct syntax, laid out at random."""
    lines = header(draw)
    for _ in range(draw(st.integers(0, 5))):
        lines += statement(draw)
    return render(draw, lines)
