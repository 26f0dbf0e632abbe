-- The reference server's schema on PostgreSQL (issue 20). Exactly-once is the primary key (record_id, version)
-- and the owner row claimed in the same transaction; no process-local lock is needed.
CREATE TABLE submissions (
    record_id   text NOT NULL,
    version     integer NOT NULL,
    sha256      text NOT NULL,
    kind        text NOT NULL,
    event       text NOT NULL,
    school_code text NOT NULL,
    device_id   text NOT NULL,
    envelope    text NOT NULL,
    received_at text NOT NULL,
    receipt     text NOT NULL,
    PRIMARY KEY (record_id, version)
);
CREATE INDEX submissions_school ON submissions(school_code);
CREATE TABLE record_owners (record_id text PRIMARY KEY, school_code text NOT NULL);
CREATE TABLE blobs (sha256 text PRIMARY KEY, size bigint NOT NULL, media_type text NOT NULL);
CREATE TABLE blob_owners (sha256 text NOT NULL, school_code text NOT NULL, PRIMARY KEY (sha256, school_code));
CREATE TABLE inbox (
    cursor      bigserial PRIMARY KEY,
    school_code text NOT NULL,
    type        text NOT NULL,
    body        text NOT NULL
);
CREATE INDEX inbox_school ON inbox(school_code, cursor);
CREATE TABLE revocations (
    record_id   text NOT NULL,
    version     integer NOT NULL,
    reason      text NOT NULL,
    decided_by  text NOT NULL,
    envelope_id text NOT NULL,
    received_at text NOT NULL,
    PRIMARY KEY (record_id, version)
);
CREATE TABLE schools (
    code          text PRIMARY KEY,
    name          text NOT NULL,
    token_sha256  text NOT NULL UNIQUE,
    created_at    text NOT NULL,
    revoked_at    text
);
CREATE TABLE contacts (school_code text PRIMARY KEY, at text NOT NULL);
CREATE TABLE store_events (id bigserial PRIMARY KEY, record_id text NOT NULL, version integer NOT NULL);
CREATE TABLE secrets (name text PRIMARY KEY, value text NOT NULL);
