"""Read queries the web app needs beyond ``Store``'s own: pages with totals, overview,
country and network aggregates, and one record with its article.

Filtering always goes through the query layer (``accord.query.select.build_where``),
so the API, the CLI and the library accept the same filters with the same parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from accord.query.records import json_rows
from accord.query.select import FILTERS, build_where, count_selected, page_ids

if TYPE_CHECKING:
    from accord.interfaces.library import Store

TABLES = tuple(FILTERS)  # agreements, events, transfers, activities, alliances
#: Record kind -> the Extraction attribute holding that kind.
EXTRACTION_FIELDS = {
    "events": "events",
    "agreements": "agreements",
    "transfers": "arms_transfers",
    "activities": "activities",
    "alliances": "alliances",
}
#: The column listing a record's states, per table (for the country page and the network).
RELATIONS = ("events", "transfers", "alliances")


@dataclass(frozen=True)
class Page:
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "limit": self.limit, "offset": self.offset, "items": self.items}


def page(store: Store, table: str, filters: dict[str, Any], *, limit: int, offset: int) -> Page:
    """One page of ``table``'s records in the library's order (day, article, id), and the total."""
    # The total is counted on its own (from event_states for an actor filter), not by a window over every match.
    total = count_selected(store.database, table, **filters)
    ids = page_ids(store.database, table, limit=limit, offset=offset, **filters) if offset < total else []
    frame = getattr(store, f"{table}_frame")(ids=ids) if ids else None
    return Page(int(total), limit, offset, json_rows(frame) if frame is not None else [])


def latest(store: Store, table: str, n: int, **filters: Any) -> list[dict[str, Any]]:
    """The ``n`` most recent records of ``table`` (by day), newest first."""
    where = build_where(table, filters)
    ids = [
        r["id"]
        for r in store.rows(
            f"SELECT r.id FROM {table} r JOIN articles a ON a.id = r.article_id WHERE {where.sql()} "
            "ORDER BY r.day DESC NULLS LAST, a.seq DESC, r.id LIMIT ?",
            [*where.params, n],
        )
    ]
    if not ids:
        return []
    rows = json_rows(getattr(store, f"{table}_frame")(ids=ids))
    order = {i: k for k, i in enumerate(ids)}
    return sorted(rows, key=lambda r: order[r["id"]])


def overview(store: Store) -> dict[str, Any]:
    """Counts by record kind and status, the time covered, the most active dyads, latest records."""
    statuses = {
        table: {r["status"]: int(r["n"]) for r in store.rows(f"SELECT status, count(*) AS n FROM {table} WHERE is_primary GROUP BY status ORDER BY n DESC, status")}
        for table in TABLES
    }
    span = store.rows("SELECT min(day) AS first, max(day) AS last FROM events WHERE is_primary")[0]
    published = store.rows("SELECT min(published) AS first, max(published) AS last FROM articles")[0]
    return {
        "stats": store.stats(),
        "statuses": statuses,
        "period": {"first_event": _iso(span["first"]), "last_event": _iso(span["last"]),
                   "first_published": _iso(published["first"]), "last_published": _iso(published["last"])},
        "dyads": top_dyads(store, 10),
        "latest_agreements": latest(store, "agreements", 8),
        "latest_transfers": latest(store, "transfers", 8),
    }


def _iso(value: Any) -> str | None:
    return value.isoformat()[:10] if hasattr(value, "isoformat") else value


def top_dyads(store: Store, n: int, *, code: str | None = None) -> list[dict[str, Any]]:
    """State pairs by number of events between them (either direction), most first."""
    rows = store.rows(
        """
        WITH p AS (
            SELECT e.id, least(x, y) AS a, greatest(x, y) AS b, e.quad_class, e.goldstein
            FROM events e, unnest(e.actor) AS t1(x), unnest(e.recipient) AS t2(y)
            WHERE e.is_primary AND x <> y
        )
        SELECT a, b, count(DISTINCT id) AS events,
               count(DISTINCT id) FILTER (WHERE quad_class <= 2) AS cooperation,
               count(DISTINCT id) FILTER (WHERE quad_class >= 3) AS conflict
        FROM p WHERE ($code IS NULL OR a = $code OR b = $code)
        GROUP BY a, b ORDER BY events DESC, a, b LIMIT $n
        """,
        {"code": code, "n": n},
    )
    return [{k: (int(v) if isinstance(v, int) else v) for k, v in r.items()} for r in rows]


def country(store: Store, code: str) -> dict[str, Any]:
    """A state's partners, what it buys and sells, what it signs, and whom it condemns."""
    condemns = store.rows(
        """
        SELECT y AS target, count(DISTINCT e.id) AS events, list(DISTINCT e.type ORDER BY e.type) AS types
        FROM events e, unnest(e.recipient) AS t(y)
        WHERE e.is_primary AND e.quad_class >= 3 AND list_contains(e.actor, $code) AND y <> $code
        GROUP BY y ORDER BY events DESC, y
        """,
        {"code": code},
    )
    condemned_by = store.rows(
        """
        SELECT x AS source, count(DISTINCT e.id) AS events, list(DISTINCT e.type ORDER BY e.type) AS types
        FROM events e, unnest(e.actor) AS t(x)
        WHERE e.is_primary AND e.quad_class >= 3 AND list_contains(e.recipient, $code) AND x <> $code
        GROUP BY x ORDER BY events DESC, x
        """,
        {"code": code},
    )
    return {
        "code": code,
        "events": int(store.rows("SELECT count(*) AS n FROM events WHERE is_primary AND list_contains(list_concat(actor, recipient), ?)", [code])[0]["n"]),
        "partners": top_dyads(store, 25, code=code),
        "buys": json_rows(store.transfers_frame(recipient=[code])),
        "sells": json_rows(store.transfers_frame(supplier=[code])),
        "signs": json_rows(store.agreements_frame(party=[code])),
        "activities": json_rows(store.activities_frame(party=[code])),
        "alliances": json_rows(store.alliances_frame(member=[code])),
        "condemns": [{**r, "events": int(r["events"])} for r in condemns],
        "condemned_by": [{**r, "events": int(r["events"])} for r in condemned_by],
    }


