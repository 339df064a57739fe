"""Evaluation speed: per-patient time of every engine, after checking they all agree.

Timing protocol (benchmarks/imnm-workload.md): every patient of the timing set is
evaluated one at a time through the engine's ordinary per-case API and mapped to
the compared output; best of `repeats` repetitions; one thread, GC on. The engines
take turns, one pass each per round (A B A B ...), so that a busy moment slows
every engine of a round, and shows up as a spread between rounds.
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
    us_per_patient: float  # the best round
    setup_ms: float | None = None
    note: str = ""
    worst_us: float | None = None  # the slowest round
    ratio_range: tuple[float, float] | None = None  # to the first engine, round by round
    peer: bool = False  # another project's engine


def from_rounds(
    workload: str, name: str, patients: int, seconds: Sequence[float],
    reference: tuple[Sequence[float], int] | None = None, **extra: Any,
) -> Timed:
    """An engine timed in rounds (seconds per pass over `patients`), beside the reference
    engine's passes of the same rounds (its seconds, and its patients per pass)."""
    us = [s / patients * 1e6 for s in seconds]
    span = None
    if reference is not None and reference[0]:
        per_patient = [r / reference[1] * 1e6 for r in reference[0]]
        ratios = [mine / theirs for mine, theirs in zip(us, per_patient, strict=False)]
        span = (min(ratios), max(ratios))
    return Timed(workload, name, patients, min(us), worst_us=max(us), ratio_range=span,
                 **extra)


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


def time_engines(
    workload: str,
    engines: dict[str, Engine],
    patients: Sequence[Mapping[str, Any]],
    repeats: int,
    *,
    setup_ms: dict[str, float] | None = None,
    prefix: dict[str, int] | None = None,
) -> list[Timed]:
    """Per-patient time of each engine in `repeats` interleaved rounds; `prefix` caps the
    patients of slow engines."""
    counts = {name: min(len(patients), (prefix or {}).get(name, len(patients)))
              for name in engines}
    seconds: dict[str, list[float]] = {name: [] for name in engines}
    for _ in range(repeats):
        for name, engine in engines.items():
            start = time.perf_counter()
            for patient in patients[: counts[name]]:
                engine(patient)
            seconds[name].append(time.perf_counter() - start)
    first = next(iter(engines))
    reference = (seconds[first], counts[first])
    out = []
    for name in engines:
        count = counts[name]
        note = f"first {count:,} patients" if count < len(patients) else ""
        out.append(from_rounds(workload, name, count, seconds[name], reference,
                               setup_ms=(setup_ms or {}).get(name), note=note))
    return out
