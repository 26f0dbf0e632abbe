"""SQL shared by both engines (the same text runs on SQLite and PostgreSQL)."""

from __future__ import annotations

import json

# Per school code (registered or not): distinct records, stored versions, revocations, blobs held, last contact.
STATS_QUERY = """
WITH codes AS (
    SELECT code AS school_code FROM schools
    UNION SELECT school_code FROM submissions
    UNION SELECT school_code FROM blob_owners
)
SELECT c.school_code,
       coalesce((SELECT s.name FROM schools s WHERE s.code = c.school_code), ''),
       (SELECT count(DISTINCT record_id) FROM submissions x WHERE x.school_code = c.school_code
          AND x.kind <> 'revocation'),
       (SELECT count(*) FROM submissions x WHERE x.school_code = c.school_code AND x.kind <> 'revocation'),
       (SELECT count(*) FROM submissions x WHERE x.school_code = c.school_code AND x.kind = 'revocation'),
       (SELECT count(*) FROM blob_owners b WHERE b.school_code = c.school_code),
       (SELECT t.at FROM contacts t WHERE t.school_code = c.school_code),
       (SELECT count(*) FROM schools s WHERE s.code = c.school_code AND s.revoked_at IS NOT NULL)
FROM codes c
ORDER BY c.school_code
"""


def submission_row(envelope: dict, envelope_json: str, school_code: str, device_id: str, received_at: str,
                   receipt: str) -> tuple:
    """The values of one `submissions` row, in column order."""
    return (envelope["record_id"], envelope["version"], envelope["sha256"], envelope["kind"], envelope["event"],
            school_code, device_id, envelope_json, received_at, receipt)


def signed_pdf_of(envelope_json: str | None) -> str | None:
    """The `signed_pdf` blob a stored envelope names, if any."""
    if not envelope_json:
        return None
    blobs = [b for b in json.loads(envelope_json).get("blobs", []) if b.get("role") == "signed_pdf"]
    return blobs[0]["sha256"] if blobs else None


def anchor_row(anchor: dict) -> tuple:
    """(from_seq, to_seq, head, body JSON) of one audit anchor, the columns after `school_code`."""
    return anchor["from_seq"], anchor["to_seq"], anchor["head"], json.dumps(anchor, sort_keys=True)
