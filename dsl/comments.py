"""Comments of a guideline file, recovered from its text line by line.

The grammar's line-end token swallows comments, so the syntax tree never sees them.
The formatter finds them here and attaches each one either to the line it trails
or to the statement that follows it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BLANK, COMMENT, CONTENT = "blank", "comment", "content"


@dataclass(frozen=True)
class SourceLine:
    """One line of the source: its kind, and the comment it holds (if any)."""

    kind: str
    comment: str | None


def split_comment(line: str) -> tuple[str, str | None]:
    """(code, comment) of one line; a `#` inside double-quoted text is not a comment."""
    in_string = False
    escaped = False
    for index, char in enumerate(line):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char == "#":
            return line[:index], line[index:].rstrip()
    return line, None


def classify(text: str) -> list[SourceLine]:
    """Every line of the text (index 0 is line 1) as blank, comment-only or content."""
    lines: list[SourceLine] = []
    for raw in text.split("\n"):
        code, comment = split_comment(raw)
        if code.strip():
            lines.append(SourceLine(CONTENT, comment))
        elif comment is not None:
            lines.append(SourceLine(COMMENT, comment))
        else:
            lines.append(SourceLine(BLANK, None))
    return lines


@dataclass
class Attached:
    """The comments that belong to one output line.

    `leading` holds the comment lines written above it, with None standing for a blank
    line kept between them; `blank_after` is True when a blank line separated the last
    leading comment from the line; `trailing` is the comment written at its end.
    """

    leading: list[str | None] = field(default_factory=list)
    blank_after: bool = False
    trailing: str | None = None


@dataclass
class CommentMap:
    """Comments by the source line of the output line they belong to."""

    by_line: dict[int, Attached] = field(default_factory=dict)
    tail: list[str | None] = field(default_factory=list)
    tail_blank_before: bool = False

    def at(self, line: int) -> Attached:
        """The comments attached to the output line that starts at source line `line`."""
        return self.by_line.setdefault(line, Attached())


def _owner(starts: list[int], line: int) -> int:
    """The greatest output-line start at or before `line` (the first one if none)."""
    best = starts[0]
    for start in starts:
        if start <= line:
            best = start
    return best


def _group(lines: list[SourceLine], first: int, last: int) -> tuple[list[str | None], bool]:
    """Comment lines from `first` to `last` (1-based, inclusive), blanks collapsed.

    Returns the comments (None for a kept blank) and whether a blank line ends the range.
    """
    out: list[str | None] = []
    blank = False
    for number in range(first, last + 1):
        line = lines[number - 1]
        if line.kind == BLANK:
            blank = True
            continue
        if blank and out:
            out.append(None)
        blank = False
        out.append(line.comment)
    return out, blank


def attach(text: str, starts: list[int]) -> CommentMap:
    """Attach every comment of `text` to one of the output lines starting at `starts`."""
    lines = classify(text)
    result = CommentMap()
    ordered = sorted(set(starts))
    if not ordered:
        return result
    first_comment: int | None = None
    for number, line in enumerate(lines, start=1):
        if line.kind == COMMENT and first_comment is None:
            first_comment = number
        elif line.kind == CONTENT:
            owner = _owner(ordered, number)
            if first_comment is not None:
                group, blank = _group(lines, first_comment, number - 1)
                result.at(owner).leading.extend(group)
                result.at(owner).blank_after = blank
                first_comment = None
            if line.comment is not None:
                _add_trailing(result.at(owner), line.comment)
    if first_comment is not None:
        result.tail, _ = _group(lines, first_comment, len(lines))
        result.tail_blank_before = first_comment > 1 and lines[first_comment - 2].kind == BLANK
    return result


def _add_trailing(attached: Attached, comment: str) -> None:
    """Keep the first trailing comment at the line's end; move later ones above it."""
    if attached.trailing is None:
        attached.trailing = comment
    else:
        attached.leading.append(comment)


def blank_before(lines: list[SourceLine], start: int) -> bool:
    """True when a blank line directly follows the content line before `start`.

    That blank separates the statement (with the comments above it) from the one before.
    """
    number = start - 1
    while number >= 1 and lines[number - 1].kind != CONTENT:
        number -= 1
    return number + 1 < start and lines[number].kind == BLANK
