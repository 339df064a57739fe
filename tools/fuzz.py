#!/usr/bin/env python3
"""A long fuzzing run of the compiler front end, checks and formatter.

    .venv/bin/python tools/fuzz.py --examples 20000

runs tests/test_fuzz.py with that many examples for each of its three properties
(grammar-shaped text, mutated guidelines, random text) and exits non-zero on the
first input that makes the compiler raise; Hypothesis prints that input, shrunk.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROPERTIES = 3


def main() -> int:
    """Run the fuzz properties with the requested number of examples each."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=20000, help="examples per property")
    args = parser.parse_args()
    env = dict(os.environ, GUIDELINE_FUZZ_EXAMPLES=str(args.examples))
    command = [sys.executable, "-m", "pytest", "tests/test_fuzz.py", "-q", "-x"]
    result = subprocess.run(command, cwd=ROOT, env=env, check=False)
    if result.returncode == 0:
        print(f"fuzz: {args.examples * PROPERTIES} examples, no crash")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
