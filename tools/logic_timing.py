"""Time `guideline check` (with the logic checks) on the IMNM guideline and a large one.

    .venv/bin/python tools/logic_timing.py [LEAVES]

`many_leaves(n)` writes a synthetic guideline with `n` leaf recommendations (a
multiple of 100): a choice of five, then two nested ten-way ladders. The figures
are printed, never asserted.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HEADER = """guideline scale_{n} "Synthetic guideline with {n} leaves"
  version 0.1.0
  status draft
  owners "Guideline compiler test fixtures"
  reviewed 2026-01-15
  scope "Synthetic patients for timing the logic checks"
  note "Synthetic content for timing; not clinical guidance."

input group "Group": one of {groups}
input band "Band": whole from 0 to 99
input score "Score": number from 0 to 100 step 0.1
input flag "Flag": yes/no or unknown

"""


def _ladder(name: str, fact: str, indent: str, inner: list[str]) -> list[str]:
    """A ten-way decision on `fact` (>= 90, >= 80, ..., otherwise) around `inner` bodies."""
    lines = [f'{indent}decide {name} "{name}"']
    for i, body in enumerate(inner):
        head = "otherwise:" if i == len(inner) - 1 else f"when {fact} >= {90 - 10 * i}:"
        lines.append(f"{indent}  {head}")
        lines.extend(body.splitlines())
    return lines


def _leaf(number: int, indent: str) -> str:
    return (
        f'{indent}start leaf_{number} "Leaf {number}"\n'
        f"{indent}  expert opinion\n"
        f"{indent}  drug drug_{number % 7}\n"
        f"{indent}  dose {number % 50 + 1} mg\n"
    )


def many_leaves(n: int = 500) -> str:
    """A guideline with `n` leaves (n a multiple of 100, at most 2600)."""
    groups = [f"g{i}" for i in range(n // 100)]
    lines = [HEADER.format(n=n, groups=", ".join(groups)).rstrip("\n"), ""]
    lines += ['decide group_split "Group"']
    for g, group in enumerate(groups):
        lines.append(f"  when group is {group}:")
        bands = []
        for b in range(10):
            leaves = [_leaf(g * 100 + b * 10 + s, " " * 12) for s in range(10)]
            bands.append("\n".join(_ladder(f"score_{g}_{b}", "score", " " * 8, leaves)))
        lines += _ladder(f"band_{g}", "band", "    ", bands)
    lines += [
        'decide flagged "Flag"',
        "  when flag:",
        '    caution flagged_caution "Flagged"',
        "      expert opinion",
        "  otherwise:",
        "    nothing",
        "  when unknown: ask",
    ]
    return "\n".join(lines) + "\n"


def _time_check(path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    done = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "guideline"), "check", str(path)],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    return time.perf_counter() - started, done.returncode


def main() -> None:
    """Print the wall-clock time of `guideline check` on each guideline."""
    leaves = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / f"scale_{leaves}.guideline"
        big.write_text(many_leaves(leaves), encoding="utf-8")
        for label, path in (("imnm", ROOT / "guidelines" / "imnm.guideline"), (big.name, big)):
            seconds, code = _time_check(path)
            print(f"{label}: {seconds:.2f} s (exit {code})")


if __name__ == "__main__":
    main()
