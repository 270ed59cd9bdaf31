"""The fast query paths (``event_states``, ``event_pairs``, keyed fetches, first-day cut) return
exactly what the plain scans over every event's lists returned before them.

The reference queries below are the ones before the query-speed migration, kept here as the specification: each test
runs both on the same store and compares the frames cell by cell (types included).
"""

from __future__ import annotations

import inspect
import itertools
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from accord.query.dyad import dyad_summary
from accord.query.select import COLUMNS, build_where, count_selected, page_ids, parse_day, parse_dyad, select, values

REPO_EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "collection"


# ---- the reference queries (before event_states) -----------------------------------------------------


def reference_select(store: Any, table: str, **filters: Any) -> pd.DataFrame:
    """``select`` as it was: list scans for actor/dyad, one query joining every record to its article."""
    plain = {k: v for k, v in filters.items() if k not in ("actor", "dyad")}
    where = build_where(table, plain)
    states = values(filters.get("actor"), upper=True)
    if states:
        where.add("(list_has_any(r.actor, ?::VARCHAR[]) OR list_has_any(r.recipient, ?::VARCHAR[]))", states, states)
    dyad = filters.get("dyad")
    for value in [dyad] if isinstance(dyad, (str, tuple)) else list(dyad or []):
        a, b, directed = parse_dyad(value)
        forward = "(list_contains(r.actor, ?) AND list_contains(r.recipient, ?))"
        if directed:
            where.add(forward, a, b)
        else:
            where.add(f"({forward} OR {forward})", a, b, b, a)
    limit = filters.get("limit")
    columns = ", ".join(f"r.{c}" for c in COLUMNS[table])
    sql = f"""
        WITH r AS (
            SELECT {columns}, a.title, a.published, a.outlet, a.seq
            FROM {table} r JOIN articles a ON a.id = r.article_id
            WHERE {where.sql()}
            ORDER BY r.day NULLS LAST, a.seq, r.id
            {f"LIMIT {int(limit)}" if limit else ""}
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
    return store.frame(sql, where.params)


def reference_dyad(store: Any, a: str, b: str, *, since: str | None = None, outlet: str | None = None) -> dict[str, Any]:
    """The dyad's balance, months and evidence ids as the list scans computed them."""
    named: dict[str, Any] = {"a": a, "b": b}
    where = ["r.is_primary"]
    if since:
        where.append("r.day >= $since::DATE")
        named["since"] = parse_day(since, name="since")
    if outlet:
        where.append("r.story_id IN (SELECT story_id FROM sources WHERE outlet ILIKE $outlet OR url ILIKE $outlet)")
        named["outlet"] = f"%{outlet}%"
    base = f"""
        SELECT r.*,
            CASE WHEN list_contains(r.actor, $a) AND list_contains(r.recipient, $b) THEN $a || '>' || $b
                 WHEN list_contains(r.actor, $b) AND list_contains(r.recipient, $a) THEN $b || '>' || $a
                 ELSE 'joint' END AS direction
        FROM events r
        WHERE {' AND '.join(where)}
          AND list_contains(list_concat(r.actor, r.recipient), $a)
          AND list_contains(list_concat(r.actor, r.recipient), $b)
    """
    balance = store.frame(
        f"""WITH d AS ({base})
        SELECT direction, count(*) AS events, round(sum(goldstein), 2) AS goldstein,
               round(sum(goldstein) FILTER (WHERE goldstein > 0), 2) AS cooperation,
               round(sum(goldstein) FILTER (WHERE goldstein < 0), 2) AS conflict,
               count(*) FILTER (WHERE quad_class = 1) AS quad_1, count(*) FILTER (WHERE quad_class = 2) AS quad_2,
               count(*) FILTER (WHERE quad_class = 3) AS quad_3, count(*) FILTER (WHERE quad_class = 4) AS quad_4
        FROM d GROUP BY direction ORDER BY direction""",
        named,
    )
    by_month = store.frame(
        f"""WITH d AS ({base})
        SELECT strftime(day, '%Y-%m') AS month, type, count(*) AS events, round(sum(goldstein), 2) AS goldstein,
               count(*) FILTER (WHERE direction = $a || '>' || $b) AS a_to_b,
               count(*) FILTER (WHERE direction = $b || '>' || $a) AS b_to_a,
               count(*) FILTER (WHERE direction = 'joint') AS joint
        FROM d GROUP BY ALL ORDER BY month NULLS LAST, events DESC, type""",
        named,
    )
    evidence = store.frame(
        f"WITH d AS ({base}) SELECT id FROM d ORDER BY abs(goldstein) * confidence DESC, day DESC NULLS LAST, id LIMIT 5", named
    )["id"].tolist()
    return {"balance": balance, "by_month": by_month, "evidence": evidence}


