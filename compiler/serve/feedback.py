"""The feedback endpoint's records: what the clinician did with each card.

A record holds the service, the card's uuid, the outcome, the override reason's code and
the times; a clinician's comment is kept in the file only (never logged). With a file,
each record is one JSON line appended to it.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from uuid import UUID

OUTCOMES = frozenset({"accepted", "overridden"})


class FeedbackError(ValueError):
    """Feedback that is not in the specification's shape; the message is safe to return."""


@dataclass
class FeedbackLog:
    """Every feedback record received, in memory and in an optional JSON Lines file."""

    path: Path | None = None
    records: list[dict[str, object]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, service: str, body: object) -> int:
        """Check and record a feedback request's items; the count recorded."""
        if not isinstance(body, dict) or not isinstance(body.get("feedback"), list):
            raise FeedbackError('feedback is {"feedback": [...]}')
        items = [self._item(service, item) for item in body["feedback"]]
        with self._lock:
            self.records.extend(items)
            if self.path is not None:
                with self.path.open("a", encoding="utf-8") as out:
                    out.writelines(json.dumps(i, sort_keys=True) + "\n" for i in items)
        return len(items)

    @staticmethod
    def _item(service: str, item: object) -> dict[str, object]:
        if not isinstance(item, dict):
            raise FeedbackError("each feedback item is an object")
        card, outcome = item.get("card"), item.get("outcome")
        try:
            UUID(str(card))
        except ValueError:
            raise FeedbackError("`card` must be the uuid of a card") from None
        if outcome not in OUTCOMES:
            raise FeedbackError("`outcome` must be accepted or overridden")
        when = item.get("outcomeTimestamp")
        if not isinstance(when, str) or len(when) > 40:
            raise FeedbackError("`outcomeTimestamp` is required")
        record: dict[str, object] = {"service": service, "card": str(card), "outcome": outcome,
                                     "outcomeTimestamp": when, "received": time.time()}
        reason = item.get("overrideReason")
        if isinstance(reason, dict):
            coding = reason.get("reason")
            if isinstance(coding, dict):
                record["reason"] = {k: str(coding[k])[:200] for k in ("system", "code")
                                    if k in coding}
            if isinstance(reason.get("userComment"), str):
                record["comment"] = reason["userComment"][:2000]
        return record
