"""The decision for one submitted envelope (central-api.md, "POST /submissions"), shared by all engines.

Order of checks: shape; ownership (a record id, and the record a revocation names, belong to the school
that first stored them: `not_owner`); an identical or different re-send (`duplicate` / `conflict`);
`stale` (a validation-data update of a held version, `"update": "validation_data"`, is decided apart: its
new signed PDF must extend the held one); then content: the payload's hash, its record id, the blobs (only those this school uploaded),
and for a record the signed PDF that must be there and carry this very payload. The store's insert claims
the ids and stores the row in one transaction; losing a race re-runs the decision, which then answers
`duplicate` or `conflict` exactly as for a re-send.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from hocbaso_server.auth import now_utc
from hocbaso_server.blobs import BlobStore
from hocbaso_server.checks import (
    check_content,
    check_extension,
    check_shape,
    is_older_file,
    revoked_version,
    update_pdf,
)
from hocbaso_server.receipts import ReceiptSigner
from hocbaso_server.store import CentralStore, InsertOutcome

RECORD_KINDS = frozenset({"hocba_tieuhoc", "hocba_thcs_thpt"})


def _error(field: str, code: str, message: str) -> dict:
    return {"field": field, "code": code, "message": message}


@dataclass
class Submitter:
    """Decides and stores envelopes for one server process."""

    store: CentralStore
    blobs: BlobStore
    signer: ReceiptSigner
    verify_pdf: bool
    trust_dir: Path | None

    def submit(self, envelope: object, school_code: str, device_id: str, *, blob_school: str | None = None) -> dict:
        """The result object of one envelope sent by `school_code` (whose blobs are `blob_school`'s)."""
        blob_school = blob_school or school_code
        errors = check_shape(envelope)
        if errors:
            ident = envelope if isinstance(envelope, dict) else {}
            return {"record_id": ident.get("record_id"), "version": ident.get("version"),
                    "sha256": ident.get("sha256"), "status": "rejected", "received_at": now_utc(), "errors": errors}
        assert isinstance(envelope, dict)
        ident = {"record_id": envelope["record_id"], "version": envelope["version"], "sha256": envelope["sha256"]}
        revoked = revoked_version(envelope)
        for rid in filter(None, (envelope["record_id"], revoked[0] if revoked else None)):
            owner = self.store.owner_of(rid)
            if owner is not None and owner != school_code:
                return self._rejected(ident, [_error("record_id", "not_owner",
                                                     "this record belongs to another school")])
        held = self.store.find(envelope["record_id"], envelope["version"])
        if held is not None and "update" in envelope:
            return self._validation_update(envelope, ident, held, blob_school)
        if held is not None:
            if held.sha256 == envelope["sha256"]:
                return {**ident, "status": "duplicate", "received_at": held.received_at, "receipt": held.receipt,
                        "errors": []}
            return {**ident, "status": "conflict", "received_at": now_utc(),
                    "errors": [_error("sha256", "conflict", f"held: {held.sha256}")]}
        if self.store.highest_version(envelope["record_id"]) > envelope["version"]:
            return {**ident, "status": "stale", "received_at": now_utc(), "errors": []}
        errors = self._record_errors(envelope) or check_content(
            envelope, lambda sha: self._owned_blob(blob_school, sha), verify_pdf=self.verify_pdf,
            trust_dir=self.trust_dir)
        if errors:
            return self._rejected(ident, errors)
        received_at = now_utc()
        receipt = self.signer.sign(received_at=received_at, **ident)
        outcome = self.store.insert(envelope, json.dumps(envelope, ensure_ascii=False), school_code=school_code,
                                    device_id=device_id, received_at=received_at, receipt=receipt,
                                    also_claim=revoked[0] if revoked else None)
        if outcome is InsertOutcome.EXISTS:
            return self.submit(envelope, school_code, device_id, blob_school=blob_school)  # a parallel request stored it first
        if outcome is InsertOutcome.NOT_OWNER:  # another school claimed the id between our check and insert
            return self._rejected(ident, [_error("record_id", "not_owner", "this record belongs to another school")])
        if revoked is not None:  # a school's revocation (thu hồi): the stored version is marked, never deleted
            self.store.mark_revoked(*revoked, reason=str(envelope["payload"].get("lydo", "")),
                                    decided_by=str(envelope["payload"].get("nguoiquyetdinh", "")),
                                    envelope_id=envelope["record_id"], received_at=received_at)
        return {**ident, "status": "stored", "received_at": received_at, "receipt": receipt, "errors": []}

    def _validation_update(self, envelope: dict, ident: dict, held, blob_school: str) -> dict:
        """A newer file (validation data, archive timestamps) of a version held with the same payload.

        The rules, in this order, are docs/central-api-additions.md's ("Validation-data update"), numbered alike.
        """
        if held.sha256 != envelope["sha256"]:                                                   # rule 1
            return {**ident, "status": "conflict", "received_at": now_utc(),
                    "errors": [_error("sha256", "conflict", f"held: {held.sha256}")]}
        new_sha, errors = update_pdf(envelope)                                                  # rule 2
        if errors:
            return self._rejected(ident, errors)
        rid, version = envelope["record_id"], envelope["version"]
        current = self.store.current_pdf_sha(rid, version)
        if new_sha == current:                                                                  # rule 3
            return self._update_duplicate(ident, held, new_sha)
        new_pdf = self._owned_blob(blob_school, new_sha)
        if new_pdf is None:                                                                     # rule 4
            return self._rejected(ident, [_error("blobs[0]", "missing_blob", "upload the blob first")])
        held_pdf = self.blobs.get(current) if current else None
        if is_older_file(new_pdf, held_pdf):                                                    # rule 5
            return {**ident, "status": "stale", "received_at": now_utc(), "errors": []}
        errors = check_extension(new_pdf, held_pdf) or check_content(                           # rules 6, 7
            envelope, lambda sha: self._owned_blob(blob_school, sha), verify_pdf=self.verify_pdf,
            trust_dir=self.trust_dir)
        if errors:
            return self._rejected(ident, errors)
        received_at = now_utc()                                                                 # rule 8
        if not self.store.add_validation_update(rid, version, new_sha, received_at):
            return self._update_duplicate(ident, held, new_sha)    # a parallel request recorded it first
        return {**ident, "status": "stored", "received_at": received_at,
                "receipt": self.signer.sign(received_at=received_at, **ident), "errors": []}

    def _update_duplicate(self, ident: dict, held, pdf_sha: str) -> dict:
        """A replay: the answer the update that made this file current got (the submission's for its own file)."""
        at = self.store.validation_update_received_at(ident["record_id"], ident["version"], pdf_sha)
        if at is None:
            return {**ident, "status": "duplicate", "received_at": held.received_at, "receipt": held.receipt,
                    "errors": []}
        return {**ident, "status": "duplicate", "received_at": at, "receipt": self.signer.sign(received_at=at, **ident),
                "errors": []}

    @staticmethod
    def _rejected(ident: dict, errors: list[dict]) -> dict:
        return {**ident, "status": "rejected", "received_at": now_utc(), "errors": errors}

    @staticmethod
    def _record_errors(envelope: dict) -> list[dict]:
        """A record (or a new version of one) names itself in its payload and carries its signed PDF."""
        if envelope["kind"] not in RECORD_KINDS:
            return []
        errors = []
        if str(envelope["payload"].get("madinhdanhhocba", "")) != envelope["record_id"]:
            errors.append(_error("payload.madinhdanhhocba", "invalid",
                                 "the payload's record id differs from the envelope's record_id"))
        if not any(b["role"] == "signed_pdf" for b in envelope.get("blobs", [])):
            errors.append(_error("blobs", "missing_signed_pdf", "a record or version needs its signed PDF"))
        return errors

    def _owned_blob(self, school_code: str, sha256: str) -> bytes | None:
        if not self.store.blob_owned(school_code, sha256):
            return None
        return self.blobs.get(sha256)


def payload_school(envelope: object) -> str | None:
    """The school code a well-formed envelope's payload names (`matruong`), if any."""
    if isinstance(envelope, dict) and isinstance(envelope.get("payload"), dict):
        code = envelope["payload"].get("matruong")
        return code if isinstance(code, str) and code else None
    return None
