"""The logic checks in a worker process, one run per text, stopped when it is superseded.

A run is a child of a fork server that has the compiler loaded, so it starts in a few
milliseconds, and killing it stops the solver at once (a thread could not be stopped
inside z3). The caller awaits `run`; cancelling that await kills the child.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import multiprocessing.connection
import multiprocessing.process
from multiprocessing.context import ForkServerContext

from compiler.lsp import checking
from dsl.diagnostics import Diagnostic
from dsl.source import SourceFile

POLL_SECONDS = 0.005


def _check(conn: multiprocessing.connection.Connection, path: str, text: str) -> None:
    try:
        conn.send(("ok", checking.full(SourceFile(path, text)).diagnostics))
    except Exception as exc:  # a compiler bug: reported to the editor, never a dead server
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


class LogicFailed(Exception):
    """The worker stopped without an answer (the message says why)."""


class LogicWorker:
    """Starts the fork server on first use; each `run` is one child process."""

    def __init__(self) -> None:
        self._context: ForkServerContext | None = None
        self._running: set[multiprocessing.process.BaseProcess] = set()

    def stop(self) -> None:
        """Kill every run under way (the server is exiting)."""
        for child in list(self._running):
            if child.is_alive():
                child.kill()

    def _ctx(self) -> ForkServerContext:
        if self._context is None:
            context = multiprocessing.get_context("forkserver")
            assert isinstance(context, ForkServerContext)
            context.set_forkserver_preload(["compiler.lsp.logic_worker"])
            self._context = context
        return self._context

    def warm_up(self) -> None:
        """Start the fork server now, so that the first run does not pay for it."""
        self._ctx().Process(target=_nothing).start()

    async def run(self, source: SourceFile) -> tuple[Diagnostic, ...]:
        """Every diagnostic of the text, the logic checks included."""
        receive, send = self._ctx().Pipe(duplex=False)
        child = self._ctx().Process(target=_check, args=(send, source.path, source.text))
        child.daemon = True
        child.start()
        send.close()
        self._running.add(child)
        try:
            while not receive.poll():
                if not child.is_alive() and not receive.poll():
                    raise LogicFailed(f"the logic checks stopped (exit code {child.exitcode})")
                await asyncio.sleep(POLL_SECONDS)
            status, payload = receive.recv()
        except EOFError as exc:
            raise LogicFailed("the logic checks stopped without an answer") from exc
        finally:
            self._running.discard(child)
            if child.is_alive():
                child.kill()
            child.join(timeout=5)
            child.close()
            receive.close()
        if status != "ok":
            raise LogicFailed(str(payload))
        assert isinstance(payload, tuple)
        return payload


def _nothing() -> None:
    """A child that does nothing (starts the fork server)."""
