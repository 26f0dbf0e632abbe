-- Per-school credentials (issue 20): each school has its own token; a record id and a blob belong to the schools
-- that stored them. Existing submissions keep their sender as owner.
CREATE TABLE schools (
    code          TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    token_sha256  TEXT NOT NULL UNIQUE,
    created_at    TEXT NOT NULL,
    revoked_at    TEXT
);
CREATE TABLE record_owners (record_id TEXT PRIMARY KEY, school_code TEXT NOT NULL);
INSERT OR IGNORE INTO record_owners(record_id, school_code) SELECT record_id, school_code FROM submissions;
CREATE TABLE blob_owners (sha256 TEXT NOT NULL, school_code TEXT NOT NULL, PRIMARY KEY (sha256, school_code));
CREATE TABLE contacts (school_code TEXT PRIMARY KEY, at TEXT NOT NULL);
CREATE TABLE store_events (id INTEGER PRIMARY KEY AUTOINCREMENT, record_id TEXT NOT NULL, version INTEGER NOT NULL);
INSERT INTO store_events(record_id, version) SELECT record_id, version FROM submissions;
CREATE TABLE secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE INDEX submissions_school ON submissions(school_code);
CREATE INDEX inbox_school ON inbox(school_code, cursor);
