"""End to end: `guideline lsp` as a subprocess, driven with real protocol messages."""

from __future__ import annotations

import pytest
from lsprotocol import types

from compiler.lsp.server import RUN_EXAMPLES
from dsl.formatter import format_source
from tests.compiler.lsp.conftest import RecordingClient, logs, wait_until
from tests.conftest import ROOT

pytestmark = pytest.mark.asyncio(loop_scope="module")

DEMO = (ROOT / "tests/fixtures/lsp/demo.guideline").read_text(encoding="utf-8")
_OPENED: list[str] = []


def _uri(name: str) -> str:
    _OPENED.append(name)
    return f"file:///tmp/lsp-tests/{name}-{len(_OPENED)}.guideline"


def _open(client: RecordingClient, uri: str, text: str, version: int = 1) -> None:
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=uri, language_id="guideline", version=version, text=text)
        )
    )


def _replace(client: RecordingClient, uri: str, text: str, version: int) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            [types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


def _codes(client: RecordingClient, uri: str) -> list[str]:
    return sorted(str(d.code) for d in client.diagnostics.get(uri, []))


def _position(text: str, needle: str, offset: int = 0) -> types.Position:
    before = text[: text.index(needle) + offset]
    return types.Position(before.count("\n"), len(before.rsplit("\n", 1)[-1]))


def _logged(client: RecordingClient, what: str, uri: str, version: int) -> bool:
    return any(f"{what} for {uri} version {version}" in line for line in logs(client))


def _logic_done(client: RecordingClient, uri: str, version: int) -> bool:
    return _logged(client, "done", uri, version)


async def _opened_clean(client: RecordingClient, name: str, text: str = DEMO) -> str:
    uri = _uri(name)
    _open(client, uri, text)
    await wait_until(lambda: uri in client.diagnostics, "publish diagnostics")
    return uri


async def test_diagnostics_appear_and_clear(client: RecordingClient) -> None:
    uri = await _opened_clean(client, "clear")
    assert _codes(client, uri) == []
    broken = DEMO.replace("when elderly and", "when elderli and")
    _replace(client, uri, broken, 2)
    await wait_until(lambda: _codes(client, uri) == ["N001", "N010"], "report the unknown name")
    diagnostic = next(d for d in client.diagnostics[uri] if d.code == "N001")
    assert diagnostic.severity == types.DiagnosticSeverity.Error
    assert "did you mean `elderly`?" in diagnostic.message
    assert diagnostic.range.start == _position(broken, "elderli")
    _replace(client, uri, DEMO, 3)
    await wait_until(lambda: _codes(client, uri) == [], "clear the diagnostic")
    await wait_until(lambda: _logic_done(client, uri, 3), "finish the logic checks")
    assert _codes(client, uri) == []


async def test_syntax_error_reported_at_once(client: RecordingClient) -> None:
    uri = await _opened_clean(client, "syntax")
    _replace(client, uri, DEMO.replace("when elderly and sex is female:", "when elderly"), 2)
    await wait_until(lambda: _codes(client, uri) == ["P006"], "report the missing colon")


async def test_logic_checks_follow_the_quick_ones(client: RecordingClient) -> None:
    uri = await _opened_clean(client, "logic")
    unreachable = DEMO.replace("  otherwise:", "  when age > 200 years:\n    nothing\n  otherwise:")
    _replace(client, uri, unreachable, 2)
    await wait_until(lambda: _logic_done(client, uri, 2), "finish the logic checks")
    mine = [p for p in client.published if p.uri == uri and p.version == 2]
    assert [sorted(str(d.code) for d in p.diagnostics) for p in mine] == [[], ["L011"]]
    finding = mine[-1].diagnostics[0]
    assert "example patient: age = " in finding.message
    assert finding.range.start.line == unreachable.split("\n").index("  when age > 200 years:")


async def test_logic_checks_are_cancelled_and_restarted_on_edits(
    client: RecordingClient,
) -> None:
    uri = await _opened_clean(client, "cancel")
    texts = [DEMO.replace("65 years", f"{60 + n} years") for n in range(5)]
    for version, text in enumerate(texts, start=2):
        _replace(client, uri, text, version)
    last = len(texts) + 1
    await wait_until(lambda: _logic_done(client, uri, last), "finish the newest logic checks")
    for version in range(2, last):
        assert not _logic_done(client, uri, version)
    # An older text's checks were cancelled (or never started: its quick check was
    # skipped because a newer text had come), and none was published.
    assert any(_logged(client, "cancelled", uri, version) for version in range(1, last))
    after = [p.version for p in client.published if p.uri == uri]
    assert after == sorted(after), "a result of an older text came after a newer one"


async def test_a_running_logic_check_is_stopped_by_an_edit(client: RecordingClient) -> None:
    text = _many_branches(60)
    uri = await _opened_clean(client, "running", text)
    await wait_until(
        lambda: _logged(client, "started", uri, 1),
        "start the logic checks",
    )
    _replace(client, uri, text.replace("decide d0 ", "decide e0 "), 2)
    await wait_until(lambda: _logic_done(client, uri, 2), "finish the newest logic checks")
    assert _logged(client, "cancelled", uri, 1), "the run under way was not stopped"
    stale = [p for p in client.published if p.uri == uri and p.version == 1]
    assert len(stale) == 1, "the first text's logic result was published after an edit"


def _many_branches(n: int) -> str:
    head, _, _ = DEMO.partition("decide treat")
    lines = [head.rstrip("\n"), ""]
    for i in range(n):
        lines += [
            f'decide d{i} "Decision {i}"',
            f"  when age >= {18 + i % 80} years and sex is female:",
            f'    start drug_{i} "Drug {i}"',
            "      expert opinion",
            f"      dose {i + 1} mg",
            "  otherwise:",
            "    nothing",
            "",
        ]
    return "\n".join(lines)


async def test_hover(client: RecordingClient) -> None:
    uri = await _opened_clean(client, "hover")

    async def hover(needle: str, offset: int = 1) -> str:
        found = await client.text_document_hover_async(
            types.HoverParams(
                text_document=types.TextDocumentIdentifier(uri),
                position=_position(DEMO, needle, offset),
            )
        )
        assert found is not None, needle
        assert isinstance(found.contents, types.MarkupContent)
        return found.contents.value

    age = await hover("age >= 65")
    assert "Age in years" in age and "number years from 18 to 110" in age
    assert "input, a number" in age and "always known" in age
    elderly = await hover("elderly and")
    assert "definition, a condition (yes or no)" in elderly and "age >= 65 years" in elderly
    sex = await hover("sex is")
    assert "`female`" in sex and "`male`" in sex
    cited = await hover("cites 1", len("cites "))
    assert "Trial A, a randomised trial" in cited and "DOI: 10.1000/trial-a" in cited
    rec = await hover("aspirin\n")
    assert "start recommendation" in rec and "dose `75 mg`" in rec


async def test_hover_explains_a_diagnostic_code(client: RecordingClient) -> None:
    uri = await _opened_clean(client, "hover-code")
    broken = DEMO.replace("when elderly and", "when elderli and")
    _replace(client, uri, broken, 2)
    await wait_until(lambda: "N001" in _codes(client, uri), "report the unknown name")
    found = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri),
            position=_position(broken, "elderli", 2),
        )
    )
    assert found is not None and isinstance(found.contents, types.MarkupContent)
    assert "**N001: Unknown name**" in found.contents.value


