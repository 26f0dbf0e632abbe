-- Schema 11: close the remaining ways to change an issued record behind the program's back.
-- No signature can be added to an issued or revoked version; stored files (blobs) never change, and a
-- file an issued record uses (its signed PDF, its scan) cannot be deleted; a record's attachments are
-- fixed while its newest version is issued.

CREATE TRIGGER record_signatures_no_insert_after_issue BEFORE INSERT ON record_signatures
WHEN (SELECT status FROM records WHERE id = NEW.record_id AND version = NEW.version) IN ('issued', 'revoked')
BEGIN
    SELECT RAISE(ABORT, 'hocbaso: issued record is immutable');
END;

CREATE TRIGGER blobs_immutable BEFORE UPDATE ON blobs
BEGIN
    SELECT RAISE(ABORT, 'hocbaso: issued record is immutable');
END;

CREATE TRIGGER blobs_no_delete_when_used BEFORE DELETE ON blobs
WHEN EXISTS (SELECT 1 FROM records WHERE pdf_sha256 = OLD.sha256 AND status IN ('issued', 'revoked'))
  OR EXISTS (SELECT 1 FROM attachments a JOIN records r ON r.id = a.record_id
             WHERE a.sha256 = OLD.sha256 AND r.status IN ('issued', 'revoked'))
BEGIN
    SELECT RAISE(ABORT, 'hocbaso: issued record is immutable');
END;

CREATE TRIGGER attachments_fixed_update BEFORE UPDATE ON attachments
WHEN (SELECT status FROM records WHERE id = OLD.record_id ORDER BY version DESC LIMIT 1) IN ('issued', 'revoked')
BEGIN
    SELECT RAISE(ABORT, 'hocbaso: issued record is immutable');
END;

CREATE TRIGGER attachments_fixed_delete BEFORE DELETE ON attachments
WHEN (SELECT status FROM records WHERE id = OLD.record_id ORDER BY version DESC LIMIT 1) IN ('issued', 'revoked')
BEGIN
    SELECT RAISE(ABORT, 'hocbaso: issued record is immutable');
END;
