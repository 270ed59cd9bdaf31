-- accord knowledge base, schema version 1.
-- Every table is described in docs/schema.md ("Database tables"); keep the two in step.

CREATE TABLE meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);

CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    command VARCHAR NOT NULL,
    sources VARCHAR[],
    pipeline VARCHAR,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    status VARCHAR NOT NULL,
    articles INTEGER DEFAULT 0,
    duplicates INTEGER DEFAULT 0,
    syndicated INTEGER DEFAULT 0,
    events INTEGER DEFAULT 0,
    errors INTEGER DEFAULT 0
);

CREATE TABLE stories (
    id VARCHAR PRIMARY KEY,
    first_article_id VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    seq BIGINT NOT NULL,
    story_id VARCHAR NOT NULL,
    similarity DOUBLE NOT NULL,
    text VARCHAR NOT NULL,
    title VARCHAR,
    outlet VARCHAR,
    published VARCHAR,
    url VARCHAR,
    language VARCHAR,
    author VARCHAR,
    source VARCHAR,
    format VARCHAR,
    removed VARCHAR[],
    run_id INTEGER,
    ingested_at TIMESTAMP NOT NULL,
    extracted_at TIMESTAMP,
    pipeline VARCHAR
);

CREATE TABLE sources (
    key VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    story_id VARCHAR NOT NULL,
    outlet VARCHAR,
    url VARCHAR,
    source VARCHAR,
    title VARCHAR,
    published VARCHAR,
    run_id INTEGER,
    first_seen TIMESTAMP NOT NULL
);

CREATE TABLE minhashes (
    article_id VARCHAR PRIMARY KEY,
    signature BLOB NOT NULL,
    shingles INTEGER NOT NULL
);

CREATE TABLE actors (
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    story_id VARCHAR NOT NULL,
    local_id VARCHAR NOT NULL,
    name VARCHAR,
    kind VARCHAR,
    country VARCHAR,
    sector VARCHAR,
    role VARCHAR,
    code VARCHAR,
    mentions VARCHAR,
    n_mentions INTEGER
);

CREATE TABLE events (
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    story_id VARCHAR NOT NULL,
    local_id VARCHAR NOT NULL,
    type VARCHAR,
    mode VARCHAR,
    context VARCHAR[],
    cameo VARCHAR,
    quad_class INTEGER,
    goldstein DOUBLE,
    actor VARCHAR[],
    recipient VARCHAR[],
    actor_ids VARCHAR[],
    recipient_ids VARCHAR[],
    speaker_ids VARCHAR[],
    status VARCHAR,
    date VARCHAR,
    day DATE,
    location VARCHAR,
    confidence DOUBLE,
    evidence_text VARCHAR,
    evidence_start INTEGER,
    evidence_end INTEGER,
    trigger_text VARCHAR,
    trigger_start INTEGER,
    trigger_end INTEGER,
    dup_key VARCHAR NOT NULL,
    is_primary BOOLEAN NOT NULL
);

CREATE TABLE agreements (
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    story_id VARCHAR NOT NULL,
    local_id VARCHAR NOT NULL,
    name VARCHAR,
    parties VARCHAR[],
    signatories VARCHAR[],
    status VARCHAR,
    date VARCHAR,
    day DATE,
    place VARCHAR,
    domain VARCHAR,
    history VARCHAR,
    evidence_text VARCHAR,
    evidence_start INTEGER,
    evidence_end INTEGER,
    trigger_text VARCHAR,
    trigger_start INTEGER,
    trigger_end INTEGER,
    dup_key VARCHAR NOT NULL,
    is_primary BOOLEAN NOT NULL
);

CREATE TABLE transfers (
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    story_id VARCHAR NOT NULL,
    local_id VARCHAR NOT NULL,
    supplier VARCHAR[],
    recipient VARCHAR[],
    item VARCHAR,
    category VARCHAR,
    manufacturer VARCHAR[],
    quantity BIGINT,
    status VARCHAR,
    year INTEGER,
    day DATE,
    evidence_text VARCHAR,
    evidence_start INTEGER,
    evidence_end INTEGER,
    trigger_text VARCHAR,
    trigger_start INTEGER,
    trigger_end INTEGER,
    dup_key VARCHAR NOT NULL,
    is_primary BOOLEAN NOT NULL
);

CREATE TABLE activities (
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    story_id VARCHAR NOT NULL,
    local_id VARCHAR NOT NULL,
    parties VARCHAR[],
    count INTEGER,
    kinds VARCHAR[],
    period VARCHAR,
    status VARCHAR,
    day DATE,
    evidence_text VARCHAR,
    evidence_start INTEGER,
    evidence_end INTEGER,
    trigger_text VARCHAR,
    trigger_start INTEGER,
    trigger_end INTEGER,
    dup_key VARCHAR NOT NULL,
    is_primary BOOLEAN NOT NULL
);

CREATE TABLE alliances (
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    story_id VARCHAR NOT NULL,
    local_id VARCHAR NOT NULL,
    name VARCHAR,
    members VARCHAR[],
    status VARCHAR,
    advocates VARCHAR[],
    day DATE,
    evidence_text VARCHAR,
    evidence_start INTEGER,
    evidence_end INTEGER,
    trigger_text VARCHAR,
    trigger_start INTEGER,
    trigger_end INTEGER,
    dup_key VARCHAR NOT NULL,
    is_primary BOOLEAN NOT NULL
);

CREATE TABLE equipment (
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    story_id VARCHAR NOT NULL,
    local_id VARCHAR NOT NULL,
    name VARCHAR,
    category VARCHAR,
    origin VARCHAR,
    manufacturer VARCHAR[],
    kind VARCHAR,
    mentions VARCHAR
);

CREATE TABLE notices (
    article_id VARCHAR NOT NULL,
    level VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    message VARCHAR NOT NULL,
    item VARCHAR
);

CREATE TABLE errors (
    item VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    level VARCHAR NOT NULL,
    message VARCHAR NOT NULL,
    first_seen TIMESTAMP NOT NULL,
    last_seen TIMESTAMP NOT NULL,
    count INTEGER NOT NULL,
    run_id INTEGER,
    PRIMARY KEY (item, code)
);

-- Views for people writing their own SQL: records counted once per story.
CREATE VIEW story_sources AS
SELECT
    story_id,
    list(DISTINCT outlet ORDER BY outlet) FILTER (WHERE outlet IS NOT NULL) AS outlets,
    list(DISTINCT url ORDER BY url) FILTER (WHERE url IS NOT NULL) AS urls,
    list(DISTINCT article_id ORDER BY article_id) AS article_ids
FROM sources
GROUP BY story_id;

CREATE VIEW story_events AS SELECT * FROM events WHERE is_primary;
CREATE VIEW story_agreements AS SELECT * FROM agreements WHERE is_primary;
CREATE VIEW story_transfers AS SELECT * FROM transfers WHERE is_primary;
CREATE VIEW story_activities AS SELECT * FROM activities WHERE is_primary;
CREATE VIEW story_alliances AS SELECT * FROM alliances WHERE is_primary;
