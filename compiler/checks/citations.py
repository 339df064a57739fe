"""Citations: unknown keys, references nobody cites, recommendations without evidence."""

from __future__ import annotations

import difflib

from dsl import ast, visit
from dsl.diagnostics import Diagnostic, error, warning


def check(tree: ast.Guideline) -> list[Diagnostic]:
    """Every citation problem."""
    keys = [r.key for r in tree.references]
    found: list[Diagnostic] = []
    seen: set[str] = set()
    for ref in tree.references:
        if ref.key in seen:
            found.append(
                error(
                    "C004",
                    f"reference `{ref.key}` is declared twice",
                    ref.span,
                    "give each reference its own key",
                )
            )
        seen.add(ref.key)
    cited: set[str] = set()
    for cite in visit.all_cites(tree):
        cited.add(cite.key)
        if cite.key not in seen:
            close = difflib.get_close_matches(cite.key, keys, n=1, cutoff=0.5)
            hint = f"did you mean `{close[0]}`?" if close else "add it under `references`"
            found.append(error("C001", f"there is no reference `{cite.key}`", cite.span, hint))
    for ref in tree.references:
        if ref.key not in cited:
            found.append(
                warning(
                    "C002",
                    f"reference `{ref.key}` is never cited",
                    ref.span,
                    "cite it where it is used, or remove it",
                )
            )
    for rec in visit.recommendations(tree):
        if not rec.cites and rec.expert_opinion is None and rec.uncited is None:
            found.append(
                warning(
                    "C003",
                    f"recommendation `{rec.id}` cites no evidence",
                    rec.id_span,
                    'add `cites KEY`, `expert opinion`, or `uncited "why"` '
                    "when the source gives none",
                )
            )
    return found
