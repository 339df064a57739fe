"""A compiled guideline with its binding file (`<id>.bindings.toml` beside it), if it has one.

The binding file's problems are the guideline's: `check` reports them and `build` stops on
them, with positions in the binding file.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from compiler.bindings import check as check_bindings
from compiler.bindings import load as load_bindings
from compiler.pipeline.stages import Compiled
from dsl.diagnostics import finalize


def attach(compiled: Compiled, path: Path) -> Compiled:
    """`compiled` with its bindings and their diagnostics (unchanged when it has no file)."""
    binding_path = load_bindings.path_for(path)
    if compiled.guideline is None or not binding_path.is_file():
        return compiled
    display = str(Path(compiled.source.path).with_name(binding_path.name))
    source, bindings, found = load_bindings.read(binding_path, display)
    if bindings is not None:
        found += check_bindings.check(bindings, compiled.guideline)
    diagnostics = tuple(finalize([*compiled.diagnostics, *found]))
    return replace(compiled, bindings=bindings, binding_source=source, diagnostics=diagnostics)
