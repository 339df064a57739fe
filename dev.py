#!/usr/bin/env python3
"""Set-up and the two everyday commands, using nothing but Python.

    python3 dev.py build   # build every guideline (creates .venv on first use)
    python3 dev.py test    # run every check and test

The virtual environment in .venv is created, and the project installed into it,
whenever it is missing or pyproject.toml has changed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".installed-from"


def _run(*cmd: str | Path, cwd: Path = ROOT) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    result = subprocess.run([str(c) for c in cmd], cwd=cwd, check=False)
    if result.returncode != 0:
        sys.exit(result.returncode)


def ensure_env() -> None:
    """Create .venv and install the project with its development tools when needed."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    if not (BIN / "python").exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    _run(BIN / "python", "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    _run(BIN / "python", "-m", "pip", "install", "--quiet", "-e", ".[dev]")
    STAMP.write_text(wanted)


CHROMIUM = Path("/usr/bin/chromium")


def ensure_chromium() -> None:
    """Install Debian's chromium, which the site test drives, when it is missing (as root)."""
    if CHROMIUM.exists():
        return
    os.environ.setdefault("DEBIAN_FRONTEND", "noninteractive")
    _run("apt-get", "update")
    _run("apt-get", "install", "-y", "chromium")


EXTENSION = ROOT / "editors" / "vscode"
NODE_STAMP = EXTENSION / "node_modules" / ".installed-from"


def ensure_node_packages() -> None:
    """Install the VS Code extension's npm packages (pinned in package-lock.json) when needed.

    They run the TextMate grammar tests and package the extension. Without node and npm
    those tests are skipped, and this says so.
    """
    if shutil.which("node") is None or shutil.which("npm") is None:
        print("node/npm not found: the VS Code extension's grammar and packaging tests "
              "will be skipped", flush=True)
        return
    wanted = hashlib.sha256((EXTENSION / "package-lock.json").read_bytes()).hexdigest()
    if NODE_STAMP.exists() and NODE_STAMP.read_text().strip() == wanted:
        return
    _run("npm", "ci", "--no-audit", "--no-fund", cwd=EXTENSION)
    NODE_STAMP.write_text(wanted)


HEALTHCHAIN = ROOT / ".venv-healthchain"
HEALTHCHAIN_PIN = "healthchain==0.16.1"


def ensure_healthchain() -> None:
    """Make `.venv-healthchain` with HealthChain's CDS Hooks sandbox client when needed.

    It is a second, independent client of the CDS Hooks service in the tests. It pins
    older FastAPI and httpx than the project uses, so it has an environment of its own.
    Where it cannot be installed, its tests are skipped, and this says so.
    """
    stamp = HEALTHCHAIN / ".installed-from"
    if stamp.exists() and stamp.read_text().strip() == HEALTHCHAIN_PIN:
        return
    python = HEALTHCHAIN / ("Scripts" if os.name == "nt" else "bin") / "python"
    try:
        if not python.exists():
            venv.EnvBuilder(with_pip=True).create(HEALTHCHAIN)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", HEALTHCHAIN_PIN],
                       check=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"HealthChain could not be installed ({exc}): its client tests will be "
              "skipped", flush=True)
        shutil.rmtree(HEALTHCHAIN, ignore_errors=True)
        return
    stamp.write_text(HEALTHCHAIN_PIN)


def build() -> None:
    """Compile every guideline and write every output."""
    _run(BIN / "guideline", "build")


# Every check the project has, in order; each is a command run from the project root.
TEST_STEPS: list[list[str | Path]] = [
    [BIN / "guideline", "check"],
    [BIN / "guideline", "build", "--check"],
    [BIN / "guideline", "fmt", "--check"],
    [BIN / "mkdocs", "build", "--strict"],
    [BIN / "ruff", "check", "."],
    # The layers of docs/architecture.md, as import-linter contracts in pyproject.toml.
    [BIN / "lint-imports", "--no-cache"],
    [BIN / "mypy", "--strict", "dsl", "compiler", "generated"],
    [BIN / "python", "-m", "pytest"],
    # Branch coverage of every generated module under its generated tests must be 100%.
    [BIN / "coverage", "run", "--branch", "--source=generated", "--omit=generated/tests/*",
     "-m", "pytest", "-q", "-p", "no:cacheprovider", "generated/tests"],
    [BIN / "coverage", "report", "--show-missing", "--fail-under=100"],
]


def test() -> None:
    """Run every test step; stop at the first that fails."""
    ensure_chromium()
    ensure_node_packages()
    ensure_healthchain()
    for step in TEST_STEPS:
        _run(*step)


def main() -> None:
    """Dispatch `build` or `test`."""
    commands = {"build": build, "test": test}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        print("usage: python3 dev.py build | test", file=sys.stderr)
        sys.exit(2)
    ensure_env()
    commands[sys.argv[1]]()


if __name__ == "__main__":
    main()
