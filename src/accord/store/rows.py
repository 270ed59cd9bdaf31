"""Records to table rows and back, and the record tables' columns.

Each record kind has a ``RecordTable``: its table, and the columns the store adds to the
record's own (the identity columns, ``day``, ``dup_key`` ...). The columns, the rows and the
records rebuilt from rows are all derived from the record's fields (``accord.records``), so a
new field needs only a migration adding its column; ``tests/store/test_rows.py`` fails when
the migrated tables and the records disagree.

``extraction_rows`` flattens one ``Extraction`` into rows for every record table;
``extraction_from_rows`` rebuilds the exact same records from them, so
``store.extraction(article_id) == pipeline.extract(article)`` (ids aside: the store
prefixes record ids with the article id, and keeps the local id beside it).

Each record also gets a ``dup_key``: what it says, without where it was said
(type, codes, status ...) plus its occurrence number in the article. Two articles of
one story that say the same thing produce the same keys, and only the earliest
article's record is *primary*: the one counted in queries and statistics.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from accord.records import (
    Activity,
    Actor,
    Agreement,
    Alliance,
    ArmsTransfer,
    Article,
    Equipment,
    Event,
    Evidence,
    Extraction,
    Notice,
    Span,
)
from accord.schema.fields import FieldShape, column_order, shapes

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def day_of(value: str | None, fallback: str | None = None) -> dt.date | None:
    """The first day a (possibly partial) ISO date covers: ``2025-03`` -> 2025-03-01."""
    for candidate in (value, fallback):
        if not candidate:
            continue
        match = _PARTIAL.match(candidate)
        if not match:
            continue
        try:
            return dt.date(int(match.group(1)), int(match.group(2) or 1), int(match.group(3) or 1))
        except ValueError:
            continue
    return None


def _year_day(year: int | None, published: str | None) -> dt.date | None:
    """A transfer's day: the publication date when it falls in the transfer's year, else 1 January."""
    day = day_of(published)
    if year is None or (day is not None and day.year == year):
        return day
    return day_of(str(year))


def _evidence(ev: Evidence) -> dict[str, Any]:
    trigger = ev.trigger
    return {
        "evidence_text": ev.text,
        "evidence_start": ev.start,
        "evidence_end": ev.end,
        "trigger_text": trigger.text if trigger else None,
        "trigger_start": trigger.start if trigger else None,
        "trigger_end": trigger.end if trigger else None,
    }


def _spans_json(spans: Iterable[Span]) -> str:
    return json.dumps([[s.start, s.end, s.text] for s in spans], ensure_ascii=False)


def _key(*parts: Any) -> str:
    return "|".join(",".join(sorted(p)) if isinstance(p, tuple) else ("" if p is None else str(p)) for p in parts)


# ---- the record tables ----------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    name: str
    sql: str  # DuckDB type, with NOT NULL when the column requires a value

    @property
    def is_list(self) -> bool:
        return self.sql.endswith("[]")


@dataclass(frozen=True)
class Derived:
    """A column the store computes from a record and its article."""

    name: str
    sql: str
    after: str  # the column it follows
    value: Callable[[Any, Article], Any]


@dataclass(frozen=True)
class RecordTable:
    """How one kind of record is stored.

    Args:
        name: the table.
        attribute: the ``Extraction`` attribute holding the records.
        record: the record class; its fields give the table's own columns.
        derived: columns computed by the store.
        dup_key: what a record says (for de-duplication across a story); None: not de-duplicated.
    """

    name: str
    attribute: str
    record: type
    derived: tuple[Derived, ...] = ()
    dup_key: Callable[[Any], str] | None = None

    @property
    def has_identity(self) -> bool:
        """Whether rows carry ``id``, ``article_id``, ``story_id``, ``local_id`` (else only ``article_id``)."""
        return any(s.name == "id" for s in shapes(self.record))


def _day_of_date(record: Any, article: Article) -> dt.date | None:
    return day_of(record.date, article.published)


EVIDENCE_COLUMNS = (
    Column("evidence_text", "VARCHAR"),
    Column("evidence_start", "INTEGER"),
    Column("evidence_end", "INTEGER"),
    Column("trigger_text", "VARCHAR"),
    Column("trigger_start", "INTEGER"),
    Column("trigger_end", "INTEGER"),
)
IDENTITY_COLUMNS = tuple(Column(name, "VARCHAR NOT NULL") for name in ("id", "article_id", "story_id", "local_id"))
DEDUP_COLUMNS = (Column("dup_key", "VARCHAR NOT NULL"), Column("is_primary", "BOOLEAN NOT NULL"))

#: Every table holding records extracted from an article, in write order.
TABLES: dict[str, RecordTable] = {
    t.name: t
    for t in (
        RecordTable("actors", "actors", Actor, (Derived("n_mentions", "INTEGER", "mentions", lambda a, _: len(a.mentions)),)),
        RecordTable(
            "events",
            "events",
            Event,
            (Derived("day", "DATE", "date", _day_of_date),),
            lambda e: _key(e.type, e.mode, e.cameo, tuple(e.actor), tuple(e.recipient), e.status),
        ),
        RecordTable(
            "agreements",
            "agreements",
            Agreement,
            (Derived("day", "DATE", "date", _day_of_date),),
            lambda g: _key(g.name.lower() if g.name else None, tuple(g.parties), g.status, g.domain),
        ),
        RecordTable(
            "transfers",
            "arms_transfers",
            ArmsTransfer,
            (Derived("day", "DATE", "year", lambda t, article: _year_day(t.year, article.published)),),
            lambda t: _key(tuple(t.supplier), tuple(t.recipient), (t.item or "").lower(), t.category, t.status, t.year),
        ),
        RecordTable(
            "activities",
            "activities",
            Activity,
            (Derived("day", "DATE", "status", lambda v, article: day_of(v.period, article.published)),),
            lambda v: _key(tuple(v.parties), tuple(v.kinds), v.status, v.period),
        ),
        RecordTable(
            "alliances",
            "alliances",
            Alliance,
            (Derived("day", "DATE", "advocates", lambda _, article: day_of(article.published)),),
            lambda al: _key(tuple(al.members), al.status, (al.name or "").lower()),
        ),
        RecordTable("equipment", "equipment", Equipment),
        RecordTable("notices", "notices", Notice),
    )
}
#: Tables whose records are de-duplicated across the articles of a story.
RECORD_TABLES = tuple(name for name, t in TABLES.items() if t.dup_key is not None)
#: Every table that holds records extracted from an article.
EXTRACTED_TABLES = tuple(TABLES)


def _sql_type(shape: FieldShape) -> str:
    if shape.meta.get("sql"):
        return shape.meta["sql"]
    if shape.is_list:
        return "VARCHAR" if shape.is_record else "VARCHAR[]"  # lists of spans or stages as JSON text
    return {int: "INTEGER", float: "DOUBLE", bool: "BOOLEAN"}.get(shape.base, "VARCHAR")


def columns(table: RecordTable) -> tuple[Column, ...]:
    """The table's columns in order: identity, the record's fields, derived, evidence, de-duplication."""
    out = list(IDENTITY_COLUMNS if table.has_identity else (Column("article_id", "VARCHAR NOT NULL"),))
    evidence = False
    for shape in column_order(table.record):
        if shape.name == "id":
            continue
        if shape.base is Evidence:
            evidence = True
            continue
        out.append(Column(shape.name, _sql_type(shape)))
    for derived in table.derived:
        anchor = next(i for i, c in enumerate(out) if c.name == derived.after)
        out.insert(anchor + 1, Column(derived.name, derived.sql))
    if evidence:
        out.extend(EVIDENCE_COLUMNS)
    if table.dup_key is not None:
        out.extend(DEDUP_COLUMNS)
    return tuple(out)


def ddl(table: RecordTable) -> str:
    """``CREATE TABLE`` for a record table, in the migrations' layout."""
    body = ",\n".join(f"    {c.name} {c.sql}" for c in columns(table))
    return f"CREATE TABLE {table.name} (\n{body}\n);"


