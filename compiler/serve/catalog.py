"""The guidelines a service offers: each compiled, with its bindings and its module."""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType

from compiler.bindings.model import Bindings
from compiler.bindings.prefetch import templates
from compiler.emit_python import emit
from compiler.pipeline.build import compile_paths, discover
from compiler.pipeline.stages import Compiled
from compiler.publishing import DEFAULT_BASE, canonical_base
from compiler.semantics import ir
from compiler.serve.orders import HOOK as ORDER_HOOK
from compiler.serve.orders import SUFFIX as ORDER_SUFFIX
from dsl.diagnostics import Diagnostic, error, has_errors
from dsl.source import Span

HOOK = "patient-view"


@dataclass(frozen=True)
class Service:
    """One CDS service: a guideline, its bindings and the module that evaluates it."""

    guideline: ir.Guideline
    bindings: Bindings
    module: ModuleType
    base: str = DEFAULT_BASE  # the project's canonical base (compiler/publishing.py)

    @property
    def id(self) -> str:
        """The service id: the guideline's id."""
        return self.guideline.id

    def discovery(self) -> dict[str, object]:
        """The service's entry in the discovery response."""
        return {
            "hook": HOOK,
            "id": self.id,
            "title": self.guideline.title,
            "description": f"{self.guideline.title} (guideline {self.id}, version "
            f"{self.guideline.version}): {self.guideline.scope}",
            "prefetch": templates(self.bindings),
            "usageRequirements": "The facts this guideline needs that no standard code holds "
            "are asked for in a card.",
        }

    def order_discovery(self) -> dict[str, object] | None:
        """The order-select entry, for a guideline whose binding file names order codes."""
        if not self.bindings.orders:
            return None
        drugs = ", ".join(o.drug for o in self.bindings.orders)
        return {
            "hook": ORDER_HOOK,
            "id": self.id + ORDER_SUFFIX,
            "title": f"{self.guideline.title}: on ordering {drugs}",
            "description": f"When a selected draft order is for {drugs}, the recommendations "
            f"of {self.guideline.title} (guideline {self.id}, version "
            f"{self.guideline.version}) for this patient, those about the ordered drug first.",
            "prefetch": templates(self.bindings),
            "usageRequirements": "Draft MedicationRequests coded with the codes of the binding "
            "file's orders tables; other orders get no cards.",
        }


def module_of(guideline: ir.Guideline) -> ModuleType:
    """The guideline's generated module (the text `guideline build` writes), loaded."""
    name = f"_served_{guideline.id}"
    module = ModuleType(name)
    module.__file__ = f"generated/{guideline.id}.py"
    sys.modules[name] = module  # NamedTuple and pickling look their module up by name
    exec(compile(emit(guideline), module.__file__, "exec"), module.__dict__)
    return module


def load(root: Path, paths: list[Path] | None = None) -> tuple[list[Service], list[Compiled]]:
    """Compile the guidelines (all of guidelines/ by default); each must have its bindings.

    No services when any has an error (B018 for a guideline without a binding file).
    """
    compiled = [
        replace(c, diagnostics=(*c.diagnostics, _unbound(c))) if c.ok and c.bindings is None
        else c
        for c in compile_paths(root, paths if paths is not None else discover(root))
    ]
    if has_errors(d for c in compiled for d in c.diagnostics):
        return [], compiled
    services = []
    base = canonical_base(root)
    for c in compiled:
        assert c.guideline is not None and c.bindings is not None
        services.append(Service(c.guideline, c.bindings, module_of(c.guideline), base))
    return services, compiled


def _unbound(compiled: Compiled) -> Diagnostic:
    path = compiled.source.path.removesuffix(".guideline") + ".bindings.toml"
    return error(
        "B018", "this guideline has no binding file, so a service cannot read its facts",
        Span(compiled.source.path, 1, 1, 1, 2),
        f"Write {path} (docs/bindings.md): a table per input, bound or asked.")
