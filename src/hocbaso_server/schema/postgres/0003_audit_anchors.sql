-- Audit-chain anchors a school sends with each sync (issue 21): kept in the central store on both engines
-- (before, in a separate anchors.sqlite3 beside the blob folder; that file is read in once when the server starts).
CREATE TABLE audit_anchors (
    school_code text NOT NULL,
    from_seq    bigint NOT NULL,
    to_seq      bigint NOT NULL,
    head        text NOT NULL,
    body        text NOT NULL,
    received_at text NOT NULL,
    PRIMARY KEY (school_code, from_seq, to_seq, head)
);
