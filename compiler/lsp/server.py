"""The language server: pygls wiring of the features in this package.

Each edit is checked at once without the logic checks (`checking.quick`), in one worker
thread so that a burst of edits checks only the newest text, reparsing only the top-level
statements the edit changed (`incremental`). After a pause without edits
the logic checks run in a worker process (`logic_worker`); an edit cancels a pause or a
run under way, and a result is published only for the text it was computed from, with
that version, so the editor never shows a finding of an older text.
"""

from __future__ import annotations

import asyncio
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from compiler.lsp import (
    actions,
    checking,
    completion,
    examples_run,
    index,
    navigation,
    to_protocol,
)
from compiler.lsp.incremental import Reparser
from compiler.lsp.logic_worker import LogicFailed, LogicWorker
from compiler.lsp.positions import to_column, to_range, whole_file
from compiler.pipeline.stages import Compiled
from dsl.formatter import FormatError, format_source
from dsl.source import SourceFile

RUN_EXAMPLES = "guideline.runExamples"
LOGIC_DELAY = 0.5  # seconds without an edit before the logic checks run
DELAY_VARIABLE = "GUIDELINE_LSP_LOGIC_DELAY"


@dataclass
class Document:
    """What the server knows of one open file."""

    version: int
    source: SourceFile
    index: index.Index = field(default_factory=index.Index)
    reparser: Reparser = field(default_factory=Reparser)
    logic: asyncio.Task[None] | None = None
    published: list[types.Diagnostic] = field(default_factory=list)


class GuidelineServer(LanguageServer):
    """The server, with the open documents and the logic worker."""

    def __init__(self) -> None:
        super().__init__("guideline-lsp", "0.1.0")
        self.documents: dict[str, Document] = {}
        self.logic_worker = LogicWorker()
        self.logic_delay = float(os.environ.get(DELAY_VARIABLE, LOGIC_DELAY))
        self.quick_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="quick")
        self.shut_down = False

    def log(self, text: str) -> None:
        """A line in the editor's output panel for this server."""
        self.window_log_message(types.LogMessageParams(types.MessageType.Log, text))

    def publish(self, uri: str, version: int, diagnostics: list[types.Diagnostic]) -> None:
        """Send the diagnostics of one version of a document."""
        doc = self.documents.get(uri)
        if doc is not None:
            doc.published = diagnostics
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
        )

    def current(self, uri: str, version: int) -> bool:
        """True while `version` is the newest text of the document."""
        doc = self.documents.get(uri)
        return doc is not None and doc.version == version

    async def refresh(self, uri: str) -> None:
        """Check the newest text now, and schedule its logic checks."""
        text_doc = self.workspace.get_text_document(uri)
        version = text_doc.version or 0
        doc = self.documents.setdefault(uri, Document(version, SourceFile(uri, "")))
        doc.version, doc.source = version, SourceFile(uri, text_doc.source)
        self.cancel_logic(doc)
        loop = asyncio.get_running_loop()
        result = await loop.run_in_executor(self.quick_pool, self._quick, uri, version)
        if result is None or not self.current(uri, version):
            return  # a newer text is being checked
        compiled, new_index = result
        doc.index = new_index
        self.publish(uri, version, to_protocol.convert_all(compiled.diagnostics, doc.source))
        if compiled.tree is not None:
            doc.logic = asyncio.ensure_future(self._logic(uri, version, doc.source))

    def _quick(self, uri: str, version: int) -> tuple[Compiled, index.Index] | None:
        doc = self.documents.get(uri)
        if doc is None or doc.version != version:
            return None
        source = doc.source
        compiled = checking.quick(source, doc.reparser.parse(source))
        if compiled.tree is not None:
            return compiled, index.build(compiled.tree, source.text)
        return compiled, index.relocate(doc.index, source.text, source.path)

    def cancel_logic(self, doc: Document) -> None:
        if doc.logic is not None and not doc.logic.done():
            doc.logic.cancel()
        doc.logic = None

    async def _logic(self, uri: str, version: int, source: SourceFile) -> None:
        try:
            await asyncio.sleep(self.logic_delay)
            self.log(f"logic checks: started for {uri} version {version}")
            found = await self.logic_worker.run(source)
        except asyncio.CancelledError:
            self.log(f"logic checks: cancelled for {uri} version {version}")
            raise
        except LogicFailed as exc:
            self.log(f"logic checks: failed for {uri} version {version}: {exc}")
            return
        if not self.current(uri, version):
            return
        self.publish(uri, version, to_protocol.convert_all(found, source))
        self.log(f"logic checks: done for {uri} version {version} ({len(found)} findings)")

    def close(self, uri: str) -> None:
        """Forget a closed document and clear its diagnostics."""
        doc = self.documents.pop(uri, None)
        if doc is not None:
            self.cancel_logic(doc)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
        )


server = GuidelineServer()


@server.feature(types.INITIALIZED)
def _initialized(ls: GuidelineServer, params: types.InitializedParams) -> None:
    ls.logic_worker.warm_up()


@server.feature(types.SHUTDOWN)
def _shutdown(ls: GuidelineServer, params: None) -> None:
    ls.shut_down = True
    for doc in ls.documents.values():
        ls.cancel_logic(doc)
    ls.logic_worker.stop()