async def test_definition_and_references(client: RecordingClient) -> None:
    uri = await _opened_clean(client, "nav")
    doc = types.TextDocumentIdentifier(uri)
    found = await client.text_document_definition_async(
        types.DefinitionParams(text_document=doc, position=_position(DEMO, "elderly and", 2))
    )
    assert isinstance(found, types.Location)
    assert found.range.start == _position(DEMO, 'elderly "Older')
    cited = await client.text_document_definition_async(
        types.DefinitionParams(
            text_document=doc, position=_position(DEMO, "cites 1", len("cites "))
        )
    )
    assert isinstance(cited, types.Location)
    assert cited.range.start == _position(DEMO, '1 "Trial A')
    used = await client.text_document_references_async(
        types.ReferenceParams(
            text_document=doc,
            position=_position(DEMO, "age >= 65", 1),
            context=types.ReferenceContext(include_declaration=True),
        )
    )
    assert used is not None
    lines = sorted(loc.range.start.line for loc in used)
    text_lines = DEMO.split("\n")
    assert [text_lines[n].split()[0] for n in lines] == ["input", "define", "given"]
    rec = await client.text_document_references_async(
        types.ReferenceParams(
            text_document=doc,
            position=_position(DEMO, "expect aspirin", len("expect ")),
            context=types.ReferenceContext(include_declaration=False),
        )
    )
    assert rec is not None and [loc.range.start.line for loc in rec] == [
        text_lines.index("  expect aspirin")
    ]


