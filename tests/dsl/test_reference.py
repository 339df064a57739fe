"""Every example of the language reference (dsl/reference.md) is what the compiler says.

Fenced blocks marked `guideline` must compile without errors; those marked
`guideline-error` must produce an error, and every code named in their comments.
A block that does not start with `guideline` is a fragment, compiled after the
standard test header. Shown command output (`text` blocks) is recomputed: a run
explanation from the nearest complete guideline and `json` patient above it, a
diagnostic from the nearest guideline block above it.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from compiler.emit_docs import codes
from compiler.emit_python import emit
from compiler.pipeline.stages import Compiled, compile_text
from compiler.running.explain import explain
from compiler.semantics import interpreter
from compiler.semantics.lower import DOSE_KINDS, DRUG_KINDS, MONITOR_KINDS
from dsl import units
from dsl.diagnostics import Diagnostic, Severity, render_human
from dsl.parser import keywords
from dsl.source import SourceFile
from tests.conftest import MINIMAL_HEADER, ROOT

REFERENCE = ROOT / "dsl" / "reference.md"
LANGUAGES = frozenset({"guideline", "guideline-error", "text", "json", "sh"})
_FENCE = re.compile(r"^(?P<indent> *)```(?P<lang>[^\s`]*)\s*$")
_CODE = re.compile(r"\b[A-Z]\d{3}\b")
_RUN_HEAD = re.compile(r"^\w+ version \S+ \(source [0-9a-f]{12}\)$")
_DIAGNOSTIC_HEAD = re.compile(r"^demo\.guideline:\d+:\d+: (error|warning)\[[A-Z]\d{3}\]")
KINDS = frozenset(
    {
        "start",
        "stop",
        "add",
        "consider",
        "choose",
        "refer",
        "assess",
        "monitor",
        "advise",
        "caution",
    }
)
FIELD_KINDS: dict[str, frozenset[str]] = {
    "drug": DRUG_KINDS,
    "dose": DOSE_KINDS,
    "route": DOSE_KINDS,
    "frequency": DOSE_KINDS,
    "duration": DOSE_KINDS,
    "every": MONITOR_KINDS,
    "target": MONITOR_KINDS,
    "option": frozenset({"choose"}),
    "strength": KINDS,
    "cites": KINDS,
    "expert opinion": KINDS,
    "uncited": KINDS,
    "rationale": KINDS,
    "time to effect": KINDS,
    "note": KINDS,
}


@dataclass(frozen=True)
class Block:
    """One fenced code block of the reference."""

    lang: str
    text: str
    line: int

    @property
    def code(self) -> list[str]:
        """Its lines that are neither blank nor comments."""
        return [ln for ln in self.text.splitlines() if ln.strip() and not ln.startswith("#")]

    @property
    def complete(self) -> bool:
        """True for a whole guideline file (it opens with the header)."""
        return bool(self.code) and self.code[0].startswith("guideline ")

    @property
    def guideline_id(self) -> str:
        """The id a complete example declares."""
        return self.code[0].split()[1]

    @property
    def source(self) -> str:
        """The text compiled for this block: itself, or the standard header and itself."""
        return self.text if self.complete else MINIMAL_HEADER + "\n" + self.text


def extract_blocks(markdown: str) -> list[Block]:
    """Every fenced block, with its language and the line its fence opens on."""
    blocks: list[Block] = []
    lines = markdown.splitlines()
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        index += 1
        if opening is None:
            continue
        indent = opening["indent"]
        body: list[str] = []
        while index < len(lines) and lines[index].rstrip() != indent + "```":
            body.append(lines[index][len(indent) :])
            index += 1
        assert index < len(lines), f"the block opened on line {index} is never closed"
        blocks.append(Block(opening["lang"], "\n".join(body) + "\n", index - len(body)))
        index += 1
    return blocks


def _text() -> str:
    return REFERENCE.read_text(encoding="utf-8")


BLOCKS = extract_blocks(_text())


def _blocks(*langs: str) -> list[Block]:
    return [b for b in BLOCKS if b.lang in langs]


def _id(block: Block) -> str:
    return f"line{block.line}"


def _compile(block: Block) -> Compiled:
    return compile_text(block.source, "demo.guideline")


def _shown(compiled: Compiled) -> str:
    source = SourceFile("demo.guideline", compiled.source.text)
    return "\n\n".join(render_human(d, source) for d in compiled.diagnostics)


def _errors(compiled: Compiled) -> list[Diagnostic]:
    return [d for d in compiled.diagnostics if d.severity is Severity.ERROR]


# ------------------------------------------------------------------ the blocks


def test_reference_has_examples() -> None:
    assert len(_blocks("guideline")) >= 20
    assert len(_blocks("guideline-error")) >= 3


@pytest.mark.parametrize("block", BLOCKS, ids=_id)
def test_every_block_names_its_language(block: Block) -> None:
    assert block.lang in LANGUAGES, f"line {block.line}: mark the block as one of {LANGUAGES}"


@pytest.mark.parametrize("block", _blocks("guideline"), ids=_id)
def test_example_compiles(block: Block) -> None:
    compiled = _compile(block)
    assert not _errors(compiled), f"line {block.line}:\n{_shown(compiled)}"


@pytest.mark.parametrize("block", _blocks("guideline-error"), ids=_id)
def test_mistake_is_reported(block: Block) -> None:
    compiled = _compile(block)
    comments = "\n".join(ln for ln in block.text.splitlines() if ln.startswith("#"))
    named = set(_CODE.findall(comments))
    assert named, f"line {block.line}: name the expected code in a comment, e.g. `# T002: ...`"
    assert _errors(compiled), f"line {block.line}: this mistake compiles without an error"
    found = {d.code for d in compiled.diagnostics}
    assert named <= found, f"line {block.line}: expected {named}, got:\n{_shown(compiled)}"


# -------------------------------------------------------------- shown output


def _before(block: Block, wanted: set[str]) -> Block:
    earlier = [b for b in BLOCKS if b.line < block.line and b.lang in wanted]
    assert earlier, f"line {block.line}: no block above it to recompute it from"
    return earlier[-1]


def _run_outputs() -> list[Block]:
    return [b for b in _blocks("text") if _RUN_HEAD.match(b.text.splitlines()[0])]


def _diagnostic_outputs() -> list[Block]:
    return [b for b in _blocks("text") if _DIAGNOSTIC_HEAD.match(b.text.splitlines()[0])]


def test_outputs_are_checked() -> None:
    assert len(_run_outputs()) >= 2
    assert len(_diagnostic_outputs()) >= 2


def _guideline_named(guideline_id: str) -> Block:
    named = {b.guideline_id: b for b in _blocks("guideline") if b.complete}
    assert guideline_id in named, f"no complete example has the id `{guideline_id}`"
    return named[guideline_id]


@pytest.mark.parametrize("block", _run_outputs(), ids=_id)
def test_run_output_is_what_run_prints(block: Block) -> None:
    guideline = _compile(_guideline_named(block.text.split()[0])).guideline
    assert guideline is not None
    patient = json.loads(_before(block, {"json"}).text)
    result = interpreter.evaluate(guideline, patient)
    assert block.text.rstrip("\n") == explain(result)


@pytest.mark.parametrize("block", _diagnostic_outputs(), ids=_id)
def test_diagnostic_output_is_what_check_prints(block: Block) -> None:
    compiled = _compile(_before(block, {"guideline", "guideline-error"}))
    assert block.text.rstrip("\n") == _shown(compiled)


def _import_module(block: Block, folder: Path) -> ModuleType:
    guideline = _compile(block).guideline
    assert guideline is not None
    path = folder / f"reference_{guideline.id}.py"
    path.write_text(emit(guideline), encoding="utf-8")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module  # dataclasses look their module up while it loads
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[path.stem]
    return module


def _paragraph(opening: str) -> str:
    text = _text()
    start = text.index(opening)
    return text[start : text.index("\n\n", start)]


def test_generated_module_returns_what_the_reference_says(tmp_path: Path) -> None:
    module = _import_module(_guideline_named("imnm_first"), tmp_path)
    result = module.evaluate({"weight": 70, "anti_hmgcr": None}).to_dict()
    listed = {w for cell in _rows("field of the result") for w in re.findall(r"`(\w+)`", cell)}
    assert set(result) == listed
    assert (result["complete"], result["needs"]) == (False, ["anti_hmgcr"])
    (rec,) = result["recommendations"]
    described = set(re.findall(r"`(\w+)`", _paragraph("Each recommendation has its")))
    assert set(rec) <= described
    assert set(rec["dose"]) <= described
    with pytest.raises(module.PatientDataError):
        module.evaluate({"weight": 7000, "anti_hmgcr": True})


# ---------------------------------------------------------- what it must cover


def _backticked(text: str) -> set[str]:
    return set(re.findall(r"`([^`\n]+)`", text))


def test_every_word_of_the_language_is_listed() -> None:
    missing = sorted(keywords() - _backticked(_text()))
    assert not missing, f"words of the language the reference never names: {missing}"


def test_every_known_unit_is_listed() -> None:
    written = _backticked(_text())
    known = set(units._SYMBOLS) | {a for a in units._ALIASES if a.isascii()}
    missing = sorted(known - written)
    assert not missing, f"units the reference does not list: {missing}"


def test_every_code_family_has_a_row() -> None:
    families = {code[0] for code in codes.CODES}
    rows = set(re.findall(r"^\| `([A-Z])` \|", _text(), flags=re.MULTILINE))
    assert families <= rows, f"families without a row: {sorted(families - rows)}"


def test_code_table_uses_the_registry_titles() -> None:
    for cell in _rows("family").values():
        for code, title in re.findall(r"`([A-Z]\d{3})` ([^,`]+)", cell):
            assert title.strip() == codes.lookup(code).title.lower(), code


def test_codes_named_in_the_text_exist() -> None:
    named = set(re.findall(r"`([A-Z]\d{3})`", _text()))
    unknown = sorted(named - set(codes.CODES))
    assert not unknown, f"the reference names codes the compiler does not have: {unknown}"


def _rows(first_header: str) -> dict[str, str]:
    """The table whose header row starts with `first_header`: {first cell: last cell}."""
    lines = _text().splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith(f"| {first_header} |"))
    rows: dict[str, str] = {}
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip("|").split("|")]
        rows[cells[0]] = cells[-1]
    return rows


def test_every_recommendation_kind_has_a_row() -> None:
    assert keywords() >= KINDS
    assert {row.strip("`") for row in _rows("kind")} == KINDS


def test_fields_table_says_which_kinds_allow_each_field() -> None:
    rows = _rows("field of a recommendation")
    for field, kinds in FIELD_KINDS.items():
        row = next(cell for name, cell in rows.items() if f"`{field}" in name)
        written = set(re.findall(r"`(\w+)`", row)) or set(KINDS)
        assert written == kinds, f"`{field}`: the table says {sorted(written)}"


def test_json_blocks_are_json() -> None:
    for block in _blocks("json"):
        json.loads(block.text)


def test_no_links_outside_the_page() -> None:
    links = re.findall(r"\]\(([^)]+)\)", _text())
    outside = [link for link in links if not link.startswith("#")]
    assert not outside, f"links that would break the docs build: {outside}"


def test_extract_blocks_reads_indented_fences() -> None:
    text = 'intro\n\n    ```guideline\n    input a "A": yes/no\n    ```\n'
    (block,) = extract_blocks(text)
    assert (block.lang, block.text, block.line) == ("guideline", 'input a "A": yes/no\n', 3)
    assert not block.complete
