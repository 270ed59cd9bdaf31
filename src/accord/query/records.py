"""Typed rows returned by ``Store`` queries, and their conversions to JSON and CSV.

A stored record is the extracted record plus where it lives: its ``story_id`` and
``article_id``, and ``sources`` (every outlet, URL and article id of its story).
Record ids are ``ARTICLE_ID:LOCAL_ID`` (``3f2a...:e1``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from accord.records import Record

if TYPE_CHECKING:
    import pandas as pd

#: Columns a query frame carries for the story's sources; nested as ``sources`` in JSON.
SOURCE_COLUMNS = {"source_outlets": "outlets", "source_urls": "urls", "source_article_ids": "article_ids"}


@dataclass(frozen=True, slots=True)
class Sources(Record):
    """Every place a story was published."""

    outlets: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    article_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StoredEvent(Record):
    id: str
    story_id: str
    article_id: str
    type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str
    quad_class: int
    goldstein: float
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    status: str
    date: str | None
    day: str | None  # the event's date, else the article's publication date (ISO YYYY-MM-DD)
    location: str | None
    confidence: float
    evidence_text: str
    evidence_start: int
    evidence_end: int
    trigger_text: str | None
    title: str | None
    published: str | None
    sources: Sources = field(default_factory=Sources)


@dataclass(frozen=True, slots=True)
class StoredAgreement(Record):
    id: str
    story_id: str
    article_id: str
    name: str | None
    parties: tuple[str, ...]
    status: str
    date: str | None
    day: str | None
    place: str | None
    domain: str | None
    found_by: str  # "rules", or "model" for a record a learned back-off proposed
    evidence_text: str
    title: str | None
    published: str | None
    sources: Sources = field(default_factory=Sources)


@dataclass(frozen=True, slots=True)
class StoredTransfer(Record):
    id: str
    story_id: str
    article_id: str
    supplier: tuple[str, ...]
    recipient: tuple[str, ...]
    item: str | None
    category: str | None
    manufacturer: tuple[str, ...]
    quantity: int | None
    status: str
    year: int | None
    found_by: str  # "rules", or "model" for a record the learned back-off proposed
    evidence_text: str
    title: str | None
    published: str | None
    sources: Sources = field(default_factory=Sources)


@dataclass(frozen=True, slots=True)
class StoredActivity(Record):
    id: str
    story_id: str
    article_id: str
    parties: tuple[str, ...]
    count: int | None
    kinds: tuple[str, ...]
    period: str | None
    status: str
    found_by: str  # "rules", or "model" for a record the learned back-off proposed
    evidence_text: str
    title: str | None
    published: str | None
    sources: Sources = field(default_factory=Sources)


@dataclass(frozen=True, slots=True)
class StoredAlliance(Record):
    id: str
    story_id: str
    article_id: str
    name: str | None
    members: tuple[str, ...]
    status: str
    advocates: tuple[str, ...]
    found_by: str  # "rules", or "model" for a record a learned back-off proposed
    evidence_text: str
    title: str | None
    published: str | None
    sources: Sources = field(default_factory=Sources)


@dataclass(frozen=True, slots=True)
class ActorSummary(Record):
    """One actor across the knowledge base."""

    name: str
    kind: str
    country: str | None
    code: str | None
    role: str | None
    stories: int
    articles: int
    mentions: int
    events: int


@dataclass(frozen=True, slots=True)
class IngestError(Record):
    """An item that could not be ingested, and why."""

    item: str
    code: str
    level: str
    message: str
    first_seen: str
    last_seen: str
    count: int
    run_id: int | None


def plain(value: Any) -> Any:
    """A DuckDB/pandas/numpy value as a plain JSON-ready Python value."""
    if value is None:
        return None
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, (str, bool, int)):
        return value
    if type(value).__name__ in ("NaTType", "NAType"):  # pandas NaT passes isinstance(datetime)
        return None
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if hasattr(value, "isoformat"):  # pandas Timestamp
        return value.isoformat()
    if hasattr(value, "tolist"):  # numpy arrays and scalars
        return plain(value.tolist())
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def frame_rows(df: pd.DataFrame) -> list[dict[str, Any]]:
    """DataFrame rows as plain dicts (lists stay lists, dates become ISO strings, NaN None)."""
    columns = list(df.columns)
    return [{c: plain(v) for c, v in zip(columns, row)} for row in df.itertuples(index=False, name=None)]


def _date_only(value: Any) -> Any:
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[10:] in ("", "T00:00:00"):
        return value[:10]
    return value


def json_rows(df: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows for JSON output: source columns nested as ``sources: {outlets, urls, article_ids}``."""
    out = []
    for row in frame_rows(df):
        if any(c in row for c in SOURCE_COLUMNS):
            row["sources"] = {name: row.pop(col, None) or [] for col, name in SOURCE_COLUMNS.items()}
        out.append({k: _date_only(v) for k, v in row.items()})
    return out


def csv_cell(value: Any) -> Any:
    """A CSV cell: lists and objects as JSON text (unambiguous, and read back by ``read_csv``)."""
    value = plain(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return _date_only(value)


T = TypeVar("T")


def rows_to(cls: type[T], df: pd.DataFrame) -> list[T]:
    """Build typed rows from a query frame; columns the class lacks are ignored."""
    names = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    out = []
    for row in frame_rows(df):
        kwargs: dict[str, Any] = {}
        for name, f in names.items():
            if name == "sources":
                kwargs[name] = Sources(*(tuple(row.get(col) or ()) for col in SOURCE_COLUMNS))
                continue
            value = _date_only(row.get(name))
            if isinstance(value, list):
                value = tuple(value)
            kwargs[name] = value
        out.append(cls(**kwargs))
    return out
