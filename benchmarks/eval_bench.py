"""Evaluation speed: per-patient time of every engine, after checking they all agree.

Timing protocol (benchmarks/imnm-workload.md): every patient of the timing set is
evaluated one at a time through the engine's ordinary per-case API and mapped to
the compared output; best of `repeats` repetitions; one process, one thread, GC on.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Engine = Callable[[Mapping[str, Any]], dict[str, object]]


class Disagreement(AssertionError):
    """Two engines gave different outputs for the same patient."""


@dataclass(frozen=True)
class Timed:
    """One engine on one workload."""

    workload: str
    engine: str
    patients: int
    us_per_patient: float
    setup_ms: float | None = None
    note: str = ""


def verify(
    engines: dict[str, Engine],
    patients: Sequence[Mapping[str, Any]],
    same: Callable[[dict[str, object], dict[str, object]], bool],
) -> None:
    """Raise Disagreement unless every engine agrees with the first on every patient."""
    names = list(engines)
    reference = [engines[names[0]](p) for p in patients]
    for name in names[1:]:
        engine = engines[name]
        for index, (patient, expected) in enumerate(zip(patients, reference, strict=True)):
            got = engine(patient)
            if not same(expected, got):
                raise Disagreement(
                    f"{name} disagrees with {names[0]} on patient {index}: "
                    f"{dict(patient)} -> {got} != {expected}"
                )


def best_of(engine: Engine, patients: Sequence[Mapping[str, Any]], repeats: int) -> float:
    """Best wall time, in seconds, of evaluating every patient once (GC left on)."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for patient in patients:
            engine(patient)
        best = min(best, time.perf_counter() - start)
    return best


def time_engines(
    workload: str,
    engines: dict[str, Engine],
    patients: Sequence[Mapping[str, Any]],
    repeats: int,
    *,
    setup_ms: dict[str, float] | None = None,
    prefix: dict[str, int] | None = None,
) -> list[Timed]:
    """Per-patient time of each engine; `prefix` caps the patients of slow engines."""
    out = []
    for name, engine in engines.items():
        count = min(len(patients), (prefix or {}).get(name, len(patients)))
        seconds = best_of(engine, patients[:count], repeats)
        note = f"first {count:,} patients" if count < len(patients) else ""
        out.append(Timed(workload, name, count, seconds / count * 1e6,
                         (setup_ms or {}).get(name), note))
    return out
