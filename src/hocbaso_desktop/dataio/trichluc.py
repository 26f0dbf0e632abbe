"""Digitising past paper pages (trích lục): check, then store converted pages ready for the school seal.

Each page is a `TrichlucPage` (a student, the year's results as written on paper, the scan). Checking
never writes; storing is one transaction for the whole batch (all or nothing) and audited. A stored page
is a record version with converted_from_paper=1 and the regulation of its year, locked at once: its
payload (trichluc=true, the scan's SHA-256 under ``banscan_sha256``) and its PDF (results + the
conversion mark + the scan's pages) are frozen, waiting for the seal (`trichluc_issue`). An unsigned
converted page may be entered again (replaced); a page with a digital record or a signature may not.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, replace

from hocbaso_desktop.dataio.import_plan import Problem
from hocbaso_desktop.domain import legacy
from hocbaso_desktop.domain.errors import HocbasoError, InvalidInputError, NotFoundError
from hocbaso_desktop.domain.glossary import Level
from hocbaso_desktop.domain.i18n import _, vietnamese
from hocbaso_desktop.domain.legacy import LegacyYearResult
from hocbaso_desktop.domain.model import RecordStatus, SchoolClass, Staff, StaffTitle, YearRecord
from hocbaso_desktop.domain.payload import (
    PayloadInput,
    SubjectRow,
    build_payload,
    canonical_bytes,
    sha256_hex,
)
from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.signing import Scan, check_scan, conversion_pdf, render_issued_pdf
from hocbaso_desktop.storage import audit, blobs_repo, records_repo, school_repo, trichluc_repo

_LEVEL_REGULATIONS = {Level.TIEU_HOC: (legacy.TT27,), Level.THCS: (legacy.TT58, legacy.TT22), Level.THPT: (legacy.TT58, legacy.TT22)}


@dataclass(frozen=True)
class TrichlucPage:
    """One paper page to convert: the student, the results as written, the scan and where they came from."""

    student_id: str
    result: LegacyYearResult
    scan: bytes
    scan_name: str = ""
    sheet: str = ""
    row: int = 0                      # 1-based spreadsheet row (0 when entered by hand)
    cells: tuple[tuple[str, str], ...] = ()   # field (as errors name it) → A1 cell, for the report


@dataclass(frozen=True)
class TrichlucReport:
    """What a check or an import of converted pages found and did."""

    file: str
    problems: tuple[Problem, ...]
    pages: tuple[str, ...]            # one line per page that is (or would be) stored
    applied: bool = False

    @property
    def ok(self) -> bool:
        """True when nothing prevents storing the pages."""
        return not self.problems

    def to_dict(self) -> dict[str, object]:
        """A JSON-friendly form."""
        return {**asdict(self), "ok": self.ok}


class TrichlucRejectedError(InvalidInputError):
    """Pages refused because some have problems; nothing was written. Carries the report."""

    def __init__(self, report: TrichlucReport) -> None:
        super().__init__(_("Không lưu bản chuyển đổi vì có {n} lỗi; không có gì được ghi.", n=len(report.problems)))
        self.report = report


@dataclass(frozen=True)
class _Checked:
    page: TrichlucPage
    result: LegacyYearResult
    scan: Scan
    replaces: tuple[str, int] | None  # (record id, version) of an unsigned converted page entered again


def check_pages(session, pages: list[TrichlucPage], *, file: str = "") -> TrichlucReport:
    """Check pages without writing anything (the dry run)."""
    require(session.user, Action.IMPORT_DATA)
    checked, problems = _check(session.db, pages)
    return TrichlucReport(file, tuple(problems), tuple(_line(session.db, c) for c in checked))


def store_pages(session, pages: list[TrichlucPage], *, file: str = "") -> TrichlucReport:
    """Check and store every page in one transaction, or raise TrichlucRejectedError and store none."""
    require(session.user, Action.IMPORT_DATA)
    db = session.db
    with db.transaction():
        checked, problems = _check(db, pages)
        lines = tuple(_line(db, c) for c in checked)
        if problems:
            raise TrichlucRejectedError(TrichlucReport(file, tuple(problems), lines))
        for item in checked:
            _store(session, item, source=file)
    return TrichlucReport(file, (), lines, applied=True)


def _where(page: TrichlucPage, field: str | None) -> tuple[str, str]:
    """The sheet and cell a problem points at: the field's cell, else the row, else the field's name."""
    cell = dict(page.cells).get(field or "")
    return page.sheet or _("nhập tay"), cell or (_("dòng {r}", r=page.row) if page.row else (field or ""))


def _check(db, pages: list[TrichlucPage]) -> tuple[list[_Checked], list[Problem]]:
    level = school_repo.get_school(db).level.value
    checked, problems, seen = [], [], set()
    for page in pages:
        try:
            student = school_repo.get_student(db, page.student_id)
            result = legacy.validate_legacy(page.result)
            if result.regulation not in _LEVEL_REGULATIONS[level]:
                raise InvalidInputError(_("Thông tư {t} không áp dụng cho cấp học của trường.", t=result.regulation),
                                        field="thongtu")
            if (student.id, result.year) in seen:
                raise InvalidInputError(_("Học sinh {n} có hai dòng cho năm học {y}.", n=student.full_name,
                                          y=result.year), field="namhoc")
            seen.add((student.id, result.year))
            replaces = _replaced(db, student.id, result.year)
            scan = check_scan(page.scan, page.scan_name)
        except (InvalidInputError, NotFoundError) as exc:
            sheet, cell = _where(page, exc.field)
            problems.append(Problem(sheet, cell, exc.message))
            continue
        checked.append(_Checked(page, result, scan, replaces))
    return checked, problems


def _replaced(db, student_id: str, year: str) -> tuple[str, int] | None:
    stored = records_repo.latest_for_student(db, student_id, year)
    if stored is None:
        return None
    rec = stored.record
    if rec.converted_from_paper and rec.status.value == "locked" and not rec.signatures:
        return rec.id, rec.version
    raise InvalidInputError(_("Năm học {y} của học sinh này đã có học bạ ({s}); không nhập lại được bản chuyển đổi. "
                              "Thu hồi học bạ đó trước nếu cần đính chính.", y=year, s=rec.status.label),
                            field="namhoc")


def _line(db, item: _Checked) -> str:
    student = school_repo.get_student(db, item.page.student_id)
    action = _("thay bản chưa ký") if item.replaces else _("tạo mới")
    return _("{n} — năm học {y}, lớp {c}, Thông tư {t}: {k} môn, bản scan {p} trang ({a})", n=student.full_name,
             y=item.result.year, c=item.result.class_name, t=item.result.regulation, k=len(item.result.subjects),
             p=item.scan.pages, a=action)


def _store(session, item: _Checked, *, source: str) -> None:
    db, now, result = session.db, session.now(), item.result
    school = school_repo.get_school(db)
    place = school.place
    scan_sha = blobs_repo.put_blob(db, item.scan.pdf, "application/pdf")
    try:
        class_id = school_repo.find_class(db, result.year, result.class_name).id
    except NotFoundError:
        class_id = None  # the class of a past year often was never created in this program
    if item.replaces:
        record_id, version = item.replaces
        trichluc_repo.remove_attachments(db, record_id)
    else:
        record_id, version = str(uuid.uuid4()), 1
        records_repo.create(db, record_id=record_id, version=1, student_id=item.page.student_id, class_id=class_id,
                            year=result.year, regulation=result.regulation, created_at=now.isoformat(),
                            converted_from_paper=True)
    record = YearRecord(id=record_id, version=version, status=RecordStatus.LOCKED,
                        student_id=item.page.student_id, class_id=class_id or "", year=result.year,
                        regulation=result.regulation, converted_from_paper=True, issued_place=place)
    with vietnamese():  # the signed data is the school's document: its words are Vietnamese
        payload = build_payload(_payload_input(db, record, result, scan_sha, created_on=now.date().isoformat()))
    data = canonical_bytes(payload)
    sha = sha256_hex(data)
    pdf = conversion_pdf(render_issued_pdf(payload, sha), item.scan.pdf)
    if item.replaces:
        trichluc_repo.replace_unsigned(db, record_id, version, regulation=result.regulation, payload=data,
                                       payload_sha256=sha, pdf=pdf, issued_place=place)
    else:
        records_repo.lock(db, record_id, version, payload=data, payload_sha256=sha, pdf=pdf, issued_place=place)
    trichluc_repo.add_attachment(db, record_id, scan_sha)
    audit.append(db, actor=session.account.username, action="record.trichluc", entity="record",
                 entity_id=f"{record_id}/{version}", before={"replaced": True} if item.replaces else None,
                 after={"status": "locked", "trichluc": True, "regulation": result.regulation, "year": result.year,
                        "payload_sha256": sha, "scan_sha256": scan_sha, "scan_type": item.scan.source_type,
                        "source": source})


def _payload_input(db, record: YearRecord, result: LegacyYearResult, scan_sha: str, *,
                   created_on: str) -> PayloadInput:
    rows, summary = legacy.payload_fields(result)
    leader = school_repo.principal_staff(db)
    if result.principal:  # the paper page names who signed it then; the issuing leader signs the conversion
        summary["tengiamhieugiay"] = result.principal
    if result.school_name:
        summary["tentruonggiay"] = result.school_name
    summary["banscan_sha256"] = scan_sha
    homeroom = Staff("", result.homeroom_teacher, StaffTitle.TEACHER) if result.homeroom_teacher else None
    return PayloadInput(
        school=school_repo.get_school(db), student=school_repo.get_student(db, record.student_id),
        school_class=SchoolClass(record.class_id, result.year, result.grade, result.class_name), record=record,
        homeroom_teacher=homeroom, leader=leader, leader_title=StaffTitle.PRINCIPAL.label if leader else "",
        subjects=tuple(SubjectRow(code, name, fields) for code, name, fields in rows), summary=summary,
        history=tuple(school_repo.history(db, record.student_id)), created_on=created_on)


def add_page(session, page: TrichlucPage) -> str:
    """Store one page entered by hand (CLI/GUI); return its record id. Raises the first problem as an error."""
    try:
        store_pages(session, [replace(page, sheet="", row=0)])
    except TrichlucRejectedError as exc:
        raise InvalidInputError(exc.report.problems[0].reason) from exc
    stored = records_repo.latest_for_student(session.db, page.student_id, legacy.validate_legacy(page.result).year)
    if stored is None:  # cannot happen after a successful store; kept explicit rather than asserting
        raise HocbasoError(_("Không tìm thấy bản chuyển đổi vừa lưu."))
    return stored.record.id


def scan_of(session, record_id: str) -> bytes:
    """The scan (as PDF) attached to a converted page."""
    require(session.user, Action.VIEW_STUDENTS)
    found = trichluc_repo.attachments(session.db, record_id, trichluc_repo.SCAN_KIND)
    if not found:
        raise NotFoundError(_("Học bạ {id} không có bản scan.", id=record_id))
    return blobs_repo.get_blob(session.db, found[-1].sha256)
