-- The reference server's first schema (kept as it was: CREATE IF NOT EXISTS, for data folders made before migrations).
CREATE TABLE IF NOT EXISTS submissions (
    record_id   TEXT NOT NULL,
    version     INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    event       TEXT NOT NULL,
    school_code TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    envelope    TEXT NOT NULL,
    received_at TEXT NOT NULL,
    receipt     TEXT NOT NULL,
    PRIMARY KEY (record_id, version)
);
CREATE TABLE IF NOT EXISTS blobs (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, media_type TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS inbox (
    cursor      INTEGER PRIMARY KEY AUTOINCREMENT,
    school_code TEXT NOT NULL,
    type        TEXT NOT NULL,
    body        TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS revocations (
    record_id     TEXT NOT NULL,
    version       INTEGER NOT NULL,
    reason        TEXT NOT NULL,
    decided_by    TEXT NOT NULL,
    envelope_id   TEXT NOT NULL,
    received_at   TEXT NOT NULL,
    PRIMARY KEY (record_id, version)
);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
