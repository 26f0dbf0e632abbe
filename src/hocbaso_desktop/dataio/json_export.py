"""The open JSON export of a school's data, and its import into another installation.

Field names follow the national data dictionary (domain.md §4.4) where it has one (hovaten, sodinhdanh,
mahocsinh, gioitinh, namhoc, tenlop, mamonhoc, ...); the rest are plain Vietnamese words without
diacritics. Ethnicity and nationality are the names the school entered, not QCVN 109 codes. Issued
records (signed PDFs) are not part of this export: they travel with transfers (dataio/transfer.py).
The import writes everything in one transaction, after validating every entry with validate_entry.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from hocbaso_desktop.domain.assessment import AssessmentEntry, validate_entry
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.model import (
    Enrolment,
    EnrolmentEvent,
    Level,
    PartialDate,
    School,
    SchoolClass,
    Sex,
    Staff,
    StaffTitle,
    Student,
    TeachingAssignment,
)
from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.limits import JSON_MAX_FILE, loads_bounded, read_file_bounded
from hocbaso_desktop.private_files import write_private
from hocbaso_desktop.storage import assessments_repo, audit, dataio_repo, school_repo

FORMAT = "hocbaso-export"
FORMAT_VERSION = 1
# Student field → export key (data dictionary names).
STUDENT_KEYS = {
    "id": "id", "full_name": "hovaten", "personal_id": "sodinhdanh", "student_code": "mahocsinh",
    "registry_number": "sosodangbo", "birthplace": "noisinh_diachichitiet", "hometown": "quequan_diachichitiet",
    "residence": "noiohiennay_diachichitiet", "ethnicity": "dantoc", "nationality": "quoctich",
    "father_name": "hotencha", "father_job": "nghenghiepcha", "mother_name": "hotenme", "mother_job": "nghenghiepme",
    "guardian_name": "hotennguoigiamho", "guardian_job": "nghenghiepnguoigiamho", "policy_group": "doituongchinhsach",
}
_BIRTH_KEYS = ("ngaythangnamsinh", "thangnamsinh", "namsinh")


def school_data(db) -> dict[str, Any]:
    """The school's data as the export's JSON object."""
    school = school_repo.get_school(db)
    students = [student_to_json(school_repo.get_student(db, sid)) for sid in dataio_repo.student_ids(db)]
    return {
        "dinhdang": FORMAT, "phienban": FORMAT_VERSION,
        "truong": {"matruong": school.code, "tentruong": school.name, "capHoc": school.level.value,
                   "macaphoc": school.level.caphoc_code, "masogd": school.so_code, "tensogd": school.so_name,
                   "thongtintruong_diachi_tenxa": school.commune, "thongtintruong_diachi_tentinh": school.province,
                   "diachi": school.address},
        "canbo": [{"id": s.id, "hovaten": s.full_name, "chucvu": s.title.value, "sodinhdanh": s.personal_id}
                  for s in school_repo.list_staff(db)],
        "lop": [{"id": c.id, "namhoc": c.year, "makhoi": c.grade, "tenlop": c.name, "gvcn": c.homeroom_teacher_id}
                for c in school_repo.list_classes(db)],
        "hocsinh": students,
        "quatrinhhoctap": [{"hocsinh": r[0], "namhoc": r[1], "lop": r[2], "tenlop": r[3], "tentruong": r[4],
                            "tentinh": r[5], "sukien": r[6], "ngay": r[7]} for r in dataio_repo.all_enrolments(db)],
        "phancong": [{"lop": a.class_id, "mamonhoc": a.subject_code, "giaovien": a.teacher_id,
                      "sotietnam": a.periods_per_year} for a in school_repo.teaching_assignments(db)],
        "danhgia": [{"hocsinh": r[0], "namhoc": r[1], "mamonhoc": r[2], "ky": r[3], "thanhphan": r[4],
                     "giatri": r[5]} for r in dataio_repo.all_entries(db)],
    }


def export_json(session, out: Path | str) -> Path:
    """Write the school's data to `out` (UTF-8 JSON) and audit the export."""
    require(session.user, Action.EXPORT_RECORDS)
    data = school_data(session.db)
    path = Path(out)
    write_private(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    with session.db.transaction():
        audit.append(session.db, actor=session.account.username, action="export.json", entity="school",
                     entity_id=data["truong"]["matruong"], before=None,
                     after={"file": path.name, "students": len(data["hocsinh"]), "entries": len(data["danhgia"])})
    return path


def student_to_json(s: Student) -> dict[str, Any]:
    """A student as the export's JSON object (data dictionary field names)."""
    out: dict[str, Any] = {key: getattr(s, field) for field, key in STUDENT_KEYS.items()}
    out["gioitinh"] = s.sex.value
    out[_BIRTH_KEYS[0] if s.birth.day else _BIRTH_KEYS[1] if s.birth.month else _BIRTH_KEYS[2]] = s.birth.iso()
    out["cokhuyettatkhongdanhgia"] = s.disabled_not_assessed
    out["monmien"] = list(s.exemptions)
    out["chidoc"] = s.read_only
    return out


def read_export(path: Path | str) -> dict[str, Any]:
    """Read and check the envelope of an export file."""
    try:
        data = loads_bounded(read_file_bounded(path, JSON_MAX_FILE).decode("utf-8"), what=Path(path).name)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInputError(_("Không đọc được tệp dữ liệu {p}.", p=str(path))) from exc
    if not isinstance(data, dict) or data.get("dinhdang") != FORMAT or data.get("phienban") != FORMAT_VERSION:
        raise InvalidInputError(_("Tệp {p} không phải dữ liệu xuất của Học bạ số (phiên bản {v}).", p=str(path),
                                  v=FORMAT_VERSION))
    return data


def school_of_export(data: dict[str, Any]) -> School:
    """The school an export describes (to create the database that will receive it)."""
    t = data["truong"]
    return School(t["matruong"], t["tentruong"], Level(t["capHoc"]), t.get("masogd", ""), t.get("tensogd", ""),
                  t.get("thongtintruong_diachi_tenxa", ""), t.get("thongtintruong_diachi_tentinh", ""),
                  t.get("diachi", ""))


@dataclass(frozen=True)
class JsonImportSummary:
    """What a JSON import wrote."""

    staff: int
    classes: int
    students: int
    enrolments: int
    assignments: int
    entries: int


def import_json(session, path: Path | str) -> JsonImportSummary:
    """Import an export into this school's database (same school code), all or nothing."""
    require(session.user, Action.IMPORT_DATA)
    data = read_export(path)
    db = session.db
    school = school_repo.get_school(db)
    try:
        code = data["truong"]["matruong"]
        parts = _parse(data, school.level)
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidInputError(_("Tệp dữ liệu thiếu hoặc sai trường thông tin ({e}).", e=str(exc))) from exc
    if code != school.code:
        raise InvalidInputError(_("Tệp là dữ liệu của trường {c}, không phải trường này ({m}).", c=code, m=school.code))
    staff, classes, students, enrolments, assignments, entries = parts
    in_file = {s.id for s in students}
    strangers = {e.student_id for _y, e in entries} - in_file
    if strangers:
        # Values of a student who is not in the file could not be checked against their grade, and would
        # overwrite what this school entered: refuse the whole file.
        raise InvalidInputError(_("Tệp có {n} dòng đánh giá của học sinh không có trong tệp; không nhập.",
                                  n=sum(1 for _y, e in entries if e.student_id in strangers)))
    with db.transaction():
        if dataio_repo.existing_ids(db, "students") & {s.id for s in students}:
            raise InvalidInputError(_("Cơ sở dữ liệu đã có học sinh của tệp này; không nhập lại."))
        known_staff = dataio_repo.existing_ids(db, "staff")
        new_staff = [s for s in staff if s.id not in known_staff]
        for member in new_staff:
            school_repo.add_staff(db, member)
        known_classes = dataio_repo.existing_ids(db, "classes")
        new_classes = [c for c in classes if c.id not in known_classes]
        for school_class in new_classes:
            school_repo.add_class(db, school_class)
        school_repo.add_students(db, students)
        school_repo.add_enrolments(db, enrolments)
        school_repo.add_assignments(db, assignments)
        count = 0
        for year in sorted({y for y, _e in entries}):
            count += assessments_repo.bulk_insert_entries(db, year, [e for y, e in entries if y == year],
                                                          actor=session.account.username, reason="import json")
        summary = JsonImportSummary(len(new_staff), len(new_classes), len(students), len(enrolments),
                                    len(assignments), count)
        audit.append(db, actor=session.account.username, action="import.json", entity="school", entity_id=school.code,
                     before=None, after=summary.__dict__)
    return summary


def _parse(data: dict[str, Any], level: Level) -> tuple:
    staff = [Staff(s["id"], s["hovaten"], StaffTitle(s["chucvu"]), s.get("sodinhdanh", "")) for s in data["canbo"]]
    classes = [SchoolClass(c["id"], c["namhoc"], int(c["makhoi"]), c["tenlop"], c.get("gvcn")) for c in data["lop"]]
    students = [student_from_json(s) for s in data["hocsinh"]]
    enrolments = [Enrolment(e["hocsinh"], e["namhoc"], e["tenlop"], e["tentruong"], e.get("tentinh", ""),
                            EnrolmentEvent(e["sukien"]), date.fromisoformat(e["ngay"]) if e.get("ngay") else None,
                            e.get("lop")) for e in data["quatrinhhoctap"]]
    assignments = [TeachingAssignment(a["giaovien"], a["mamonhoc"], a["lop"], a.get("sotietnam"))
                   for a in data["phancong"]]
    grade_of = {c.id: c.grade for c in classes}
    class_in_year = {(e.student_id, e.year): e.class_id for e in enrolments if e.class_id}
    entries = []
    for n, d in enumerate(data["danhgia"]):
        entry = AssessmentEntry(d["hocsinh"], d["mamonhoc"], d["ky"], d["thanhphan"], d["giatri"])
        grade = grade_of.get(class_in_year.get((entry.student_id, d["namhoc"]), ""))
        if grade is not None:
            try:
                entry = validate_entry(level.value, grade, entry)
            except InvalidInputError as exc:
                raise InvalidInputError(_("danhgia[{n}]: {m}", n=n, m=exc.message)) from exc
        entries.append((d["namhoc"], entry))
    return staff, classes, students, enrolments, assignments, entries


def student_from_json(d: dict[str, Any]) -> Student:
    """A student from the export's JSON object."""
    birth_text = next(d[k] for k in _BIRTH_KEYS if d.get(k))
    birth = PartialDate(*[int(x) for x in birth_text.split("-")])
    fields = {field: d.get(key, "") for field, key in STUDENT_KEYS.items()}
    return Student(**fields, sex=Sex(d["gioitinh"]), birth=birth,
                   disabled_not_assessed=bool(d.get("cokhuyettatkhongdanhgia")),
                   exemptions=tuple(d.get("monmien", ())), read_only=bool(d.get("chidoc")))
