-- Validation-data updates (issue 16): a newer signed PDF of a stored version (validation data and archive
-- timestamps appended, same payload). The newest row is the version's current file.
CREATE TABLE validation_updates (
    seq          bigserial PRIMARY KEY,
    record_id    text NOT NULL,
    version      integer NOT NULL,
    blob_sha256  text NOT NULL,
    received_at  text NOT NULL,
    UNIQUE (record_id, version, blob_sha256)
);
