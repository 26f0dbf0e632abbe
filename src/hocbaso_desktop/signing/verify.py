"""Offline verification of an issued học bạ PDF (domain.md §5.4) with a report in Vietnamese.

Checked for every signature: integrity (byte range and digest), the signature value, the chain to a
trusted root from the local trust list, the certificate's validity at signing time (the timestamp's time
when there is one, otherwise the signer's claimed time, reported as unverified), key usage
(digitalSignature or nonRepudiation), and what changed after it (pyHanko's difference analysis: earlier
signatures may only be followed by form filling or validation data). Then the data: `payload.json` must
be present, its SHA-256 must equal the hash written in the document information dictionary in the same
update as the first signature (so every signature covers it), and its record id / version must match.
Revocation is not checked offline unless validation data is embedded; the report says so.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime

from asn1crypto import x509
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.general import SigningError as PyHankoSigningError
from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko_certvalidator import ValidationContext

from hocbaso_desktop.domain.glossary import SignerRole
from hocbaso_desktop.errors import VerificationError
from hocbaso_desktop.i18n import VIETNAM_TIME, _
from hocbaso_desktop.signing.pdf_signer import (
    FIELD_NAMES,
    INFO_PAYLOAD_SHA256,
    INFO_RECORD_ID,
    INFO_VERSION,
    PAYLOAD_NAME,
)

ROLE_BY_FIELD = {v: k for k, v in FIELD_NAMES.items()}
ROLE_ORDER = (SignerRole.HOMEROOM, SignerRole.PRINCIPAL, SignerRole.SEAL)
ROLE_LABELS = {SignerRole.HOMEROOM: "Giáo viên chủ nhiệm", SignerRole.PRINCIPAL: "Hiệu trưởng", SignerRole.SEAL: "Con dấu nhà trường"}
_ACCEPTED_LATER_CHANGES = {"NONE", "LTA_UPDATES", "FORM_FILLING"}
_SIGNING_USAGE = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False)


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

    @property
    def ok(self) -> bool:
        """Everything valid: every signature, the order of the signers and the data."""
        return bool(self.signatures) and self.payload_ok and not self.problems and all(s.ok for s in self.signatures)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dictionary of the report."""
        return {**asdict(self), "ok": self.ok}


def payload_of_pdf(pdf: bytes) -> bytes | None:
    """The embedded payload.json of a PDF given as bytes, or None when absent."""
    return read_payload(PdfFileReader(io.BytesIO(pdf), strict=False))


def read_payload(reader: PdfFileReader) -> bytes | None:
    """Return the bytes of the embedded payload.json, or None when absent."""
    try:
        names = reader.root["/Names"]["/EmbeddedFiles"]
    except KeyError:
        return None
    stack = [names]
    while stack:
        node = stack.pop().get_object()
        entries = node.get("/Names", None)
        entries = entries.get_object() if entries is not None else []
        for i in range(0, len(entries) - 1, 2):
            if str(entries[i]) == PAYLOAD_NAME:
                return entries[i + 1].get_object()["/EF"]["/F"].get_object().data
        kids = node.get("/Kids", None)
        stack.extend(kids.get_object() if kids is not None else [])
    return None


def _contexts(reader: PdfFileReader, roots: Sequence[x509.Certificate]) -> Callable[..., ValidationContext]:
    """Validation contexts at a moment, offline; with a DSS, preloaded with its data and revocation required.

    The embedded OCSP responses and CRLs were fetched after signing (at the upgrade), so they are accepted
    for an earlier moment (retroactive_revinfo): they say the certificate was not revoked when fetched.
    """
    dss = DocumentSecurityStore.read_dss(reader) if "/DSS" in reader.root else None

    def make(moment: datetime | None, *, revocation: bool = True) -> ValidationContext:
        kwargs = dict(trust_roots=list(roots), allow_fetching=False, moment=moment, retroactive_revinfo=True,
                      revocation_mode="hard-fail" if dss is not None and revocation else "soft-fail")
        if dss is not None and revocation:
            return dss.as_validation_context(kwargs)
        # without revocation: the embedded certificates only (an old CRL would count as "stale", not "absent")
        return ValidationContext(other_certs=list(dss.load_certs()) if dss is not None else [], **kwargs)
    # revocation is really checked only when the DSS holds OCSP responses or CRLs (hard-fail then uses them)
    make.has_revinfo = dss is not None and bool(dss.ocsps or dss.crls)  # type: ignore[attr-defined]
    return make


