-- tacitus store, schema version 1. Every statement is idempotent (IF NOT EXISTS): connect() runs it on open.
-- Ids are deterministic (document id; event_id = doc_id:sentence:trigger_start[...]), so writes can be replayed.

CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);

CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY,
    url VARCHAR,
    outlet VARCHAR,
    title VARCHAR,
    byline VARCHAR,
    dateline VARCHAR,
    published DATE,
    lang VARCHAR,
    text_hash VARCHAR,           -- sha256 of the text: a document stored with the same hash is skipped
    n_chars INTEGER,
    status VARCHAR NOT NULL,     -- 'coded' or 'rejected'
    n_events INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    sentence INTEGER,
    sentence_start INTEGER,
    sentence_text VARCHAR,
    date DATE,
    date_basis VARCHAR,
    date_precision VARCHAR,
    cameo_code VARCHAR,
    cameo_root VARCHAR,
    cameo_name VARCHAR,
    quad_class TINYINT,
    goldstein DOUBLE,
    plover_type VARCHAR,
    plover_mode VARCHAR,
    plover_context VARCHAR[],
    source STRUCT(text VARCHAR, start INTEGER, "end" INTEGER, code VARCHAR, country VARCHAR, sector VARCHAR,
                  name VARCHAR)[],
    target STRUCT(text VARCHAR, start INTEGER, "end" INTEGER, code VARCHAR, country VARCHAR, sector VARCHAR,
                  name VARCHAR)[],
    actor1_code VARCHAR,          -- first source actor, for queries and the GDELT export
    actor1_country VARCHAR,
    actor1_sector VARCHAR,
    actor1_name VARCHAR,
    actor2_code VARCHAR,          -- first target actor
    actor2_country VARCHAR,
    actor2_sector VARCHAR,
    actor2_name VARCHAR,
    trigger_text VARCHAR,
    trigger_start INTEGER,
    trigger_end INTEGER,
    modality VARCHAR,
    speaker STRUCT(text VARCHAR, start INTEGER, "end" INTEGER, code VARCHAR, country VARCHAR, sector VARCHAR,
                   name VARCHAR),
    according_to VARCHAR,
    location STRUCT(text VARCHAR, start INTEGER, "end" INTEGER, name VARCHAR, country VARCHAR, admin1 VARCHAR,
                    lat DOUBLE, lon DOUBLE, geonameid BIGINT, feature VARCHAR),
    location_name VARCHAR,
    location_country VARCHAR,
    location_admin1 VARCHAR,
    location_lat DOUBLE,
    location_lon DOUBLE,
    location_geonameid BIGINT,
    location_feature VARCHAR,
    confidence DOUBLE,
    evidence VARCHAR[]
);
CREATE INDEX IF NOT EXISTS events_doc ON events (doc_id);

CREATE TABLE IF NOT EXISTS actors (
    doc_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    role VARCHAR NOT NULL,        -- 'source', 'target' or 'speaker'
    position INTEGER NOT NULL,    -- order within a compound actor
    text VARCHAR,
    start INTEGER,
    "end" INTEGER,
    code VARCHAR,
    country VARCHAR,
    sector VARCHAR,
    name VARCHAR
);

CREATE TABLE IF NOT EXISTS quotes (
    doc_id VARCHAR NOT NULL,
    quote_index INTEGER NOT NULL,
    text VARCHAR,
    start INTEGER,
    "end" INTEGER,
    direct BOOLEAN,
    speaker_text VARCHAR,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_name VARCHAR,
    speaker_code VARCHAR,
    cue_text VARCHAR,
    cue_start INTEGER,
    cue_end INTEGER,
    according_to VARCHAR
);

CREATE TABLE IF NOT EXISTS places (
    doc_id VARCHAR NOT NULL,
    place_index INTEGER NOT NULL,
    text VARCHAR,
    start INTEGER,
    "end" INTEGER,
    name VARCHAR,
    geonameid BIGINT,
    country VARCHAR,
    admin1 VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    feature VARCHAR
);

CREATE TABLE IF NOT EXISTS rejected (
    doc_id VARCHAR NOT NULL,
    stage VARCHAR NOT NULL,
    reason VARCHAR NOT NULL
);

-- Event clusters across outlets; filled by deduplication (a later stage), created now so the schema is stable.
CREATE TABLE IF NOT EXISTS clusters (
    cluster_id VARCHAR PRIMARY KEY,
    event_ids VARCHAR[],
    num_mentions INTEGER,
    num_sources INTEGER,
    num_articles INTEGER
);
