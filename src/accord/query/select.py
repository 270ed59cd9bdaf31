"""Filtered selections of stored records, counted once per story.

Each record table has the filters that make sense for it (``FILTERS``); every filter
value may be one string, a comma-separated string or a list, and matches when any
value matches. Codes (states, types, statuses, a defence record's ``found_by``) compare
case-insensitively; ``text``, ``item``, ``category`` and ``outlet`` are substring matches.

Only *primary* records are returned: for a syndicated story, the record of the
earliest article that says it. ``all_copies=True`` returns every copy.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from accord.errors import StoreError
from accord.records import Evidence
from accord.schema.fields import column_order
from accord.store.rows import EVIDENCE_COLUMNS, TABLES

if TYPE_CHECKING:
    import pandas as pd

    from accord.store import Database

COMMON = ("since", "until", "outlet", "text", "limit", "all_copies", "ids")
#: The filters each table accepts (``accord events --help`` lists the same).
FILTERS: dict[str, tuple[str, ...]] = {
    "events": ("actor", "dyad", "type", "cameo", "context", "status", "mode", *COMMON),
    "agreements": ("party", "status", "domain", "found_by", *COMMON),
    "transfers": ("supplier", "recipient", "item", "category", "status", "year", "found_by", *COMMON),
    "activities": ("party", "kind", "status", "found_by", *COMMON),
    "alliances": ("member", "status", "found_by", *COMMON),
}


def query_columns(table: str) -> tuple[str, ...]:
    """The columns a query returns for a record table, in order (before the article and source columns).

    Derived from the record's fields: the identity and dates first, then the exported fields in
    column order, then the evidence (with the trigger when the record's ``evidence`` says so).
    """
    spec = TABLES[table]
    fields = column_order(spec.record)
    names = {s.name for s in fields}
    lead = ["id", "story_id", "article_id", "day", *(["date"] if "date" in names else [])]
    own = [s.name for s in fields if s.name not in lead and s.base is not Evidence and s.meta.get("export", True)]
    evidence = next((s for s in fields if s.base is Evidence), None)
    trail = () if evidence is None else EVIDENCE_COLUMNS if evidence.meta.get("export_trigger") else EVIDENCE_COLUMNS[:3]
    return (*lead, *own, *(c.name for c in trail))


#: Columns returned per table, in order (before the article and source columns).
COLUMNS: dict[str, tuple[str, ...]] = {table: query_columns(table) for table in FILTERS}

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


def values(value: Any, *, upper: bool = False) -> list[str]:
    """A filter value as a list: None -> [], "a,b" -> ["a", "b"], lists flattened."""
    if value is None:
        return []
    items = [value] if isinstance(value, (str, int)) else list(value)
    out: list[str] = []
    for item in items:
        for part in str(item).split(","):
            part = part.strip()
            if part:
                out.append(part.upper() if upper else part)
    return out


def parse_day(value: str, *, end: bool = False, name: str = "date") -> str:
    """``2025``, ``2025-03`` or ``2025-03-14`` as the first (or, with ``end``, last) day covered.

    Raises:
        StoreError: for anything else.
    """
    import datetime as dt

    match = _DATE.match(str(value).strip())
    try:
        if not match:
            raise ValueError(value)
        year = int(match.group(1))
        month = int(match.group(2)) if match.group(2) else (12 if end else 1)
        if match.group(3):
            day = dt.date(year, month, int(match.group(3)))
        else:
            day = dt.date(year, month, calendar.monthrange(year, month)[1] if end else 1)
    except ValueError:
        raise StoreError(f"--{name} must be a real date as YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}") from None
    return day.isoformat()


def parse_dyad(value: Any) -> tuple[str, str, bool]:
    """``"SRB-XKX"`` (either direction) or ``"SRB>XKX"`` (SRB acting on XKX), or a pair.

    RETURNS (tuple): (a, b, directed).
    """
    if isinstance(value, (tuple, list)) and len(value) == 2:
        return str(value[0]).strip().upper(), str(value[1]).strip().upper(), False
    text = str(value).strip().upper()
    for sep, directed in ((">", True), ("-", False), (":", False), ("/", False)):
        if sep in text:
            a, _, b = text.partition(sep)
            if a.strip() and b.strip():
                return a.strip(), b.strip(), directed
    raise StoreError(f"--dyad must look like SRB-XKX (either direction) or SRB>XKX (SRB acting on XKX), got {value!r}")


@dataclass
class Where:
    """SQL conditions with their parameters, joined by AND."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    #: The states of an events ``actor`` filter, when every condition can also be read from ``event_states``.
    states: list[str] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return " AND ".join(self.clauses) if self.clauses else "TRUE"


#: Events naming any of the states ``?`` as actor or recipient (``event_states`` is their exploded index).
_NAMES_ANY = "r.id IN (SELECT id FROM event_states WHERE state IN (SELECT unnest(?::VARCHAR[])))"
#: Events where state ``?`` acts on state ``?`` (``s`` acts, ``o`` receives).
_ACTS_ON = "(s.state = ? AND o.state = ? AND s.acts AND o.receives)"
#: Filters that need event columns ``event_states`` does not hold.
_WIDE_FILTERS = ("cameo", "context", "mode", "text")


def _any_in(where: Where, columns: tuple[str, ...], wanted: list[str]) -> None:
    if wanted:
        # Codes are stored upper-case (ISO 3166 alpha-3, gazetteer ids), so the values are upper-cased instead.
        where.add("(" + " OR ".join(f"list_has_any(r.{c}, ?::VARCHAR[])" for c in columns) + ")", *([wanted] * len(columns)))


def _equals(where: Where, column: str, wanted: list[str]) -> None:
    if wanted:
        where.add(f"upper(r.{column}) IN (SELECT unnest(?::VARCHAR[]))", wanted)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like_any(where: Where, expressions: tuple[str, ...], wanted: list[str]) -> None:
    if wanted:
        parts = []
        for _ in wanted:
            parts.append("(" + " OR ".join(f"{e} ILIKE ? ESCAPE '\\'" for e in expressions) + ")")
        # The words are matched as written: % and _ in them are not wildcards.
        params = [f"%{_escape_like(w)}%" for w in wanted for _ in expressions]
        where.add("(" + " OR ".join(parts) + ")", *params)


def build_where(table: str, filters: dict[str, Any]) -> Where:
    """The WHERE conditions for ``table`` and its filters (alias ``r`` for the record, ``a`` for the article).

    Raises:
        StoreError: an unknown filter for this table, or a malformed value.
    """
    allowed = FILTERS[table]
    unknown = sorted(
        k for k, v in filters.items() if k not in allowed and v is not None and v is not False and not (isinstance(v, (list, tuple)) and not v)
    )
    if unknown:
        raise StoreError(f"{table} cannot be filtered by {', '.join(unknown)}; filters: {', '.join(allowed)}")
    where = Where()
    get = filters.get
    if get("ids") is not None:
        where.add("r.id IN (SELECT unnest(?::VARCHAR[]))", list(get("ids")))
    elif not get("all_copies"):
        where.add("r.is_primary")
    if table == "events":
        states = values(get("actor"), upper=True)
        if states:
            where.add(_NAMES_ANY, states)
            if not any(get(k) for k in _WIDE_FILTERS):
                where.states = states
        for dyad in ([get("dyad")] if isinstance(get("dyad"), (str, tuple)) else list(get("dyad") or [])):
            a, b, directed = parse_dyad(dyad)
            pairs = _ACTS_ON if directed else f"({_ACTS_ON} OR {_ACTS_ON})"
            where.add(
                f"r.id IN (SELECT s.id FROM event_states s JOIN event_states o ON o.id = s.id WHERE {pairs})",
                *((a, b) if directed else (a, b, b, a)),
            )
        _equals(where, "type", values(get("type"), upper=True))
        cameos = values(get("cameo"))
        if cameos:
            where.add("(" + " OR ".join("r.cameo LIKE ?" for _ in cameos) + ")", *[f"{c}%" for c in cameos])
        contexts = values(get("context"))
        if contexts:
            where.add("list_has_any(list_transform(r.context, lambda x: lower(x)), ?::VARCHAR[])", [c.lower() for c in contexts])
        modes = values(get("mode"))
        if modes:
            where.add("lower(r.mode) IN (SELECT unnest(?::VARCHAR[]))", [m.lower() for m in modes])
    if table in ("agreements", "activities"):
        _any_in(where, ("parties",), values(get("party"), upper=True))
    if table == "agreements":
        domains = values(get("domain"))
        if domains:
            where.add("lower(r.domain) IN (SELECT unnest(?::VARCHAR[]))", [d.lower() for d in domains])
    if table == "transfers":
        _any_in(where, ("supplier",), values(get("supplier"), upper=True))
        _any_in(where, ("recipient",), values(get("recipient"), upper=True))
        _like_any(where, ("r.item",), values(get("item")))
        _like_any(where, ("r.category",), values(get("category")))
        years = values(get("year"))
        if years:
            try:
                where.add("r.year IN (SELECT unnest(?::INTEGER[]))", [int(y) for y in years])
            except ValueError:
                raise StoreError(f"--year must be a year such as 2024, got {get('year')!r}") from None
        _equals(where, "found_by", values(get("found_by"), upper=True))
    if table == "activities":
        kinds = values(get("kind"))
        if kinds:
            where.add("list_has_any(list_transform(r.kinds, lambda x: lower(x)), ?::VARCHAR[])", [k.lower() for k in kinds])
        _equals(where, "found_by", values(get("found_by"), upper=True))
    if table == "alliances":
        _any_in(where, ("members",), values(get("member"), upper=True))
    if table in ("agreements", "alliances"):
        _equals(where, "found_by", values(get("found_by"), upper=True))
    statuses = values(get("status"))
    if statuses:
        where.add("lower(r.status) IN (SELECT unnest(?::VARCHAR[]))", [s.lower() for s in statuses])
    if get("since"):
        where.add("r.day >= ?::DATE", parse_day(get("since"), name="since"))
    if get("until"):
        where.add("r.day <= ?::DATE", parse_day(get("until"), end=True, name="until"))
    outlets = values(get("outlet"))
    if outlets:
        where.add(
            "r.story_id IN (SELECT story_id FROM sources WHERE " + " OR ".join("outlet ILIKE ? OR url ILIKE ?" for _ in outlets) + ")",
            *[p for o in outlets for p in (f"%{o}%", f"%{o}%")],
        )
    texts = values(get("text")) if not isinstance(get("text"), str) else [get("text")]
    _like_any(where, ("r.evidence_text", "coalesce(a.title, '')"), [t for t in texts if t])
    return where


def select(store: Database, table: str, **filters: Any) -> pd.DataFrame:
    """Records of ``table`` matching ``filters``, with article title/date and story sources.

    RETURNS (DataFrame): the table's ``COLUMNS``, then ``title``, ``published``,
        ``outlet`` (of the article), ``source_outlets``, ``source_urls``, ``source_article_ids``.
    """
    if table not in FILTERS:
        raise StoreError(f"unknown table {table!r}; choose from {', '.join(FILTERS)}")
    if not hasattr(store, "rows"):  # a stand-in that only captures the query (exports stream it): the one-query form
        return store.frame(*select_query(table, **filters))
    where = build_where(table, filters)
    limit = int(filters.get("limit") or 0)
    columns = ", ".join(f"r.{c}" for c in COLUMNS[table])
    keys = None if _ON_ARTICLE.search(where.sql()) else _few_keys(store, table, where, limit)
    if keys is not None:
        return select_by_keys(store, table, keys, limit)
    return store.frame(_select_sql(columns, table, where.sql(), limit), where.params)


def select_each(store: Database, selections: dict[str, dict[str, Any]]) -> dict[str, pd.DataFrame]:
    """``select`` of several tables (table -> filters) at once: the keys of every selection are found
    in one query, then each table's few records fetched by key (a selection with many matches, a
    limit or a condition on the article runs as ``select`` does)."""
    parts, params = [], []
    for table, filters in selections.items():
        if table not in FILTERS:
            raise StoreError(f"unknown table {table!r}; choose from {', '.join(FILTERS)}")
        where = build_where(table, filters)
        if filters.get("limit") or where.states or _ON_ARTICLE.search(where.sql()):
            return {t: select(store, t, **f) for t, f in selections.items()}
        parts.append(f"(SELECT '{table}' AS kind, r.id, r.article_id, r.story_id FROM {table} r WHERE {where.sql()} LIMIT {FEW_ROWS + 1})")
        params.extend(where.params)
    found: dict[str, list[dict[str, Any]]] = {table: [] for table in selections}
    for row in store.rows(" UNION ALL ".join(parts), params) if parts else []:
        found[row["kind"]].append(row)
    return {
        table: select_by_keys(store, table, keys) if len(keys) <= FEW_ROWS else select(store, table, **selections[table])
        for table, keys in found.items()
    }


def select_by_keys(store: Database, table: str, keys: list[dict[str, Any]], limit: int = 0) -> pd.DataFrame:
    """The records of ``keys`` (dicts with ``id``, ``article_id``, ``story_id``), as ``select`` returns them.

    A few records: the records (only the columns returned: each costs a look-up per row) and their
    articles are read by key (each through its index, then joined), and their stories' sources are gathered here: a second query is cheaper for DuckDB
    to plan than the sources' ordered list aggregates.
    """
    if not keys and table in _EMPTY:
        return _EMPTY[table].copy()
    columns = ", ".join(f"r.{c}" for c in COLUMNS[table])
    frame = store.frame(
        f"""
        WITH f AS MATERIALIZED (SELECT {", ".join(COLUMNS[table])} FROM {table} WHERE id IN (SELECT unnest($ids::VARCHAR[]))),
             fa AS MATERIALIZED (SELECT id, title, published, outlet, seq FROM articles WHERE id IN (SELECT unnest($articles::VARCHAR[])))
        SELECT {columns}, a.title, a.published, a.outlet
        FROM f r JOIN fa a ON a.id = r.article_id
        ORDER BY r.day NULLS LAST, a.seq, r.id
        {f"LIMIT {int(limit)}" if limit else ""}
        """,
        {"ids": [k["id"] for k in keys], "articles": sorted({k["article_id"] for k in keys})},
    )
    _add_sources(store, frame)
    if frame.empty:
        _EMPTY[table] = frame.copy()
    return frame


#: The source columns of a selection: each story's distinct outlets, URLs and article ids, sorted.
_SOURCE_COLUMNS = ("source_outlets", "source_urls", "source_article_ids")


def _add_sources(store: Database, frame: pd.DataFrame) -> None:
    """Add the ``source_*`` columns to a few records (as ``_select_sql``'s ``s`` aggregate makes them)."""
    import numpy as np
    import pandas as pd

    found: dict[str, tuple[set[str], set[str], set[str]]] = {}
    stories = sorted(set(frame["story_id"]))
    if stories:
        rows = store.execute("SELECT story_id, outlet, url, article_id FROM sources WHERE story_id IN (SELECT unnest(?::VARCHAR[]))", [stories])
        for story, outlet, url, article_id in rows.fetchall():
            outlets, urls, articles = found.setdefault(story, (set(), set(), set()))
            if outlet is not None:
                outlets.add(outlet)
            if url is not None:
                urls.add(url)
            articles.add(article_id)
    none: tuple[set[str], set[str], set[str]] = (set(), set(), set())
    for i, name in enumerate(_SOURCE_COLUMNS):
        column = np.empty(len(frame), dtype=object)
        for row, story in enumerate(frame["story_id"]):
            column[row] = np.array(sorted(found.get(story, none)[i]), dtype=object)
        frame[name] = pd.Series(column, index=frame.index, dtype=object)


def select_query(table: str, **filters: Any) -> tuple[str, list[Any]]:
    """The SQL and parameters of ``select`` as one query (the form to stream a large result from).

    Raises:
        StoreError: an unknown table or filter, or a malformed value.
    """
    if table not in FILTERS:
        raise StoreError(f"unknown table {table!r}; choose from {', '.join(FILTERS)}")
    where = build_where(table, filters)
    columns = ", ".join(f"r.{c}" for c in COLUMNS[table])
    return _select_sql(columns, table, where.sql(), int(filters.get("limit") or 0)), where.params


def _few_keys(store: Database, table: str, where: Where, limit: int) -> list[dict[str, Any]] | None:
    """The keys (id, article, story) of the records a selection returns, or None when there are many.

    Reads only the record table (or the narrow ``event_states`` for an ``actor`` filter, which
    holds each row's day and article order, so a page is cut there in one query), never the
    articles: a first page of another selection is first cut to the days it can reach, and then
    to its rows by looking up the ingest order of just those rows' articles.
    """
    if where.states and limit > 0:
        source, params = _from_event_states(where, "r.id, r.article_id, r.story_id, r.day, r.seq")
        return store.rows(f"SELECT * FROM {source} ORDER BY day NULLS LAST, seq, id LIMIT {limit}", params)
    if limit > 0:
        _restrict_to_first_days(store, table, where, limit)
    if where.states:
        source, params = _from_event_states(where, "r.id, r.article_id, r.story_id, r.day")
        sql = f"SELECT * FROM {source} LIMIT {FEW_ROWS + 1}"
    else:
        sql, params = f"SELECT r.id, r.article_id, r.story_id, r.day FROM {table} r WHERE {where.sql()} LIMIT {FEW_ROWS + 1}", where.params
    keys = store.rows(sql, params)
    if len(keys) > FEW_ROWS:
        return None
    if 0 < limit < len(keys):
        articles = sorted({k["article_id"] for k in keys})
        seq = {r["id"]: r["seq"] for r in store.rows("SELECT id, seq FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [articles])}
        keys.sort(key=lambda k: (k["day"] is None, k["day"] or _EARLIEST, seq[k["article_id"]], k["id"]))
        keys = keys[:limit]
    return keys


def count_selected(store: Database, table: str, **filters: Any) -> int:
    """How many records ``select`` would return without a ``limit`` (the total of a page).

    Counted from the narrow ``event_states`` for an ``actor`` selection, else from the record table
    alone unless a condition is on the article (``text``), without fetching a row.
    """
    where = build_where(table, {k: v for k, v in filters.items() if k != "limit"})
    if where.states:
        source, params = _from_event_states(where, "r.id")
        return int(store.rows(f"SELECT count(*) AS n FROM {source}", params)[0]["n"])
    join = " JOIN articles a ON a.id = r.article_id" if _ON_ARTICLE.search(where.sql()) else ""
    return int(store.rows(f"SELECT count(*) AS n FROM {table} r{join} WHERE {where.sql()}", where.params)[0]["n"])


def page_ids(store: Database, table: str, *, limit: int, offset: int = 0, **filters: Any) -> list[str]:
    """The ids of one page of ``select``'s rows (its order: day, article, id), ``offset`` rows in.

    An ``actor`` selection is ordered and cut in ``event_states`` alone (day and article order
    are there); others join the articles for their order.
    """
    where = build_where(table, filters)
    if where.states:
        source, params = _from_event_states(where, "r.id, r.day, r.seq")
        sql = f"SELECT id FROM {source} ORDER BY day NULLS LAST, seq, id LIMIT ? OFFSET ?"
    else:
        sql = f"SELECT r.id FROM {table} r JOIN articles a ON a.id = r.article_id WHERE {where.sql()} ORDER BY r.day NULLS LAST, a.seq, r.id LIMIT ? OFFSET ?"
        params = list(where.params)
    return [r["id"] for r in store.rows(sql, [*params, int(limit), int(offset)])]


#: Up to this many matching records are fetched by key (index lookups) rather than by scanning.
FEW_ROWS = 2000
#: An empty result per table (its columns and types), kept from the first one: planning the query again costs more than the rows.
_EMPTY: dict[str, pd.DataFrame] = {}
_ON_ARTICLE = re.compile(r"\ba\.")
_EARLIEST = dt.date.min


def _select_sql(columns: str, table: str, condition: str, limit: int) -> str:
    """The query behind ``select`` (many records, or a condition on the article): records joined to
    their article, with their story's sources."""
    return f"""
        WITH r AS (
            SELECT {columns}, a.title, a.published, a.outlet, a.seq
            FROM {table} r JOIN articles a ON a.id = r.article_id
            WHERE {condition}
            ORDER BY r.day NULLS LAST, a.seq, r.id
            {f"LIMIT {limit}" if limit else ""}
        ), s AS (
            SELECT story_id,
                   list(DISTINCT outlet ORDER BY outlet) FILTER (WHERE outlet IS NOT NULL) AS outlets,
                   list(DISTINCT url ORDER BY url) FILTER (WHERE url IS NOT NULL) AS urls,
                   list(DISTINCT article_id ORDER BY article_id) AS article_ids
            FROM sources WHERE story_id IN (SELECT story_id FROM r)
            GROUP BY story_id
        )
        SELECT r.* EXCLUDE (seq),
               coalesce(s.outlets, []::VARCHAR[]) AS source_outlets,
               coalesce(s.urls, []::VARCHAR[]) AS source_urls,
               coalesce(s.article_ids, []::VARCHAR[]) AS source_article_ids
        FROM r LEFT JOIN s USING (story_id)
        ORDER BY r.day NULLS LAST, r.seq, r.id
    """


def _from_event_states(where: Where, columns: str) -> tuple[str, list[Any]]:
    """A subquery of ``columns`` of the events an ``actor`` selection matches, read from ``event_states`` alone.

    One state names each event once (a row per event and state); several may name it more than once.
    """
    own = " AND ".join(c for c in where.clauses if c != _NAMES_ANY) or "TRUE"
    distinct = "DISTINCT " if len(where.states) > 1 else ""
    source = f"(SELECT {distinct}{columns} FROM event_states r WHERE r.state IN (SELECT unnest(?::VARCHAR[])) AND {own})"
    return source, [where.states, *(p for p in where.params if p is not where.states)]


def _restrict_to_first_days(store: Database, table: str, where: Where, limit: int) -> None:
    """Narrow a first page to the days it can reach.

    Rows come ordered by day (NULLs last), so a page of ``limit`` rows holds none dated after the
    ``limit``-th smallest day; finding that day reads only the record table (or ``event_states``).
    """
    if where.states:
        source, params = _from_event_states(where, "r.id, r.day")
    else:
        source = f"(SELECT r.day FROM {table} r WHERE {where.sql()})"
        params = list(where.params)
    found = store.rows(f"SELECT day FROM {source} ORDER BY day NULLS LAST LIMIT 1 OFFSET {limit - 1}", params)
    if found and found[0]["day"] is not None:
        where.add("r.day <= ?::DATE", found[0]["day"])


def select_actors(
    store: Database,
    *,
    kind: Any = None,
    country: Any = None,
    name: Any = None,
    outlet: Any = None,
    limit: int | None = None,
) -> pd.DataFrame:
    """Actors aggregated over the knowledge base, most-reported first.

    ``stories`` counts each syndicated story once; ``events`` counts the primary
    events the actor takes part in (as actor or recipient).
    """
    where = Where()
    kinds = values(kind)
    if kinds:
        where.add("lower(r.kind) IN (SELECT unnest(?::VARCHAR[]))", [k.lower() for k in kinds])
    countries = values(country, upper=True)
    if countries:
        where.add("upper(r.country) IN (SELECT unnest(?::VARCHAR[]))", countries)
    _like_any(where, ("r.name",), values(name))
    outlets = values(outlet)
    if outlets:
        where.add(
            "r.story_id IN (SELECT story_id FROM sources WHERE " + " OR ".join("outlet ILIKE ?" for _ in outlets) + ")",
            *[f"%{o}%" for o in outlets],
        )
    limit_sql = f"LIMIT {int(limit)}" if limit else ""
    sql = f"""
        WITH per AS (
            SELECT * FROM actors r WHERE {where.sql()}
        ), agg AS (
            SELECT name, kind, country, mode(code) AS code, mode(role) AS role,
                   count(DISTINCT story_id) AS stories, count(DISTINCT article_id) AS articles,
                   sum(n_mentions)::BIGINT AS mentions
            FROM per GROUP BY name, kind, country
        ), ev AS (
            SELECT e.id AS event_id, e.article_id, unnest(list_concat(e.actor_ids, e.recipient_ids)) AS local_id
            FROM events e WHERE e.is_primary
        ), inv AS (
            SELECT per.name, per.kind, per.country, count(DISTINCT ev.event_id) AS events
            FROM per JOIN ev ON ev.article_id = per.article_id AND ev.local_id = per.local_id
            GROUP BY per.name, per.kind, per.country
        )
        SELECT agg.*, coalesce(inv.events, 0)::BIGINT AS events
        FROM agg LEFT JOIN inv ON inv.name IS NOT DISTINCT FROM agg.name AND inv.kind IS NOT DISTINCT FROM agg.kind
                              AND inv.country IS NOT DISTINCT FROM agg.country
        ORDER BY stories DESC, events DESC, agg.name
        {limit_sql}
    """
    return store.frame(sql, where.params)


def select_errors(store: Database, *, include_warnings: bool = False) -> pd.DataFrame:
    """Items that failed to ingest, and why (latest first); warnings too when asked."""
    where = "" if include_warnings else "WHERE level = 'error'"
    return store.frame(f"SELECT * FROM errors {where} ORDER BY last_seen DESC, item")