# ---- records to rows ------------------------------------------------------------------------


def _cells(shape: FieldShape, value: Any) -> dict[str, Any]:
    """The column values of one record field."""
    if shape.base is Evidence:
        return _evidence(value)
    if shape.is_list and shape.base is Span:
        return {shape.name: _spans_json(value)}
    if shape.is_list and shape.is_record:
        return {shape.name: json.dumps([v.to_dict() for v in value], ensure_ascii=False)}
    if shape.is_list:
        return {shape.name: list(value)}
    return {shape.name: value}


def extraction_rows(extraction: Extraction, story_id: str) -> dict[str, list[dict[str, Any]]]:
    """Rows for every record table from one extraction (is_primary left True)."""
    article = extraction.article
    aid = article.id
    seen: Counter[tuple[str, str]] = Counter()
    rows: dict[str, list[dict[str, Any]]] = {}
    for table in TABLES.values():
        rows[table.name] = out = []
        for record in getattr(extraction, table.attribute):
            row: dict[str, Any] = {"article_id": aid}
            if table.has_identity:
                row = {"id": f"{aid}:{record.id}", "article_id": aid, "story_id": story_id, "local_id": record.id}
            for shape in shapes(table.record):
                if shape.name != "id":
                    row |= _cells(shape, getattr(record, shape.name))
            for derived in table.derived:
                row[derived.name] = derived.value(record, article)
            if table.dup_key is not None:
                key = table.dup_key(record)
                seen[(table.name, key)] += 1
                row |= {"dup_key": f"{key}#{seen[(table.name, key)]}", "is_primary": True}
            out.append(row)
    return rows


