"""The CDS Hooks service under load: latency, throughput beside a floor, and a checked load run.

    .venv/bin/python benchmarks/cds_service.py                 # the full run
    .venv/bin/python benchmarks/cds_service.py --quick         # a smaller run (a minute)

Three measurements, each against the service started by `guideline serve`'s own code
(`compiler.serve.app.create_app`) on uvicorn in a separate process on 127.0.0.1, for the
synthetic guideline tests/fixtures/cds/cdsdemo (every fact of it is bound, so a full
prefetch is evaluated to the end):

1. latency of a patient-view call with full prefetch, one call at a time: p50 and p99;
2. requests per second under 50 concurrent clients, beside the floor: a minimal FastAPI
   endpoint on the same uvicorn that reads the body and returns one fixed card;
3. a load run (100,000 calls by default) in which 1% of the calls carry a malformed
   bundle (half of them a body that is not JSON, half a prefetch that is not a Bundle):
   every answer is checked (no 500; each call's cards are the ones the generated module's
   result gives for that call's own patient, so a lost or crossed answer is caught).

Tokens are not verified in these runs (`--dev-no-auth`): the figures are the service's
own work. Figures are printed beside the targets of issue 17; nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI, Request
from starlette.responses import Response

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compiler.bindings.reader import collect, read_facts  # noqa: E402
from compiler.serve.app import create_app  # noqa: E402
from compiler.serve.cards import Cards  # noqa: E402
from compiler.serve.catalog import load  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "cds" / "cdsdemo.guideline"
LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
P99_TARGET_MS = 20.0
FLOOR_SHARE_TARGET = 0.5


# ------------------------------------------------------------------ servers
def _service_app() -> Any:
    services, _compiled = load(ROOT, [FIXTURE])
    return create_app(services, verifier=None,
                      clock=lambda: datetime(2026, 12, 1, 12, tzinfo=UTC))


def _floor_app() -> Any:
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    card = json.dumps({"cards": [{"uuid": str(uuid.uuid4()), "summary": "A fixed card",
                                  "indicator": "info", "source": {"label": "floor"}}]}).encode()

    @app.post("/cds-services/floor")
    async def floor(request: Request) -> Response:
        await request.body()
        return Response(card, media_type="application/json")

    return app


def _serve(kind: str, port: int) -> None:
    app = _service_app() if kind == "service" else _floor_app()
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="error", access_log=False,
                timeout_keep_alive=120)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Server:
    """A server process on 127.0.0.1, stopped when the block ends."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Server:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--serve", self.kind, "--port", str(self.port)], env=env)
        for _ in range(600):
            try:
                httpx.get(self.url + "/", timeout=1)
                return self
            except httpx.HTTPError:
                if self.process.poll() is not None:
                    raise RuntimeError(f"the {self.kind} server did not start") from None
                time.sleep(0.1)
        raise RuntimeError(f"the {self.kind} server did not answer")

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


# ------------------------------------------------------------------ patients
def _patient(rng: random.Random, index: int) -> tuple[str, dict[str, Any]]:
    """A patient id and a full prefetch for them (every bound fact, random values)."""
    pid = f"bench-{index}"
    subject = {"reference": f"Patient/{pid}"}

    def observation(ident: str, code: str, **value: Any) -> dict[str, Any]:
        return {"resourceType": "Observation", "id": ident, "status": "final",
                "code": {"coding": [{"system": LOINC, "code": code}]}, "subject": subject,
                "effectiveDateTime": "2026-11-30T08:00:00Z", **value}

    weight = Decimal(rng.randint(300, 1500)) / 10
    observations = [
        observation("w", "29463-7", valueQuantity={"value": weight, "system": UCUM,
                                                    "code": rng.choice(["kg", "kg", "[lb_av]"])}),
        observation("ck", "2157-6", valueQuantity={"value": rng.randint(50, 5000),
                                                    "system": UCUM, "code": "U/L"}),
        observation("ab", "99999-9", valueCodeableConcept={"coding": [{
            "system": SNOMED, "code": rng.choice(["10828004", "260385009"])}]}),
    ]
    conditions = [{"resourceType": "Condition", "id": "dm", "subject": subject,
                   "clinicalStatus": {"coding": [{"code": rng.choice(["active", "resolved"])}]},
                   "verificationStatus": {"coding": [{"code": "confirmed"}]},
                   "code": {"coding": [{"system": SNOMED, "code": "73211009"}]}}]
    bundle = lambda rs: {"resourceType": "Bundle", "type": "searchset",  # noqa: E731
                         "entry": [{"resource": r} for r in rs]}
    return pid, {"observations": bundle(observations), "conditions": bundle(conditions)}


