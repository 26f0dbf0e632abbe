-- Remote signing (issue 17) signs the XML form too: each queued page keeps hocba.xml with the signer's
-- XAdES signature prepared (value still blank) and the canonical SignedInfo whose SHA-256 goes to the service.
-- NULL in items queued before this migration: such a batch is discarded and prepared again.

ALTER TABLE remote_batch_items ADD COLUMN xml_prepared BLOB;
ALTER TABLE remote_batch_items ADD COLUMN xml_signed_info BLOB;