# ---- back to records ----------------------------------------------------------------------


def _t(value: Any) -> tuple:
    if value is None:
        return ()
    return tuple(value)


def _none(value: Any) -> Any:
    """NaN/NaT (from DataFrames) to None."""
    try:
        if value != value:  # noqa: PLR0124 - NaN check
            return None
    except (TypeError, ValueError):
        return value
    if value is not None and type(value).__name__ == "NaTType":
        return None
    return value


def _int(value: Any) -> int | None:
    value = _none(value)
    return None if value is None else int(value)


def evidence_of(row: dict[str, Any]) -> Evidence:
    trigger = None
    if _none(row.get("trigger_start")) is not None:
        trigger = Span(int(row["trigger_start"]), int(row["trigger_end"]), row["trigger_text"])
    return Evidence(row["evidence_text"], int(row["evidence_start"]), int(row["evidence_end"]), trigger)


def _spans(text: str | None) -> tuple[Span, ...]:
    if not text:
        return ()
    return tuple(Span(int(s), int(e), t) for s, e, t in json.loads(text))


def from_plain(record: type, data: dict[str, Any]) -> Any:
    """A record rebuilt from its ``to_dict()``."""
    kwargs: dict[str, Any] = {}
    for shape in shapes(record):
        value = data.get(shape.name)
        if shape.is_list:
            value = tuple(from_plain(shape.base, v) for v in value or ()) if shape.is_record else _t(value)
        elif shape.is_record and value is not None:
            value = from_plain(shape.base, value)
        kwargs[shape.name] = value
    return record(**kwargs)


def _field(shape: FieldShape, row: dict[str, Any]) -> Any:
    """One record field from its stored columns."""
    if shape.base is Evidence:
        return evidence_of(row)
    value = row[shape.name]
    if shape.is_list and shape.base is Span:
        return _spans(value)
    if shape.is_list and shape.is_record:
        return tuple(from_plain(shape.base, v) for v in json.loads(value or "[]"))
    if shape.is_list:
        return _t(value)
    if shape.base is int:
        return _int(value) if shape.optional else int(value)
    if shape.base is float:
        value = _none(value) if shape.optional else value
        return None if value is None else float(value)
    return _none(value) if shape.optional else value


def record_from_row(table: RecordTable, row: dict[str, Any]) -> Any:
    """The record a stored row holds (its id made local)."""
    kwargs = {s.name: row["local_id"] if s.name == "id" else _field(s, row) for s in shapes(table.record)}
    return table.record(**kwargs)


def article_from_row(row: dict[str, Any]) -> Article:
    return Article(
        id=row["id"],
        text=row["text"],
        title=_none(row.get("title")),
        outlet=_none(row.get("outlet")),
        published=_none(row.get("published")),
        url=_none(row.get("url")),
        language=_none(row.get("language")),
        author=_none(row.get("author")),
        source=_none(row.get("source")),
        format=row.get("format") or "text",
        removed=_t(_none(row.get("removed"))),
    )


def extraction_from_rows(article: Article, rows: dict[str, list[dict[str, Any]]]) -> Extraction:
    """Rebuild the ``Extraction`` of one article from its stored rows (record ids made local)."""
    records = {t.attribute: tuple(record_from_row(t, r) for r in rows.get(t.name, [])) for t in TABLES.values()}
    return Extraction(article=article, **records)
