"""Random edits never crash `guideline lsp`: after each burst the server still answers,
and the diagnostics it publishes last are those of the newest text."""

from __future__ import annotations

import random

import pytest
from lsprotocol import types

from tests.compiler.lsp.conftest import RecordingClient, wait_until
from tests.conftest import IMNM

pytestmark = pytest.mark.asyncio(loop_scope="module")

PIECES = [
    "when ",
    ":",
    "\n",
    "\n  ",
    "    ",
    '"',
    '"text"',
    "age",
    " >= ",
    "5 mg",
    "mg/kg",
    "and ",
    'decide x "X"\n',
    "  otherwise: nothing\n",
    "start",
    " is ",
    "#",
    "\t",
    "(",
    ")",
    "-",
    "≥",
    "é",
    "1.5",
    "2024-13-40",
    "cites 9",
    "expect ",
    "given ",
    " = ",
    "\\",
    "💊",
]
EDITS = 150
SEED = 18


def _edit(rng: random.Random, text: str) -> tuple[types.Range, str, str]:
    lines = text.split("\n")
    line = rng.randrange(len(lines))
    column = rng.randrange(len(lines[line]) + 1)
    start = types.Position(line, column)
    if rng.random() < 0.4 and len(text) > 100:  # delete up to a few lines
        end_line = min(len(lines) - 1, line + rng.randrange(3))
        end_col = (
            rng.randrange(len(lines[end_line]) + 1)
            if end_line > line
            else max(column, min(len(lines[line]), column + rng.randrange(20)))
        )
        end = types.Position(end_line, end_col)
        new = ""
    else:
        end = start
        new = "".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 4)))
    offset = sum(len(x) + 1 for x in lines[: start.line]) + start.character
    end_offset = sum(len(x) + 1 for x in lines[: end.line]) + end.character
    return types.Range(start, end), new, text[:offset] + new + text[end_offset:]


async def test_random_edits_never_crash_the_server(client: RecordingClient) -> None:
    rng = random.Random(SEED)
    uri = "file:///tmp/lsp-fuzz/imnm.guideline"
    text = IMNM.read_text(encoding="utf-8")
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "guideline", 1, text))
    )
    version = 1
    for _ in range(EDITS):
        rng_range, new, text = _edit(rng, text)
        version += 1
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                [types.TextDocumentContentChangePartial(range=rng_range, text=new)],
            )
        )
        if rng.random() < 0.3:
            position = rng_range.start
            doc = types.TextDocumentIdentifier(uri)
            await client.text_document_hover_async(types.HoverParams(doc, position))
            await client.text_document_completion_async(
                types.CompletionParams(text_document=doc, position=position)
            )
            await client.text_document_definition_async(types.DefinitionParams(doc, position))
            await client.text_document_formatting_async(
                types.DocumentFormattingParams(doc, types.FormattingOptions(2, True))
            )
    final = version
    await wait_until(
        lambda: any(p.uri == uri and p.version == final for p in client.published),
        "publish the diagnostics of the newest text",
    )
    versions = [p.version or 0 for p in client.published if p.uri == uri]
    assert versions == sorted(versions), "an older text's diagnostics came after a newer one's"
    errors = [m.message for m in client.log_messages if m.type == types.MessageType.Error]
    errors += [m.message for m in client.messages if m.type == types.MessageType.Error]
    assert errors == []
    assert client.error is None