def _encode(pid: str, prefetch: object, instance: str) -> bytes:
    def default(value: object) -> object:
        if isinstance(value, Decimal):
            return float(value)
        raise TypeError(type(value).__name__)

    return json.dumps({"hook": "patient-view", "hookInstance": instance,
                       "context": {"userId": "Practitioner/1", "patientId": pid},
                       "prefetch": prefetch}, default=default).encode()


class Expected:
    """The cards the reference pipeline gives for a request, computed in this process."""

    def __init__(self) -> None:
        services, _compiled = load(ROOT, [FIXTURE])
        self.service = services[0]
        self.cards = Cards(self.service)
        self.now = datetime(2026, 12, 1, 12, tzinfo=UTC)

    def of(self, body: bytes) -> list[dict[str, Any]]:
        data = json.loads(body, parse_float=Decimal)
        resources, problems = collect(data["prefetch"])
        read = read_facts(resources, self.service.bindings, self.service.guideline.inputs,
                          now=self.now, patient_id=data["context"]["patientId"])
        if problems:
            read = type(read)(read.facts, read.readings, (*problems, *read.problems),
                              read.asked)
        return self.cards.answer(read, data["hookInstance"]).cards


# ------------------------------------------------------------------ measures
def latency(url: str, bodies: list[bytes]) -> list[float]:
    times = []
    with httpx.Client(timeout=30) as client:
        for body in bodies:
            started = time.perf_counter()
            answer = client.post(url, content=body, headers={"Content-Type": "application/json"})
            times.append((time.perf_counter() - started) * 1000)
            if answer.status_code != 200:
                raise RuntimeError(f"latency run: {answer.status_code}")
    return times


