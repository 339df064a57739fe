"""`guideline build`: compile every guideline and write (or verify) every output."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from compiler import ir
from compiler.diagnostics import Diagnostic, has_errors
from compiler.emitters import EMITTERS
from compiler.pipeline import Compiled, compile_file

SUFFIX = ".guideline"


def discover(root: Path, paths: list[str] | None = None) -> list[Path]:
    """The guideline files to work on: those named, or every one under guidelines/."""
    if paths:
        found: list[Path] = []
        for name in paths:
            path = Path(name)
            found.extend(sorted(path.rglob(f"*{SUFFIX}")) if path.is_dir() else [path])
        return found
    return sorted((root / "guidelines").glob(f"*{SUFFIX}"))


def compile_paths(root: Path, paths: list[Path]) -> list[Compiled]:
    """Compile each file, showing paths relative to the root where possible."""
    results = []
    for path in paths:
        try:
            display = str(path.resolve().relative_to(root.resolve()))
        except ValueError:
            display = str(path)
        results.append(compile_file(path, display))
    return results


def render_outputs(guidelines: list[ir.Guideline]) -> dict[str, str]:
    """Every output file's text, from every emitter."""
    ordered = sorted(guidelines, key=lambda g: g.id)
    files: dict[str, str] = {}
    for emitter in EMITTERS:
        files.update(emitter(ordered))
    return dict(sorted(files.items()))


@dataclass(frozen=True)
class BuildReport:
    """What a build found and did."""

    compiled: list[Compiled]
    written: list[str]
    stale: list[str]

    @property
    def diagnostics(self) -> list[Diagnostic]:
        """Every diagnostic of every file."""
        return [d for c in self.compiled for d in c.diagnostics]

    @property
    def ok(self) -> bool:
        """True when every guideline compiled without errors."""
        return not has_errors(self.diagnostics)


def build(root: Path, check_only: bool = False) -> BuildReport:
    """Compile all guidelines; write the outputs, or with check_only list the stale ones."""
    compiled = compile_paths(root, discover(root))
    if not all(c.ok for c in compiled):
        return BuildReport(compiled, [], [])
    guidelines = [c.guideline for c in compiled if c.guideline is not None]
    written: list[str] = []
    stale: list[str] = []
    for rel, text in render_outputs(guidelines).items():
        target = root / rel
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current == text:
            continue
        stale.append(rel)
        if not check_only:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            written.append(rel)
    return BuildReport(compiled, written, stale)
