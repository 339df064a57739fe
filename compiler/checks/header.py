"""The guideline header: required fields, version, status, review date."""

from __future__ import annotations

import datetime as dt
import re

from dsl import ast
from dsl.diagnostics import Diagnostic, error

STATUSES = ("draft", "active", "retired")
_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.]+)?$")
_ID = re.compile(r"^[a-z][a-z0-9_]*$")


def check(tree: ast.Guideline) -> list[Diagnostic]:
    """Every problem with the header."""
    header = tree.header
    found: list[Diagnostic] = []
    required = {
        "version": header.version,
        "status": header.status,
        "reviewed": header.reviewed,
        "scope": header.scope,
        "owners": header.owners or None,
    }
    examples = {
        "version": "version 0.1.0",
        "status": "status draft",
        "reviewed": "reviewed 2024-06-01",
        "scope": 'scope "Adults with ..."',
        "owners": 'owners "Neuromuscular guideline group"',
    }
    for name, value in required.items():
        if value is None:
            found.append(
                error(
                    "H001",
                    f"the guideline header has no `{name}`",
                    header.id_span,
                    f"add a line such as `{examples[name]}` under `guideline`",
                )
            )
    if not _ID.match(header.id):
        found.append(
            error(
                "H007",
                f"the guideline id `{header.id}` must be lower case",
                header.id_span,
                "use letters, digits and _ , starting with a letter",
            )
        )
    if header.version is not None and not _SEMVER.match(header.version.value):
        found.append(
            error(
                "H002",
                f"`{header.version.value}` is not a version number",
                header.version.span,
                "write MAJOR.MINOR.PATCH, for example 1.0.0",
            )
        )
    if header.status is not None and header.status.value not in STATUSES:
        found.append(
            error(
                "H003",
                f"`{header.status.value}` is not a status",
                header.status.span,
                "the status is one of draft, active, retired",
            )
        )
    if header.reviewed is not None:
        try:
            dt.date.fromisoformat(header.reviewed.value)
        except ValueError:
            found.append(
                error(
                    "P014",
                    f"`{header.reviewed.value}` is not a real calendar date",
                    header.reviewed.span,
                    "write dates as YYYY-MM-DD",
                )
            )
    return found
