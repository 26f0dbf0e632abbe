-- Validation-data updates (issue 16): a newer signed PDF of a stored version (validation data and archive
-- timestamps appended, same payload). The newest row is the version's current file.
CREATE TABLE validation_updates (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    record_id    TEXT NOT NULL,
    version      INTEGER NOT NULL,
    blob_sha256  TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    UNIQUE (record_id, version, blob_sha256)
);
