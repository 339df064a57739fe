"""`guideline build`: compile every guideline and write (or verify) every output.

Each output is written atomically (compiler/pipeline/files.py). The build lists what it writes in
a manifest (generated/manifest.txt, itself an output); a file in the last manifest that
the build no longer writes (the outputs of a removed or renamed guideline) is deleted by
`build` and reported stale by `build --check`. Files the build never wrote are left alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from compiler.bindings.model import Bindings
from compiler.emit_docs import emit_docs
from compiler.emit_fhir import fhir_files
from compiler.pipeline.case_errors import case_errors
from compiler.pipeline.duplicate_ids import duplicates
from compiler.pipeline.emitters import EMITTERS
from compiler.pipeline.files import write_atomically
from compiler.pipeline.stages import Compiled, compile_file
from compiler.pipeline.with_bindings import attach
from compiler.publishing import DEFAULT_BASE, canonical_base
from compiler.semantics import ir
from dsl.diagnostics import Diagnostic, has_errors

SUFFIX = ".guideline"
MANIFEST = "generated/manifest.txt"
_MANIFEST_HEAD = (
    "# Every file `guideline build` writes; it deletes any it no longer writes.\n"
    "# Written by `guideline build`; do not edit.\n"
)


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
    """Compile each file, showing paths relative to the root where possible.

    Files that share a guideline id get an error (H009): they would write the same outputs.
    """
    results = []
    for path in paths:
        try:
            display = str(path.resolve().relative_to(root.resolve()))
        except ValueError:
            display = str(path)
        results.append(attach(compile_file(path, display), path))
    return duplicates(results)


def render_outputs(
    guidelines: list[ir.Guideline],
    bindings: Mapping[str, Bindings] | None = None,
    base: str = DEFAULT_BASE,
) -> dict[str, str]:
    """Every output file's text, from every emitter (the FHIR export reads the bindings
    and puts its canonical URLs under the project's canonical base)."""
    ordered = sorted(guidelines, key=lambda g: g.id)
    files: dict[str, str] = {}
    for emitter in EMITTERS:
        if emitter is emit_docs:  # the pages show where each guideline's facts come from
            files.update(emit_docs(ordered, bindings=bindings))
        else:
            files.update(emitter(ordered))
    files.update(fhir_files(ordered, bindings, base))
    files[MANIFEST] = manifest_text(files)
    return dict(sorted(files.items()))


def manifest_text(files: dict[str, str]) -> str:
    """The manifest of a build that writes `files` (and the manifest)."""
    return _MANIFEST_HEAD + "".join(f"{rel}\n" for rel in sorted({*files, MANIFEST}))


def owned(root: Path) -> list[str]:
    """The files the last build wrote, from its manifest (none when there is none)."""
    path = root / MANIFEST
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return [line for line in lines if line and not line.startswith("#") and _safe(line)]


def _safe(rel: str) -> bool:
    """A path the build could have written: relative, inside generated/ or docs/, no `..`."""
    path = Path(rel)
    inside = path.parts[:1] in (("generated",), ("docs",))
    return inside and not path.is_absolute() and ".." not in path.parts


@dataclass(frozen=True)
class BuildReport:
    """What a build found and did."""

    compiled: list[Compiled]
    written: list[str]
    stale: list[str]
    gone: list[str] = field(default_factory=list)  # no longer built: deleted (or, checking, left)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        """Every diagnostic of every file."""
        return [d for c in self.compiled for d in c.diagnostics]

    @property
    def ok(self) -> bool:
        """True when every guideline compiled without errors."""
        return not has_errors(self.diagnostics)


def build(root: Path, check_only: bool = False) -> BuildReport:
    """Compile all guidelines; write the outputs, or with check_only list the stale ones.

    Outputs no longer built (listed in the last manifest) are deleted, or with check_only
    listed as stale. Nothing is written or deleted when a guideline has errors, or when
    the test cases of one cannot be generated (X005).
    """
    compiled = compile_paths(root, discover(root))
    if all(c.ok for c in compiled):
        compiled = case_errors(compiled)
    if not all(c.ok for c in compiled):
        return BuildReport(compiled, [], [])
    guidelines = [c.guideline for c in compiled if c.guideline is not None]
    bindings = {c.guideline.id: c.bindings for c in compiled if c.guideline and c.bindings}
    outputs = render_outputs(guidelines, bindings, canonical_base(root))
    gone = [rel for rel in owned(root) if rel not in outputs and (root / rel).is_file()]
    stale = [rel for rel, text in outputs.items() if not _current(root / rel, text)]
    if check_only:
        return BuildReport(compiled, [], sorted([*stale, *gone]), gone)
    for rel in stale:
        if rel != MANIFEST:
            write_atomically(root / rel, outputs[rel])
    for rel in gone:
        (root / rel).unlink()
    if MANIFEST in stale:  # last: until it is written, the old one still lists `gone`
        write_atomically(root / MANIFEST, outputs[MANIFEST])
    return BuildReport(compiled, stale, sorted([*stale, *gone]), gone)


def _current(target: Path, text: str) -> bool:
    """True when `target` holds exactly `text` (compared as bytes: any file can be read)."""
    return target.is_file() and target.read_bytes() == text.encode("utf-8")
