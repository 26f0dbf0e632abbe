"""The computed results in the payload's dictionary fields, and the year page rebuilt from a payload.

Pure. `result_fields` / `subject_result_fields` write an evaluated year (the printing-friendly
`PrimaryOutcome` / `SecondaryOutcome`) as fields of the national data dictionary (domain.md §4.4);
`record_book_from_payload` reads a frozen payload back into a `RecordBook` with one `YearPage`, so the
issued PDF is drawn from the signed data alone and shows nothing that the payload does not hold.

Two keys have no dictionary field and are kept so the page can be redrawn exactly: ``danhhieu`` (the
award titles, without the class's reason that ``ndungkhenthuong`` appends) and ``dieuchinhhocluc``
(the year learning level was raised by TT22 Art 9's adjustment, printed with an asterisk). Undecided
results are absent keys or JSON null (a pending promotion), never a guess.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.assessment import ABSENCES, GENERAL, AssessmentEntry
from hocbaso_desktop.domain.catalogue import SubjectSpec
from hocbaso_desktop.domain.model import (
    Enrolment,
    Level,
    PartialDate,
    RecordStatus,
    School,
    SchoolClass,
    Sex,
    Staff,
    StaffTitle,
    Student,
    YearRecord,
)
from hocbaso_desktop.domain.record_book import (
    EntryValues,
    PrimaryOutcome,
    RecordBook,
    SecondaryOutcome,
    SubjectOutcome,
    YearPage,
    primary_awards,
    primary_completion_text,
    promotion_text,
)

Outcome = PrimaryOutcome | SecondaryOutcome
_SUBJECT_SCORES = (("diemhocky1", "hk1"), ("diemhocky2", "hk2"), ("diemcanam", "year"), ("diemkttralai", "retest"))
_LEVEL_TRIPLES = (("hocky1", "hocky2", "canam"), ("renluyenhocky1", "renluyenhocky2", "renluyencanam"))


def _some(**fields: Any) -> dict[str, Any]:
    """The fields whose value is known (None and "" are left out)."""
    return {k: v for k, v in fields.items() if v is not None and v != ""}


def result_fields(level: str, grade: int, outcome: Outcome | None, values: EntryValues) -> dict[str, Any]:
    """The year-level result fields of a page (xeploai, duoclenlop, hocky1 …, sobuoinghi, nxetgvcn)."""
    comment = _some(nxetgvcn=values.get(GENERAL, "cn", "comment"))
    if level == Level.TIEU_HOC:
        absences = _some(nghicophep=values.get(ABSENCES, "cn", "excused"),
                         nghikhongphep=values.get(ABSENCES, "cn", "unexcused"))
        if not isinstance(outcome, PrimaryOutcome):
            return {**comment, **absences}
        return {
            **comment, **absences,
            **_some(xeploai=outcome.result, ndunghoanthanh=primary_completion_text(grade, outcome),
                    ndungkhenthuong="; ".join(primary_awards(values, outcome))),
            "duoclenlop": outcome.completed_grade,
            "dahthanhctrinhlophoc": outcome.completed_grade,
            "dahthanhctrinhtieuhoc": bool(outcome.completed_primary),
            "danhhieu": list(outcome.awards),
        }
    fields = {**comment, **_some(sobuoinghi=values.get(ABSENCES, "cn", "total"))}
    if not isinstance(outcome, SecondaryOutcome):
        return fields
    for names, levels in zip(_LEVEL_TRIPLES, (outcome.learning, outcome.conduct), strict=True):
        fields.update(_some(**dict(zip(names, levels, strict=True))))
    fields.update(_some(kqhoctaplai=outcome.learning_after_retest, renluyenlai=outcome.conduct_after_summer,
                        ndungduoclenlop=promotion_text(grade, level, outcome), ndungkhenthuong=outcome.title))
    fields.update({"duoclenlop": outcome.promoted, "dieuchinhhocluc": outcome.learning_adjusted})
    return fields


def subject_result_fields(code: str, outcome: Outcome | None) -> dict[str, str]:
    """A secondary subject row's diemhocky1 / diemhocky2 / diemcanam / diemkttralai ("7.6", "Đ", "CĐ", "M")."""
    if not isinstance(outcome, SecondaryOutcome) or code not in outcome.subjects:
        return {}
    subject = outcome.subjects[code]
    return _some(**{name: getattr(subject, attr) for name, attr in _SUBJECT_SCORES})