async def _concurrent(url: str, bodies: list[bytes], clients: int,
                      check: Any = None) -> tuple[float, dict[int, int], int]:
    """Requests/s over all bodies with `clients` concurrent callers; status counts; mismatches."""
    queue: asyncio.Queue[int] = asyncio.Queue()
    for index in range(len(bodies)):
        queue.put_nowait(index)
    statuses: dict[int, int] = {}
    wrong = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal wrong
        while True:
            try:
                index = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            answer = await client.post(url, content=bodies[index],
                                       headers={"Content-Type": "application/json"})
            statuses[answer.status_code] = statuses.get(answer.status_code, 0) + 1
            if check is not None and not check(index, answer):
                wrong += 1

    async with httpx.AsyncClient(timeout=60, limits=limits) as client:
        started = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(clients)))
        elapsed = time.perf_counter() - started
    return len(bodies) / elapsed, statuses, wrong


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller counts")
    parser.add_argument("--latency-calls", type=int, default=2000)
    parser.add_argument("--throughput-calls", type=int, default=10000)
    parser.add_argument("--load-calls", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--serve", choices=["service", "floor"], help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        _serve(args.serve, args.port)
        return 0
    if args.quick:
        args.latency_calls, args.throughput_calls, args.load_calls = 500, 2000, 5000
    rng = random.Random(args.seed)
    expected = Expected()
    patients = [_patient(rng, i) for i in range(500)]
    bodies = [_encode(pid, pre, str(uuid.UUID(int=rng.getrandbits(128))))
              for pid, pre in (patients[i % len(patients)]
                               for i in range(max(args.latency_calls, args.throughput_calls)))]

    print(f"CDS Hooks service benchmark: {os.cpu_count()} cores, Python "
          f"{sys.version.split()[0]}", flush=True)
    with Server("service") as service, Server("floor") as floor:
        endpoint = service.url + "/cds-services/cdsdemo"
        latency(endpoint, bodies[:100])  # warm-up
        times = latency(endpoint, bodies[:args.latency_calls])
        p50, p99 = statistics.median(times), _percentile(times, 0.99)
        floor_rps, _s, _w = asyncio.run(_concurrent(floor.url + "/cds-services/floor",
                                                    bodies[:args.throughput_calls],
                                                    args.clients))
        service_rps, statuses, _w = asyncio.run(_concurrent(endpoint,
                                                            bodies[:args.throughput_calls],
                                                            args.clients))
        assert set(statuses) == {200}, statuses

        load_bodies: list[bytes] = []
        kinds: list[str] = []
        for _call in range(args.load_calls):
            pid, prefetch = patients[rng.randrange(len(patients))]
            instance = str(uuid.UUID(int=rng.getrandbits(128)))
            roll = rng.random()
            if roll < 0.005:
                load_bodies.append(b'{"hook": "patient-view", "prefetch": {"observations": [')
                kinds.append("not json")
            elif roll < 0.01:
                broken = {"observations": "<Bundle/>", "conditions": {"entry": 5}}
                load_bodies.append(_encode(pid, broken, instance))
                kinds.append("broken bundle")
            else:
                load_bodies.append(_encode(pid, prefetch, instance))
                kinds.append("valid")
        cache: dict[int, list[dict[str, Any]]] = {}

        def check(index: int, answer: httpx.Response) -> bool:
            if kinds[index] == "not json":
                return answer.status_code == 400
            if answer.status_code != 200:
                return False
            if index not in cache:
                cache[index] = expected.of(load_bodies[index])
            return bool(answer.json()["cards"] == cache.pop(index))

        load_rps, load_statuses, wrong = asyncio.run(
            _concurrent(endpoint, load_bodies, args.clients, check))

    share = service_rps / floor_rps
    malformed = sum(k != "valid" for k in kinds)
    print()
    print(f"{'measure':<46} {'figure':>12}   target")
    print(f"{'p50 latency, full prefetch (ms)':<46} {p50:>12.2f}")
    print(f"{'p99 latency, full prefetch (ms)':<46} {p99:>12.2f}   < {P99_TARGET_MS:g} ms "
          f"{'met' if p99 < P99_TARGET_MS else 'MISSED'}")
    print(f"{'floor: fixed-card FastAPI endpoint (req/s)':<46} {floor_rps:>12.0f}")
    print(f"{f'service, {args.clients} concurrent clients (req/s)':<46} {service_rps:>12.0f}   "
          f">= {FLOOR_SHARE_TARGET:.0%} of the floor: {share:.0%} "
          f"{'met' if share >= FLOOR_SHARE_TARGET else 'MISSED'}")
    print(f"{'load run: calls (malformed)':<46} {args.load_calls:>12} ({malformed})")
    print(f"{'load run: req/s':<46} {load_rps:>12.0f}")
    print(f"{'load run: answers by status':<46} {json.dumps(load_statuses, sort_keys=True):>12}")
    print(f"{'load run: 500s, wrong or crossed answers':<46} "
          f"{load_statuses.get(500, 0):>5} {wrong:>6}   0 and 0 "
          f"{'met' if not wrong and 500 not in load_statuses else 'MISSED'}")
    return 0 if not wrong and 500 not in load_statuses else 1


if __name__ == "__main__":
    sys.exit(main())
