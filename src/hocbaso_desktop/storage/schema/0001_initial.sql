-- Schema 1 of the school database (SQLCipher). Forward-only: later changes go in new files.
-- Identifiers are UUID strings made by the program; times are RFC 3339 UTC text.

CREATE TABLE meta (                 -- facts about this database: school_code, device_id, created_at
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE settings (             -- school settings, JSON values (evaluation options, server URL, ...)
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE school (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    code     TEXT NOT NULL,
    name     TEXT NOT NULL,
    level    TEXT NOT NULL CHECK (level IN ('tieuhoc', 'thcs', 'thpt')),
    so_code  TEXT NOT NULL DEFAULT '',
    so_name  TEXT NOT NULL DEFAULT '',
    commune  TEXT NOT NULL DEFAULT '',
    province TEXT NOT NULL DEFAULT '',
    address  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE staff (
    id          TEXT PRIMARY KEY,
    full_name   TEXT NOT NULL,
    title       TEXT NOT NULL,
    personal_id TEXT NOT NULL DEFAULT ''
);

CREATE TABLE users (
    id         TEXT PRIMARY KEY,
    username   TEXT NOT NULL UNIQUE,
    full_name  TEXT NOT NULL,
    role       TEXT NOT NULL,
    staff_id   TEXT REFERENCES staff(id),
    disabled   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE classes (
    id                  TEXT PRIMARY KEY,
    year                TEXT NOT NULL,
    grade               INTEGER NOT NULL,
    name                TEXT NOT NULL,
    homeroom_teacher_id TEXT REFERENCES staff(id),
    UNIQUE (year, name)
);

CREATE TABLE students (
    id                    TEXT PRIMARY KEY,
    full_name             TEXT NOT NULL,
    sex                   TEXT NOT NULL,
    birth                 TEXT NOT NULL,          -- yyyy-mm-dd, yyyy-mm or yyyy
    personal_id           TEXT NOT NULL DEFAULT '',
    student_code          TEXT NOT NULL DEFAULT '',
    registry_number       TEXT NOT NULL DEFAULT '',
    birthplace            TEXT NOT NULL DEFAULT '',
    hometown              TEXT NOT NULL DEFAULT '',
    residence             TEXT NOT NULL DEFAULT '',
    ethnicity             TEXT NOT NULL DEFAULT '',
    nationality           TEXT NOT NULL DEFAULT '',
    father_name           TEXT NOT NULL DEFAULT '',
    mother_name           TEXT NOT NULL DEFAULT '',
    guardian_name         TEXT NOT NULL DEFAULT '',
    father_job            TEXT NOT NULL DEFAULT '',
    mother_job            TEXT NOT NULL DEFAULT '',
    guardian_job          TEXT NOT NULL DEFAULT '',
    policy_group          TEXT NOT NULL DEFAULT '',
    disabled_not_assessed INTEGER NOT NULL DEFAULT 0,
    exemptions            TEXT NOT NULL DEFAULT '',   -- comma-separated subject codes
    read_only             INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX students_personal_id ON students(personal_id) WHERE personal_id <> '';

CREATE TABLE enrolments (           -- learning history (quá trình học tập) and class membership
    id          INTEGER PRIMARY KEY,
    student_id  TEXT NOT NULL REFERENCES students(id),
    year        TEXT NOT NULL,
    class_id    TEXT REFERENCES classes(id),
    class_name  TEXT NOT NULL,
    school_name TEXT NOT NULL,
    province    TEXT NOT NULL DEFAULT '',
    event       TEXT NOT NULL,
    on_date     TEXT
);
CREATE INDEX enrolments_class ON enrolments(class_id);
CREATE INDEX enrolments_student ON enrolments(student_id, year);

CREATE TABLE teaching_assignments (
    class_id         TEXT NOT NULL REFERENCES classes(id),
    subject_code     TEXT NOT NULL,
    teacher_id       TEXT NOT NULL REFERENCES staff(id),
    periods_per_year INTEGER,
    PRIMARY KEY (class_id, subject_code)
);

CREATE TABLE assessments (          -- one value a teacher entered (domain.assessment.AssessmentEntry)
    student_id TEXT NOT NULL REFERENCES students(id),
    year       TEXT NOT NULL,
    subject    TEXT NOT NULL,
    period     TEXT NOT NULL,
    component  TEXT NOT NULL,
    value      TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (student_id, year, subject, period, component)
);

CREATE TABLE entry_windows (        -- which checkpoints are open for entry, per school year
    year       TEXT NOT NULL,
    period     TEXT NOT NULL,
    is_open    INTEGER NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    PRIMARY KEY (year, period)
);

CREATE TABLE records (              -- học bạ pages: one row per (record, version); issued rows never change
    id                   TEXT NOT NULL,
    version              INTEGER NOT NULL CHECK (version > 0),
    student_id           TEXT NOT NULL REFERENCES students(id),
    class_id             TEXT REFERENCES classes(id),
    year                 TEXT NOT NULL,
    regulation           TEXT NOT NULL,
    status               TEXT NOT NULL CHECK (status IN ('draft', 'locked', 'signing', 'issued', 'revoked')),
    converted_from_paper INTEGER NOT NULL DEFAULT 0,
    payload              BLOB,          -- canonical JSON (RFC 8785), frozen when locked
    payload_sha256       TEXT,
    pdf                  BLOB,          -- the PDF as signed so far; the issued artefact once issued
    pdf_sha256           TEXT,
    qr                   TEXT,          -- the signed summary for printed copies
    issued_on            TEXT,
    issued_place         TEXT NOT NULL DEFAULT '',
    revoked_reason       TEXT NOT NULL DEFAULT '',
    revoked_by           TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    PRIMARY KEY (id, version)
);
CREATE INDEX records_student_year ON records(student_id, year);
CREATE INDEX records_class ON records(class_id, status);

CREATE TABLE record_signatures (
    record_id   TEXT NOT NULL,
    version     INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    role        TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    signer_name TEXT NOT NULL,
    cert_serial TEXT NOT NULL,
    cert_sha256 TEXT NOT NULL,
    signed_at   TEXT NOT NULL,
    PRIMARY KEY (record_id, version, seq),
    FOREIGN KEY (record_id, version) REFERENCES records(id, version)
);

-- Issued and revoked rows are immutable; the only change allowed is issued → revoked (with reason).
CREATE TRIGGER records_immutable BEFORE UPDATE ON records
WHEN OLD.status IN ('issued', 'revoked')
BEGIN
    SELECT CASE WHEN NOT (
        OLD.status = 'issued' AND NEW.status = 'revoked' AND NEW.revoked_reason <> ''
        AND NEW.id IS OLD.id AND NEW.version IS OLD.version AND NEW.student_id IS OLD.student_id
        AND NEW.class_id IS OLD.class_id AND NEW.year IS OLD.year AND NEW.regulation IS OLD.regulation
        AND NEW.payload IS OLD.payload AND NEW.payload_sha256 IS OLD.payload_sha256
        AND NEW.pdf IS OLD.pdf AND NEW.pdf_sha256 IS OLD.pdf_sha256 AND NEW.qr IS OLD.qr
        AND NEW.issued_on IS OLD.issued_on AND NEW.issued_place IS OLD.issued_place
        AND NEW.converted_from_paper IS OLD.converted_from_paper AND NEW.created_at IS OLD.created_at
    ) THEN RAISE(ABORT, 'hocbaso: issued record is immutable') END;
END;

CREATE TRIGGER records_no_delete BEFORE DELETE ON records
WHEN OLD.status IN ('locked', 'signing', 'issued', 'revoked')
BEGIN
    SELECT RAISE(ABORT, 'hocbaso: issued record is immutable');
END;

CREATE TRIGGER record_signatures_immutable BEFORE UPDATE ON record_signatures
BEGIN
    SELECT RAISE(ABORT, 'hocbaso: issued record is immutable');
END;

CREATE TRIGGER record_signatures_no_delete BEFORE DELETE ON record_signatures
WHEN (SELECT status FROM records WHERE id = OLD.record_id AND version = OLD.version) IN ('issued', 'revoked')
BEGIN
    SELECT RAISE(ABORT, 'hocbaso: issued record is immutable');
END;

-- Entries of a page that is locked, being signed or issued (its newest version) cannot change;
-- a correction first creates a new draft version.
CREATE TRIGGER assessments_locked_insert BEFORE INSERT ON assessments
WHEN EXISTS (SELECT 1 FROM records r WHERE r.student_id = NEW.student_id AND r.year = NEW.year
             AND r.status IN ('locked', 'signing', 'issued')
             AND r.version = (SELECT max(version) FROM records WHERE id = r.id))
BEGIN
    SELECT RAISE(ABORT, 'hocbaso: record locked');
END;

CREATE TRIGGER assessments_locked_update BEFORE UPDATE ON assessments
WHEN EXISTS (SELECT 1 FROM records r WHERE r.student_id = OLD.student_id AND r.year = OLD.year
             AND r.status IN ('locked', 'signing', 'issued')
             AND r.version = (SELECT max(version) FROM records WHERE id = r.id))
BEGIN
    SELECT RAISE(ABORT, 'hocbaso: record locked');
END;

CREATE TRIGGER assessments_locked_delete BEFORE DELETE ON assessments
WHEN EXISTS (SELECT 1 FROM records r WHERE r.student_id = OLD.student_id AND r.year = OLD.year
             AND r.status IN ('locked', 'signing', 'issued')
             AND r.version = (SELECT max(version) FROM records WHERE id = r.id))
BEGIN
    SELECT RAISE(ABORT, 'hocbaso: record locked');
END;

CREATE TABLE blobs (                -- content-addressed files: signed PDFs, scans of paper pages
    sha256     TEXT PRIMARY KEY,
    media_type TEXT NOT NULL,
    data       BLOB NOT NULL
);

CREATE TABLE outbox (               -- what must reach the central system; written with the change itself
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    record_id   TEXT NOT NULL,
    version     INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    event       TEXT NOT NULL,
    envelope    BLOB NOT NULL,      -- canonical JSON of the envelope of central-api.md
    sha256      TEXT NOT NULL,      -- of the canonical payload bytes
    state       TEXT NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued', 'sending', 'delivered', 'stale', 'conflict', 'rejected', 'waiting')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT NOT NULL DEFAULT '',
    errors      TEXT NOT NULL DEFAULT '[]',   -- JSON list of the server's per-field errors
    receipt     TEXT,
    received_at TEXT,
    created_at  TEXT NOT NULL,
    UNIQUE (record_id, version, kind)
);
CREATE INDEX outbox_state ON outbox(state, seq);

CREATE TABLE inbox (                -- messages from the central system, applied with their cursor
    cursor     TEXT PRIMARY KEY,
    type       TEXT NOT NULL,
    body       TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

CREATE TABLE trust_anchors (        -- roots trusted for signature verification
    sha256   TEXT PRIMARY KEY,
    subject  TEXT NOT NULL,
    der      BLOB NOT NULL,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL
);

CREATE TABLE certificate_bindings ( -- a certificate on a token, bound to a user and a signing role
    id           TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users(id),
    role         TEXT NOT NULL CHECK (role IN ('gvcn', 'principal', 'seal')),
    cert_der     BLOB NOT NULL,
    cert_sha256  TEXT NOT NULL,
    key_id       TEXT NOT NULL,     -- CKA_ID, hex
    token_serial TEXT NOT NULL,
    module_path  TEXT NOT NULL DEFAULT '',
    bound_by     TEXT NOT NULL,
    bound_at     TEXT NOT NULL,
    active       INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE attachments (          -- scans of paper pages (trích lục) and other files of a record
    record_id  TEXT NOT NULL,
    sha256     TEXT NOT NULL REFERENCES blobs(sha256),
    kind       TEXT NOT NULL,
    PRIMARY KEY (record_id, sha256)
);

CREATE TABLE audit_log (            -- hash-chained: each row holds the hash of the previous one
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    before    TEXT,
    after     TEXT,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
