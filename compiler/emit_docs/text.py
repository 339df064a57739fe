"""Escaping of guideline text for the Markdown pages, their inline SVG and their front matter.

One rule per output format, applied here and nowhere else:

- the page body (Markdown with raw HTML and SVG in it): every character with a
  meaning in Markdown or HTML becomes a numeric character reference. `md()`
  applies it to text (paragraphs, table cells, headings) and `xml()` to text
  nodes and attribute values of raw HTML and SVG: one map for both, so text
  inside an attribute (a reference's `href`) can no more be rewritten by Markdown
  than text in a paragraph can.
- the front matter (YAML that mkdocs reads and the theme prints unescaped into
  the HTML `<title>` and the page header): `front_matter()`, a YAML double-quoted
  string of printable ASCII in which every other character is a numeric character
  reference.

In both, text is first made one line, and its control, format and bidi characters
are shown as escapes (`dsl.visible_text`, as at the terminal): a bidi override
cannot make a page read otherwise than the text the module returns, and the STX
and ETX that Python-Markdown uses to mark stashed HTML cannot reach it.
"""

from __future__ import annotations

import re

from markupsafe import Markup

from dsl.visible_text import visible

# Characters with a meaning in HTML, in Python-Markdown's inline syntax, in
# tables (`|`) or in attribute lists (`{ }`).
_MD_SPECIAL = "&<>\"'\\`*_{}[]|#"
_MD_MAP = {ord(c): f"&#{ord(c)};" for c in _MD_SPECIAL}
_NUMBERED = re.compile(r"(\d+)([.)])")
_SLUG_BAD = re.compile(r"[^A-Za-z0-9_-]+")
_PLAIN_ASCII = re.compile(r"[ !#-%(-;=?-\[\]-~]")  # printable ASCII but for " & ' < > and backslash


def one_line(text: str) -> str:
    """Collapse every run of whitespace (line breaks included) to one space."""
    return " ".join(text.split())


def _flat(text: object) -> str:
    """The text on one line, with its control, format and bidi characters as escapes."""
    return visible(one_line(str(text)))


def _encode(text: str) -> str:
    """The page body's one rule: Markdown and HTML specials as numeric references."""
    return text.translate(_MD_MAP)


def md(text: object) -> Markup:
    """Text shown literally in Markdown: safe in a paragraph, a heading or a table cell.

    The first character is also encoded when it is not a letter or digit, so that
    text can never open a list, a quote, a heading or an admonition.
    """
    flat = _flat(text)
    out = _encode(flat)
    numbered = _NUMBERED.match(flat)
    if numbered:
        digits = numbered.group(1)
        out = f"{digits}&#{ord(numbered.group(2))};" + out[len(digits) + 1 :]
    elif flat and not flat[0].isalnum() and not out.startswith("&#"):
        out = f"&#{ord(flat[0])};" + out[1:]
    return Markup(out)


def xml(text: object) -> str:
    """Text for a text node or a quoted attribute value of raw HTML or SVG in a page.

    Markup (an anchor, a slug, text already encoded) is page-safe and stays as it is.
    """
    if isinstance(text, Markup):
        return str(text)
    return _encode(_flat(text))


def front_matter(text: object) -> Markup:
    """A YAML double-quoted string whose value is the text as HTML, for the front matter.

    Only printable ASCII other than `"`, `&`, `'`, `<`, `>` and `\\` stays as it is (no YAML
    escape and no HTML tag can form); every other character is a numeric reference.
    """
    flat = _flat(text)
    out = "".join(c if _PLAIN_ASCII.fullmatch(c) else f"&#{ord(c)};" for c in flat)
    return Markup(f'"{out}"')


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
