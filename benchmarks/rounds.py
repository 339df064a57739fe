"""The IMNM workload's engines timed side by side: one process per engine, in rounds.

Each engine runs in a process of its own (started from a fresh interpreter), which
builds the engine, checks it against the hand-written function on every verification
patient, and then waits. The engines are then timed in rounds, one at a time while
the others wait (A B C, A B C, ...), each round one pass of the same loop over the
same timing patients. A busy machine shows up as a wide spread between rounds
rather than as a wrong ratio: each engine's time is set beside the hand-written
function's in the same round.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any, Protocol

from benchmarks import gen_patients, workload_engines
from benchmarks.eval_bench import Engine

REFERENCE = "hand-written Python (limit)"


@dataclass(frozen=True)
class Spec:
    """One engine: its row name, its builder (run in its own process), and whether it is
    another project's engine (a peer) or this one's."""

    name: str
    build: Callable[[], Engine] | None  # None: the engine runs in a process `start` makes
    peer: bool = False
    prefix: int | None = None  # time only the first N timing patients (slow engines)
    # Starts the engine's process (another runtime's), given (spec, verify_n, timing_n);
    # None: a Python process running `build` (worker below).
    start: Callable[[Spec, int, int], Handle] | None = None
    # Modules imported before the setup is timed (the protocol times setup after imports).
    imports: tuple[str, ...] = ()


class Handle(Protocol):
    """An engine's process as run() drives it."""

    def answer(self, timeout: float) -> tuple[Any, ...]:
        """The next message: ("ready", setup_ms, patients), ("time", seconds) or
        ("absent", why)."""

    def request_time(self) -> None:
        """Ask for one timed pass over the timing patients."""

    def stop(self) -> None:
        """End the process."""


@dataclass
class Outcome:
    """What one engine's process reported: times per round, or why it has none."""

    spec: Spec
    setup_ms: float | None = None
    patients: int = 0
    seconds: list[float] = field(default_factory=list)
    absent: str = ""  # why it was not timed


def verify(engine: Engine, patients: Sequence[dict[str, object]]) -> str:
    """Why the engine disagrees with the hand-written function on one of the patients,
    or "" when it agrees on all of them."""
    return verify_outputs(patients, (engine(patient) for patient in patients))


def verify_outputs(patients: Sequence[dict[str, object]],
                   outputs: Iterable[dict[str, object]]) -> str:
    """Why an engine's outputs for the patients differ from the hand-written function's,
    or "" when they are the same for all of them."""
    count = 0
    for index, (patient, got) in enumerate(zip(patients, outputs, strict=False)):
        count += 1
        expected = workload_engines.handwritten(patient)
        if not workload_engines.same(expected, got):
            return (f"disagrees with the hand-written function on verification patient "
                    f"{index}: {patient} -> {got} != {expected}")
    if count != len(patients):
        return f"gave {count:,} outputs for {len(patients):,} verification patients"
    return ""


def _one_pass(engine: Engine, patients: Sequence[dict[str, object]]) -> float:
    start = time.perf_counter()
    for patient in patients:
        engine(patient)
    return time.perf_counter() - start


def worker(conn: Connection, spec: Spec, verify_n: int, timing_n: int) -> None:
    """The engine's process: build, verify, then one timed pass per "time" received."""
    try:
        assert spec.build is not None
        try:
            for name in spec.imports:
                importlib.import_module(name)
            start = time.perf_counter()
            engine = spec.build()
        except ImportError as exc:
            conn.send(("absent", f"not installed ({exc.name or exc}); see the bench extra"))
            return
        setup_ms = (time.perf_counter() - start) * 1e3
        problem = verify(engine, gen_patients.generate(verify_n, gen_patients.VERIFY_SEED))
        if problem:
            conn.send(("absent", problem))
            return
        timing = gen_patients.generate(timing_n, gen_patients.TIMING_SEED)[: spec.prefix]
        conn.send(("ready", setup_ms, len(timing)))
        while conn.recv() == "time":
            conn.send(("time", _one_pass(engine, timing)))
    except Exception:  # reported to the runner, which prints it in the table
        conn.send(("absent", "failed: " + traceback.format_exc().strip().splitlines()[-1]))


class _Process:
    def __init__(self, spec: Spec, verify_n: int, timing_n: int) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=worker, args=(child, spec, verify_n, timing_n),
                                       daemon=True)
        self.process.start()
        child.close()

    def answer(self, timeout: float) -> tuple[Any, ...]:
        if not self.conn.poll(timeout):
            self.stop()
            return ("absent", f"stopped: no answer in {timeout:,.0f} s")
        try:
            message: tuple[Any, ...] = self.conn.recv()
        except EOFError:
            return ("absent", f"its process ended (exit code {self.process.exitcode})")
        return message

    def request_time(self) -> None:
        self.conn.send("time")

    def stop(self) -> None:
        if self.process.is_alive():
            with contextlib.suppress(OSError):
                self.conn.send("stop")
            self.process.join(5)
            if self.process.is_alive():
                self.process.kill()
                self.process.join()


def run(
    specs: Sequence[Spec],
    verify_n: int,
    timing_n: int,
    rounds: int,
    *,
    timeout: float,
    progress: Callable[[str], None] = lambda _m: None,
) -> list[Outcome]:
    """Start every engine (one after another, so setup and verification run alone),
    then time them in `rounds` interleaved rounds."""
    outcomes, live = [], []
    for spec in specs:
        progress(f"start and verify: {spec.name}")
        outcome = Outcome(spec)
        process: Handle = (spec.start or _Process)(spec, verify_n, timing_n)
        message = process.answer(timeout)
        if message[0] == "ready":
            outcome.setup_ms, outcome.patients = message[1], message[2]
            live.append((outcome, process))
        else:
            outcome.absent = message[1]
            process.stop()
        outcomes.append(outcome)
    try:
        for number in range(1, rounds + 1):
            progress(f"round {number} of {rounds}")
            for outcome, process in live:
                if outcome.absent:
                    continue
                process.request_time()
                message = process.answer(timeout)
                if message[0] == "time":
                    outcome.seconds.append(message[1])
                else:
                    outcome.absent = message[1]
    finally:
        for _, process in live:
            process.stop()
    return outcomes
