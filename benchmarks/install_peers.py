"""Install the engines the benchmark compares against: the `bench` extra of pyproject.toml.

Only the packages that do not import are installed, with this interpreter's pip. A
package that still does not import is not timed; the run prints why.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
# The module each requirement of the bench extra installs.
MODULES = {"rule-engine": "rule_engine", "business-rules": "business_rules",
           "durable-rules": "durable", "experta": "experta", "pydmnrules": "pyDMNrules",
           "openpyxl": "openpyxl"}


def bench_requirements(pyproject: Path = PYPROJECT) -> list[str]:
    """The requirements of the `bench` extra."""
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    listed: list[str] = data["project"]["optional-dependencies"]["bench"]
    return listed


def _name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9._-]+", requirement)
    return match.group(0).lower().replace("_", "-") if match else requirement


def missing(requirements: list[str]) -> list[str]:
    """The requirements whose module does not import here."""
    out = []
    for requirement in requirements:
        module = MODULES.get(_name(requirement), _name(requirement).replace("-", "_"))
        if importlib.util.find_spec(module) is None:
            out.append(requirement)
    return out


def ensure(install: bool) -> list[str]:
    """Install what is missing (when `install`); lines saying what was done or why not."""
    wanted = missing(bench_requirements())
    if not wanted:
        return []
    if not install:
        return [f"not installed (--no-install): {', '.join(wanted)}"]
    command = [sys.executable, "-m", "pip", "install", "--quiet", *wanted]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return [f"pip could not install {', '.join(wanted)}: {tail}"]
    importlib.invalidate_caches()
    return [f"installed for this run: {', '.join(wanted)}"]
