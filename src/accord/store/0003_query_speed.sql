-- accord knowledge base, schema version: fast queries on large stores (docs/store.md, "Speed").
-- event_states and event_pairs are derived from events: one row per event and distinct state
-- among its actors and recipients, and one per event and pair of such states (lo < hi).
-- Database.write_records, delete_records and refresh_primary_records keep them in step. They
-- let --actor filters and the dyad summary read a few thousand narrow rows instead of scanning
-- every event's lists.

CREATE TABLE event_states (
    state VARCHAR NOT NULL,
    acts BOOLEAN NOT NULL,
    receives BOOLEAN NOT NULL,
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    story_id VARCHAR NOT NULL,
    day DATE,
    type VARCHAR,
    status VARCHAR,
    quad_class INTEGER,
    goldstein DOUBLE,
    confidence DOUBLE,
    is_primary BOOLEAN NOT NULL
);

CREATE TABLE event_pairs (
    lo VARCHAR NOT NULL,
    hi VARCHAR NOT NULL,
    lo_acts BOOLEAN NOT NULL,
    lo_receives BOOLEAN NOT NULL,
    hi_acts BOOLEAN NOT NULL,
    hi_receives BOOLEAN NOT NULL,
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    story_id VARCHAR NOT NULL,
    day DATE,
    type VARCHAR,
    status VARCHAR,
    quad_class INTEGER,
    goldstein DOUBLE,
    confidence DOUBLE,
    is_primary BOOLEAN NOT NULL
);

-- Backfill, sorted by state and day so each row group holds few states (zone maps skip the rest).
INSERT INTO event_states
SELECT state, list_contains(actor, state), list_contains(recipient, state), id, article_id, story_id, day,
       type, status, quad_class, goldstein, confidence, is_primary
FROM (SELECT *, unnest(list_distinct(list_concat(actor, recipient))) AS state FROM events)
WHERE state IS NOT NULL
ORDER BY state, day, id;

INSERT INTO event_pairs
SELECT x.state, y.state, x.acts, x.receives, y.acts, y.receives, x.id, x.article_id, x.story_id, x.day,
       x.type, x.status, x.quad_class, x.goldstein, x.confidence, x.is_primary
FROM event_states x JOIN event_states y ON y.id = x.id AND x.state < y.state
ORDER BY x.state, y.state, x.day, x.id;

-- Point lookups: a record by id, an article's events and actors, a story's articles and sources.
CREATE INDEX events_id ON events (id);
CREATE INDEX events_article_id ON events (article_id);
CREATE INDEX agreements_id ON agreements (id);
CREATE INDEX transfers_id ON transfers (id);
CREATE INDEX activities_id ON activities (id);
CREATE INDEX alliances_id ON alliances (id);
CREATE INDEX actors_article_id ON actors (article_id);
CREATE INDEX articles_story_id ON articles (story_id);
CREATE INDEX sources_story_id ON sources (story_id);
