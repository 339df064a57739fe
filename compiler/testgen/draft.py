"""A case before its expected outcome is known."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Draft:
    """A patient to run, and the (node, branch) steps it must take to be kept.

    `reaches` is checked against the interpreter's path; a draft that misses it is
    dropped (its patient does not show what the case is about).
    """

    id: str
    title: str
    kind: str
    patient: dict[str, object]
    reaches: tuple[tuple[str, str], ...] = ()
