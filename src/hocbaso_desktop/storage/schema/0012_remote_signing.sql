-- Remote signing (issue 17): signing services (CSC API), remote credentials bound like token certificates,
-- and the queue of batches prepared for a remote signer (hashes of the frozen signature placeholders).

CREATE TABLE remote_services (
    name          TEXT PRIMARY KEY,
    base_url      TEXT NOT NULL,
    api_version   TEXT NOT NULL DEFAULT 'v2' CHECK (api_version IN ('v1', 'v2')),
    client_id     TEXT NOT NULL,
    secret_sealed BLOB NOT NULL,    -- AES-GCM under a key derived from the database key; never in clear
    added_by      TEXT NOT NULL,
    added_at      TEXT NOT NULL
);

ALTER TABLE certificate_bindings ADD COLUMN remote_service TEXT NOT NULL DEFAULT '';
ALTER TABLE certificate_bindings ADD COLUMN remote_user TEXT NOT NULL DEFAULT '';
ALTER TABLE certificate_bindings ADD COLUMN credential_id TEXT NOT NULL DEFAULT '';

-- A batch waits here from its preparation until its signatures are back and embedded. Its records stay
-- locked (or signing) meanwhile; nothing of it is written to the records until every signature is back.
CREATE TABLE remote_batches (
    id          TEXT PRIMARY KEY,
    binding_id  TEXT NOT NULL REFERENCES certificate_bindings(id),
    role        TEXT NOT NULL CHECK (role IN ('gvcn', 'principal', 'seal')),
    class_id    TEXT,
    state       TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'waiting_approval', 'failed', 'done',
                                               'discarded')),
    message     TEXT NOT NULL DEFAULT '',
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE remote_batch_items (
    batch_id        TEXT NOT NULL REFERENCES remote_batches(id),
    position        INTEGER NOT NULL,
    record_id       TEXT NOT NULL,
    version         INTEGER NOT NULL,
    base_pdf_sha256 TEXT NOT NULL,  -- the stored PDF the placeholder was prepared on
    prepared_pdf    BLOB NOT NULL,  -- the incremental update with the empty signature placeholder
    signed_attrs    BLOB NOT NULL,  -- DER of the CMS signed attributes whose SHA-256 goes to the service
    digest          BLOB NOT NULL,  -- SHA-256 of signed_attrs
    document_digest BLOB NOT NULL,
    reserved_start  INTEGER NOT NULL,
    reserved_end    INTEGER NOT NULL,
    PRIMARY KEY (batch_id, position)
);
