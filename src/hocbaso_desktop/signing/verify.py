"""Offline verification of an issued học bạ PDF (domain.md §5.4) with a report in Vietnamese.

Checked for every signature: integrity (byte range and digest), the signature value, the chain to a
trusted root from the local trust list, the certificate's validity at signing time (the timestamp's time
when there is one, otherwise the signer's claimed time, reported as unverified), key usage
(digitalSignature or nonRepudiation), and what changed after it (pyHanko's difference analysis: earlier
signatures may only be followed by form filling or validation data). Then the data: `payload.json` must
be present, its SHA-256 must equal the hash written in the document information dictionary in the same
update as the first signature (so every signature covers it), and its record id / version must match.
Revocation is not checked offline unless validation data is embedded; the report says so.

Valid only when every **required signer** (named in the signed payload, never fewer than the regulation's
floor: `signing.signers`) signed, in order, and the last one **locked** the document; the payload and the
hash that names it are read as of the first signature's revision. Each signature shows the name the form
prints for its role beside the certificate's. With the school's database (`school_trust`) the report
also uses its intermediates, its bindings and its revocations.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime

from asn1crypto import x509
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import MDPPerm
from pyhanko.sign.general import SigningError as PyHankoSigningError
from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko_certvalidator import ValidationContext

from hocbaso_desktop.domain.errors import VerificationError
from hocbaso_desktop.domain.glossary import SignerRole
from hocbaso_desktop.domain.i18n import VIETNAM_TIME, _
from hocbaso_desktop.signing.identity import check_organisation, check_person
from hocbaso_desktop.signing.pdf_signer import (
    FIELD_NAMES,
    INFO_PAYLOAD_SHA256,
    INFO_RECORD_ID,
    INFO_VERSION,
    PAYLOAD_NAME,
)
from hocbaso_desktop.signing.signers import REQUIRED_SIGNERS_FIELD, ordered, required_signers
from hocbaso_desktop.signing.verify_model import SignatureCheck, VerificationReport

ROLE_BY_FIELD = {v: k for k, v in FIELD_NAMES.items()}
ROLE_ORDER = (SignerRole.HOMEROOM, SignerRole.PRINCIPAL, SignerRole.SEAL)
ROLE_LABELS = {SignerRole.HOMEROOM: "Giáo viên chủ nhiệm", SignerRole.PRINCIPAL: "Hiệu trưởng",
               SignerRole.SEAL: "Con dấu nhà trường"}
FORM_NAME_FIELDS = {SignerRole.HOMEROOM: "tengvcn", SignerRole.PRINCIPAL: "tengiamhieu", SignerRole.SEAL: "tentruong"}
FORM_ID_FIELDS = {SignerRole.HOMEROOM: "soddcngvcn", SignerRole.PRINCIPAL: "soddcngiamhieu"}
_ACCEPTED_LATER_CHANGES = {"NONE", "LTA_UPDATES", "FORM_FILLING"}
_SIGNING_USAGE = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False)


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


def _contexts(reader: PdfFileReader, roots: Sequence[x509.Certificate],
              others: Sequence[x509.Certificate] = ()) -> Callable[..., ValidationContext]:
    """Validation contexts at a moment, offline; with a DSS, preloaded with its data and revocation required.

    The embedded OCSP responses and CRLs were fetched after signing (at the upgrade), so they are accepted
    for an earlier moment (retroactive_revinfo): they say the certificate was not revoked when fetched.
    """
    dss = DocumentSecurityStore.read_dss(reader) if "/DSS" in reader.root else None

    def make(moment: datetime | None, *, revocation: bool = True) -> ValidationContext:
        kwargs = dict(trust_roots=list(roots), allow_fetching=False, moment=moment, retroactive_revinfo=True,
                      revocation_mode="hard-fail" if dss is not None and revocation else "soft-fail")
        if dss is not None and revocation:
            return dss.as_validation_context({**kwargs, "other_certs": list(others)})
        # without revocation: the embedded certificates only (an old CRL would count as "stale", not "absent")
        embedded = list(dss.load_certs()) if dss is not None else []
        return ValidationContext(other_certs=[*embedded, *others], **kwargs)
    # revocation is really checked only when the DSS holds OCSP responses or CRLs (hard-fail then uses them)
    make.has_revinfo = dss is not None and bool(dss.ocsps or dss.crls)  # type: ignore[attr-defined]
    # without a DSS, a context with revocation is the same as one without (nothing to check it against)
    make.revocation_changes_nothing = dss is None  # type: ignore[attr-defined]
    return make


def _locks(sig) -> bool:
    """The signature forbids every later change: DocMDP "no changes" through its field's lock or a certification."""
    try:
        return sig.docmdp_level == MDPPerm.NO_CHANGES
    except (SignatureValidationError, ValueError, KeyError):
        return False


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
    if probe is not None and when == claimed and contexts.revocation_changes_nothing:
        status = probe   # the same moment and the same context: validating again would give the same answer
    elif probe is not None:
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
                          "bị thu hồi hoặc chưa có hiệu lực tại thời điểm ký, hoặc không có mục đích ký số. Hãy kiểm "
                          "tra bằng danh sách tin cậy của trường (--db) hoặc chỉ ra chứng thư gốc (--trust)."))
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
        revocation_checked=bool(ok and contexts.has_revinfo and (cert.ocsp_urls or cert.crl_distribution_points)),
        locks_document=_locks(sig))