def network(store: Store, filters: dict[str, Any], relations: tuple[str, ...]) -> dict[str, Any]:
    """States as nodes and relations as weighted edges.

    ``filters`` are event filters (period, type, status ...); ``relations`` picks among
    ``events`` (one edge per pair and quad class), ``transfers`` (supplier -> recipient)
    and ``alliances`` (between members).
    """
    edges: list[dict[str, Any]] = []
    if "events" in relations:
        where = build_where("events", filters)
        for r in store.rows(
            f"""
            WITH p AS (
                SELECT r.id, least(x, y) AS a, greatest(x, y) AS b, r.quad_class
                FROM events r JOIN articles a ON a.id = r.article_id, unnest(r.actor) AS t1(x), unnest(r.recipient) AS t2(y)
                WHERE {where.sql()} AND x <> y
            )
            SELECT a, b, quad_class, count(DISTINCT id) AS weight FROM p GROUP BY ALL ORDER BY weight DESC, a, b
            """,
            where.params,
        ):
            edges.append({"source": r["a"], "target": r["b"], "relation": f"quad_{r['quad_class']}", "weight": int(r["weight"])})
    period = {k: filters[k] for k in ("since", "until", "outlet") if filters.get(k)}
    if "transfers" in relations:
        where = build_where("transfers", period)
        for r in store.rows(
            f"""
            SELECT x AS a, y AS b, count(DISTINCT r.id) AS weight
            FROM transfers r JOIN articles a ON a.id = r.article_id, unnest(r.supplier) AS t1(x), unnest(r.recipient) AS t2(y)
            WHERE {where.sql()} AND x <> y GROUP BY ALL ORDER BY weight DESC, a, b
            """,
            where.params,
        ):
            edges.append({"source": r["a"], "target": r["b"], "relation": "transfer", "weight": int(r["weight"])})
    if "alliances" in relations:
        where = build_where("alliances", period)
        for r in store.rows(
            f"""
            SELECT x AS a, y AS b, count(DISTINCT r.id) AS weight
            FROM alliances r JOIN articles a ON a.id = r.article_id, unnest(r.members) AS t1(x), unnest(r.members) AS t2(y)
            WHERE {where.sql()} AND x < y GROUP BY ALL ORDER BY weight DESC, a, b
            """,
            where.params,
        ):
            edges.append({"source": r["a"], "target": r["b"], "relation": "alliance", "weight": int(r["weight"])})
    degree: dict[str, int] = {}
    for e in edges:
        for end in (e["source"], e["target"]):
            degree[end] = degree.get(end, 0) + e["weight"]
    nodes = [{"id": code, "weight": w} for code, w in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"nodes": nodes, "edges": edges}


