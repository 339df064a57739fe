"""cql-execution, the one peer that runs in Node: installed with npm into a cache folder
from the pinned benchmarks/cql/package.json and package-lock.json, and run as a process
that speaks lines of JSON (benchmarks/cql/runner.mjs) in the same rounds as the others.

The runner translates benchmarks/cql/imnm_workload.cql to ELM with the reference
translator's JavaScript build (@cqframework/cql) and evaluates it with cql-execution.
It sends back its output for every verification patient; this side checks them against
the hand-written function, as rounds.worker does for the engines in Python.
"""

from __future__ import annotations

import json
import os
import selectors
import shutil
import subprocess
from pathlib import Path
from typing import IO, Any

from benchmarks import gen_patients, rounds

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "benchmarks" / "cql"
CACHE = ROOT / "build" / "bench" / "node"
PINNED = ("package.json", "package-lock.json")
RUNNER = "runner.mjs"
LIBRARY = SOURCE / "imnm_workload.cql"
MODEL_INFO = SOURCE / "system-modelinfo.xml"
NAME = "cql-execution"
MAJOR_NODE = 18  # the oldest Node the two packages support


def _node_version(node: str) -> int | None:
    try:
        done = subprocess.run([node, "--version"], capture_output=True, text=True, timeout=30,
                              check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    text = done.stdout.strip().lstrip("v")
    return int(text.split(".")[0]) if text.split(".")[0].isdigit() else None


def installed(cache: Path = CACHE) -> bool:
    """Whether the cache holds node_modules installed from the pinned lock file as it is now."""
    lock = cache / "package-lock.json"
    return ((cache / "node_modules").is_dir() and lock.is_file()
            and lock.read_bytes() == (SOURCE / "package-lock.json").read_bytes())


def ensure(install: bool, cache: Path = CACHE) -> str:
    """Make the Node peer runnable: "" when it is, else why it is not (printed in the report)."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None:
        return "not run: node is not on PATH (cql-execution runs in Node)"
    version = _node_version(node)
    if version is None or version < MAJOR_NODE:
        return f"not run: node {version} found, cql-execution needs {MAJOR_NODE} or later"
    cache.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE / RUNNER, cache / RUNNER)  # imports resolve beside the script
    if installed(cache):
        return ""
    if not install:
        return "not installed (--no-install): the npm packages of benchmarks/cql/package.json"
    if npm is None:
        return "not run: npm is not on PATH (it installs benchmarks/cql/package.json)"
    for name in PINNED:
        shutil.copyfile(SOURCE / name, cache / name)
    try:
        done = subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts"],
                              cwd=cache, capture_output=True, text=True, timeout=600, check=False)
    except subprocess.TimeoutExpired:
        return "not run: npm ci took more than 600 s"
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return f"not run: npm ci failed: {tail}"
    return ""


def _write_patients(cache: Path, verify_n: int, timing_n: int) -> tuple[Path, Path]:
    verify = cache / f"verify_{verify_n}.json"
    timing = cache / f"timing_{timing_n}.json"
    for path, n, seed in ((verify, verify_n, gen_patients.VERIFY_SEED),
                          (timing, timing_n, gen_patients.TIMING_SEED)):
        if not path.is_file():
            partial = path.with_suffix(".part")
            partial.write_text(json.dumps(gen_patients.generate(n, seed)), encoding="utf-8")
            os.replace(partial, path)
    return verify, timing


def _output(raw: dict[str, Any]) -> dict[str, object]:
    dose = raw.get("prednisone_mg_per_day")
    return {"recommendations": list(raw.get("recommendations") or []),
            "prednisone_mg_per_day": None if dose is None else tuple(dose)}


class NodeProcess:
    """The runner's process, with the interface rounds.run uses for every engine."""

    def __init__(self, spec: rounds.Spec, verify_n: int, timing_n: int,
                 cache: Path = CACHE) -> None:
        self.verify_n = verify_n
        verify, timing = _write_patients(cache, verify_n, timing_n)
        prefix = spec.prefix or timing_n
        self.errors = (cache / "runner.stderr").open("w", encoding="utf-8")
        self.process = subprocess.Popen(
            ["node", str(cache / RUNNER), str(LIBRARY), str(MODEL_INFO), str(verify),
             str(timing), str(prefix)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.errors, text=True,
        )

    def _line(self, timeout: float) -> str | None:
        stdout: IO[str] | None = self.process.stdout
        assert stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(stdout, selectors.EVENT_READ)
            if not selector.select(timeout):
                return None
        return stdout.readline()

    def answer(self, timeout: float) -> tuple[Any, ...]:
        """The next message, as rounds.run reads them: ready, time or absent."""
        line = self._line(timeout)
        if line is None:
            self.stop()
            return ("absent", f"stopped: no answer in {timeout:,.0f} s")
        if not line:
            self.process.wait()
            tail = self.errors.name
            return ("absent", f"its process ended (exit code {self.process.returncode}; "
                              f"see {Path(tail).relative_to(ROOT)})")
        message = json.loads(line)
        if "absent" in message:
            return ("absent", str(message["absent"]))
        if "seconds" in message:
            return ("time", float(message["seconds"]))
        patients = gen_patients.generate(self.verify_n, gen_patients.VERIFY_SEED)
        outputs = [_output(raw) for raw in message["outputs"]]
        problem = rounds.verify_outputs(patients, outputs)
        if problem:
            self.stop()
            return ("absent", problem)
        return ("ready", float(message["setup_ms"]), int(message["patients"]))

    def request_time(self) -> None:
        """Ask for one timed pass."""
        assert self.process.stdin is not None
        self.process.stdin.write("time\n")
        self.process.stdin.flush()

    def stop(self) -> None:
        """End the process (a "stop" line, then a kill if it does not end)."""
        if self.process.poll() is None:
            try:
                assert self.process.stdin is not None
                self.process.stdin.write("stop\n")
                self.process.stdin.close()
            except OSError:
                pass
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.errors.close()


def spec(prefix: int | None) -> rounds.Spec:
    """The cql-execution engine for rounds.run."""
    return rounds.Spec(NAME, None, peer=True, prefix=prefix, start=NodeProcess)
