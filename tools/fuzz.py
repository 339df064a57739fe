#!/usr/bin/env python3
"""A long fuzzing run of every stage: check, fmt, build (every emitter) and run.

    .venv/bin/python tools/fuzz.py --examples 20000 [--build-all]

runs tests/test_fuzz.py with that many examples for each of its properties: grammar-shaped
text, mutated guidelines, random text and random bytes through the reader, parser,
checks and formatter; guidelines that compile built and their module compared with the
interpreter on drawn patients; random bytes run as a patients file. With --build-all,
every guideline that compiles goes through every emitter (test generation included),
not only the module. It exits non-zero on the first input that makes a stage raise
(Hypothesis prints that input, shrunk), and prints the count of inputs otherwise.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUITE = ROOT / "tests" / "test_fuzz.py"


def properties() -> list[str]:
    """The fuzz properties of the suite (its test functions)."""
    return re.findall(r"^def (test_\w+)", SUITE.read_text(encoding="utf-8"), re.MULTILINE)


def main() -> int:
    """Run the fuzz properties with the requested number of examples each."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=20000, help="examples per property")
    parser.add_argument(
        "--build-all", action="store_true", help="every emitter on every guideline that compiles"
    )
    args = parser.parse_args()
    env = dict(os.environ, GUIDELINE_FUZZ_EXAMPLES=str(args.examples))
    if args.build_all:
        env["GUIDELINE_FUZZ_BUILD_ALL"] = "1"
    command = [sys.executable, "-m", "pytest", str(SUITE), "-q", "-x", "-p", "no:cacheprovider"]
    command += ["--hypothesis-show-statistics"]
    result = subprocess.run(command, cwd=ROOT, env=env, check=False, capture_output=True, text=True)
    print(result.stdout, end="")
    print(result.stderr, end="", file=sys.stderr)
    if result.returncode == 0:
        inputs = sum(int(n) for n in re.findall(r"(\d+) passing, ", result.stdout))
        print(f"fuzz: {inputs:,} inputs through {len(properties())} properties, 0 crashes")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