# ---- the checks --------------------------------------------------------------------------------


def same_selection(store: Any, table: str, **filters: Any) -> None:
    new = select(store.database, table, **filters)
    old = reference_select(store, table, **filters)
    pd.testing.assert_frame_equal(new, old, check_dtype=len(old) > 0, obj=f"{table} {filters}")


#: Every event status, where the dyad summary filters by status (its default counts only events that happened).
EVERY_STATUS = {"status": "all"} if "status" in inspect.signature(dyad_summary).parameters else {}


def same_dyad(store: Any, a: str, b: str, **filters: Any) -> None:
    new = dyad_summary(store.database, a, b, **filters, **EVERY_STATUS)
    old = reference_dyad(store, a.upper(), b.upper(), **filters)
    pd.testing.assert_frame_equal(new.balance, old["balance"], check_dtype=len(old["balance"]) > 0, obj=f"balance {a}-{b}")
    pd.testing.assert_frame_equal(new.by_month, old["by_month"], check_dtype=len(old["by_month"]) > 0, obj=f"by_month {a}-{b}")
    evidence = list(new.evidence["id"]) if len(new.evidence) else []
    assert sorted(evidence) == sorted(old["evidence"]), f"evidence {a}-{b}"
    # The other records between them: what one select per table gives (their keys are found in one query).
    a, b = a.upper(), b.upper()
    for section, key, column in (("agreements", "party", "parties"), ("alliances", "member", "members"), ("activities", "party", "parties")):
        expected = select(store.database, section, **{key: [a]}, **filters)
        expected = expected.loc[pd.Series([b in list(codes) for codes in expected[column]], index=expected.index, dtype=bool)].reset_index(drop=True)
        # An empty section keeps its columns.
        pd.testing.assert_frame_equal(getattr(new, section), expected, check_dtype=len(expected) > 0, obj=f"{section} {a}-{b}")
    transfers = select(store.database, "transfers", supplier=[a, b], recipient=[a, b], **filters)
    between = transfers[transfers.apply(lambda t: {a, b} <= set(t["supplier"]) | set(t["recipient"]), axis=1)] if len(transfers) else transfers
    assert sorted(new.transfers["id"]) == sorted(between["id"]), f"transfers {a}-{b}"


def states_of(store: Any) -> list[str]:
    return [r["s"] for r in store.rows("SELECT DISTINCT unnest(list_concat(actor, recipient)) AS s FROM events ORDER BY s")]


def event_selections(store: Any) -> list[dict[str, Any]]:
    states = states_of(store)
    ids = [r["id"] for r in store.rows("SELECT id FROM events ORDER BY id LIMIT 7")]
    first, second = (states + ["SRB", "HUN"])[:2]
    days = [r["d"] for r in store.rows("SELECT min(day)::VARCHAR AS d FROM events UNION ALL SELECT max(day)::VARCHAR FROM events")]
    out: list[dict[str, Any]] = [{}, {"all_copies": True}, {"ids": ids}, {"ids": ids[:1]}, {"ids": []}, {"ids": ["nothing:e1"]}]
    for state in states[:6]:
        out += [{"actor": state}, {"actor": state, "limit": 1}, {"actor": state, "limit": 3, "since": days[0]},
                {"actor": [state, first], "limit": 5, "all_copies": True}, {"actor": state, "type": "ACCUSE,CONSULT", "limit": 4}]
    out += [
        {"dyad": f"{first}-{second}"}, {"dyad": f"{first}>{second}"}, {"dyad": f"{second}>{first}", "limit": 2},
        {"dyad": (first, second), "since": days[1]}, {"actor": first, "since": "2025-01", "limit": 50},
        {"actor": first, "until": "2025-06", "limit": 2}, {"limit": 1}, {"limit": 10}, {"type": "ACCUSE", "limit": 3},
        {"status": "occurred", "limit": 5}, {"outlet": "example", "limit": 4}, {"actor": first, "outlet": "example", "limit": 2},
        {"actor": first, "text": "the", "limit": 3}, {"cameo": "0", "actor": first, "limit": 2}, {"actor": "ZZZ", "limit": 5},
    ]
    return out


