"""Issued records in the window: the list with the short ids the screens show, the signed PDF, revoke and
correct, and verifying a PDF or a QR against the school's trust list (the clerk's daily job).

A record is named by its full id or by the short id the screens print (the first 8 characters, any
unique prefix of at least 6): `resolve_record` finds it or says why not. Verification uses the trust
roots stored in the school database (issue 13 replaces them by the school's trust store when it lands).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hocbaso_desktop.domain.assessment import RESULT_NAMES, SUBJECT_LEVEL_NAMES
from hocbaso_desktop.domain.catalogue import subject_names
from hocbaso_desktop.domain.errors import InvalidInputError, NotFoundError, VerificationError, as_expected
from hocbaso_desktop.domain.i18n import N_, _, format_date
from hocbaso_desktop.domain.model import PartialDate
from hocbaso_desktop.domain.roles import Action, Scope, require
from hocbaso_desktop.domain.tt27 import RESULT_NAMES as PRIMARY_RESULT_NAMES
from hocbaso_desktop.services.changes import Changed, Changes, audited
from hocbaso_desktop.signing import export, issuance, trust_roots, verify
from hocbaso_desktop.storage import records_repo, school_repo

SHORT_ID_MIN = 6
MAX_PDF_BYTES = 50 * 1024 * 1024  # a học bạ PDF is well under 5 MB; bigger files are not read at all
MAX_QR_CHARS = 8000
STATUS_LABELS = {"draft": N_("Bản nháp"), "locked": N_("Đã khoá, chờ ký"), "signing": N_("Đang ký"), "issued": N_("Đã phát hành"),
                 "revoked": N_("Đã thu hồi")}
SUMMARY_LABELS = {"xeploai": N_("Kết quả giáo dục"), "canam": N_("Học tập cả năm"), "renluyencanam": N_("Rèn luyện cả năm")}


@dataclass(frozen=True)
class RecordRow:
    """One student's newest record version in a class, as the issued-records screen lists it."""

    student_name: str
    record_id: str
    short_id: str
    version: int
    status: str        # RecordStatus value
    status_label: str
    issued_on: str     # dd/mm/yyyy or ""


def resolve_record(session, reference: str) -> str:
    """The full record id for a full id or the short id the screens show; a clear message otherwise."""
    ref = reference.strip().lower()
    if len(ref) < SHORT_ID_MIN:
        raise InvalidInputError(_("Mã học bạ “{r}” quá ngắn: cần ít nhất {n} ký tự (màn hình hiện 8).",
                                  r=reference, n=SHORT_ID_MIN), field="record")
    found = sorted({rid for rid in records_repo.owners(session.db) if rid.lower().startswith(ref)})
    if not found:
        raise NotFoundError(_("Không tìm thấy học bạ {r}.", r=reference))
    if len(found) > 1:
        raise InvalidInputError(_("Mã “{r}” khớp {n} học bạ: hãy gõ thêm ký tự.", r=reference, n=len(found)),
                                field="record")
    return found[0]


def class_records(session, class_id: str) -> list[RecordRow]:
    """The newest record version of every student of a class who has one (VIEW_RESULTS for the class)."""
    require(session.user, Action.VIEW_RESULTS, Scope(class_id=class_id))
    names = {s.id: s.full_name for s in school_repo.students_in_class(session.db, class_id)}
    rows = [RecordRow(names.get(s.record.student_id, s.record.student_id), s.record.id, s.record.id[:8],
                      s.record.version, s.record.status.value,
                      _(STATUS_LABELS.get(s.record.status.value, "")),  # i18n: table
                      format_date(s.record.issued_on))
            for s in records_repo.latest_for_class(session.db, class_id) if s.record.student_id in names]
    order = {sid: i for i, sid in enumerate(names)}
    by_name = {v: k for k, v in names.items()}
    return sorted(rows, key=lambda r: order.get(by_name.get(r.student_name, ""), 0))


def save_signed_pdf(session, reference: str, out: Path) -> Changed[Path]:
    """Write the signed PDF as issued (the file `verify` accepts), never an unsigned copy; audited."""
    record_id = resolve_record(session, reference)
    try:
        return Changed(export.export_record(session, record_id, Path(out)), audited())
    except OSError as exc:
        expected = as_expected(exc)
        if expected is None:
            raise
        raise expected from exc


