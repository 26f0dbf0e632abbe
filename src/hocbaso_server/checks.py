"""Checks of one submitted envelope: schema, payload hash, named blobs, and the signed PDF.

The signed PDF must carry valid, intact signatures (pyHanko's validator: integrity; whether the
signers are trusted is the school's business, so trust is only checked against a configured trust
folder) and embed `payload.json` equal to the canonical payload bytes. Each failure becomes an error
`{"field", "code", "message"}` of central-api.md. The signed PDF is read by `hocbaso_server.signing`, the
server's only pyHanko (as `signing/` is the program's).
"""

from __future__ import annotations

from pathlib import Path

from hocbaso_desktop.sync import protocol
from hocbaso_server.signing import signed_pdf_problems

VALIDATION_UPDATE = "validation_data"


def _error(field: str, code: str, message: str) -> dict:
    return {"field": field, "code": code, "message": message}


def check_shape(envelope: object) -> list[dict]:
    """Schema errors of an envelope (empty when well-formed)."""
    if not isinstance(envelope, dict):
        return [_error("item", "invalid", "item is not an object")]
    errors = []
    if not (isinstance(envelope.get("record_id"), str) and 0 < len(envelope["record_id"]) <= 150):
        errors.append(_error("record_id", "invalid", "record_id must be a string of 1-150 characters"))
    if envelope.get("kind") not in protocol.KINDS:
        errors.append(_error("kind", "invalid", "unknown kind"))
    version = envelope.get("version")
    if type(version) is not int or version < 1:
        errors.append(_error("version", "invalid", "version must be a positive integer"))
    if envelope.get("event") not in protocol.EVENTS:
        errors.append(_error("event", "invalid", "event must be NEW, UPDATE or CANCEL"))
    if not protocol.is_rfc3339_utc(envelope.get("updated_at")):
        errors.append(_error("updated_at", "invalid", "updated_at must be RFC 3339 UTC"))
    if not protocol.is_sha256(envelope.get("sha256")):
        errors.append(_error("sha256", "invalid", "sha256 must be 64 lower-case hex digits"))
    if not isinstance(envelope.get("payload"), dict):
        errors.append(_error("payload", "invalid", "payload must be an object"))
    blobs = envelope.get("blobs", [])
    if not isinstance(blobs, list) or not all(
            isinstance(b, dict) and protocol.is_sha256(b.get("sha256")) and isinstance(b.get("role"), str)
            and isinstance(b.get("media_type"), str) for b in blobs):
        errors.append(_error("blobs", "invalid", "blobs must be a list of {sha256, role, media_type}"))
    if "update" in envelope and envelope["update"] != VALIDATION_UPDATE:
        errors.append(_error("update", "invalid", f"update must be {VALIDATION_UPDATE!r}"))
    return errors


def update_pdf(envelope: dict) -> tuple[str | None, list[dict]]:
    """The one signed PDF a validation-data update names (docs/central-api-additions.md, rule 2), or the error."""
    pdfs = [b for b in envelope.get("blobs", []) if b["role"] == "signed_pdf"]
    if len(envelope.get("blobs", [])) != 1 or len(pdfs) != 1:
        return None, [_error("blobs", "invalid", "a validation-data update names exactly one blob, its signed_pdf")]
    return pdfs[0]["sha256"], []


def is_older_file(new_pdf: bytes, held_pdf: bytes | None) -> bool:
    """The new file is one the held file already extends (an earlier upgrade arriving late: rule 5, `stale`)."""
    return held_pdf is not None and held_pdf.startswith(new_pdf)


def check_extension(new_pdf: bytes, held_pdf: bytes | None) -> list[dict]:
    """The new file may only append revisions to the file the centre holds (rule 6, `not_an_extension`)."""
    if held_pdf is None or not new_pdf.startswith(held_pdf) or len(new_pdf) == len(held_pdf):
        return [_error("blobs[0]", "not_an_extension", "the new PDF must append to the held signed PDF")]
    return []


def revoked_version(envelope: dict) -> tuple[str, int] | None:
    """For a revocation envelope, the (record_id, version) it revokes; None for other kinds."""
    if envelope.get("kind") != "revocation":
        return None
    payload = envelope["payload"]
    try:
        return str(payload["madinhdanhhocba"]), int(payload["phienbanthongtinhocba"])
    except (KeyError, TypeError, ValueError):
        return None


def check_revocation(envelope: dict) -> list[dict]:
    """Errors of a revocation envelope: event CANCEL, the revoked record id and version, a reason."""
    if envelope.get("kind") != "revocation":
        return []
    errors = []
    if envelope.get("event") != "CANCEL":
        errors.append(_error("event", "invalid", "a revocation's event is CANCEL"))
    if revoked_version(envelope) is None:
        errors.append(_error("payload.phienbanthongtinhocba", "invalid",
                             "a revocation names madinhdanhhocba and phienbanthongtinhocba"))
    if not str(envelope["payload"].get("lydo", "")).strip():
        errors.append(_error("payload.lydo", "invalid", "a revocation gives its reason"))
    return errors


def check_content(envelope: dict, get_blob, *, verify_pdf: bool, trust_dir: Path | None) -> list[dict]:
    """Hash, blob and signed-PDF errors of a well-formed envelope."""
    try:
        canonical = protocol.canonical(envelope["payload"])
    except Exception as exc:  # rfc8785 refuses some values (floats out of range, ...): report, do not crash
        return [_error("payload", "invalid", f"payload cannot be canonicalised: {type(exc).__name__}")]
    if protocol.sha256_hex(canonical) != envelope["sha256"]:
        return [_error("sha256", "mismatch", "sha256 is not the hash of the canonical payload")]
    errors = check_revocation(envelope)
    for i, blob in enumerate(envelope.get("blobs", [])):
        data = get_blob(blob["sha256"])
        if data is None:
            errors.append(_error(f"blobs[{i}]", "missing_blob", "upload the blob first"))
            continue
        if blob["role"] == "signed_pdf" and verify_pdf:
            errors.extend(_error(*problem) for problem in
                          signed_pdf_problems(data, canonical, field=f"blobs[{i}]", trust_dir=trust_dir))
    return errors