def _outcome(p: Mapping[str, Any], primary: bool) -> Outcome | None:
    """The page's outcome from the payload's result fields, or None when the payload carries no results."""
    if primary:
        if "dahthanhctrinhlophoc" not in p:
            return None
        return PrimaryOutcome(result=p.get("xeploai") or None, completed_grade=p.get("dahthanhctrinhlophoc"),
                              completed_primary=bool(p.get("dahthanhctrinhtieuhoc")),
                              awards=tuple(p.get("danhhieu") or ()))
    if "duoclenlop" not in p:
        return None
    subjects = {row["mamonhoc"]: SubjectOutcome(*(row.get(name) or None for name, _attr in _SUBJECT_SCORES))
                for row in p.get("bangdiem", ())}
    learning, conduct = (tuple(p.get(n) or None for n in names) for names in _LEVEL_TRIPLES)
    return SecondaryOutcome(subjects=subjects, learning=learning, conduct=conduct,  # type: ignore[arg-type]
                            learning_adjusted=bool(p.get("dieuchinhhocluc")),
                            learning_after_retest=p.get("kqhoctaplai") or None,
                            conduct_after_summer=p.get("renluyenlai") or None,
                            promoted=p.get("duoclenlop"), title=p.get("ndungkhenthuong") or None)


def _entries(p: Mapping[str, Any], student_id: str, primary: bool) -> tuple[AssessmentEntry, ...]:
    """The entered values under each row's ``danhgia`` (or, for a converted page, its dictionary fields)."""
    entries = []
    for row in p.get("bangdiem", ()):
        entered = dict(row.get("danhgia") or {})
        if not entered:  # a converted paper page has no entries: its fields are what was on paper
            named = {"mucdatduoc": "cn.level", "diemkiemtradinhky": "cn.test"} if primary else {"nxetmonhoc":
                                                                                              "cn.comment"}
            entered = {key: row[name] for name, key in named.items() if row.get(name)}
        for key, value in entered.items():
            period, _dot, component = key.partition(".")
            entries.append(AssessmentEntry(student_id, row["mamonhoc"], period, component, value))
    return tuple(entries)


def _subjects(p: Mapping[str, Any], level: str, grade: int) -> tuple[SubjectSpec, ...]:
    """The page's subjects in payload order, named as the payload names them (pseudo-subjects left out)."""
    known = {s.code: s for combined in (True, False)  # a page issued before THCS Nghệ thuật was split reads too
             for s in catalogue.subjects_for(level, grade, combined_art=combined)} if grade else {}
    specs = []
    for row in p.get("bangdiem", ()):
        code = row["mamonhoc"]
        if code.startswith("_"):
            continue
        base = known.get(code)
        kind = "level" if level == Level.TIEU_HOC else (base.kind if base else "score")
        tested = ("cn",) if row.get("diemkiemtradinhky") else ()
        specs.append(SubjectSpec(code, row.get("tenmonhoc") or code, kind, tested_periods=tested))  # type: ignore[arg-type]
    return tuple(specs)


def _staff(name: str, personal_id: str, title: StaffTitle) -> Staff | None:
    return Staff("", name, title, personal_id) if name else None


def _level(p: Mapping[str, Any]) -> Level:
    return next((lv for lv in Level if lv.caphoc_code == p.get("macaphoc")),
                Level.TIEU_HOC if p.get("bang") == "thongtinsohocbasotieuhoc" else Level.THCS)


