"""The parser: its public API, and syntax errors worded as the author's likely mistake."""

from __future__ import annotations

import pytest

from dsl import ast
from dsl.parser import ParseResult, keywords, parse, parse_text
from dsl.source import SourceFile
from tests.conftest import MINIMAL_HEADER, compile_snippet

BODY_START = MINIMAL_HEADER.count("\n") + 1  # the first line after the header


def _one_error(body: str) -> tuple[str, str, int, int, tuple[str, ...]]:
    result = parse_text(MINIMAL_HEADER + body, "demo.guideline")
    assert result.guideline is None
    assert len(result.diagnostics) == 1
    d = result.diagnostics[0]
    return d.code, d.message, d.span.line - BODY_START + 1, d.span.column, d.hints


def test_parse_returns_the_tree_and_no_diagnostics() -> None:
    result = parse(SourceFile("demo.guideline", MINIMAL_HEADER))
    assert isinstance(result, ParseResult)
    assert isinstance(result.guideline, ast.Guideline)
    assert result.guideline.header.id == "demo"
    assert result.diagnostics == ()


def test_parse_text_names_the_path() -> None:
    result = parse_text(MINIMAL_HEADER, "x/y.guideline")
    assert result.guideline is not None
    assert result.guideline.path == "x/y.guideline"


def test_keywords_are_the_reserved_words() -> None:
    words = keywords()
    assert {"decide", "when", "otherwise", "start", "cites", "yes", "no"} <= words
    assert "yes/no" not in words and ":" not in words and "weight" not in words


def test_a_decision_may_omit_otherwise() -> None:
    body = 'input a "A": yes/no\ndecide d "Q"\n  when a:\n    nothing\n'
    result = parse_text(MINIMAL_HEADER + body)
    assert result.diagnostics == ()
    assert result.guideline is not None
    decision = result.guideline.body[0]
    assert isinstance(decision, ast.Decision)
    assert [b.kind for b in decision.branches] == ["when"]


def test_a_file_without_final_newline_and_with_trailing_comment_parses() -> None:
    result = parse_text(MINIMAL_HEADER + "# the end")
    assert result.guideline is not None and result.diagnostics == ()


def test_a_byte_order_mark_is_ignored() -> None:
    result = parse_text("\ufeff" + MINIMAL_HEADER)
    assert result.guideline is not None and result.diagnostics == ()


def test_crlf_line_endings_parse() -> None:
    result = parse_text(MINIMAL_HEADER.replace("\n", "\r\n"))
    assert result.guideline is not None and result.diagnostics == ()


