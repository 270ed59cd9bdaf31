"""Which statuses a summary counts: what happened, unless the caller asks for more.

A negated ("Serbia does not recognise Kosovo"), planned, proposed or hypothetical event
is stored, listed and exported with its status, but it did not happen: summaries,
counts and network weights count only ``COUNTED_EVENT_STATUSES`` by default.
``status="all"`` counts every event; a list (or "a,b") counts those statuses.
"""

from __future__ import annotations

from typing import Any

from accord.records import EventStatus

#: The event statuses counted by default: the event took place, or is taking place.
COUNTED_EVENT_STATUSES: tuple[str, ...] = (EventStatus.OCCURRED.value, EventStatus.ONGOING.value)
#: The word that asks for every status.
ALL = "all"


def counted_statuses(status: Any = None, *, default: tuple[str, ...] = COUNTED_EVENT_STATUSES) -> list[str] | None:
    """The statuses to count: ``default`` for None, None (no filter) for "all", else the values given (lower-case)."""
    from accord.query.select import values

    given = [s.lower() for s in values(status)]
    if not given:
        return list(default)
    if ALL in given:
        return None
    return given


def listing_statuses(status: Any = None) -> list[str] | None:
    """The status filter of a record listing: every status unless some are asked for; "all" means none."""
    from accord.query.select import values

    given = [s.lower() for s in values(status)]
    return None if not given or ALL in given else given


__all__ = ["ALL", "COUNTED_EVENT_STATUSES", "counted_statuses", "listing_statuses"]
