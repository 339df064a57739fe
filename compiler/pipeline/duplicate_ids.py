"""Two guideline files of one build with the same id (H009).

The id names every file the build writes for a guideline, so the last of two such
files would overwrite the outputs of the first, and `generated/<id>.py` would then
disagree with `guideline run <id>`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from compiler.pipeline.stages import Compiled
from dsl.diagnostics import error, finalize


def duplicates(compiled: Sequence[Compiled]) -> list[Compiled]:
    """The files with H009 added to every one whose id an earlier file already has."""
    first: dict[str, Compiled] = {}
    out: list[Compiled] = []
    for item in compiled:
        tree = item.tree
        if tree is None:
            out.append(item)
            continue
        earlier = first.setdefault(tree.header.id, item)
        if earlier is item:
            out.append(item)
            continue
        assert earlier.tree is not None
        where = earlier.tree.header.id_span
        found = error(
            "H009",
            f"the guideline id `{tree.header.id}` is already the id of {where.path} "
            f"(line {where.line}): the build would write both to the same files",
            tree.header.id_span,
            "give each guideline its own id",
        )
        diagnostics = tuple(finalize([*item.diagnostics, found]))
        out.append(replace(item, guideline=None, diagnostics=diagnostics))
    return out
