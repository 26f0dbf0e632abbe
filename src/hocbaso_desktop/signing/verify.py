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
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime

from asn1crypto import x509
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.general import SigningError as PyHankoSigningError
from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
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


def _check_signature(sig, roots: Sequence[x509.Certificate]) -> SignatureCheck:
    """Validate one embedded signature at its signing time."""
    role = ROLE_BY_FIELD.get(sig.field_name, "")
    claimed = sig.self_reported_timestamp
    cert = sig.signer_cert
    problems: list[str] = []
    try:
        probe = validate_pdf_signature(sig, ValidationContext(trust_roots=roots, allow_fetching=False,
                                                              moment=claimed),
                                       ts_validation_context=ValidationContext(trust_roots=roots),
                                       key_usage_settings=_SIGNING_USAGE)
    except (SignatureValidationError, PyHankoSigningError, ValueError) as exc:
        problems.append(_("Không kiểm tra được chữ ký: {e}", e=str(exc)))
        probe = None
    ts = probe.timestamp_validity if probe is not None else None
    when: datetime | None = ts.timestamp if ts is not None and ts.valid and ts.trusted else claimed
    status = probe
    if probe is not None and when is not None and when != claimed:
        status = validate_pdf_signature(sig, ValidationContext(trust_roots=roots, allow_fetching=False, moment=when),
                                        ts_validation_context=ValidationContext(trust_roots=roots),
                                        key_usage_settings=_SIGNING_USAGE)
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
        problems.append(_("Chứng thư số không được cấp bởi tổ chức nằm trong danh sách tin cậy, đã hết hạn "
                          "hoặc chưa có hiệu lực tại thời điểm ký, hoặc không có mục đích ký số."))
    if level not in _ACCEPTED_LATER_CHANGES:
        problems.append(_("Tài liệu bị sửa đổi không hợp lệ sau chữ ký này."))
    if status is not None and not status.docmdp_ok:
        problems.append(_("Thay đổi sau chữ ký vi phạm quyền sửa đổi của tài liệu."))
    ok = status is not None and status.bottom_line and not problems
    serial = format(cert.serial_number, "X")
    return SignatureCheck(
        field_name=sig.field_name, role=role, signer=cert.subject.native.get("common_name", ""),
        certificate_serial=serial, certificate_sha256=hashlib.sha256(cert.dump()).hexdigest(),
        signing_time=when.isoformat() if when else "", time_from_timestamp=when is not None and when != claimed,
        intact=intact, valid=valid, trusted=trusted, key_usage_ok=ku_ok, changes_after=level,
        ok=bool(ok), problems=tuple(problems))


def verify_pdf(data: bytes, trust_roots_der: Sequence[bytes]) -> VerificationReport:
    """Verify every signature and the embedded payload of an issued PDF, offline."""
    roots = [x509.Certificate.load(d) for d in trust_roots_der]
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = list(reader.embedded_regular_signatures)
        doc_stamps = list(reader.embedded_timestamp_signatures)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise VerificationError(_("Tệp không phải là PDF hợp lệ: {e}", e=str(exc))) from exc
    problems: list[str] = []
    if not sigs:
        problems.append(_("Tệp không có chữ ký số nào."))
    checks = tuple(_check_signature(s, roots) for s in sigs)
    roles = [c.role for c in checks]
    if any(r == "" for r in roles) or roles != sorted(roles, key=ROLE_ORDER.index) or len(set(roles)) != len(roles):
        problems.append(_("Thứ tự hoặc vai trò người ký không đúng quy trình (GVCN → Hiệu trưởng → Con dấu)."))
    stamp_times = []
    for stamp in doc_stamps:
        try:
            st = validate_pdf_timestamp(stamp, ValidationContext(trust_roots=roots, allow_fetching=False))
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
    lines.append(_("Chưa kiểm tra tình trạng thu hồi chứng thư (không có dữ liệu thu hồi ngoại tuyến)."))
    lines.append(_("KẾT LUẬN: TÀI LIỆU HỢP LỆ") if report.ok else _("KẾT LUẬN: TÀI LIỆU KHÔNG HỢP LỆ"))
    return "\n".join(lines)