def _check_signature(sig, contexts, at: datetime, stamp_time: datetime | None) -> SignatureCheck:
    """Validate one embedded signature at its signing time: the timestamp's when it has a valid one.

    The signature timestamp is validated at the first document timestamp's time when there is one (its
    TSA certificate may have expired since), else at `at`.
    """
    role = ROLE_BY_FIELD.get(sig.field_name, "")
    claimed = sig.self_reported_timestamp
    cert = sig.signer_cert
    problems: list[str] = []
    ts_context = contexts(stamp_time or at, revocation=stamp_time is not None)
    try:
        probe = validate_pdf_signature(sig, contexts(claimed, revocation=False), ts_validation_context=ts_context,
                                       key_usage_settings=_SIGNING_USAGE)
    except (SignatureValidationError, PyHankoSigningError, ValueError) as exc:
        problems.append(_("Không kiểm tra được chữ ký: {e}", e=str(exc)))
        probe = None
    ts = probe.timestamp_validity if probe is not None else None
    stamped = ts is not None and ts.intact and ts.valid and ts.trusted
    when: datetime | None = ts.timestamp if stamped else claimed
    status = None
    if probe is not None:
        try:
            status = validate_pdf_signature(sig, contexts(when), ts_validation_context=ts_context,
                                            key_usage_settings=_SIGNING_USAGE)
        except (SignatureValidationError, PyHankoSigningError, ValueError) as exc:
            problems.append(_("Không kiểm tra được chữ ký: {e}", e=str(exc)))
    intact = bool(status and status.intact)
    valid = bool(status and status.valid)
    trusted = bool(status and status.trusted)
    level = status.modification_level.name if status and status.modification_level else "OTHER"
    usage = cert.key_usage_value.native if cert.key_usage_value is not None else set()
    ku_ok = not usage or bool({"digital_signature", "non_repudiation"} & set(usage))
    if not ku_ok:
        problems.append(_("Chứng thư số không có mục đích ký số (digitalSignature/nonRepudiation)."))
    if status is not None and not intact:
        problems.append(_("Nội dung đã bị thay đổi sau khi ký (sai mã băm)."))
    elif status is not None and not valid:
        problems.append(_("Giá trị chữ ký không đúng với chứng thư số."))
    if status is not None and intact and valid and not trusted:
        problems.append(_("Chứng thư số không được cấp bởi tổ chức nằm trong danh sách tin cậy, đã hết hạn, "
                          "bị thu hồi hoặc chưa có hiệu lực tại thời điểm ký, hoặc không có mục đích ký số."))
    if level not in _ACCEPTED_LATER_CHANGES:
        problems.append(_("Tài liệu bị sửa đổi không hợp lệ sau chữ ký này."))
    if status is not None and not status.docmdp_ok:
        problems.append(_("Thay đổi sau chữ ký vi phạm quyền sửa đổi của tài liệu."))
    ok = status is not None and status.bottom_line and not problems
    serial = format(cert.serial_number, "X")
    return SignatureCheck(
        field_name=sig.field_name, role=role, signer=cert.subject.native.get("common_name", ""),
        certificate_serial=serial, certificate_sha256=hashlib.sha256(cert.dump()).hexdigest(),
        signing_time=when.isoformat() if when else "", time_from_timestamp=stamped,
        intact=intact, valid=valid, trusted=trusted, key_usage_ok=ku_ok, changes_after=level,
        ok=bool(ok), problems=tuple(problems),
        revocation_checked=bool(ok and contexts.has_revinfo and (cert.ocsp_urls or cert.crl_distribution_points)))


