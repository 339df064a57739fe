"""Helpers shared by the subcommands: finding the project, loading a guideline, printing."""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

from compiler.pipeline.build import SUFFIX, compile_paths, discover
from compiler.pipeline.stages import Compiled
from compiler.semantics import ir
from dsl.diagnostics import Diagnostic, finalize, render_human, render_json, summary

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A command-line mistake (exit code 2)."""


def project_root() -> Path:
    """The nearest folder above the working directory that has guidelines/ (else cwd)."""
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "guidelines").is_dir() and (folder / "pyproject.toml").exists():
            return folder
    return here


def guideline_paths(root: Path, names: list[str]) -> list[Path]:
    """The files a command works on: those named (files or folders), or every guideline."""
    paths = discover(root, names)
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise UsageError("no such file: " + ", ".join(missing))
    if not paths:
        raise UsageError("no guideline files found")
    return paths


def resolve_guideline(name: str) -> Path:
    """A guideline given by id (`imnm`) or by path."""
    path = Path(name)
    if path.is_file():
        return path
    folder = project_root() / "guidelines"
    candidate = folder / f"{name}{SUFFIX}"
    if candidate.is_file():
        return candidate
    known = sorted(p.stem for p in folder.glob(f"*{SUFFIX}"))
    close = difflib.get_close_matches(name, known, n=1)
    hint = f" (did you mean `{close[0]}`?)" if close else ""
    raise UsageError(
        f"no guideline `{name}`{hint}: give a guideline id or a path to a {SUFFIX} file"
    )


def print_diagnostics(compiled: list[Compiled], fmt: str) -> list[Diagnostic]:
    """Print every diagnostic (human or JSON); returns them."""
    everything = finalize(d for c in compiled for d in c.diagnostics)
    if fmt == "json":
        print(render_json(everything))
        return everything
    sources = {c.source.path: c.source for c in compiled}
    sources.update({s.path: s for c in compiled if (s := c.binding_source) is not None})
    for diagnostic in everything:
        print(render_human(diagnostic, sources.get(diagnostic.span.path)), file=sys.stderr)
        print(file=sys.stderr)
    if everything:
        print(summary(everything), file=sys.stderr)
    return everything


def load(name: str, fmt: str = "human") -> ir.Guideline:
    """Compile one guideline for running; exits with its diagnostics when it has errors.

    A guideline named by id must declare that id: otherwise `guideline run imnm` would
    run a file other than the one the build wrote `generated/imnm.py` from.
    """
    path = resolve_guideline(name)
    compiled = compile_paths(project_root(), [path])[0]
    if compiled.guideline is None:
        print_diagnostics([compiled], fmt)
        raise SystemExit(EXIT_FINDINGS)
    declared = compiled.guideline.id
    if path != Path(name) and declared != name:
        # The build names its outputs by the id: generated/<name>.py is not this file's.
        raise UsageError(
            f"{compiled.source.path} declares the guideline id `{declared}`, not `{name}`: "
            f"run it by its path, or name the file {declared}{SUFFIX}"
        )
    return compiled.guideline
