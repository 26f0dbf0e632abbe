-- Issue 21: anchors of the audit chain. Each anchor is the chain's head and the content digests of the rows
-- since the previous anchor, signed by the token of a batch signing; sent to the central system.
CREATE TABLE audit_anchors (
    id         INTEGER PRIMARY KEY,
    from_seq   INTEGER NOT NULL,
    to_seq     INTEGER NOT NULL,
    head       TEXT NOT NULL,           -- hash of row to_seq
    hashes     TEXT NOT NULL,           -- JSON list of SHA-256 of each row's content, from_seq..to_seq
    at         TEXT NOT NULL,
    message    BLOB NOT NULL,           -- the canonical JSON that was signed
    signature  BLOB NOT NULL,
    cert_der   BLOB NOT NULL,
    sent_at    TEXT                     -- when the central system acknowledged it
);
