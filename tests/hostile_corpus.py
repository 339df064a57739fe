"""A corpus of hostile texts and a guideline that carries them in every text slot.

`PAYLOADS` holds the attacks that once ran a script in the documentation site or
fetched from another host, and the usual families besides: quotes, backslashes and
triple quotes, HTML that closes an element or adds an event handler, `javascript:`
and `data:` URLs, Markdown, Jinja and YAML syntax, HTML comments and entities,
Python-Markdown's own placeholder characters, bidi, zero-width and control
characters. `LONG_PAYLOADS` adds very long texts, for the long profile, where each
goes into one slot (the scope): in every slot, a 1 MB text makes a page of gigabytes.

`hostile_guideline(text)` is a guideline whose every quoted text (title, owners,
scope, notes, bullets, gaps, references with their doi, pmid and url, questions,
choice labels, definition and assumption texts, decisions, sections,
recommendations with their route, frequency, target, rationale and uncited reason,
options, examples) is `text`.
"""

from __future__ import annotations

OUTSIDE = "elsewhere.example"

PAYLOADS: tuple[str, ...] = (
    # The two routes by which a script ran in the published site.
    "</title><script>alert(document.domain)</script>",
    "![ autofocus onfocus=alert(document.domain) x](y)",
    f"![pixel](http://{OUTSIDE}/pixel.png)",
    # HTML: elements, attributes, event handlers, other hosts.
    "<script>alert(1)</script>",
    "</script><script>alert(2)</script>",
    '"><img src=x onerror=alert(3)>',
    "'><svg onload=alert(4)>",
    "<svg><script>alert(5)</script></svg>",
    "<img src=x onerror=alert(6)//",
    "<details open ontoggle=alert(7)>",
    "<body onload=alert(8)>",
    "<input autofocus onfocus=alert(9)>",
    f'<iframe src="http://{OUTSIDE}/frame"></iframe>',
    f'<meta http-equiv="refresh" content="0;url=http://{OUTSIDE}/">',
    f"<link rel=stylesheet href=http://{OUTSIDE}/x.css>",
    f"<style>@import url(http://{OUTSIDE}/y.css);</style>",
    f'<object data="http://{OUTSIDE}/o"></object>',
    '<a href="javascript:alert(10)">link</a>',
    "<textarea></textarea><noscript><p title=\"</noscript><img src=x onerror=alert(11)>\">",
    "<title><script>alert(12)</script>",
    # URLs.
    "javascript:alert(13)",
    "JaVaScRiPt:alert(14)",
    " javascript:alert(15)",
    "data:text/html,<script>alert(16)</script>",
    f"https://{OUTSIDE}/\" onmouseover=\"alert(17)",
    f"http://{OUTSIDE}/",
    f"//{OUTSIDE}/x.png",
    # Markdown.
    "[link](javascript:alert(18))",
    f"[ref]: http://{OUTSIDE}/ref",
    "[ref]",
    f"<http://{OUTSIDE}/auto>",
    f"<mail@{OUTSIDE}>",
    "*em* **strong** _u_ __uu__ `code` ~~strike~~",
    "# heading",
    "> quote",
    "- item",
    "1. item",
    "+ item",
    '!!! warning "admonition"',
    '??? note "details"',
    "```python\nimport os\n```",
    "{: onclick=\"alert(19)\" }",
    "{ #injected .cls onclick=alert(20) }",
    "| a | b |\n|---|---|",
    "line with two trailing spaces  \nnext",
    "\\*not em\\* \\[x\\]",
    # Quotes, backslashes, code.
    "\"double\" 'single' \"\"\"triple\"\"\" '''triple'''",
    "back\\slash \\\\ double \\n not a newline \\",
    "__import__('os').system('echo owned')",
    "'; DROP TABLE patients; --",
    "{0} {name} %s %(x)s ${x} `whoami`",
    # Jinja and YAML.
    "{{ 7*7 }} {% raw %} {# comment #} {{ config.__class__ }}",
    "---\ntitle: injected\n---",
    "key: value # comment",
    # HTML comments and entities.
    "<!-- comment -->",
    "<!--",
    "-->",
    "<![CDATA[x]]>",
    "&lt;script&gt;alert(21)&lt;/script&gt; &#60;b&#62; &amp;",
    # Python-Markdown's placeholders for stashed HTML, and other controls.
    "\x02wzxhzdk:0\x03",
    "\x1b[31mred\x1b[0m \x1b]0;title\x07",
    "bell\x07 backspace\x08 form\x0c vertical\x0b",
    "nul\x00byte",
    "line\nbreak and\ttab and\r carriage",
    # Bidi, zero-width and separators.
    "\u202eevil\u202c \u202dlr\u202c \u2066iso\u2069 \u2067rtl\u2069 \u200f\u200e",
    "zero\u200bwidth\u200cnon\u200djoiner\u2060word\ufeffbom",
    "line\u2028separator\u2029paragraph",
    # Other scripts, look-alikes, combining marks.
    "ſkin Kelvin \u0441kin \u00e9 e\u0301 \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",
    "\U0001f600 \U0001f468\u200d\U0001f469\u200d\U0001f467 \U000e0041",
)