def verify_pdf(data: bytes, trust_roots_der: Sequence[bytes], *, at: datetime | None = None) -> VerificationReport:
    """Verify every signature and the embedded payload of an issued PDF, offline, as of `at` (default now)."""
    roots = [x509.Certificate.load(d) for d in trust_roots_der]
    at = at or datetime.now(UTC)
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = list(reader.embedded_regular_signatures)
        doc_stamps = list(reader.embedded_timestamp_signatures)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise VerificationError(_("Tệp không phải là PDF hợp lệ: {e}", e=str(exc))) from exc
    problems: list[str] = []
    if not sigs:
        problems.append(_("Tệp không có chữ ký số nào."))
    contexts = _contexts(reader, roots)
    first_stamp = doc_stamps[0].self_reported_timestamp if doc_stamps else None
    checks = tuple(_check_signature(s, contexts, at, first_stamp) for s in sigs)
    roles = [c.role for c in checks]
    if any(r == "" for r in roles) or roles != sorted(roles, key=ROLE_ORDER.index) or len(set(roles)) != len(roles):
        problems.append(_("Thứ tự hoặc vai trò người ký không đúng quy trình (GVCN → Hiệu trưởng → Con dấu)."))
    stamp_times = []
    for stamp in doc_stamps:
        try:
            # each archive timestamp is judged at the next one's time (the last at `at`): the chain of B-LTA
            later = doc_stamps[doc_stamps.index(stamp) + 1:]
            moment = later[0].self_reported_timestamp if later else at
            st = validate_pdf_timestamp(stamp, contexts(moment, revocation=bool(later)))
            if st.intact and st.valid and st.trusted:
                stamp_times.append(st.timestamp.isoformat())
            else:
                problems.append(_("Dấu thời gian của tài liệu không hợp lệ hoặc không được tin cậy."))
        except (SignatureValidationError, PyHankoSigningError, ValueError) as exc:
            problems.append(_("Không kiểm tra được dấu thời gian của tài liệu: {e}", e=str(exc)))
    payload = read_payload(reader)
    info = reader.trailer["/Info"].get_object() if "/Info" in reader.trailer else {}
    stated = str(info.get(INFO_PAYLOAD_SHA256, ""))
    record_id, version = str(info.get(INFO_RECORD_ID, "")), info.get(INFO_VERSION)
    actual = hashlib.sha256(payload).hexdigest() if payload is not None else ""
    payload_ok = payload is not None and actual == stated
    if payload is None:
        problems.append(_("Không tìm thấy dữ liệu học bạ (payload.json) trong tệp."))
    elif not payload_ok:
        problems.append(_("Dữ liệu học bạ (payload.json) không khớp với mã băm đã ký trong tài liệu."))
    else:
        try:
            doc = json.loads(payload)
            if doc.get("madinhdanhhocba") != record_id or doc.get("phienbanthongtinhocba") != str(version):
                payload_ok = False
                problems.append(_("Mã học bạ hoặc phiên bản trong dữ liệu không khớp với tài liệu."))
        except (ValueError, AttributeError):
            payload_ok = False
            problems.append(_("Dữ liệu học bạ (payload.json) không phải JSON hợp lệ."))
    return VerificationReport(signatures=checks, payload_ok=payload_ok, payload_sha256=actual,
                              record_id=record_id, version=int(str(version)) if version is not None else None,
                              problems=tuple(problems), document_timestamps=tuple(stamp_times))


def _vietnam_time(iso: str) -> str:
    """dd/mm/yyyy hh:mm:ss in Vietnam time (UTC+07:00), as administrative documents show signing times."""
    if not iso:
        return "?"
    moment = datetime.fromisoformat(iso).astimezone(VIETNAM_TIME)
    return moment.strftime("%d/%m/%Y %H:%M:%S") + " (UTC+07:00)"


def format_report(report: VerificationReport) -> str:
    """The report as Vietnamese text for people."""
    lines = []
    for i, s in enumerate(report.signatures, 1):
        time_note = _("theo dấu thời gian") if s.time_from_timestamp else _("do người ký khai, chưa xác thực")
        when = _vietnam_time(s.signing_time)
        lines.append(_("Chữ ký {i}: {who} — {role}", i=i, who=s.signer, role=ROLE_LABELS.get(s.role, s.role or "?")))
        lines.append(_("  Thời điểm ký: {t} ({note})", t=when, note=time_note))
        lines.append(_("  Số hiệu chứng thư: {s}", s=s.certificate_serial))
        lines.append("  " + (_("Kết quả: HỢP LỆ") if s.ok else _("Kết quả: KHÔNG HỢP LỆ")))
        lines.extend(f"  - {p}" for p in s.problems)
    data_line = _("Dữ liệu học bạ: khớp với tài liệu đã ký (SHA-256 {h}).", h=report.payload_sha256[:16] + "…") \
        if report.payload_ok else _("Dữ liệu học bạ: KHÔNG khớp.")
    lines.append(data_line)
    lines.extend(_("Dấu thời gian của tài liệu: {t}", t=_vietnam_time(t)) for t in report.document_timestamps)
    lines.extend(f"- {p}" for p in report.problems)
    if report.signatures and all(s.revocation_checked for s in report.signatures):
        lines.append(_("Tình trạng thu hồi chứng thư: đã kiểm tra bằng dữ liệu OCSP/CRL gắn trong tệp (LTV)."))
    else:
        lines.append(_("Chưa kiểm tra tình trạng thu hồi chứng thư (không có dữ liệu thu hồi ngoại tuyến)."))
    lines.append(_("KẾT LUẬN: TÀI LIỆU HỢP LỆ") if report.ok else _("KẾT LUẬN: TÀI LIỆU KHÔNG HỢP LỆ"))
    return "\n".join(lines)
