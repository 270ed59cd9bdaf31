"""Read queries over the knowledge base: filters and aggregates returning typed rows or DataFrames.

The functions take the store's ``Database`` (``accord.store``) and never import duckdb
themselves: ``select`` and ``select_actors`` (the filtered tables), ``dyad_summary``
(``dyad.py``), ``article_view`` (``show.py``), ``select_errors``; ``records.py`` holds the
typed rows they convert to. The public ``accord.Store`` exposes them as methods
(``store.events(...)``, ``store.dyad(...)``).
"""

from accord.query.records import (
    ActorSummary,
    IngestError,
    Sources,
    StoredActivity,
    StoredAgreement,
    StoredAlliance,
    StoredEvent,
    StoredTransfer,
)
from accord.query.select import FILTERS

__all__ = [
    "FILTERS",
    "ActorSummary",
    "IngestError",
    "Sources",
    "StoredActivity",
    "StoredAgreement",
    "StoredAlliance",
    "StoredEvent",
    "StoredTransfer",
]
