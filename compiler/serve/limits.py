"""A request body limit, as ASGI middleware: larger bodies get 413 before any parsing.

Memory stays bounded: only the first `max_bytes` are kept."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_DRAIN = 4  # a body up to this many times the limit is read to its end before the 413
_TOO_LARGE = b'{"error":"the request is larger than this service accepts"}'


class BodyLimit:
    """Reads each request body up to `max_bytes` (chunked or not), then hands it on."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and (
                not value.isdigit() or int(value) > _DRAIN * self.max_bytes
            ):
                await _refuse(send)
                return
        chunks: list[bytes] = []
        total = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            total += len(body)
            more = bool(message.get("more_body", False))
            if total > _DRAIN * self.max_bytes:
                break
            if total <= self.max_bytes:
                chunks.append(body)
        if total > self.max_bytes:
            # Read (and drop) what the client is still sending, up to a bound, so that it
            # reads the 413 rather than a reset connection.
            await _refuse(send)
            return
        payload = b"".join(chunks)
        given = False

        async def replay() -> Message:
            nonlocal given
            if not given:
                given = True
                return {"type": "http.request", "body": payload, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _refuse(send: Send) -> None:
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(_TOO_LARGE)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": _TOO_LARGE})