async def _complete(
    client: RecordingClient, uri: str, text: str, needle: str, offset: int | None = None
) -> list[str]:
    found = await client.text_document_completion_async(
        types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri),
            position=_position(text, needle, len(needle) if offset is None else offset),
        )
    )
    assert isinstance(found, types.CompletionList)
    return [item.label for item in found.items]


async def test_completion_in_context(client: RecordingClient) -> None:
    uri = await _opened_clean(client, "complete")
    assert await _complete(client, uri, DEMO, "sex is ") == [
        "female",
        "male",
        "known",
        "unknown",
        "not",
        "one of",
    ]
    in_rec = await _complete(client, uri, DEMO, "      cites 1", 6)
    assert {"dose", "route", "cites", "time to effect", "drug"} <= set(in_rec)
    assert "start" not in in_rec
    in_branch = await _complete(client, uri, DEMO, "    start aspirin", 4)
    assert {"start", "consider", "decide", "nothing", "ask"} <= set(in_branch)
    after_number = await _complete(client, uri, DEMO, "dose 75 ")
    assert {"mg", "kg", "mL"} <= set(after_number)
    condition = await _complete(client, uri, DEMO, "when ")
    assert {"age", "sex", "elderly", "not"} <= set(condition)
    assert "aspirin" not in condition
    expected = await _complete(client, uri, DEMO, "expect ")
    assert "aspirin" in expected and "nothing" in expected
    top = set(await _complete(client, uri, DEMO, "\ninput sex", 1))
    assert {"input", "define", "decide", "example", "references"} <= top
    assert "dose" not in top
    in_header = set(await _complete(client, uri, DEMO, "  status", 2))
    assert {"version", "owners", "acknowledge"} <= in_header


async def test_formatting(client: RecordingClient) -> None:
    messy = DEMO.replace("age >= 65 years", "age>=65 years").replace("input sex", "input   sex")
    uri = await _opened_clean(client, "format", messy)
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(
            types.TextDocumentIdentifier(uri), types.FormattingOptions(2, True)
        )
    )
    assert edits is not None and len(edits) == 1
    assert edits[0].new_text == format_source(messy, "x") == DEMO
    assert edits[0].range.start == types.Position(0, 0)
    same = await client.text_document_formatting_async(
        types.DocumentFormattingParams(
            types.TextDocumentIdentifier(await _opened_clean(client, "formatted")),
            types.FormattingOptions(2, True),
        )
    )
    assert same is not None and len(same) == 0


async def test_code_action_for_a_suggestion(client: RecordingClient) -> None:
    uri = await _opened_clean(client, "action")
    broken = DEMO.replace("dose 75 mg", "dose 75 mgs")
    _replace(client, uri, broken, 2)
    await wait_until(lambda: _codes(client, uri) == ["T005"], "report the unknown unit")
    diagnostic = client.diagnostics[uri][0]
    found = await client.text_document_code_action_async(
        types.CodeActionParams(
            types.TextDocumentIdentifier(uri),
            diagnostic.range,
            types.CodeActionContext(diagnostics=[diagnostic]),
        )
    )
    assert found is not None and len(found) == 1
    action = found[0]
    assert isinstance(action, types.CodeAction) and action.edit is not None
    assert action.edit.changes is not None
    (edit,) = action.edit.changes[uri]
    lines = broken.split("\n")
    line = lines[edit.range.start.line]
    fixed = line[: edit.range.start.character] + edit.new_text + line[edit.range.end.character :]
    assert fixed == "      dose 75 mg"


async def test_run_examples_command(client: RecordingClient) -> None:
    uri = await _opened_clean(client, "examples")
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(RUN_EXAMPLES, [uri])
    )
    assert result["examples"] == 1 and result["disagreeing"] == []
    wrong = DEMO.replace("given age = 70 years", "given age = 40 years")
    _replace(client, uri, wrong, 2)
    await wait_until(lambda: _codes(client, uri) == ["X001"], "report the disagreement")
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(RUN_EXAMPLES, [uri])
    )
    assert result["disagreeing"] == ["old_woman"]
    assert "1 of 1 example disagree: old_woman" in client.messages[-1].message
    (finding,) = client.diagnostics[uri]
    assert finding.range.start.line == wrong.split("\n").index('example old_woman "An older woman"')
    assert "given but not expected: aspirin" not in finding.message
    assert "expected but not given: aspirin" in finding.message
