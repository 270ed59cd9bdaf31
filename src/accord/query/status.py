"""Which statuses a summary counts: what happened, unless the caller asks for more.

Exports that weigh or aggregate events (GDELT rows, GraphML/GEXF edge weights) read
``counted_events``: the same default, the same ``status`` argument, every row with its
``status`` column.

A negated ("Serbia does not recognise Kosovo"), planned, proposed or hypothetical event
is stored, listed and exported with its status, but it did not happen: summaries,
counts and network weights count only ``COUNTED_EVENT_STATUSES`` by default.
``status="all"`` counts every event; a list (or "a,b") counts those statuses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from accord.records import EventStatus

if TYPE_CHECKING:
    import pandas as pd

    from accord.store import Database

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


def counted_events(store: Database, *, status: Any = None, **filters: Any) -> pd.DataFrame:
    """The events a summary or export counts: occurred and ongoing by default, "all" or a list otherwise."""
    from accord.query.select import select

    return select(store, "events", status=counted_statuses(status), **filters)


__all__ = ["ALL", "COUNTED_EVENT_STATUSES", "counted_events", "counted_statuses", "listing_statuses"]
