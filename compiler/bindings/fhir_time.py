"""FHIR date and dateTime values as aware datetimes (the start of a partial date)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

_DATETIME = re.compile(
    r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?"
    r"(Z|[+-]\d{2}:\d{2})?)?)?)?$"
)


def parse(value: object) -> datetime | None:
    """`2026-11-30`, `2026-11-30T08:15:00+01:00`, `2026` -> datetime; None when unreadable.

    A partial date stands for its first moment; a time without a zone (which FHIR does
    not allow) is read as UTC.
    """
    if not isinstance(value, str) or len(value) > 40:
        return None
    match = _DATETIME.match(value)
    if not match:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    try:
        tz = UTC if zone in (None, "Z") else _zone(zone)
        micro = int((fraction or "0").ljust(6, "0")[:6])
        return datetime(int(year), int(month or 1), int(day or 1), int(hour or 0),
                        int(minute or 0), int(second or 0), micro, tzinfo=tz)
    except ValueError:
        return None


def _zone(text: str) -> timezone:
    sign = 1 if text[0] == "+" else -1
    hours, minutes = int(text[1:3]), int(text[4:6])
    return timezone(sign * timedelta(hours=hours, minutes=minutes))
