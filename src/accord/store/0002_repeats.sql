-- accord knowledge base, schema version 2: cheap repeats.
-- Both tables are described in docs/schema.md ("Database tables").

-- An item already read: a hash of where it came from and its raw bytes, taken before
-- cleaning, so a repeat ingest skips it without cleaning, parsing or language detection.
CREATE TABLE raw_items (
    raw_key VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL
);

-- The near-duplicate (MinHash LSH) index, kept up to date batch by batch: one row per
-- article and band; two articles are candidates when they share a (band, hash).
CREATE TABLE lsh_bands (
    band SMALLINT NOT NULL,
    hash BIGINT NOT NULL,
    article_id VARCHAR NOT NULL
);
