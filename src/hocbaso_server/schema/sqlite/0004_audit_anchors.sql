-- Audit-chain anchors a school sends with each sync (issue 21): kept in the central store on both engines
-- (before, in a separate anchors.sqlite3; that file is read in once when the store opens).
CREATE TABLE IF NOT EXISTS audit_anchors (
    school_code TEXT NOT NULL,
    from_seq    INTEGER NOT NULL,
    to_seq      INTEGER NOT NULL,
    head        TEXT NOT NULL,
    body        TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (school_code, from_seq, to_seq, head)
);