DECISION = 'input w "Weight": number kg from 1 to 400\ndecide d "Q"\n'
CASES = [
    # (body, code, message fragment, line in body, column)
    (DECISION + "  when w >= 40 kg\n    nothing\n", "P006", "`:` is missing at the end", 3, 18),
    ('input w "Weight" number kg from 1 to 4\n', "P006", "missing before `number`", 1, 18),
    (DECISION + "  when w >= 40 kg:\n    nothing\n  otherwise\n    nothing\n", "P006", "", 5, 12),
    ('decied d "Q"\n  when yes:\n    nothing\n', "P012", "`decied`", 1, 1),
    (DECISION + "  when w >= 40 kg:\n    nothing\n  otherwse:\n    nothing\n", "P012", "", 5, 3),
    ('section s "S"\n  start x "X"\n    strenght recommend\n', "P012", "`strenght`", 3, 5),
    ('section s "S"\n  start x "X"\n    cites 1\n    expert opnion\n', "P012", "`opnion`", 4, 12),
    ('section s "S"\n  prescribe x "X"\n', "P002", "not a kind of recommendation", 2, 3),
    ('section s "S"\n  start x "X"\n    dose mg 40\n', "P011", "`mg` is written before", 3, 10),
    ('input w "Weight": number kg from kg to 400\n', "P011", "a number was expected", 1, 34),
    ('input w "Weight": number from 1 to 400 kg\n', "P011", "right after `number`", 1, 40),
    (DECISION + "  when w == 40 kg:\n    nothing\n", "P008", "`==`", 3, 11),
    ("input w 'Weight': yes/no\n", "P001", "straight double quotes", 1, 9),
    ('input w "Weight": yes/no\ndecide d "Q"\n\twhen w:\n    nothing\n', "P004", "tab", 3, 1),
    ('input 2nd "Second": yes/no\n', "P002", "`2nd` is not a name", 1, 7),
    ('input w "Weight: yes/no\n', "P003", "no closing quote", 1, 9),
    (DECISION + "  when w >= 40 kg:\n    nothing\n   otherwise:\n    nothing\n", "P004", "", 5, 1),
    (DECISION, "P005", "the decision `d` that starts on line 8", 2, 13),
    (DECISION + "  when w >= 40 kg:\n", "P005", "the `when` branch on line 9", 3, 19),
    ('section s "S"\n', "P005", "the section `s` on line 7 has nothing", 1, 14),
    ('section s "S"\n  start x "X" cites 1\n', "P002", "`cites` must start a line", 2, 15),
    ('section s "S"\n  start x "X"\n  dose 4 mg\n', "P004", "belongs under a recommendation", 3, 3),
    ('start x "X"\n', "P002", "cannot stand on its own", 1, 1),
    (DECISION + "  when (w >= 40 kg:\n    nothing\n", "P002", "`(` on this line is never", 3, 19),
    (DECISION + "  when w >= 40 kg and:\n    nothing\n", "P002", "missing after `and`", 3, 22),
    (DECISION + '  when w >= 40 kg: start x "X"\n', "P002", "cannot follow the `:`", 3, 20),
    ('input c "C": one of a "A" b "B"\n', "P002", "a `,` is missing before `b`", 1, 27),
    ('section s "S"\n  start x X\n', "P002", "double quotes", 2, 11),
    ('section s "S"\n  ask\n', "P002", "`ask` can only stand", 2, 3),
    (DECISION + "  when w ≥ 40 kg:\n    nothing\n", "P001", "`≥` is not a sign", 3, 10),
    ('input poidsé "Poids": yes/no\n', "P001", "`é` (latin small letter e with", 1, 12),
    ('input w\u00a0"W": yes/no\n', "P001", "invisible character", 1, 8),
    ('input w "W": yes or no\n', "P012", "`yes` is not a word", 1, 14),
    (DECISION + "  when w >= 4 kg adn w < 9 kg:\n    nothing\n", "P012", "`adn`", 3, 18),
    (DECISION + "  when w is known w > 4 kg:\n    nothing\n", "P002", "`and` or an `or`", 3, 19),
    ('section s "S"\n  note "so-called "refractory" disease"\n', "P002", "ends just before", 2, 20),
    ('references\n  1 "A" doi "x"\n', "P002", "`doi` must start a line", 2, 9),
    ('input c "C": one of a, b cites 1\n', "P002", "`cites` is not expected here", 1, 26),
    ('input w "W":\n', "P002", "this line ends too early, after `:` in the input `w`", 1, 13),
    ('input w "W": yes/no\n    note "x"\n  note "y"\n', "P004", "", 3, 1),
]


@pytest.mark.parametrize(("body", "code", "fragment", "line", "column"), CASES)
def test_syntax_errors_read_as_the_likely_mistake(
    body: str, code: str, fragment: str, line: int, column: int
) -> None:
    got_code, message, got_line, got_column, hints = _one_error(body)
    assert (got_code, got_line, got_column) == (code, line, column), message
    assert fragment in message
    assert hints, "every syntax error comes with a hint"


LOOKALIKES = [
    # (name, column of the letter, hint): Python's regex matched each under its
    # case-insensitive flag, and Python folds `ſ` and the Kelvin sign into `s` and `K`
    # in identifiers, so `ſkin` and `skin` named two facts that the module merged.
    ("ſkin", 7, "it looks like `s`: write the name as `skin`"),
    ("s\u212aex", 8, "it looks like `K`: write the name as `sKex`"),
    ("ſtatin_ſtart", 7, "write the name as `statin_start`"),
    ("\uff53kin", 7, "it looks like `s`: write the name as `skin`"),
    ("skın", 9, "names use the plain letters a-z and A-Z"),
    ("\u0130ris", 7, "names use the plain letters a-z and A-Z"),
    ("\u0441kin", 7, "names use the plain letters a-z and A-Z"),  # Cyrillic es
    ("ske\u0301n", 10, "names use the plain letters a-z and A-Z"),  # combining accent
]


@pytest.mark.parametrize(("name", "column", "hint"), LOOKALIKES)
def test_lookalike_letters_in_names_are_refused(name: str, column: int, hint: str) -> None:
    code, message, line, got_column, hints = _one_error(f'input {name} "Skin": yes/no\n')
    assert (code, line, got_column) == ("P001", 1, column), message
    assert "cannot be used in a name" in message and "U+" in message
    assert hint in hints[0]


def test_misspelt_keyword_suggests_the_keyword() -> None:
    _, _, _, _, hints = _one_error('section s "S"\n  start x "X"\n    cities 1\n')
    assert hints == ("did you mean `cites`?",)


