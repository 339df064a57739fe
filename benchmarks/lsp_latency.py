"""Edit-to-diagnostics latency of `guideline lsp`, beside the targets of issue 18.

    .venv/bin/python benchmarks/lsp_latency.py [--edits N]

The server runs as a subprocess, spoken to over stdio as an editor does. Each edit is
one character (a number in a condition), sent as an incremental change; the figures are
the time from sending it to the diagnostics of that version (without the logic checks),
and to the diagnostics with the logic checks (which start after the server's pause).
On the largest guideline of guidelines/ and on a generated one with 1,000 branches.
Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"largest": 0.050, "generated": 0.300}  # seconds, to the quick diagnostics
LOGIC_TARGET = 2.0  # seconds, to the logic diagnostics of the generated guideline

HEADER = """guideline branches_{n} "Synthetic guideline with {n} branches"
  version 0.1.0
  status draft
  owners "Guideline compiler benchmarks"
  reviewed 2026-01-15
  scope "Synthetic patients for timing the language server"
  note "Synthetic content for timing; not clinical guidance."

input group "Group": one of {groups}
input band "Band": whole from 0 to 999

"""


def many_branches(n: int = 1000) -> str:
    """A guideline with `n` branches (a multiple of 100): a choice of n/100 groups, each a
    ladder of 100 branches on a whole number."""
    groups = [f"g{i}" for i in range(n // 100)]
    lines = [HEADER.format(n=n, groups=", ".join(groups)).rstrip("\n"), ""]
    lines.append('decide group_split "Group"')
    for g, group in enumerate(groups):
        lines.append(f"  when group is {group}:")
        lines.append(f'    decide ladder_{g} "Ladder {g}"')
        for step in range(99):
            leaf = g * 100 + step
            lines += [
                f"      when band >= {990 - 10 * step}:",
                f'        start leaf_{leaf} "Leaf {leaf}"',
                "          expert opinion",
                f"          drug drug_{leaf % 7}",
                f"          dose {leaf % 50 + 1} mg",
            ]
        lines.append("      otherwise: nothing")
    return "\n".join(lines) + "\n"


class Timed(LanguageClient):
    """A client that notes when each version's diagnostics arrive."""

    def __init__(self) -> None:
        super().__init__("lsp-latency", "1")
        self.arrivals: dict[int, list[float]] = {}


async def _measure(text: str, edits: int, pause: float) -> tuple[list[float], list[float]]:
    client = Timed()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def _published(params: types.PublishDiagnosticsParams) -> None:
        client.arrivals.setdefault(params.version or 0, []).append(time.perf_counter())

    @client.feature(types.WINDOW_LOG_MESSAGE)
    def _logged(params: types.LogMessageParams) -> None:
        """The server's log lines are not needed here."""

    await client.start_io(sys.executable, "-m", "compiler.commands.main", "lsp")
    await client.initialize_async(
        types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=ROOT.as_uri())
    )
    client.initialized(types.InitializedParams())
    uri = "file:///bench/bench.guideline"
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "guideline", 1, text))
    )
    await _wait(client, 1, 2, 900)
    quick, logic = [], []
    lines = text.split("\n")
    row = next(i for i, line in enumerate(lines) if ">=" in line)
    column = lines[row].index(">=") + 3  # the first digit of the number compared
    for n in range(edits):
        version = n + 2
        digit = str((int(lines[row][column]) + 1 + n) % 9 + 1)
        sent = time.perf_counter()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                [
                    types.TextDocumentContentChangePartial(
                        range=types.Range(
                            types.Position(row, column), types.Position(row, column + 1)
                        ),
                        text=digit,
                    )
                ],
            )
        )
        await _wait(client, version, 2, 900)
        first, second = client.arrivals[version][:2]
        quick.append(first - sent)
        logic.append(second - sent)
        await asyncio.sleep(pause)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return quick, logic


async def _wait(client: Timed, version: int, count: int, limit: float) -> None:
    deadline = time.perf_counter() + limit
    while len(client.arrivals.get(version, [])) < count:
        if time.perf_counter() > deadline:
            raise SystemExit(f"no diagnostics for version {version} within {limit:.0f} s")
        await asyncio.sleep(0.001)


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:7.1f} ms, max {max(values) * 1000:7.1f} ms"


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--edits", type=int, default=10)
    args = parser.parse_args()
    largest = max(sorted((ROOT / "guidelines").glob("*.guideline")), key=lambda p: p.stat().st_size)
    workloads = {
        "largest": (
            f"{largest.name} ({len(largest.read_text().splitlines())} lines)",
            largest.read_text(encoding="utf-8"),
        ),
        "generated": ("generated, 1,000 branches", many_branches(1000)),
    }
    for key, (label, text) in workloads.items():
        quick, logic = asyncio.run(_measure(text, args.edits, pause=0.2))
        target = TARGETS[key] * 1000
        verdict = "meets" if statistics.median(quick) * 1000 <= target else "MISSES"
        print(f"{label}:")
        print(f"  edit -> diagnostics (no logic): {_ms(quick)}  target {target:.0f} ms: {verdict}")
        line = f"  edit -> logic diagnostics:      {_ms(logic)}"
        if key == "generated":
            met = "meets" if statistics.median(logic) <= LOGIC_TARGET else "MISSES"
            line += f"  target {LOGIC_TARGET * 1000:.0f} ms: {met}"
        print(line + "  (includes the server's pause before the logic checks)")


if __name__ == "__main__":
    main()
