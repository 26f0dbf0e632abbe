"""Reading converted paper pages from Excel: one row per student and school year, columns found by header name.

Headers are matched like the other imports (Vietnamese with or without diacritics, NFC/NFD, any case):
the student (Mã hệ thống / Số định danh cá nhân / Mã học sinh), Năm học, Thông tư, Khối, Lớp, the year's
results (Học lực / Kết quả học tập, Hạnh kiểm / Kết quả rèn luyện, Điểm TB các môn, Số buổi nghỉ, Lên lớp,
Danh hiệu, Nhận xét) and Bản scan (a file name, looked up in the scans folder). Every other header must
name a subject (TT58/2011 names or the programme's); its cells hold the year average, Đ/CĐ, M, or for
primary pages the level with an optional test score ("T", "H 7").
"""

from __future__ import annotations

from pathlib import Path

from hocbaso_desktop.dataio.column_mapping import STUDENT_FIELDS, cell_text, header_key, is_row_number
from hocbaso_desktop.dataio.import_plan import Problem
from hocbaso_desktop.dataio.trichluc import (
    TrichlucPage,
    TrichlucRejectedError,
    TrichlucReport,
    check_pages,
    store_pages,
)
from hocbaso_desktop.dataio.xlsx_reader import MAX_HEADER_SCAN, Sheet, read_workbook
from hocbaso_desktop.domain import catalogue, legacy
from hocbaso_desktop.domain.glossary import Level
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.legacy import LegacySubject, LegacyYearResult
from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.storage import dataio_repo, school_repo

FIELDS: dict[str, tuple[str, ...]] = {
    "system_id": ("Mã hệ thống",),
    "personal_id": STUDENT_FIELDS["personal_id"],
    "student_code": STUDENT_FIELDS["student_code"],
    "full_name": STUDENT_FIELDS["full_name"],
    "namhoc": ("Năm học", "namhoc"),
    "thongtu": ("Thông tư", "thongtu", "Quy định"),
    "makhoi": ("Khối", "makhoi", "Khối lớp"),
    "tenlop": ("Lớp", "Tên lớp", "tenlop"),
    "learning": ("Học lực", "Kết quả học tập", "Kết quả học tập cả năm", "Kết quả giáo dục", "Xếp loại", "canam",
                 "xeploai"),
    "conduct": ("Hạnh kiểm", "Kết quả rèn luyện", "Kết quả rèn luyện cả năm", "renluyencanam"),
    "diemtongket": ("Điểm TB các môn", "ĐTB các môn", "Điểm trung bình các môn", "ĐTB cả năm", "diemtongket"),
    "sobuoinghi": ("Số buổi nghỉ", "sobuoinghi", "Nghỉ", "Số ngày nghỉ"),
    "duoclenlop": ("Lên lớp", "Được lên lớp", "duoclenlop"),
    "ndungkhenthuong": ("Danh hiệu", "Khen thưởng", "ndungkhenthuong"),
    "nxetgvcn": ("Nhận xét", "Nhận xét của GVCN", "nxetgvcn"),
    "school_name": ("Trường", "Tên trường"),
    "tengvcn": ("Giáo viên chủ nhiệm", "GVCN", "tengvcn"),
    "principal": ("Hiệu trưởng",),
    "scan": ("Bản scan", "Tệp scan", "Scan", "Tệp đính kèm", "Ảnh học bạ"),
}
_ACCEPTED = {header_key(name): field for field, names in FIELDS.items() for name in names}
_ERROR_FIELDS = {"hocluc": "learning", "canam": "learning", "xeploai": "learning", "hanhkiem": "conduct",
                 "renluyencanam": "conduct"}
_YES = {"co", "x", "1", "duoc", "len lop", "yes", "true"}
_NO = {"khong", "0", "o lai", "o lai lop", "no", "false"}


def import_trichluc(session, path: Path | str, *, scans_dir: Path | str | None = None,
                    dry_run: bool = True) -> TrichlucReport:
    """Check (and unless `dry_run`, store in one transaction) the converted pages of a workbook."""
    require(session.user, Action.IMPORT_DATA)
    book = read_workbook(path)
    folder = Path(scans_dir) if scans_dir else Path(path).parent
    pages, problems = read_pages(session.db, book.sheets, folder)
    name = Path(path).name
    if problems or dry_run:
        checked = check_pages(session, pages, file=name)
        report = TrichlucReport(name, tuple(problems) + checked.problems, checked.pages)
        if not dry_run:
            raise TrichlucRejectedError(report)
        return report
    return store_pages(session, pages, file=name)


