"""The documentation backend: a mkdocs page per guideline, an index, the language reference.

The pages are rendered from the IR only, through Jinja2 templates beside this
module. Every value a template prints goes through `text.md()` unless it is
already safe markup built here, so text from a guideline shows literally.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources

import jinja2
from markupsafe import Markup

from compiler.bindings.model import Bindings
from compiler.emit_docs.binding_rows import order_rows, source_rows
from compiler.emit_docs.cases import CaseTable, case_table
from compiler.emit_docs.flowchart import flowchart_svg
from compiler.emit_docs.gaps import collect_gaps
from compiler.emit_docs.language import language_page
from compiler.emit_docs.page import PageModel
from compiler.emit_docs.text import front_matter, md, slug
from compiler.emit_docs.views import (
    assumption_rows,
    definition_rows,
    example_rows,
    input_rows,
    reference_views,
    score_views,
)
from compiler.semantics import ir

__all__ = ["case_table", "emit_docs", "render_guideline", "render_index"]


def _finalize(value: object) -> object:
    if value is None or isinstance(value, Markup):
        return value if value is not None else ""
    return md(value)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
    )
    env.globals["heading"] = lambda level: Markup("#" * int(level))
    return env


def _template(name: str) -> jinja2.Template:
    text = resources.files("compiler.emit_docs").joinpath(name).read_text("utf-8")
    return _environment().from_string(text)


def _tidy(text: str) -> str:
    """No trailing spaces, a blank line before headings and admonitions, no double blanks."""
    lines = [line.rstrip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line.startswith(("#", "!!!", "???")) and out and out[-1]:
            out.append("")
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n") + "\n"


NO_CASES = CaseTable((), "This build did not generate test cases; `guideline build` does.")


def render_guideline(
    guideline: ir.Guideline, *, with_cases: bool = True, bindings: Bindings | None = None
) -> str:
    """The Markdown page of one guideline; without generating its test cases on request;
    with where its facts come from when it has a binding file."""
    model = PageModel(guideline)
    blocks = model.build()
    recs = ir.recommendations(guideline)
    text = _template("guideline.md.j2").render(
        g=guideline,
        title=front_matter(guideline.title),
        notes=model.notes(guideline.narrative),
        inputs=input_rows(guideline, model),
        definitions=definition_rows(guideline, model),
        assumptions=assumption_rows(guideline),
        scores=score_views(guideline, model),
        svg=Markup(flowchart_svg(guideline)),
        blocks=blocks,
        decision_count=sum(1 for b in blocks if b.kind == "decision"),
        rec_count=len(recs),
        examples=example_rows(guideline, model),
        cases=case_table(guideline) if with_cases else NO_CASES,
        gaps=collect_gaps(guideline),
        references=reference_views(guideline, model),
        sources=source_rows(guideline, bindings),
        orders=order_rows(bindings),
    )
    return _tidy(text)


def render_index(guidelines: list[ir.Guideline]) -> str:
    """The list of every guideline."""
    rows = [
        (g, len(collect_gaps(g)), Markup(f"{slug(g.id)}.md"))
        for g in sorted(guidelines, key=lambda g: g.id)
    ]
    return _tidy(_template("index.md.j2").render(rows=rows))


def emit_docs(
    guidelines: list[ir.Guideline],
    *,
    with_cases: bool = True,
    bindings: Mapping[str, Bindings] | None = None,
) -> dict[str, str]:
    """Every documentation file: {path relative to the project root: text}.

    `with_cases=False` leaves the generated test cases out of the pages (timing the
    documentation apart from test generation); `bindings` (by guideline id) adds where
    each guideline's facts come from in a FHIR record.
    """
    found = bindings or {}
    files = {
        f"docs/guidelines/{g.id}.md": render_guideline(
            g, with_cases=with_cases, bindings=found.get(g.id))
        for g in guidelines
    }
    files["docs/guidelines/index.md"] = render_index(guidelines)
    language = language_page()
    if language is not None:
        files["docs/language.md"] = language
    return dict(sorted(files.items()))
