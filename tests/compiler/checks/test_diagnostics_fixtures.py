"""Diagnostics fixtures: each file under tests/fixtures/diagnostics states the problems it has.

An expectation is a comment, in the style of mypy's `check-*.test` files:

    when weight >= 40:  # E: T003 a plain number is compared with a measurement in kg

- `E` expects an error, `W` a warning;
- then the code, an optional `col=N` (the column the diagnostic points at), and a piece of
  its message (matched as a substring; may be left out to match the code alone);
- `E:` means on this line, `E^:` on the line above, `Ev:` on the line below (for problems
  at the end of a line or of the file, where a comment cannot go on the line itself);
- several expectations may share one line: `# E: N001 ... # W: N009 ...`.

The set of diagnostics the compiler reports must equal the set the file expects: a missing
diagnostic and an unexpected one both fail. Each diagnostic's human rendering is checked too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from compiler.pipeline.stages import compile_source
from dsl.diagnostics import Diagnostic, render_human
from dsl.source import SourceFile
from dsl.visible_text import visible

FIXTURES = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "diagnostics"
_EXPECT = re.compile(
    r"#\s*(?P<sev>[EW])(?P<where>[\^v]?):\s*(?P<code>[A-Z]\d{3})"
    r"(?:\s+col=(?P<col>\d+))?(?P<text>(?:(?!#\s*[EW][\^v]?:).)*)"
)
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_SEVERITY = {"E": "error", "W": "warning"}
_OFFSET = {"": 0, "^": -1, "v": 1}


@dataclass(frozen=True)
class Expected:
    """One expected diagnostic, as a fixture comment states it."""

    line: int
    severity: str
    code: str
    column: int | None
    text: str

    def matches(self, d: Diagnostic) -> bool:
        """True when `d` is the diagnostic this expectation describes."""
        return (
            d.span.line == self.line
            and d.severity.value == self.severity
            and d.code == self.code
            and (self.column is None or d.span.column == self.column)
            and self.text in d.message
        )

    def __str__(self) -> str:
        col = f":{self.column}" if self.column is not None else ""
        return f"line {self.line}{col}: {self.severity}[{self.code}] ...{self.text}..."


def expectations(text: str) -> list[Expected]:
    """Every expectation written in a fixture's comments."""
    found: list[Expected] = []
    for number, line in enumerate(text.splitlines(), start=1):
        comment = _comment(line)
        for match in _EXPECT.finditer(comment):
            found.append(
                Expected(
                    line=number + _OFFSET[match["where"]],
                    severity=_SEVERITY[match["sev"]],
                    code=match["code"],
                    column=int(match["col"]) if match["col"] else None,
                    text=match["text"].strip(),
                )
            )
    return found


def _comment(line: str) -> str:
    """The part of a line from its first `#` outside closed double-quoted text."""
    code = _STRING.sub(lambda m: " " * len(m.group(0)), line)
    index = code.find("#")
    return line[index:] if index >= 0 else ""


def unmatched(
    expected: list[Expected], found: tuple[Diagnostic, ...]
) -> tuple[list[Expected], list[Diagnostic]]:
    """The expectations nothing matched, and the diagnostics no expectation matched."""
    left = list(found)
    missing: list[Expected] = []
    for expectation in expected:
        hit = next((d for d in left if expectation.matches(d)), None)
        if hit is None:
            missing.append(expectation)
        else:
            left.remove(hit)
    return missing, left


def _fixtures() -> list[Path]:
    return sorted(FIXTURES.glob("*.guideline"))


def _compile(path: Path) -> tuple[SourceFile, tuple[Diagnostic, ...]]:
    source = SourceFile(f"diagnostics/{path.name}", path.read_text(encoding="utf-8"))
    return source, compile_source(source).diagnostics


def _describe(d: Diagnostic) -> str:
    return f"line {d.span.line}:{d.span.column}: {d.severity.value}[{d.code}] {d.message}"


@pytest.mark.parametrize("path", _fixtures(), ids=lambda p: p.stem)
def test_fixture_reports_exactly_what_it_expects(path: Path) -> None:
    source, found = _compile(path)
    expected = expectations(source.text)
    assert expected, f"{path.name} states no expectation"
    missing, unexpected = unmatched(expected, found)
    report = [f"missing: {e}" for e in missing] + [
        f"unexpected: {_describe(d)}" for d in unexpected
    ]
    assert not report, f"{path.name}:\n" + "\n".join(report)


@pytest.mark.parametrize("path", _fixtures(), ids=lambda p: p.stem)
def test_fixture_renders_for_humans(path: Path) -> None:
    source, found = _compile(path)
    for d in found:
        lines = render_human(d, source).splitlines()
        assert lines[0] == (
            f"{source.path}:{d.span.line}:{d.span.column}: "
            f"{d.severity.value}[{d.code}]: {d.message}"
        )
        text = source.line_text(d.span.line)
        assert lines[1] == f"{d.span.line:>4} | {visible(text)}"
        column = len(visible(text[: d.span.column - 1])) + 1  # a tab shows as two characters
        caret = lines[2]
        assert caret.startswith("     | ")
        assert caret[7 : 7 + column - 1].strip() == ""
        assert caret[7 + column - 1] == "^"
        assert [line.removeprefix("  help: ") for line in lines if "help: " in line] == list(
            d.hints
        )
        assert "Traceback" not in "\n".join(lines)
        assert "$END" not in d.message and "_NL" not in "".join(d.hints)


def test_at_least_25_distinct_mistakes_are_covered() -> None:
    codes = set()
    files = _fixtures()
    for path in files:
        codes |= {e.code for e in expectations(path.read_text(encoding="utf-8"))}
    assert len(files) >= 25
    families = {code[0] for code in codes}
    assert families >= set("PNTCHRULX")


def test_expectation_syntax() -> None:
    text = "x  # E: T003 col=8 plain number # W: N009\n# E^: P005 the decision\n"
    assert expectations(text) == [
        Expected(1, "error", "T003", 8, "plain number"),
        Expected(1, "warning", "N009", None, ""),
        Expected(1, "error", "P005", None, "the decision"),
    ]
    assert expectations('note "a # E: X001 inside text"\n') == []


def test_unmatched_reports_both_directions() -> None:
    source, found = _compile(FIXTURES / "names.guideline")
    expected = expectations(source.text)
    missing, unexpected = unmatched([*expected[1:], Expected(1, "error", "Z999", None, "")], found)
    assert [e.code for e in missing] == ["Z999"]
    assert len(unexpected) == 1