def record(store: Store, record_id: str) -> dict[str, Any] | None:
    """One record with its evidence, its article's text and other records, and its story's sources."""
    article_id, sep, local_id = record_id.partition(":")
    if not sep or not article_id or not local_id:
        return None
    found_in = store.rows(" UNION ALL ".join(f"SELECT '{t}' AS kind FROM {t} WHERE id = ?" for t in TABLES), [record_id] * len(TABLES))
    if not found_in:
        return None
    table = found_in[0]["kind"]
    row = json_rows(getattr(store, f"{table}_frame")(ids=[record_id]))[0]
    view = store.show(article_id)
    extraction = view.extraction
    found = next((r for r in getattr(extraction, EXTRACTION_FIELDS[table]) if r.id == local_id), None)
    others = []
    for kind, attr in EXTRACTION_FIELDS.items():
        for other in getattr(extraction, attr):
            full = f"{article_id}:{other.id}"
            if full != record_id:
                others.append({"id": full, "kind": kind, "label": _label(kind, other), "evidence_text": other.evidence.text,
                               "counted": f"{kind}:{other.id}" in view.counted})
    article = extraction.article
    evidence = found.evidence if found is not None else None
    trigger = evidence.trigger if evidence is not None else None
    return {
        "kind": table,
        "record": row,
        "evidence": {
            "text": row.get("evidence_text"),
            "start": evidence.start if evidence else row.get("evidence_start"),
            "end": evidence.end if evidence else row.get("evidence_end"),
            "trigger": {"text": trigger.text, "start": trigger.start, "end": trigger.end} if trigger else None,
        },
        "counted": f"{table}:{local_id}" in view.counted,
        "article": {"id": article.id, "title": article.title, "outlet": article.outlet, "url": article.url,
                    "published": article.published, "text": article.text},
        "story": {"id": view.story_id, "articles": [_plain(a) for a in view.story_articles], "sources": [_plain(s) for s in view.sources]},
        "other_records": others,
    }


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    from accord.query.records import plain

    return {k: plain(v) for k, v in row.items()}


def _label(kind: str, record: Any) -> str:
    if kind == "events":
        return f"{record.type} {','.join(record.actor)} → {','.join(record.recipient)}"
    if kind == "transfers":
        return f"{','.join(record.supplier)} → {','.join(record.recipient)}: {record.item or 'arms'}"
    if kind == "alliances":
        return f"{record.name or 'alliance'}: {','.join(record.members)}"
    if kind == "agreements":
        return f"{record.name or 'agreement'}: {','.join(record.parties)}"
    return f"{','.join(record.kinds) or 'activity'}: {','.join(record.parties)}"


def search(store: Store, text: str, *, limit: int, offset: int, kinds: tuple[str, ...] = TABLES) -> dict[str, Any]:
    """Records whose evidence sentence or headline contains ``text``, per kind."""
    return {kind: page(store, kind, {"text": text}, limit=limit, offset=offset).to_dict() for kind in kinds}


def store_codes(store: Store) -> set[str]:
    """Every state or organisation code the store's records use."""
    rows = store.rows(
        """
        SELECT DISTINCT c FROM (
            SELECT unnest(list_concat(actor, recipient)) AS c FROM events
            UNION ALL SELECT unnest(list_concat(supplier, recipient)) FROM transfers
            UNION ALL SELECT unnest(parties) FROM agreements
            UNION ALL SELECT unnest(parties) FROM activities
            UNION ALL SELECT unnest(members) FROM alliances
        ) WHERE c IS NOT NULL
        """
    )
    return {r["c"] for r in rows}


__all__ = ["RELATIONS", "TABLES", "Page", "country", "latest", "network", "overview", "page", "record", "search", "store_codes", "top_dyads"]