def export_class(session, class_id: str, out_dir: Path) -> Changed[list[Path]]:
    """Write one issued PDF per student of a class into `out_dir` (pages not issued are skipped); audited."""
    require(session.user, Action.EXPORT_RECORDS, Scope(class_id=class_id))
    paths = export.export_class(session, class_id, Path(out_dir))
    return Changed(paths, audited() if paths else Changes())


def save_year_pdf(session, student_id: str, year: str, out: Path) -> Changed[bool]:
    """The print screen's "Lưu PDF": the signed PDF when the year's page is issued (True), else False (the
    caller saves the draft preview, which is marked as a draft)."""
    stored = records_repo.latest_for_student(session.db, student_id, year)
    if stored is None or stored.record.status.value != "issued":
        require(session.user, Action.VIEW_STUDENTS)
        return Changed(False, Changes())
    return Changed(True, save_signed_pdf(session, stored.record.id, out).changes)


def revoke_and_correct(session, reference: str, reason: str) -> Changed[int]:
    """Revoke the issued version (principal) and open version n+1 as a draft to correct and sign; return n+1."""
    version = issuance.revoke(session, resolve_record(session, reference), reason).record.version
    return Changed(version, audited(records=True, outbox=True))


def verify_file(session, path: Path) -> verify.VerificationReport:
    """Verify an issued PDF against the school's trusted roots (anyone signed in: verifying changes nothing)."""
    try:
        size = Path(path).stat().st_size
        if size > MAX_PDF_BYTES:
            raise VerificationError(_("Tệp quá lớn ({m} MB) để là một học bạ.", m=size // (1024 * 1024)))
        data = Path(path).read_bytes()
    except OSError as exc:
        expected = as_expected(exc)
        if expected is None:
            raise
        raise expected from exc
    return verify.verify_pdf(data, trust_roots(session.db))


def report_text(report: verify.VerificationReport) -> str:
    """The verification report as Vietnamese text."""
    return verify.format_report(report)


def verify_qr(session, text_or_file: str) -> export.qr.QrSummary:
    """Verify a QR (its text, or a photo when zbarimg is installed) against the school's certificates and roots."""
    text = text_or_file.strip()
    if len(text) > MAX_QR_CHARS:
        raise VerificationError(_("Nội dung mã QR quá dài."))
    text = export.qr_text_from(text)
    certs, roots, chain = export.school_qr_material(session.db)
    return export.verify_qr(text, certs, roots, chain)


def result_words(results: tuple[tuple[str, str], ...]) -> list[str]:
    """A QR's results in words: "Tiếng Việt: Hoàn thành", "Kết quả giáo dục: Hoàn thành tốt" (not "TV H")."""
    names = subject_names()
    primary = any(str(v) in ("H", "C", *PRIMARY_RESULT_NAMES) for _c, v in results)
    levels = {**RESULT_NAMES, **(SUBJECT_LEVEL_NAMES if primary else {}), **PRIMARY_RESULT_NAMES}
    words = []
    for code, value in results:
        label = _(SUMMARY_LABELS[code]) if code in SUMMARY_LABELS else _(names.get(code, code))  # i18n: table
        words.append(f"{label}: {_(levels.get(str(value), str(value)))}")  # i18n: table
    return words


def qr_lines(summary: export.qr.QrSummary) -> list[str]:
    """What a verified QR says, as lines for people (the screen and `hocbaso verify-qr`)."""
    birth = PartialDate.parse(summary.birth).display() if summary.birth else ""
    return [_("MÃ QR HỢP LỆ — ký bởi {s}", s=summary.signer),
            _("Học sinh: {n}, sinh {b}; lớp {c}, năm học {y}", n=summary.student_name, b=birth,
              c=summary.class_name, y=summary.year),
            _("Trường: {s}; học bạ {id} phiên bản {v}, phát hành {d}", s=summary.school, id=summary.record_id[:8],
              v=summary.version, d=_day(summary.issued_on)),
            _("Kết quả: {r}", r="; ".join(result_words(summary.results))),
            _("SHA-256 tệp PDF đã phát hành: {h}", h=summary.pdf_sha256)]


def _day(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}" if len(iso) >= 10 else iso


__all__ = ["RecordRow", "class_records", "export_class", "qr_lines", "report_text", "resolve_record",
           "result_words", "revoke_and_correct", "save_signed_pdf", "save_year_pdf", "verify_file", "verify_qr"]
