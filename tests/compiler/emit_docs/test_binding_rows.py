"""Where the facts come from, on a guideline's page: from its binding file, escaped."""

from __future__ import annotations

from compiler.bindings.load import load
from compiler.emit_docs import render_guideline
from compiler.emit_docs.binding_rows import order_rows, source_rows
from dsl.source import SourceFile
from tests.conftest import compile_snippet

BODY = """
input weight "Body weight": number kg from 1 to 400
input age "Age": whole years from 18 to 110
input smoker "Current smoker": yes/no or unknown

decide heavy "Heavy?"
  when weight >= 100 kg:
    start drug_a "Drug A"
      expert opinion
      drug drug_a
  otherwise: nothing
"""
HOSTILE = "<script>alert(1)</script> | `x` *y* [z](javascript:1)"
BINDINGS = f'''guideline = "demo"

[weight]
from = "Observation"
codes = ["http://loinc.org|29463-7"]
unit = "kg"
within = "30 days"

[age]
from = "Patient"

[smoker]
ask = "{HOSTILE}"

[orders.drug_a]
codes = ["http://www.whocc.no/atc|B01AB05"]
'''


def _page() -> str:
    compiled = compile_snippet(BODY)
    assert compiled.guideline is not None
    bindings, found = load(SourceFile("demo.bindings.toml", BINDINGS))
    assert bindings is not None and not found
    return render_guideline(compiled.guideline, with_cases=False, bindings=bindings)


def test_the_page_says_where_each_fact_comes_from() -> None:
    page = _page()
    section = page.split("## Where the facts come from", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| <code>")]
    assert len(rows) == 3
    assert "| Observation | LOINC 29463-7 | kg | 30 days |" in rows[0]
    assert "Patient (age from the birth date)" in rows[1]
    assert "asked: " in rows[2]
    assert "| drug&#95;a | ATC B01AB05 |" in section


def test_a_binding_files_words_show_literally() -> None:
    page = _page()
    assert "<script>" not in page and "](javascript" not in page  # no tag, no link
    row = next(line for line in page.splitlines() if "asked: " in line)
    assert row.count(" | ") == 5  # the reason's bar does not open a column


def test_without_a_binding_file_there_is_no_section() -> None:
    compiled = compile_snippet(BODY)
    assert compiled.guideline is not None
    assert source_rows(compiled.guideline, None) == [] and order_rows(None) == []
    assert "Where the facts come from" not in render_guideline(compiled.guideline,
                                                                 with_cases=False)
