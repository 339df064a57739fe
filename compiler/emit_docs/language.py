"""docs/language.md: a copy of the language reference (dsl/reference.md), when there is one.

Links in the reference that point at files outside the site (the grammar, a
guideline source) cannot work on the site; they are shown as their text
followed by the path, so that the site builds with no broken links.
"""

from __future__ import annotations

import re
from importlib import resources

_LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\(([^)\s]+)\)")
_FENCE = re.compile(r"^\s*(```|~~~)")
_KEEP = re.compile(r"^(https?://|mailto:|#)")


def _site_link(match: re.Match[str]) -> str:
    text, target = match.group(1), match.group(2)
    if _KEEP.match(target):
        return match.group(0)
    return f"{text} (`{target}`)"


def rewrite_links(text: str) -> str:
    """Replace links to files outside the site by text, leaving code blocks alone."""
    out: list[str] = []
    in_code = False
    for line in text.splitlines():
        if _FENCE.match(line):
            in_code = not in_code
        out.append(line if in_code else _LINK.sub(_site_link, line))
    return "\n".join(out).rstrip("\n") + "\n"


def reference_text() -> str | None:
    """The text of dsl/reference.md, or None when the file does not exist."""
    source = resources.files("dsl").joinpath("reference.md")
    if not source.is_file():
        return None
    return source.read_text("utf-8")


def language_page() -> str | None:
    """The language reference as a site page, or None when there is no reference yet."""
    text = reference_text()
    return None if text is None else rewrite_links(text)
