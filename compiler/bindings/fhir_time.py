"""FHIR date and dateTime values as aware datetimes (the start of a partial date)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

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


_DATE = re.compile(r"^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")


def birth_days(value: str) -> tuple[date, date] | None:
    """The first and last day a FHIR `date` may stand for (`1950` is 1950-01-01 to
    1950-12-31); None when it is not a FHIR date or not a real day."""
    match = _DATE.match(value) if len(value) <= 10 else None
    if not match:
        return None
    year, month, day = match.groups()
    try:
        if day is not None:
            born = date(int(year), int(month), int(day))
            return born, born
        if month is not None:
            first = date(int(year), int(month), 1)
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - timedelta(days=1)
        return date(int(year), 1, 1), date(int(year), 12, 31)
    except ValueError:
        return None


def completed_years(born: date, today: date) -> int:
    """Whole years completed on `today` (a birthday on 29 February is reached on 1 March
    in other years)."""
    years = today.year - born.year
    return years - 1 if (today.month, today.day) < (born.month, born.day) else years
