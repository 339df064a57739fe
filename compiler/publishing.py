"""Where the project publishes its guidelines: the canonical base of their FHIR URLs.

A publisher sets it once for the project, in `pyproject.toml`:

    [tool.guideline]
    canonical-base = "https://guidelines.example.org/fhir"

The FHIR export builds every canonical URL on it (`PlanDefinition/<id>`, ...), and the
CDS Hooks cards name their guideline in the same namespace. Without the setting the
example base below is used, which no publisher should keep.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_BASE = "https://guidelines.example.org/fhir"


class PublishingError(ValueError):
    """The project's `canonical-base` is not an absolute http(s) URL."""


def canonical_base(root: Path) -> str:
    """The project's canonical base, without a trailing slash."""
    path = root / "pyproject.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return DEFAULT_BASE
    table = data.get("tool", {}).get("guideline", {})
    value = table.get("canonical-base", DEFAULT_BASE) if isinstance(table, dict) else DEFAULT_BASE
    return checked(value)


def checked(value: object) -> str:
    """`value` as a canonical base, or PublishingError saying what is wrong with it."""
    if not isinstance(value, str):
        raise PublishingError("`canonical-base` in pyproject.toml must be a string")
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.netloc or parts.query or parts.fragment:
        raise PublishingError(
            f"`canonical-base` in pyproject.toml must be an absolute http(s) URL without a "
            f"query or fragment, such as {DEFAULT_BASE!r}; it is {value!r}"
        )
    return value.rstrip("/")


def topic_system(base: str) -> str:
    """The code system of guideline ids in the publisher's namespace (a card's topic)."""
    return f"{base}/guidelines"