def read_pages(db, sheets: tuple[Sheet, ...], scans: Path) -> tuple[list[TrichlucPage], list[Problem]]:
    """Turn every sheet with a "Năm học" column into pages; problems for what cannot be read."""
    level = school_repo.get_school(db).level.value
    keys = dataio_repo.student_keys(db)
    by_key = {**{k[2]: k[0] for k in keys if k[2]}, **{k[1]: k[0] for k in keys if k[1]}, **{k[0]: k[0] for k in keys}}
    pages: list[TrichlucPage] = []
    problems: list[Problem] = []
    found = False
    for sheet in sheets:
        head = next((i for i, row in enumerate(sheet.rows[:MAX_HEADER_SCAN])
                     if any(_ACCEPTED.get(header_key(c)) == "namhoc" for c in row)), None)
        if head is None:
            continue
        found = True
        columns = _columns(sheet, head, level, problems)
        for index in range(head + 1, len(sheet.rows)):
            row = sheet.rows[index]
            if any(cell_text(v) for v in row):
                page = _page(sheet, index, row, columns, by_key, scans, problems)
                if page is not None:
                    pages.append(page)
    if not found:
        problems.append(Problem("", "", _("Không tìm thấy trang tính nào có cột “Năm học”.")))
    return pages, problems


def _subject_of(header: str, level: str) -> tuple[str, str] | None:
    found = legacy.legacy_subject_code(header)
    if found:
        return found
    grades = (1, 2, 3, 4, 5) if level == Level.TIEU_HOC else (6, 7, 8, 9) if level == Level.THCS else (10, 11, 12)
    for combined in (False, True):  # a THCS paper page may list the single "Nghệ thuật" of before the split
        for grade in grades:
            spec = catalogue.find_subject(catalogue.subjects_for(level, grade, combined_art=combined), header)
            if spec is not None:
                return spec.code, spec.name
    return None


def _columns(sheet: Sheet, head: int, level: str, problems: list[Problem]) -> dict[int, tuple[str, str, str]]:
    """Column index → ("field", name, "") or ("subject", code, name)."""
    columns: dict[int, tuple[str, str, str]] = {}
    for col, header in enumerate(sheet.rows[head]):
        text = cell_text(header)
        if not text or is_row_number(text):
            continue
        field = _ACCEPTED.get(header_key(text))
        if field:
            columns[col] = ("field", field, "")
            continue
        subject = _subject_of(text, level)
        if subject is None:
            problems.append(Problem(sheet.title, sheet.cell_ref(head, col),
                                    _("Cột “{h}” không phải môn học hay thông tin đã biết.", h=text)))
        else:
            columns[col] = ("subject", *subject)
    return columns


def _page(sheet: Sheet, index: int, row: tuple, columns: dict[int, tuple[str, str, str]], by_key: dict[str, str],
          scans: Path, problems: list[Problem]) -> TrichlucPage | None:
    values: dict[str, str] = {}
    cells: list[tuple[str, str]] = []
    subjects: list[LegacySubject] = []
    for col, (kind, key, name) in columns.items():
        value = cell_text(row[col]) if col < len(row) else ""
        ref = sheet.cell_ref(index, col)
        if kind == "field":
            values[key] = value
            cells.append((key, ref))
            cells += [(k, ref) for k, v in _ERROR_FIELDS.items() if v == key]
        elif value:
            subjects.append(LegacySubject(key, name, value))
            cells.append((name, ref))
    first = sheet.cell_ref(index, 0)
    student_id = next((by_key[v] for f in ("system_id", "personal_id", "student_code") if (v := values.get(f, ""))
                       and v in by_key), None)
    if student_id is None:
        problems.append(Problem(sheet.title, first, _("Không tìm thấy học sinh (cần mã hệ thống, số định danh cá "
                                                      "nhân hoặc mã học sinh của học sinh đã có).")))
        return None
    scan_name = values.get("scan", "")
    scan_cell = dict(cells).get("scan", first)
    scan_path = (scans / scan_name).resolve()
    if not scan_name or scans.resolve() not in scan_path.parents or not scan_path.is_file():
        problems.append(Problem(sheet.title, scan_cell, _("Thiếu tệp bản scan “{f}” trong thư mục {d}.", f=scan_name,
                                                          d=str(scans))))
        return None
    grade_text = values.get("makhoi", "") or "".join(c for c in values.get("tenlop", "")[:2] if c.isdigit())
    absences, promoted = values.get("sobuoinghi", ""), header_key(values.get("duoclenlop", ""))
    if (grade_text and not grade_text.isdigit()) or (absences and not absences.isdigit()) or (
            promoted and promoted not in _YES | _NO):
        bad = "makhoi" if grade_text and not grade_text.isdigit() else "sobuoinghi" if absences and not \
            absences.isdigit() else "duoclenlop"
        problems.append(Problem(sheet.title, dict(cells).get(bad, first),
                                _("Giá trị “{v}” không hợp lệ.", v=values.get(bad, grade_text))))
        return None
    result = LegacyYearResult(
        regulation=values.get("thongtu", ""), year=values.get("namhoc", ""), grade=int(grade_text or 0),
        class_name=values.get("tenlop", ""), subjects=tuple(subjects), learning=values.get("learning", ""),
        conduct=values.get("conduct", ""), average=values.get("diemtongket", ""),
        absences=int(absences) if absences else None, promoted=(promoted in _YES) if promoted else None,
        title=values.get("ndungkhenthuong", ""), comment=values.get("nxetgvcn", ""),
        school_name=values.get("school_name", ""), homeroom_teacher=values.get("tengvcn", ""),
        principal=values.get("principal", ""))
    return TrichlucPage(student_id, result, scan_path.read_bytes(), scan_name, sheet.title, index + 1,
                        tuple(cells))
