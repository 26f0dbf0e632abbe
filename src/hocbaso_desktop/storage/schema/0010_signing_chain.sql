-- Signing (0010): CA certificates below the trusted roots, used to build and embed signers' chains.
-- A token often holds only the signer's certificate; the issuing CA comes from the CA's file or the token.
CREATE TABLE intermediate_certs (
    sha256   TEXT PRIMARY KEY,
    subject  TEXT NOT NULL,
    der      BLOB NOT NULL,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL
);

-- Issued records signed offline (PAdES B-B) waiting for a document timestamp and validation data
-- (late LTV, design decision 3). The upgraded PDF is a new blob (attachments kind 'signed_pdf_ltv');
-- the issued row itself never changes.
CREATE TABLE signature_upgrades (
    record_id   TEXT NOT NULL,
    version     INTEGER NOT NULL,
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    done_at     TEXT,
    blob_sha256 TEXT,
    PRIMARY KEY (record_id, version),
    FOREIGN KEY (record_id, version) REFERENCES records(id, version)
);