# About 1 MB each. Not a megabyte of Markdown or HTML syntax: each such character is
# a numeric reference, and Python-Markdown's time grows faster than the square of their
# number (100,000 characters of `<b>x</b> ` take 5 s, 400,000 take 97 s), which is for
# a limit on the length of texts to bound.
LONG_PAYLOADS: tuple[str, ...] = (
    "A" * 1_000_000,
    "Long text, \u00e9 \u00fc \u4e2d\u6587 \U0001f642. " * 40_000,
)


def dsl_text(text: str) -> str:
    """`text` as a quoted text of the language (its four escapes, everything else raw)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\n", "\\n").replace("\t", "\\t") + '"'


_TEMPLATE = """\
guideline hostile_site {T}
  version 1.0.0
  status draft
  owners {T}, {T}
  reviewed 2024-06-01
  scope {T}
  excludes {T}
  note {T} cites k1
    - {T} cites k1
  gap {T}

references
  k1 {T}
    doi {T}
    pmid {T}
    url {T}
    note {T}
    gap {T}
  k2 {T}
    url {T}

input kind {T}: one of plain {T}, odd {T}
  note {T}
  gap {T}
input weight {T}: number kg from 1 to 300 step 0.1
input pending {T}: yes/no or unknown
input flag {T}: yes/no

define heavy {T} = weight >= 100 kg
  note {T}

assume sane {T}: weight >= 1 kg
  gap {T}

decide route {T}
  note {T}
  gap {T}
  when kind is plain and pending:
    start first {T}
      drug drug_a
      dose 1 to 2 mg/kg/day * weight
      route {T}
      frequency {T}
      rationale {T}
      cites k1
      note {T}
      gap {T}
    choose pick {T}
      cites k1, k2
      option a {T}
        preferred when flag
        note {T}
        gap {T}
      option b {T}
  when unknown: ask
  otherwise:
    section extra {T} when heavy
      monitor watch {T}
        target {T}
        every 1 year
        cites k2
      caution careful {T}
        uncited {T}
      note {T}
        - {T}
      gap {T}

example plain_patient {T}
  given kind = plain
  given weight = 70 kg
  given flag = yes
  given pending = yes
  expect first, pick
  note {T}
  gap {T}
"""


SLOTS = _TEMPLATE.count("{T}")
SCOPE = _TEMPLATE.split("  scope ", 1)[0].count("{T}")  # the number of the scope's slot


def hostile_guideline(
    text: str, ident: str = "hostile_site", slots: frozenset[int] | None = None
) -> str:
    """The guideline `ident` with `text` in every one of its quoted texts.

    With `slots`, only the texts of those numbers (counted from 0 in source order)
    are `text`; the others read `Plain text`.
    """
    parts = _TEMPLATE.replace("hostile_site", ident, 1).split("{T}")
    quoted, plain = dsl_text(text), dsl_text("Plain text")
    out = [parts[0]]
    for number, part in enumerate(parts[1:]):
        out.append(quoted if slots is None or number in slots else plain)
        out.append(part)
    return "".join(out)