@server.feature(types.EXIT)
def _exit(ls: GuidelineServer, params: None) -> None:
    # pygls would wait for its reader thread, blocked on standard input, which the
    # editor may keep open: the protocol says the server exits now.
    ls.logic_worker.stop()
    sys.stdout.flush()
    os._exit(0 if ls.shut_down else 1)


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
async def _did_open(ls: GuidelineServer, params: types.DidOpenTextDocumentParams) -> None:
    await ls.refresh(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
async def _did_change(ls: GuidelineServer, params: types.DidChangeTextDocumentParams) -> None:
    await ls.refresh(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def _did_close(ls: GuidelineServer, params: types.DidCloseTextDocumentParams) -> None:
    ls.close(params.text_document.uri)


def _at(ls: GuidelineServer, uri: str, position: types.Position) -> tuple[Document, int, int]:
    doc = ls.documents[uri]
    line, column = to_column(doc.source, position)
    return doc, line, column


@server.feature(types.TEXT_DOCUMENT_HOVER)
def _hover(ls: GuidelineServer, params: types.HoverParams) -> types.Hover | None:
    if params.text_document.uri not in ls.documents:
        return None
    doc, line, column = _at(ls, params.text_document.uri, params.position)
    shown = navigation.hover_text(doc.index, doc.source, line, column, doc.published)
    if shown is None:
        return None
    text, span = shown
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text),
        range=to_range(doc.source, span) if span is not None else None,
    )


@server.feature(types.TEXT_DOCUMENT_DEFINITION)
def _definition(ls: GuidelineServer, params: types.DefinitionParams) -> types.Location | None:
    if params.text_document.uri not in ls.documents:
        return None
    doc, line, column = _at(ls, params.text_document.uri, params.position)
    symbol = navigation.symbol_at(doc.index, doc.source, line, column)
    if symbol is None:
        return None
    return types.Location(params.text_document.uri, to_range(doc.source, symbol.span))


@server.feature(types.TEXT_DOCUMENT_REFERENCES)
def _references(ls: GuidelineServer, params: types.ReferenceParams) -> list[types.Location]:
    if params.text_document.uri not in ls.documents:
        return []
    doc, line, column = _at(ls, params.text_document.uri, params.position)
    symbol = navigation.symbol_at(doc.index, doc.source, line, column)
    if symbol is None:
        return []
    spans = index.uses(doc.index, symbol.name, doc.source.text, doc.source.path)
    if not params.context.include_declaration:
        spans = [s for s in spans if s != symbol.span]
    return [types.Location(params.text_document.uri, to_range(doc.source, s)) for s in spans]


@server.feature(
    types.TEXT_DOCUMENT_COMPLETION,
    types.CompletionOptions(trigger_characters=[" ", ","]),
)
def _completion(ls: GuidelineServer, params: types.CompletionParams) -> types.CompletionList:
    if params.text_document.uri not in ls.documents:
        return types.CompletionList(is_incomplete=False, items=[])
    doc, line, column = _at(ls, params.text_document.uri, params.position)
    items = completion.complete(doc.index, doc.source.text, line, column)
    return types.CompletionList(is_incomplete=False, items=items)


@server.feature(types.TEXT_DOCUMENT_FORMATTING)
def _formatting(
    ls: GuidelineServer, params: types.DocumentFormattingParams
) -> list[types.TextEdit] | None:
    doc = ls.documents.get(params.text_document.uri)
    if doc is None:
        return None
    try:
        formatted = format_source(doc.source.text, doc.source.path)
    except FormatError:
        return None  # the file does not parse: its diagnostics say why
    if formatted == doc.source.text:
        return []
    return [types.TextEdit(range=whole_file(doc.source), new_text=formatted)]


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
)
def _code_action(ls: GuidelineServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    doc = ls.documents.get(params.text_document.uri)
    if doc is None:
        return []
    return actions.quick_fixes(
        params.text_document.uri, doc.source.lines(), list(params.context.diagnostics)
    )


@server.command(RUN_EXAMPLES)
async def _run_examples(ls: GuidelineServer, uri: str) -> dict[str, object]:
    doc = ls.documents.get(uri)
    if doc is None:
        return {"error": f"{uri} is not open"}
    source, version = doc.source, doc.version
    loop = asyncio.get_running_loop()
    outcome = await loop.run_in_executor(ls.quick_pool, examples_run.run, source)
    if outcome.ran and ls.current(uri, version):
        others = [d for d in doc.published if not str(d.code or "").startswith("X")]
        ls.publish(uri, version, others + to_protocol.convert_all(outcome.diagnostics, source))
    kind = types.MessageType.Info if not outcome.disagreeing else types.MessageType.Warning
    ls.window_show_message(types.ShowMessageParams(kind, outcome.summary()))
    return {
        "examples": outcome.total,
        "disagreeing": list(outcome.disagreeing),
        "ran": outcome.ran,
        "summary": outcome.summary(),
    }


def main() -> None:
    """Serve over standard input and output until the editor disconnects."""
    server.start_io()
