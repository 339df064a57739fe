"""Escaping of guideline text for the Markdown pages and the inline SVG.

Every string that comes from a guideline source reaches a page only through
`md()` (Markdown text, including table cells and headings) or `xml()` (inside
raw HTML or SVG). Both turn every character with a meaning in Markdown or HTML
into a numeric character reference, so the text shows exactly as written.
"""

from __future__ import annotations

import html
import re

from markupsafe import Markup

# Characters with a meaning in HTML, in Python-Markdown's inline syntax, in
# tables (`|`) or in attribute lists (`{ }`).
_MD_SPECIAL = "&<>\"'\\`*_{}[]|#"
_MD_MAP = {c: f"&#{ord(c)};" for c in _MD_SPECIAL}
_NUMBERED = re.compile(r"(\d+)([.)])")
_SLUG_BAD = re.compile(r"[^A-Za-z0-9_-]+")


def one_line(text: str) -> str:
    """Collapse every run of whitespace (line breaks included) to one space."""
    return " ".join(text.split())


def md(text: object) -> Markup:
    """Text shown literally in Markdown: safe in a paragraph, a heading or a table cell.

    The first character is also encoded when it is not a letter or digit, so that
    text can never open a list, a quote, a heading or an admonition.
    """
    flat = one_line(str(text))
    out = "".join(_MD_MAP.get(c, c) for c in flat)
    numbered = _NUMBERED.match(flat)
    if numbered:
        digits = numbered.group(1)
        out = f"{digits}&#{ord(numbered.group(2))};" + out[len(digits) + 1 :]
    elif flat and not flat[0].isalnum() and not out.startswith("&#"):
        out = f"&#{ord(flat[0])};" + out[1:]
    return Markup(out)


def xml(text: object) -> str:
    """Text for an XML/HTML text node or a quoted attribute value."""
    return html.escape(one_line(str(text)), quote=True)


def slug(text: str) -> str:
    """An anchor-safe form of an identifier (letters, digits, `_` and `-`)."""
    return _SLUG_BAD.sub("-", text).strip("-") or "x"


def anchor(kind: str, ident: str) -> Markup:
    """The HTML id of a guideline element: `rec-prednisone`, `decision-hmgcr`.

    Markup, because a slug has no character that needs escaping anywhere.
    """
    return Markup(f"{kind}-{slug(ident)}")


def safe_url(url: str) -> str | None:
    """The URL when it is an http(s) address, else None (no `javascript:` links)."""
    text = url.strip()
    return text if re.match(r"https?://[^\s<>\"']+$", text) else None


def link(href: str, text: str, css: str = "") -> Markup:
    """A raw HTML link whose text is shown literally."""
    cls = f' class="{xml(css)}"' if css else ""
    return Markup(f'<a{cls} href="{xml(href)}">{md(text)}</a>')