def _birth(p: Mapping[str, Any]) -> PartialDate:
    """ngaythangnamsinh / thangnamsinh / namsinh (ISO forms, as `payload._birth_fields` writes them)."""
    text = p.get("ngaythangnamsinh") or p.get("thangnamsinh") or p.get("namsinh") or "0"
    return PartialDate(*(int(part) for part in text.split("-")))


def _student(p: Mapping[str, Any]) -> Student:
    return Student(
        id=p.get("mahocsinh", ""), full_name=p.get("hovaten", ""), sex=Sex(p.get("gioitinh") or "0"),
        birth=_birth(p), personal_id=p.get("sodinhdanh", ""),
        student_code=p.get("mahocsinh", ""), registry_number=p.get("sosodangbo", ""),
        birthplace=p.get("noisinh_diachichitiet", ""), hometown=p.get("quequan_diachichitiet", ""),
        residence=p.get("noiohiennay_diachichitiet", ""), ethnicity=p.get("dantoc", ""),
        nationality=p.get("quoctich", ""), father_name=p.get("hotencha", ""), mother_name=p.get("hotenme", ""),
        guardian_name=p.get("hotennguoigiamho", ""), father_job=p.get("nghenghiepcha", ""),
        mother_job=p.get("nghenghiepme", ""), guardian_job=p.get("nghenghiepnguoigiamho", ""),
        policy_group=p.get("doituongchinhsach", ""), disabled_not_assessed=bool(p.get("cokhuyettatkhongdanhgia")))


def record_book_from_payload(p: Mapping[str, Any]) -> RecordBook:
    """The học bạ of one frozen page version: exactly what the payload holds, as printing draws it."""
    level = _level(p)
    primary = level is Level.TIEU_HOC
    school = School(p.get("matruong", ""), p.get("tentruong", ""), level, p.get("masogd", ""), p.get("tensogd", ""),
                    p.get("thongtintruong_diachi_tenxa", ""), p.get("thongtintruong_diachi_tentinh", ""))
    student = _student(p)
    grade = int(p.get("makhoi") or 0)
    school_class = SchoolClass("", p.get("namhoc", ""), grade, p.get("tenlop", ""))
    record = YearRecord(id=p.get("madinhdanhhocba", ""), version=int(p.get("phienbanthongtinhocba") or 1),
                        status=RecordStatus.LOCKED, student_id=student.id, class_id="", year=school_class.year,
                        regulation=p.get("thongtu", ""), converted_from_paper=bool(p.get("trichluc")),
                        issued_place=p.get("diadanhphathanh", ""))
    day = p.get("ngaykyphathanh") or p.get("ngaytao")
    teachers = {row["mamonhoc"]: Staff("", row["gvbm"], StaffTitle.TEACHER, row.get("soddcngvbm", ""))
                for row in p.get("bangdiem", ()) if row.get("gvbm")}
    page = YearPage(
        year=school_class.year, school_class=school_class, level=level.value,
        subjects=_subjects(p, level.value, grade), entries=_entries(p, student.id, primary),
        outcome=_outcome(p, primary),
        homeroom_teacher=_staff(p.get("tengvcn", ""), p.get("soddcngvcn", ""), StaffTitle.TEACHER),
        principal=_staff(p.get("tengiamhieu", ""), p.get("soddcngiamhieu", ""), StaffTitle.PRINCIPAL),
        subject_teachers=teachers, issued_place=record.issued_place,
        issued_on=date.fromisoformat(day) if day else None, record=record)
    history = tuple(Enrolment(student.id, e.get("namhoc", ""), e.get("tenlop", ""), e.get("tentruong", ""),
                              e.get("tentinh", "")) for e in p.get("quatrinhhoctap", ()))
    return RecordBook(school, student, history, (page,))
