"""The documentation emitter: the files, what a page holds, and byte-identical rebuilds."""

from __future__ import annotations

import pytest

import compiler.emit_docs
from compiler.emit_docs import emit_docs, language, render_guideline, render_index
from compiler.emit_docs.cases import CaseTable, case_table
from compiler.emit_docs.gaps import collect_gaps
from compiler.pipeline.stages import Compiled, compile_source, compile_text
from compiler.semantics import ir
from compiler.testgen import pytest_compact
from tests.conftest import MINIMAL_HEADER


@pytest.fixture(scope="module")
def page(imnm: ir.Guideline) -> str:
    """The IMNM page, rendered once."""
    return render_guideline(imnm)


@pytest.fixture
def no_cases(monkeypatch: pytest.MonkeyPatch) -> None:
    """Skip case generation where a test is about something else."""
    monkeypatch.setattr(compiler.emit_docs, "case_table", lambda g: CaseTable((), "skipped"))


@pytest.mark.usefixtures("no_cases")
def test_files_written(imnm: ir.Guideline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "reference_text", lambda: "# Reference\n")
    files = emit_docs([imnm])
    assert list(files) == [
        "docs/guidelines/imnm.md",
        "docs/guidelines/index.md",
        "docs/language.md",
    ]


@pytest.mark.usefixtures("no_cases")
def test_language_page_skipped_without_reference(
    imnm: ir.Guideline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(language, "reference_text", lambda: None)
    assert "docs/language.md" not in emit_docs([imnm])


def test_reference_links_outside_the_site_become_text() -> None:
    text = "See [grammar](grammar.lark), [web](https://x.org) and [here](#a).\n```\n[k](v)\n```\n"
    out = language.rewrite_links(text)
    assert "grammar (`grammar.lark`)" in out
    assert "[web](https://x.org)" in out and "[here](#a)" in out
    assert "[k](v)" in out


def test_rebuild_is_byte_identical(imnm_compiled: Compiled, imnm: ir.Guideline) -> None:
    again = compile_source(imnm_compiled.source).guideline
    assert again is not None
    first, second = emit_docs([imnm]), emit_docs([again])
    assert first == second
    assert first["docs/guidelines/imnm.md"].encode() == second["docs/guidelines/imnm.md"].encode()


def test_page_has_every_decision_recommendation_and_reference(
    imnm: ir.Guideline, page: str
) -> None:
    for node in ir.walk(imnm.body):
        if isinstance(node, ir.Decision):
            assert f"{{ #decision-{node.id} .gl-decision }}" in page
            assert f'id="node-{node.id}"' in page
    for rec in ir.recommendations(imnm):
        assert f"{{ #rec-{rec.id} .gl-rec }}" in page
    for ref in imnm.references:
        assert f"{{: #ref-{ref.key} }}" in page


def test_every_gap_is_shown_twice(imnm: ir.Guideline, page: str) -> None:
    gaps = collect_gaps(imnm)
    narratives = [n for n in ir.walk(imnm.body) if isinstance(n, ir.NarrNode)]
    assert sum(1 for n in narratives if n.narrative.kind == "gap") > 0
    uncited = [r for r in ir.recommendations(imnm) if r.uncited is not None]
    assert len([g for g in gaps if g.anchor.startswith("uncited-")]) == len(uncited)
    assert page.count('!!! warning gap "Gap in the source"') == len(gaps)
    table = page.split("## Gaps in the source", 1)[1].split("## References", 1)[0]
    assert table.count("\n| ") == len(gaps) + 1  # the header row and one row per gap


def test_examples_and_generated_cases_are_listed(imnm: ir.Guideline, page: str) -> None:
    for example in imnm.examples:
        assert f'<span id="example-{example.id}"></span>' in page
    table = case_table(imnm)
    assert table.problem == ""
    kinds = {g.kind for g in table.groups}
    assert {"path", "example"} <= kinds
    assert sum(len(g.rows) for g in table.groups) > len(imnm.examples)
    for group in table.groups:
        for row in group.rows:
            assert f"<code>{row.id.replace('_', '&#95;')}</code>" in page


def test_index_links_every_guideline(imnm: ir.Guideline) -> None:
    index = render_index([imnm])
    assert "](imnm.md)" in index
    assert f"| {len(collect_gaps(imnm))} |" in index


def test_index_links_an_id_with_an_underscore_to_its_page() -> None:
    # The link target went through the text escaping: `second_line.md` became
    # `second&#95;line.md`, a link to no page (mkdocs --strict refused the site).
    compiled = compile_text(MINIMAL_HEADER.replace("guideline demo", "guideline second_line"))
    assert compiled.guideline is not None
    assert "](second_line.md)" in render_index([compiled.guideline])


def test_pages_without_cases_say_so_and_differ_only_there(imnm: ir.Guideline, page: str) -> None:
    bare = render_guideline(imnm, with_cases=False)
    assert "This build did not generate test cases" in bare
    head = page.split("## Generated test cases", 1)[0]
    assert bare.split("## Generated test cases", 1)[0] == head
    files = emit_docs([imnm], with_cases=False)
    assert files["docs/guidelines/imnm.md"] == bare


def test_too_many_cases_are_counted_not_listed(
    imnm: ir.Guideline, page: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above the size where tests carry fingerprints, the page counts the cases by kind."""
    listed = case_table(imnm)
    monkeypatch.setattr(pytest_compact, "COMPACT_ABOVE", 0)
    table = case_table(imnm)
    assert table.problem == "" and table.too_many
    assert all(not g.rows for g in table.groups)
    assert [g.kind for g in table.groups] == [g.kind for g in listed.groups]
    assert list(table.counts) == [len(g.rows) for g in listed.groups]
    counted = render_guideline(imnm)
    assert "Too many cases to list" in counted
    assert "<code>guideline cases imnm</code>" in counted
    for group in listed.groups:
        assert f"| {group.heading} | {len(group.rows):,} |" in counted
    heading = "## Generated test cases"
    assert counted.split(heading, 1)[0] == page.split(heading, 1)[0]


def test_page_shows_the_cap_the_daily_maximum_and_the_timing(capped: ir.Guideline) -> None:
    text = render_guideline(capped)
    assert "15 mg/kg &#42; weight, at most 750 mg per dose (result in mg" in text or (
        "15 mg/kg * weight, at most 750 mg per dose (result in mg" in text
    )
    assert "Daily maximum" in text and "60 mg/kg/day" in text
    assert "in 2 to 3 days: Review the pain" in text
    assert "liver tests in 1 week" in text
    # the generated cases around the cap show the figures
    assert "capped at 750 mg" in text and "under the 750 mg cap" in text
