"""Synthetic knowledge bases for benchmarks: many plausible events, made in SQL.

``fill(store, events=1_000_000)`` writes articles (one per five events), stories (one
article in ten is a syndicated copy of the previous one, whose events are not
primary), sources, actors and events between 40 states over 2024-2025, with types drawn
deterministically (``hash`` of the row number), so every run builds the same database.
Each type's CAMEO code, quad class and Goldstein value are its defaults in
``data/ontology/plover_types.csv``.

The store is written in chunks of about ``CHUNK_EVENTS`` events, one transaction each, so memory
stays flat whatever the size (10M events build in bounded memory); each chunk's ``event_states``
and ``event_pairs`` rows are written sorted by state and day, as a store's backfill writes them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from accord.data.ontology.plover import load_plover_types

if TYPE_CHECKING:
    from accord.store.db import Database

STATES = (
    "SRB", "HUN", "ALB", "XKX", "HRV", "BIH", "MNE", "MKD", "BGR", "ROU", "GRC", "TUR", "RUS", "UKR", "USA", "FRA",
    "DEU", "GBR", "ITA", "AUT", "SVN", "POL", "CHN", "IRN", "ISR", "SYR", "IRQ", "EGY", "SAU", "ARE", "IND", "PAK",
    "JPN", "KOR", "PRK", "BLR", "GEO", "ARM", "AZE", "MDA",
)
EVENTS_PER_ARTICLE = 5
#: Events written per transaction (a multiple of ten articles, so a syndicated copy joins its story in the same chunk).
CHUNK_EVENTS = 1_000_000


def fill(store: Database, events: int, *, seed: int = 7, chunk: int = CHUNK_EVENTS) -> dict[str, int]:
    """Add ``events`` synthetic events (and their articles) to an empty store (a ``Database`` or an
    ``accord.Store``), ``chunk`` events per transaction; RETURNS the store's ``stats()``."""
    database = getattr(store, "database", store)
    con = database.con
    articles = max(1, events // EVENTS_PER_ARTICLE)
    per_chunk = max(10, chunk // EVENTS_PER_ARTICLE // 10 * 10)
    for first in range(1, articles + 1, per_chunk):
        last = min(articles, first + per_chunk - 1)
        with database.transaction():
            after = con.execute("SELECT coalesce(max(rowid), -1) FROM events").fetchone()[0]
            _write_articles(con, first, last, seed)
            _write_events(con, first, last, events, seed)
            con.execute("DROP TABLE _syn_events; DROP TABLE _syn_articles")
            database.derive_event_states(after_row=after)  # events were written by SQL, not write_records
    return database.stats()


def _write_articles(con: Any, first: int, last: int, seed: int) -> None:
    """Articles ``first`` .. ``last`` (their seq), their stories and sources, kept in ``_syn_articles`` for the events."""
    con.execute(
        f"""
        CREATE TEMP TABLE _syn_articles AS
        SELECT i AS seq, printf('%016x', hash(i, {seed})) AS id,
               CASE WHEN i % 10 = 9 THEN printf('%016x', hash(i - 1, {seed})) ELSE printf('%016x', hash(i, {seed})) END AS story_id,
               DATE '2024-01-01' + CAST(hash('a1-' || i || '-' || {seed}) % 730 AS INTEGER) AS day,
               'outlet' || CAST(hash('a2-' || i || '-' || {seed}) % 200 AS VARCHAR) || '.example' AS outlet
        FROM range({first}, {last} + 1) t(i)
        """
    )
    con.execute(
        """
        INSERT INTO stories SELECT id, id, now()::TIMESTAMP FROM _syn_articles WHERE id = story_id;
        INSERT INTO articles
        SELECT id, seq, story_id, 1.0, 'Synthetic article ' || seq, 'Synthetic ' || seq, outlet, strftime(day, '%Y-%m-%d'),
               'https://' || outlet || '/' || id, 'en', NULL, 'synthetic', 'text', []::VARCHAR[], 0, now()::TIMESTAMP,
               now()::TIMESTAMP, 'synthetic'
        FROM _syn_articles;
        INSERT INTO sources
        SELECT id || '|https://' || outlet || '/' || id, id, story_id, outlet, 'https://' || outlet || '/' || id, 'synthetic',
               'Synthetic ' || seq, strftime(day, '%Y-%m-%d'), 0, now()::TIMESTAMP
        FROM _syn_articles;
        """
    )


def _write_events(con: Any, first: int, last: int, events: int, seed: int) -> None:
    """The events of articles ``first`` .. ``last`` (of ``events`` in all) between the states (and each
    article's first actor), typed from plover_types.csv."""
    states = list(STATES)
    plover = load_plover_types()
    types = [t.type for t in plover]
    codes = [t.default_cameo for t in plover]
    quads = [t.quad_class for t in plover]
    golds = [t.default_goldstein for t in plover]
    con.execute(
        f"""
        CREATE TEMP TABLE _syn_events AS
        SELECT e, a.id AS article_id, a.story_id, a.day, a.seq,
               CAST(hash('r3-' || e || '-' || {seed}) % {len(states)} AS INTEGER) + 1 AS s1,
               CAST(hash('r4-' || e || '-' || {seed}) % {len(states)} AS INTEGER) + 1 AS s2,
               CAST(hash('r5-' || e || '-' || {seed}) % {len(types)} AS INTEGER) + 1 AS t
        FROM range({(first - 1) * EVENTS_PER_ARTICLE}, {min(events, last * EVENTS_PER_ARTICLE)}) r(e)
        JOIN _syn_articles a ON a.seq = e // {EVENTS_PER_ARTICLE} + 1
        """
    )
    con.execute(
        """
        INSERT INTO events
        SELECT article_id || ':e' || (e % 5 + 1), article_id, story_id, 'e' || (e % 5 + 1),
               $types[t], NULL, ['political'], $codes[t], $quads[t], $golds[t],
               [$states[s1]], [CASE WHEN s2 = s1 THEN $states[s1 % 40 + 1] ELSE $states[s2] END],
               ['a1'], ['a2'], []::VARCHAR[], 'occurred', strftime(day, '%Y-%m-%d'), day, NULL, 0.8,
               'Synthetic evidence sentence ' || e || ' about ' || $states[s1] || '.', 0, 40, NULL, NULL, NULL,
               'k' || (e % 5), article_id = story_id
        FROM _syn_events
        """,
        {"types": types, "codes": codes, "quads": quads, "golds": golds, "states": states},
    )
    con.execute(
        """
        INSERT INTO actors
        SELECT DISTINCT article_id || ':a1', article_id, story_id, 'a1', $states[s1], 'state', $states[s1], NULL, NULL,
               $states[s1], '[]', 1
        FROM _syn_events WHERE e % 5 = 0
        """,
        {"states": states},
    )
