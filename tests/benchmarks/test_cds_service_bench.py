"""The service benchmark's load check catches wrong answers and passes right ones (no timing)."""

from __future__ import annotations

import asyncio
import json
import random
from typing import Any

import httpx

from benchmarks import cds_service as bench
from compiler.serve.thread import running


def test_the_load_check_accepts_the_services_answers_and_catches_crossed_ones() -> None:
    rng = random.Random(3)
    expected = bench.Expected()
    patients = [bench._patient(rng, i) for i in range(6)]
    bodies = [bench._encode(pid, pre, f"call-{i}") for i, (pid, pre) in enumerate(patients)]
    bodies.append(b'{"hook": "patient-view", "prefetch": {')
    crossed = {1: 2}  # the answer to call 1 checked against call 2's patient

    def check(index: int, answer: httpx.Response) -> bool:
        if index == len(bodies) - 1:
            return answer.status_code == 400
        cards: Any = answer.json()["cards"]
        return bool(cards == expected.of(bodies[crossed.get(index, index)]))

    with running(bench._service_app()) as url:
        _rps, statuses, wrong = asyncio.run(
            bench._concurrent(url + "/cds-services/cdsdemo", bodies, 3, check))
    assert statuses == {200: 6, 400: 1}
    assert wrong == 1
    assert json.loads(bodies[0])["context"]["patientId"] == "bench-0"