def _with_identity(check: SignatureCheck, cert_der: bytes, doc: Mapping[str, object],
                   accepted: Mapping[str, set[str]]) -> SignatureCheck:
    """Put the name the form prints for the role beside the certificate's, and flag a difference.

    A difference is flagged, not fatal: the school may have accepted it when binding (`accepted`, from its
    database, says so). The conclusion repeats the flag so that nobody reads "HỢP LỆ" alone. The one
    exception is the seal of a converted paper page (its only signature), unless the school accepted it.
    """
    form_name = str(doc.get(FORM_NAME_FIELDS.get(check.role, ""), "") or "")
    if not check.role or not form_name:
        return check
    if check.role == "seal":
        identity = check_organisation(cert_der, form_name)
    else:
        identity = check_person(cert_der, form_name, str(doc.get(FORM_ID_FIELDS[check.role], "") or ""))
    if identity.matches:
        return replace(check, form_name=form_name)
    note = _("Tên trên chứng thư “{c}” KHÁC tên in trên học bạ “{f}”.", c=identity.certificate_name, f=form_name)
    if check.certificate_sha256 in accepted.get(check.role, set()):
        note += " " + _("Nhà trường đã chấp nhận chứng thư này khi đăng ký.")
    elif check.role == "seal" and doc.get("trichluc") is True:
        # A converted paper page is certified by the seal alone: a person's certificate in the seal's field
        # would let anyone with a token "certify" a page of any school.
        return replace(check, form_name=form_name, name_differs=True, ok=False,
                       problems=(*check.problems, note + " " + _("Bản chuyển đổi chỉ có chữ ký con dấu: chứng thư "
                                                                  "phải là của nhà trường.")))
    return replace(check, form_name=form_name, name_differs=True, notes=(*check.notes, note))


def _signed_view(reader: PdfFileReader, sigs: Sequence) -> tuple[bytes | None, Mapping]:
    """payload.json and the document information as of the first signature's revision (what it covers).

    Read from the latest revision, a change of /Info appended later (which generic validators let pass)
    could swap the hash that names the payload.
    """
    handler = reader.get_historical_resolver(sigs[0].signed_revision) if sigs else reader
    trailer = handler.trailer_view if sigs else reader.trailer
    info = trailer["/Info"].get_object() if "/Info" in trailer else {}
    return read_payload(handler), info


