"""The CDS Hooks service as an ASGI application.

    GET  /cds-services                  discovery: one patient-view service per guideline, and
                                        an order-select one (`<id>-order-select`) for a
                                        guideline whose binding file names order codes
    POST /cds-services/{id}             a hook call: cards for the patient
    POST /cds-services/{id}/feedback    what the clinician did with the cards

Answers: 200 with cards; 400 for a request not in the specification's shape; 401 without
a valid token; 404 for an unknown service; 412 when the data is neither prefetched nor
fetchable; 413 for a body over the limit. Logs name the service, the status and the time,
never the patient or the record.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import orjson
from fastapi import FastAPI, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from compiler.bindings.prefetch import requirements
from compiler.bindings.reader import collect, read_facts
from compiler.serve.auth import AuthError, Verifier
from compiler.serve.cards import Answer, Cards
from compiler.serve.catalog import HOOK, Service
from compiler.serve.feedback import FeedbackError, FeedbackLog
from compiler.serve.fhir_fetch import FetchError, fetch, parse_json
from compiler.serve.limits import BodyLimit
from compiler.serve.orders import HOOK as ORDER_HOOK
from compiler.serve.orders import SUFFIX as ORDER_SUFFIX
from compiler.serve.orders import RequestShapeError, ordered_drugs

LOG = logging.getLogger("guideline.serve")
MAX_BODY = 5_000_000
_ID = re.compile(r"^[A-Za-z0-9\-.]{1,64}$")


class RequestError(Exception):
    """A request the service refuses, with its status; the message is safe to return."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _json(data: object, status: int = 200) -> Response:
    return Response(orjson.dumps(data), status_code=status, media_type="application/json")


def _error(status: int, message: str) -> Response:
    return _json({"error": message}, status)


class CdsService:
    """The state behind the routes: the services, the verifier, the feedback log."""

    def __init__(self, services: list[Service], verifier: Verifier | None,
                 public_url: str | None, feedback: FeedbackLog,
                 clock: Callable[[], datetime]) -> None:
        self.services = {s.id: s for s in services}
        self.cards = {s.id: Cards(s) for s in services}
        self.needs = {s.id: requirements(s.bindings) for s in services}
        self.verifier = verifier
        self.public_url = public_url.rstrip("/") if public_url else None
        self.feedback = feedback
        self.clock = clock
        self.http: httpx.AsyncClient | None = None

    def discovery(self) -> dict[str, object]:
        entries = []
        for service in self.services.values():
            entries.append(service.discovery())
            orders = service.order_discovery()
            if orders is not None:
                entries.append(orders)
        return {"services": entries}

    def service(self, ident: str) -> tuple[Service, str]:
        """The service of an id, and the hook it answers."""
        found = self.services.get(ident)
        if found is not None:
            return found, HOOK
        base = self.services.get(ident.removesuffix(ORDER_SUFFIX))
        if ident.endswith(ORDER_SUFFIX) and base is not None and base.bindings.orders:
            return base, ORDER_HOOK
        raise RequestError(404, "no such service")

    async def authorize(self, request: Request, path: str) -> None:
        if self.verifier is None:
            return  # development only: `guideline serve --dev-no-auth`
        base = self.public_url or str(request.base_url).rstrip("/")
        header = request.headers.get("authorization")
        try:
            await run_in_threadpool(self.verifier.verify, header, base + path)
        except AuthError as exc:
            raise RequestError(401, str(exc)) from None

    async def call(self, service: Service, body: bytes, hook: str = HOOK) -> dict[str, object]:
        data = _parse(body)
        if data.get("hook") != hook:
            raise RequestError(400, f"this service answers the {hook} hook")
        hook_instance = data.get("hookInstance")
        if not isinstance(hook_instance, str) or not 0 < len(hook_instance) <= 100:
            raise RequestError(400, "hookInstance is required")
        context = data.get("context")
        patient = context.get("patientId") if isinstance(context, dict) else None
        if not isinstance(patient, str) or not _ID.match(patient):
            raise RequestError(400, "context.patientId must be a FHIR id")
        ordered: list[str] = []
        if hook == ORDER_HOOK:
            assert isinstance(context, dict)
            try:
                ordered = ordered_drugs(context, service.bindings.orders)
            except RequestShapeError as exc:
                raise RequestError(400, str(exc)) from None
            if not ordered:
                return {"cards": []}  # no selected order concerns this guideline
        prefetch = data.get("prefetch")
        if prefetch is not None and not isinstance(prefetch, dict):
            raise RequestError(400, "prefetch must be an object")
        given = dict(prefetch or {})
        missing = [r for r in self.needs[service.id] if given.get(r.key) is None]
        if missing:
            given.update(await self._fetch(data, patient, missing))
        resources, problems = collect({k: given.get(k) for k in {r.key for r in
                                                                  self.needs[service.id]}})
        read = read_facts(resources, service.bindings, service.guideline.inputs,
                          now=self.clock(), patient_id=patient)
        if problems:
            read = type(read)(read.facts, read.readings, (*problems, *read.problems),
                              read.asked)
        answer = self.cards[service.id].answer(read, hook_instance)
        if ordered:
            return {"cards": _ordered_first(answer, ordered)}
        return {"cards": answer.cards}

    async def _fetch(self, data: dict[str, Any], patient: str, missing: list[Any]
                     ) -> dict[str, object]:
        server = data.get("fhirServer")
        if not isinstance(server, str):
            raise RequestError(412, "the prefetch lacks data this service needs and no "
                                    "fhirServer was given to fetch it from")
        auth = data.get("fhirAuthorization")
        token = auth.get("access_token") if isinstance(auth, dict) else None
        if token is not None and not isinstance(token, str):
            raise RequestError(400, "fhirAuthorization.access_token must be text")
        assert self.http is not None
        try:
            return await fetch(self.http, server, token, patient, missing)
        except FetchError as exc:
            raise RequestError(412, str(exc)) from None