def same_pages(store: Any, table: str, **filters: Any) -> None:
    """A page's total and ids (web pages, any offset) equal the reference selection's length and slices."""
    filters = {k: v for k, v in filters.items() if k != "limit"}
    expected = list(reference_select(store, table, **filters)["id"])
    assert count_selected(store.database, table, **filters) == len(expected), f"total {table} {filters}"
    for offset in sorted({0, 1, len(expected) // 2, max(0, len(expected) - 2), len(expected) + 3}):
        got = page_ids(store.database, table, limit=3, offset=offset, **filters)
        assert got == expected[offset : offset + 3], f"page {table} {filters} at {offset}"


def check_everything(store: Any, pairs: int) -> None:
    for filters in event_selections(store):
        same_selection(store, "events", **filters)
        if "ids" not in filters:
            same_pages(store, "events", **filters)
    for table, key in (("agreements", "party"), ("transfers", "supplier"), ("activities", "party"), ("alliances", "member")):
        same_selection(store, table)
        same_selection(store, table, limit=2)
        same_pages(store, table)
        for state in states_of(store)[:4]:
            same_selection(store, table, **{key: state})
            same_selection(store, table, **{key: state, "limit": 1})
    states = states_of(store)
    for a, b in list(itertools.combinations(states, 2))[:pairs]:
        same_dyad(store, a, b)
        same_dyad(store, b, a, since="2025-01")
        same_dyad(store, a, b, outlet="example")
    for state in states[:2]:
        same_dyad(store, state, state)


def derived_tables_in_step(store: Any) -> None:
    """What the writes kept up to date (each row with its article's ingest order) equals a rebuild from the events."""
    tables = ("event_states", "event_pairs")
    kept = {t: store.frame(f"SELECT * FROM {t} ORDER BY ALL") for t in tables}
    with store.transaction():
        store.database.rebuild_event_states()
    for t in tables:
        pd.testing.assert_frame_equal(kept[t], store.frame(f"SELECT * FROM {t} ORDER BY ALL"), obj=t)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    from accord import Store
    from accord.store.synthetic import fill

    store = Store(tmp_path_factory.mktemp("syn") / "syn.duckdb")
    fill(store, 3000)
    yield store
    store.close()


@pytest.fixture(scope="module")
def collection(tmp_path_factory, pipeline):
    from accord import Store

    store = Store(tmp_path_factory.mktemp("collection") / "collection.duckdb")
    store.ingest([str(REPO_EXAMPLES)], pipeline=pipeline)
    yield store
    store.close()


def test_fast_queries_equal_the_list_scans_on_a_synthetic_store(synthetic):
    check_everything(synthetic, pairs=6)


def test_fast_queries_equal_the_list_scans_on_the_example_collection(collection):
    assert collection.stats()["events"] > 0
    check_everything(collection, pairs=40)
    derived_tables_in_step(collection)


def test_fast_queries_equal_the_list_scans_with_a_syndicated_story(kb):
    check_everything(kb, pairs=10)
    derived_tables_in_step(kb)


def test_reprocessing_keeps_the_derived_tables_in_step(tmp_path):
    from store_fakes import build_kb

    store = build_kb(tmp_path / "kb.duckdb")
    try:
        from store_fakes import FakePipeline

        store.reprocess(pipeline=FakePipeline())
        derived_tables_in_step(store)
        check_everything(store, pairs=10)
    finally:
        store.close()