def test_unknown_kind_suggests_start_and_lists_the_kinds() -> None:
    _, _, _, _, hints = _one_error('section s "S"\n  prescribe x "X"\n')
    assert hints[0] == "did you mean `start`?"
    assert "start, stop, add, consider, choose" in hints[1]


def test_text_hint_quotes_the_rest_of_the_line() -> None:
    body = 'guideline demo "Demo"\n  scope Adults with IMNM\n'
    result = parse_text(body)
    assert result.diagnostics[0].hints == ('write it in double quotes: "Adults with IMNM"',)


def test_generic_error_never_shows_terminal_names() -> None:
    bodies = [
        'input w "W": number kg from 1 to 400 step\n',
        'references\n  1: "A"\n',
        'decide d "Q" exclusive exclusive\n',
        'example e "E"\n  given = 3\n',
        'input w "W": one of\n',
        "define x = (1 + \n",
    ]
    for body in bodies:
        result = parse_text(MINIMAL_HEADER + body)
        assert len(result.diagnostics) == 1, body
        d = result.diagnostics[0]
        text = d.message + " ".join(d.hints)
        for raw in ("_NL", "$END", "_INDENT", "_DEDENT", "NAME", "STRING", "__ANON", "LPAR"):
            assert raw not in text, (body, text)


def test_escapes_in_text_are_checked() -> None:
    result = parse_text(MINIMAL_HEADER + 'section s "S"\n  note "a \\q b"\n')
    assert [d.code for d in result.diagnostics] == ["P009"]
    assert result.guideline is not None  # a bad escape does not stop the parse


def test_nothing_an_author_writes_raises() -> None:
    base = MINIMAL_HEADER + 'input w "W": number kg from 1 to 400\ndecide d "Q"\n'
    base += '  when w >= 40 kg:\n    start x "X"\n      dose 1 mg/kg * w\n  otherwise:\n'
    base += "    nothing\n"
    pieces = [":", "(", ")", '"', "'", "\t", "    ", "==", "when", "-", "\n", "#", "\\", "é"]
    for position in range(0, len(base), 7):
        for piece in pieces:
            result = parse_text(base[:position] + piece + base[position:])
            assert isinstance(result, ParseResult)
            for d in result.diagnostics:
                assert d.span.line >= 1 and d.span.column >= 1


def _nested(depth: int) -> str:
    lines = ['input x "X": whole from 0 to 1000']
    for i in range(depth):
        pad = "  " * (2 * i)
        lines += [f'{pad}decide d{i} "Q{i}"', f"{pad}  when x > {i}:"]
    lines += ["  " * (2 * depth) + 'advise a "A"', "  " * (2 * depth) + "  expert opinion"]
    lines += ["  " * (2 * i) + "  otherwise: nothing" for i in reversed(range(depth))]
    return "\n".join(lines) + "\n"


def test_deep_nesting_is_a_diagnostic_not_a_crash() -> None:
    assert compile_snippet(_nested(40)).ok
    deep = compile_snippet(_nested(200))
    assert [d.code for d in deep.diagnostics] == ["P015"]


def test_very_long_condition_is_a_diagnostic_not_a_crash() -> None:
    guard = " and ".join(["a"] * 6000)
    body = f'input a "A": yes/no\ndecide d "Q"\n  when {guard}:\n    advise r "R"\n'
    compiled = compile_snippet(body + "      expert opinion\n  otherwise: nothing\n")
    assert [d.code for d in compiled.diagnostics] == ["P015"]


@pytest.mark.parametrize("rate", ["/min", "/minute", "/minutes", "/h", "/hour", "/hours", "/day"])
def test_a_rate_is_a_unit_after_a_number(rate: str) -> None:
    text = MINIMAL_HEADER + f'input pulse "Pulse": number {rate} from 0 to 300\n'
    text += f"define fast = pulse > 100 {rate}\n"
    parsed = parse_text(text)
    assert parsed.guideline is not None and not parsed.diagnostics
    assert parsed.guideline.inputs[0].type.unit == rate  # type: ignore[union-attr]


def test_a_division_by_a_name_stays_a_division() -> None:
    text = MINIMAL_HEADER + 'input w "W": number kg from 1 to 9\n'
    text += "define a = 2/w\ndefine b = w/2\ndefine c = 2 / w\n"
    parsed = parse_text(text)
    assert parsed.guideline is not None and not parsed.diagnostics
    assert all(isinstance(d.expr, ast.Arith) for d in parsed.guideline.definitions)