def _ordered_first(answer: Answer, drugs: list[str]) -> list[dict[str, object]]:
    """The cards, those of recommendations about an ordered drug first (stable otherwise)."""
    result = answer.result
    if result is None:
        return answer.cards
    recommendations = result.get("recommendations")
    about = [isinstance(r, dict) and r.get("drug") in drugs
             for r in (recommendations if isinstance(recommendations, list) else [])]
    flags = about + [False] * (len(answer.cards) - len(about))
    order = sorted(range(len(answer.cards)), key=lambda i: not flags[i])
    return [answer.cards[i] for i in order]


def _parse(body: bytes) -> dict[str, Any]:
    try:
        data = parse_json(body)
    except (ValueError, RecursionError):
        raise RequestError(400, "the request body is not JSON") from None
    if not isinstance(data, dict):
        raise RequestError(400, "the request body must be a JSON object")
    return data


def create_app(
    services: list[Service],
    *,
    verifier: Verifier | None,
    public_url: str | None = None,
    max_body: int = MAX_BODY,
    feedback_path: Path | None = None,
    clock: Callable[[], datetime] | None = None,
) -> Any:
    """The ASGI application. `verifier=None` serves without tokens (development only)."""
    state = CdsService(services, verifier, public_url, FeedbackLog(feedback_path),
                       clock or (lambda: datetime.now(UTC)))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> Any:
        state.http = httpx.AsyncClient(follow_redirects=False)
        try:
            yield
        finally:
            await state.http.aclose()

    app = FastAPI(title="Guideline CDS Hooks service", docs_url=None, redoc_url=None,
                  openapi_url=None, lifespan=lifespan)
    app.state.cds = state

    @app.get("/cds-services")
    async def discovery() -> Response:
        return _json(state.discovery())

    @app.post("/cds-services/{ident}")
    async def call(ident: str, request: Request) -> Response:
        started = time.perf_counter()
        status = 200
        try:
            service, hook = state.service(ident)
            await state.authorize(request, f"/cds-services/{ident}")
            answer = await state.call(service, await request.body(), hook)
            return _json(answer)
        except RequestError as exc:
            status = exc.status
            return _error(exc.status, str(exc))
        except Exception as exc:  # a defect: say nothing of the request
            status = 500
            LOG.error("service %s: internal error %s", _safe(ident), type(exc).__name__)
            return _error(500, "internal error")
        finally:
            LOG.info("service %s: %d in %.1f ms", _safe(ident), status,
                     (time.perf_counter() - started) * 1000)

    @app.post("/cds-services/{ident}/feedback")
    async def feedback(ident: str, request: Request) -> Response:
        try:
            state.service(ident)
            await state.authorize(request, f"/cds-services/{ident}/feedback")
            count = state.feedback.add(ident, _parse(await request.body()))
        except RequestError as exc:
            return _error(exc.status, str(exc))
        except FeedbackError as exc:
            return _error(400, str(exc))
        LOG.info("service %s: %d feedback item(s)", _safe(ident), count)
        return _json({})

    return BodyLimit(app, max_body)


def _safe(ident: str) -> str:
    """A service id for the log: only an id this service could have, else `?`."""
    return ident if _ID.match(ident) else "?"
