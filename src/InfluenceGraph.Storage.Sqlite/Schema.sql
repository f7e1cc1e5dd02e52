-- InfluenceGraph embedded store. Every statement is idempotent: the schema is applied on each open.
CREATE TABLE IF NOT EXISTS documents (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL,
    content_hash  TEXT NOT NULL UNIQUE,
    origin        TEXT NOT NULL,
    title         TEXT NOT NULL,
    date          TEXT,            -- ISO 8601 with offset; null when the document carries none
    text          TEXT NOT NULL,
    metadata      TEXT NOT NULL,   -- JSON object of header fields
    redactions    TEXT NOT NULL,   -- JSON array of {start,length,marker}
    ingested_at   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_by_date ON documents(date);
CREATE INDEX IF NOT EXISTS documents_by_thread ON documents(json_extract(metadata, '$.thread'));

-- Full-text rows share the rowid of their document or entity, so one can be replaced without a scan.
CREATE VIRTUAL TABLE IF NOT EXISTS document_text USING fts5(
    title, text, tokenize = 'porter unicode61 remove_diacritics 2');

CREATE TABLE IF NOT EXISTS entities (
    id             TEXT PRIMARY KEY,
    kind           TEXT NOT NULL,
    name           TEXT NOT NULL,
    review_status  TEXT NOT NULL DEFAULT 'Unreviewed'
);
CREATE INDEX IF NOT EXISTS entities_by_kind ON entities(kind, name);

-- The canonical name is an alias too, so one index answers "who is called this?".
CREATE TABLE IF NOT EXISTS entity_aliases (
    entity_id  TEXT NOT NULL REFERENCES entities(id),
    alias      TEXT NOT NULL,
    alias_key  TEXT NOT NULL,      -- lower-cased for exact look-ups
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_aliases_by_key ON entity_aliases(alias_key);

CREATE VIRTUAL TABLE IF NOT EXISTS entity_names USING fts5(
    names, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE IF NOT EXISTS entity_merges (
    entity_id  TEXT NOT NULL REFERENCES entities(id),
    reason     TEXT NOT NULL,
    PRIMARY KEY (entity_id, reason)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS events (
    id             TEXT PRIMARY KEY,
    kind           TEXT NOT NULL,
    status         TEXT NOT NULL,
    date_start     TEXT,
    date_end       TEXT,
    precision      TEXT,
    date_wording   TEXT,
    summary        TEXT NOT NULL,
    review_status  TEXT NOT NULL DEFAULT 'Unreviewed'
);
CREATE INDEX IF NOT EXISTS events_by_date ON events(date_start, date_end);
CREATE INDEX IF NOT EXISTS events_by_kind ON events(kind, date_start);

CREATE TABLE IF NOT EXISTS event_participants (
    event_id   TEXT NOT NULL REFERENCES events(id),
    entity_id  TEXT NOT NULL REFERENCES entities(id),
    role       TEXT NOT NULL,
    PRIMARY KEY (event_id, entity_id, role)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_participants_by_entity ON event_participants(entity_id, event_id);

-- Endpoints may be entities, events or documents (replies-to), and may name a document not yet
-- ingested (a reply can arrive before its parent), so there are no foreign keys here.
CREATE TABLE IF NOT EXISTS relations (
    id             TEXT PRIMARY KEY,
    kind           TEXT NOT NULL,
    source_id      TEXT NOT NULL,
    target_id      TEXT NOT NULL,
    title          TEXT,
    is_former      INTEGER NOT NULL DEFAULT 0,
    review_status  TEXT NOT NULL DEFAULT 'Unreviewed'
);
CREATE INDEX IF NOT EXISTS relations_by_source ON relations(source_id, kind);
CREATE INDEX IF NOT EXISTS relations_by_target ON relations(target_id, kind);

CREATE TABLE IF NOT EXISTS evidence (
    fact_id      TEXT NOT NULL,
    document_id  TEXT NOT NULL REFERENCES documents(id),
    start        INTEGER NOT NULL,
    length       INTEGER NOT NULL,
    quote        TEXT NOT NULL,
    rule         TEXT NOT NULL,
    confidence   REAL NOT NULL,
    PRIMARY KEY (fact_id, document_id, start, length, rule)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS evidence_by_document ON evidence(document_id);

-- Editors' decisions live apart from what extraction wrote, so re-ingesting never touches them.
CREATE TABLE IF NOT EXISTS reviews (
    fact_id   TEXT PRIMARY KEY,
    status    TEXT NOT NULL,
    reviewer  TEXT NOT NULL,
    at        TEXT NOT NULL,
    note      TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS reviews_by_status ON reviews(status, fact_id);

CREATE TABLE IF NOT EXISTS audit_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    fact_id   TEXT NOT NULL,
    before    TEXT,
    after     TEXT,
    note      TEXT
);
CREATE INDEX IF NOT EXISTS audit_log_by_fact ON audit_log(fact_id, id);

-- An entity an editor folded into another: later documents naming it land on the survivor, and
-- what it brought (as JSON) is kept so the merge can be undone.
CREATE TABLE IF NOT EXISTS entity_merged_into (
    entity_id    TEXT PRIMARY KEY,
    survivor_id  TEXT NOT NULL,
    snapshot     TEXT NOT NULL
) WITHOUT ROWID;