def verify_pdf(data: bytes, trust_roots_der: Sequence[bytes], intermediates_der: Sequence[bytes] = (), *,
               at: datetime | None = None, revoked: Mapping[tuple[str, int], str] | None = None,
               accepted_certificates: Mapping[str, set[str]] | None = None) -> VerificationReport:
    """Verify every signature, the required signers, the lock and the embedded payload of an issued PDF, offline,
    as of `at` (default now).

    `intermediates_der` help build chains (the CMS's own certificates are used too); `revoked` maps
    (record id, version) to what the school's database says about its revocation; `accepted_certificates`
    maps a role to the SHA-256 of the certificates the school bound for it.
    """
    roots = [x509.Certificate.load(d) for d in trust_roots_der]
    others = [x509.Certificate.load(d) for d in intermediates_der]
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
    contexts = _contexts(reader, roots, others)
    first_stamp = doc_stamps[0].self_reported_timestamp if doc_stamps else None
    checks = [_check_signature(s, contexts, at, first_stamp) for s in sigs]
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
    try:
        payload, info = _signed_view(reader, sigs)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise VerificationError(_("Tệp không phải là PDF hợp lệ: {e}", e=str(exc))) from exc
    stated = str(info.get(INFO_PAYLOAD_SHA256, ""))
    record_id, version = str(info.get(INFO_RECORD_ID, "")), info.get(INFO_VERSION)
    actual = hashlib.sha256(payload).hexdigest() if payload is not None else ""
    payload_ok = payload is not None and actual == stated
    doc: dict = {}
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
            payload_ok, doc = False, {}
            problems.append(_("Dữ liệu học bạ (payload.json) không phải JSON hợp lệ."))
    if not isinstance(doc, dict):
        doc = {}
    required = required_signers(doc) if payload_ok else ()
    present = set(roles)
    if required and REQUIRED_SIGNERS_FIELD not in doc and "seal" in present:
        required = ordered([*required, "seal"])   # a page frozen before payloads named their signers
    missing = tuple(r for r in required if r not in present)
    extra = [r for r in roles if r and r not in required]
    if required and extra:
        problems.append(_("Có chữ ký của vai trò không nằm trong danh sách người ký của học bạ: {r}.",
                          r=", ".join(ROLE_LABELS[r] for r in extra)))
    by_role = {c.role: c for c in checks}
    locked = bool(required) and not missing and by_role[required[-1]].locks_document
    if required and not missing and not locked:
        problems.append(_("Chữ ký cuối cùng ({r}) không khóa tài liệu: tài liệu vẫn có thể bị thêm chữ ký hoặc "
                          "sửa đổi.", r=ROLE_LABELS[required[-1]]))
    accepted = accepted_certificates or {}
    sig_ders = [s.signer_cert.dump() for s in sigs]
    checks = [_with_identity(c, der, doc, accepted) for c, der in zip(checks, sig_ders, strict=True)]
    revoked_note = ""
    if revoked and version is not None:
        revoked_note = revoked.get((record_id, int(str(version))), "")
    return VerificationReport(signatures=tuple(checks), payload_ok=payload_ok, payload_sha256=actual,
                              record_id=record_id, version=int(str(version)) if version is not None else None,
                              problems=tuple(problems), document_timestamps=tuple(stamp_times),
                              required_roles=required, missing_roles=missing, locked=locked, revoked=revoked_note)


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
        if s.form_name:
            lines.append(_("  Tên in trên học bạ cho vai trò này: {n}{flag}", n=s.form_name,
                           flag=_(" — KHÁC TÊN") if s.name_differs else ""))
        lines.append(_("  Thời điểm ký: {t} ({note})", t=when, note=time_note))
        lines.append(_("  Số hiệu chứng thư: {s}", s=s.certificate_serial))
        if s.locks_document:
            lines.append(_("  Chữ ký này khóa tài liệu (không cho phép thay đổi sau đó)."))
        lines.append("  " + (_("Kết quả: HỢP LỆ") if s.ok else _("Kết quả: KHÔNG HỢP LỆ")))
        if report.revoked:
            lines.append("  " + _("Học bạ phiên bản này ĐÃ BỊ THU HỒI: {r}", r=report.revoked))
        lines.extend(f"  - {p}" for p in s.problems)
        lines.extend(f"  ! {n}" for n in s.notes)
    data_line = _("Dữ liệu học bạ: khớp với tài liệu đã ký (SHA-256 {h}).", h=report.payload_sha256[:16] + "…") \
        if report.payload_ok else _("Dữ liệu học bạ: KHÔNG khớp.")
    lines.append(data_line)
    if report.required_roles:
        lines.append(_("Người ký bắt buộc: {r}", r=" → ".join(ROLE_LABELS[r] for r in report.required_roles)))
    if report.missing_roles:
        lines.append(_("Học bạ chưa đủ chữ ký: còn thiếu chữ ký của {r}.", r=", ".join(ROLE_LABELS[r] for r in report.missing_roles)))
    lines.extend(_("Dấu thời gian của tài liệu: {t}", t=_vietnam_time(t)) for t in report.document_timestamps)
    lines.extend(f"- {p}" for p in report.problems)
    if report.signatures and all(s.revocation_checked for s in report.signatures):
        lines.append(_("Tình trạng thu hồi chứng thư: đã kiểm tra bằng dữ liệu thu hồi (OCSP/CRL) gắn trong tệp."))
    else:
        lines.append(_("Chưa kiểm tra tình trạng thu hồi chứng thư (không có dữ liệu thu hồi ngoại tuyến)."))
    lines.append(conclusion(report))
    return "\n".join(lines)


def conclusion(report: VerificationReport) -> str:
    """The one-line verdict: HỢP LỆ, CHƯA ĐỦ CHỮ KÝ (naming who is missing), ĐÃ THU HỒI or KHÔNG HỢP LỆ."""
    if report.ok and any(s.name_differs for s in report.signatures):
        return _("KẾT LUẬN: TÀI LIỆU HỢP LỆ (lưu ý: tên trên chứng thư khác tên in trên học bạ, xem “!” ở trên)")
    if report.ok:
        return _("KẾT LUẬN: TÀI LIỆU HỢP LỆ")
    signatures_fine = report.payload_ok and all(s.ok for s in report.signatures) and not report.problems
    if report.missing_roles and signatures_fine:
        return _("KẾT LUẬN: CHƯA ĐỦ CHỮ KÝ — thiếu chữ ký của {r}",
                 r=", ".join(ROLE_LABELS[r] for r in report.missing_roles))
    if report.revoked and signatures_fine:
        return _("KẾT LUẬN: HỌC BẠ ĐÃ BỊ THU HỒI")
    if report.missing_roles:
        return _("KẾT LUẬN: TÀI LIỆU KHÔNG HỢP LỆ (và CHƯA ĐỦ CHỮ KÝ — thiếu chữ ký của {r})",
                 r=", ".join(ROLE_LABELS[r] for r in report.missing_roles))
    return _("KẾT LUẬN: TÀI LIỆU KHÔNG HỢP LỆ")
