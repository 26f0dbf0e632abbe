"""What verification reports: one signature's check and the whole document's report (signing/verify.py)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class SignatureCheck:
    """The result for one signature."""

    field_name: str
    role: str
    signer: str
    certificate_serial: str
    certificate_sha256: str
    signing_time: str                 # ISO 8601
    time_from_timestamp: bool
    intact: bool
    valid: bool
    trusted: bool
    key_usage_ok: bool
    changes_after: str                # NONE / FORM_FILLING / LTA_UPDATES / OTHER ...
    ok: bool
    problems: tuple[str, ...] = ()
    revocation_checked: bool = False  # with the OCSP/CRL data embedded in the file (DSS), offline
    locks_document: bool = False      # FieldMDP /Lock with DocMDP "no changes" (the last required signature)
    form_name: str = ""               # the name the form prints for this role (payload)
    name_differs: bool = False        # the certificate names someone else than the form
    notes: tuple[str, ...] = ()       # said next to the result, not fatal (a flagged name difference)


@dataclass(frozen=True)
class VerificationReport:
    """The verdict on a whole document."""

    signatures: tuple[SignatureCheck, ...]
    payload_ok: bool
    payload_sha256: str
    record_id: str
    version: int | None
    problems: tuple[str, ...] = field(default=())
    document_timestamps: tuple[str, ...] = ()   # ISO times of valid document timestamps (late upgrade)
    required_roles: tuple[str, ...] = ()        # the signers the record needs, in order (from the signed payload)
    missing_roles: tuple[str, ...] = ()         # required signers whose signature is not there
    locked: bool = False                        # the last required signature locked the document
    revoked: str = ""                           # the school's database says this version was revoked (why, when)

    @property
    def complete(self) -> bool:
        """Every required signer signed."""
        return bool(self.required_roles) and not self.missing_roles

    @property
    def ok(self) -> bool:
        """Everything valid: every signature, every required signer in order, the lock, the data, not revoked."""
        return (bool(self.signatures) and self.payload_ok and not self.problems and self.complete and self.locked
                and not self.revoked and all(s.ok for s in self.signatures))

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dictionary of the report."""
        return {**asdict(self), "ok": self.ok}
