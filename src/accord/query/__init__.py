"""Queries over the knowledge base: filters and aggregates returning typed rows or DataFrames.

The functions take a ``Store`` (``accord.store.db``) and never import duckdb
themselves; ``Store`` exposes them as methods (``store.events(...)``, ``store.dyad(...)``).
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
