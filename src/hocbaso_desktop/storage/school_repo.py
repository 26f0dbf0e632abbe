"""The school, its staff, classes, students, enrolments and teaching assignments.

One function per query; rows become frozen domain objects in one `_x` mapper each.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from hocbaso_desktop.domain.errors import InvalidInputError, NotFoundError
from hocbaso_desktop.domain.i18n import N_, _
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
from hocbaso_desktop.domain.names import clean_name
from hocbaso_desktop.domain.vietnamese import name_order_key
from hocbaso_desktop.storage.settings_repo import SchoolSettings, get_setting

if TYPE_CHECKING:
    from hocbaso_desktop.storage.connection import Database as SchoolDatabase

# --- school ---------------------------------------------------------------------------------


def save_school(db: SchoolDatabase, school: School) -> None:
    """Store the school's identity (one row)."""
    db.execute(
        "INSERT INTO school(id, code, name, level, so_code, so_name, commune, province, address) "
        "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET code = excluded.code, "
        "name = excluded.name, level = excluded.level, so_code = excluded.so_code, so_name = excluded.so_name, "
        "commune = excluded.commune, province = excluded.province, address = excluded.address",
        (school.code, school.name, school.level.value, school.so_code, school.so_name, school.commune,
         school.province, school.address))


def get_school(db: SchoolDatabase) -> School:
    """The school this database belongs to."""
    r = db.query_one("SELECT code, name, level, so_code, so_name, commune, province, address FROM school")
    if r is None:
        raise NotFoundError(_("Cơ sở dữ liệu chưa có thông tin trường."))
    return School(r[0], r[1], Level(r[2]), r[3], r[4], r[5], r[6], r[7])


# --- staff ----------------------------------------------------------------------------------

def add_staff(db: SchoolDatabase, staff: Staff) -> None:
    """Add a member of staff (InvalidInputError for a name that is not a name)."""
    name = clean_name(staff.full_name, field="hovaten", label=_("Họ và tên cán bộ"))
    db.execute("INSERT INTO staff(id, full_name, title, personal_id) VALUES (?, ?, ?, ?)",
               (staff.id, name, staff.title.value, staff.personal_id))


def _staff(r: tuple) -> Staff:
    return Staff(r[0], r[1], StaffTitle(r[2]), r[3])


def get_staff(db: SchoolDatabase, staff_id: str) -> Staff:
    """One member of staff."""
    r = db.query_one("SELECT id, full_name, title, personal_id FROM staff WHERE id = ?", (staff_id,))
    if r is None:
        raise NotFoundError(_("Không tìm thấy cán bộ, giáo viên."))
    return _staff(r)


def list_staff(db: SchoolDatabase) -> list[Staff]:
    """All staff, by name."""
    return [_staff(r) for r in db.query("SELECT id, full_name, title, personal_id FROM staff ORDER BY full_name")]


def principal_staff(db: SchoolDatabase) -> Staff | None:
    """The principal (hiệu trưởng), if recorded."""
    r = db.query_one("SELECT id, full_name, title, personal_id FROM staff WHERE title = ? LIMIT 1",
                     (StaffTitle.PRINCIPAL.value,))
    return _staff(r) if r else None


# --- classes --------------------------------------------------------------------------------

_CLASS_COLS = "id, year, grade, name, homeroom_teacher_id"


def _class(r: tuple) -> SchoolClass:
    return SchoolClass(r[0], r[1], int(r[2]), r[3], r[4])


def add_class(db: SchoolDatabase, school_class: SchoolClass) -> None:
    """Add a class."""
    c = school_class
    db.execute(f"INSERT INTO classes({_CLASS_COLS}) VALUES (?, ?, ?, ?, ?)",
               (c.id, c.year, c.grade, c.name, c.homeroom_teacher_id))


def list_classes(db: SchoolDatabase, year: str | None = None) -> list[SchoolClass]:
    """Classes of a year (or all), by grade and name."""
    if year:
        rows = db.query(f"SELECT {_CLASS_COLS} FROM classes WHERE year = ? ORDER BY grade, name", (year,))
    else:
        rows = db.query(f"SELECT {_CLASS_COLS} FROM classes ORDER BY year, grade, name")
    return [_class(r) for r in rows]


def get_class(db: SchoolDatabase, class_id: str) -> SchoolClass:
    """One class by id."""
    r = db.query_one(f"SELECT {_CLASS_COLS} FROM classes WHERE id = ?", (class_id,))
    if r is None:
        raise NotFoundError(_("Không tìm thấy lớp."))
    return _class(r)


def find_class(db: SchoolDatabase, year: str, name: str) -> SchoolClass:
    """A class by school year and name (e.g. 2025-2026, 4A)."""
    r = db.query_one(f"SELECT {_CLASS_COLS} FROM classes WHERE year = ? AND upper(name) = upper(?)",
                     (year, name.strip()))
    if r is None:
        raise NotFoundError(_("Không có lớp {c} trong năm học {y}.", c=name, y=year))
    return _class(r)


def latest_year(db: SchoolDatabase) -> str | None:
    """The most recent school year that has classes."""
    r = db.query_one("SELECT max(year) FROM classes")
    return r[0] if r else None


# --- students -------------------------------------------------------------------------------

_STUDENT_COLS = ("id, full_name, sex, birth, personal_id, student_code, registry_number, birthplace, hometown, "
                 "residence, ethnicity, nationality, father_name, mother_name, guardian_name, father_job, "
                 "mother_job, guardian_job, policy_group, disabled_not_assessed, exemptions, read_only")


def _student(r: tuple) -> Student:
    birth = PartialDate(*[int(x) for x in r[3].split("-")])
    return Student(r[0], r[1], Sex(r[2]), birth, r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[13],
                   r[14], r[15], r[16], r[17], r[18], bool(r[19]), tuple(x for x in r[20].split(",") if x),
                   bool(r[21]))


def _student_params(s: Student) -> tuple:
    return (s.id, s.full_name, s.sex.value, s.birth.iso(), s.personal_id, s.student_code, s.registry_number,
            s.birthplace, s.hometown, s.residence, s.ethnicity, s.nationality, s.father_name, s.mother_name,
            s.guardian_name, s.father_job, s.mother_job, s.guardian_job, s.policy_group,
            int(s.disabled_not_assessed), ",".join(s.exemptions), int(s.read_only))


_NAME_FIELDS = (("full_name", N_("Họ và tên học sinh")), ("father_name", N_("Họ tên cha")),
                ("mother_name", N_("Họ tên mẹ")), ("guardian_name", N_("Họ tên người giám hộ")))


def checked_names(student: Student) -> Student:
    """The student with every name checked and cleaned (domain.names): the last guard of every entry path."""
    return replace(student, **{f: clean_name(getattr(student, f), field=f, label=_(label))  # i18n: table
                               for f, label in _NAME_FIELDS})


def add_students(db: SchoolDatabase, students: Iterable[Student]) -> None:
    """Insert students (InvalidInputError for a name that is not a name)."""
    db.executemany(f"INSERT INTO students({_STUDENT_COLS}) VALUES ({', '.join('?' * 22)})",
                   [_student_params(checked_names(s)) for s in students])


def update_student(db: SchoolDatabase, student: Student) -> None:
    """Replace a student's identity fields."""
    cols = _STUDENT_COLS.split(", ")[1:]
    student = checked_names(student)
    db.execute(f"UPDATE students SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?",
               (*_student_params(student)[1:], student.id))


def get_student(db: SchoolDatabase, student_id: str) -> Student:
    """One student by id."""
    r = db.query_one(f"SELECT {_STUDENT_COLS} FROM students WHERE id = ?", (student_id,))
    if r is None:
        raise NotFoundError(_("Không tìm thấy học sinh."))
    return _student(r)


def student_names(db: SchoolDatabase) -> dict[str, str]:
    """Every student's full name by id (to write the audit log as sentences, to find a student by name)."""
    return {r[0]: r[1] for r in db.query("SELECT id, full_name FROM students")}


def find_students_by_personal_id(db: SchoolDatabase, personal_id: str) -> list[Student]:
    """Students with this personal ID (to find duplicates)."""
    return [_student(r) for r in db.query(
        f"SELECT {_STUDENT_COLS} FROM students WHERE personal_id = ?", (personal_id,))]


def students_in_class(db: SchoolDatabase, class_id: str) -> list[Student]:
    """The students enrolled in a class, in Vietnamese roll order (given name, then full name)."""
    # A student belongs to the class while their latest event in it is an enrolment (not a transfer out).
    rows = db.query(f"SELECT {', '.join('s.' + c for c in _STUDENT_COLS.split(', '))} FROM students s "
                    "JOIN enrolments e ON e.student_id = s.id WHERE e.class_id = ? AND e.event IN (?, ?) "
                    "AND e.id = (SELECT max(id) FROM enrolments l WHERE l.student_id = e.student_id "
                    "AND l.class_id = e.class_id)",
                    (class_id, EnrolmentEvent.ENROLLED.value, EnrolmentEvent.TRANSFER_IN.value))
    return sorted((_student(r) for r in rows), key=roll_order_key)


def roll_order_key(student: Student) -> tuple:
    """Vietnamese class lists sort by the given name (the last word), then the whole name."""
    return name_order_key(student.full_name)


# --- enrolments -----------------------------------------------------------------------------

MAX_CLASS_SIZE_KEY = SchoolSettings.MAX_CLASS_SIZE  # on the settings screen and `hocbaso config`
# Circular 28/2020 and 32/2020 cap a class at 35 (primary) or 45 (secondary) students; real schools
# exceed that, so the default only stops what is clearly not a class (a whole school imported into one).
DEFAULT_MAX_CLASS_SIZE = 60


def add_enrolments(db: SchoolDatabase, enrolments: Iterable[Enrolment]) -> None:
    """Record enrolment events (class membership and learning history); InvalidInputError when a class
    would pass the school's maximum class size (the caller's transaction then writes nothing)."""
    rows = list(enrolments)
    db.executemany(
        "INSERT INTO enrolments(student_id, year, class_id, class_name, school_name, province, event, on_date) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(e.student_id, e.year, e.class_id, e.class_name, e.school_name, e.province, e.event.value,
          e.on.isoformat() if e.on else None) for e in rows])
    joined = {e.class_id for e in rows if e.class_id and e.event in (EnrolmentEvent.ENROLLED,
                                                                        EnrolmentEvent.TRANSFER_IN)}
    if joined:
        _check_class_sizes(db, joined)


def _check_class_sizes(db: SchoolDatabase, class_ids: set[str]) -> None:
    limit = int(get_setting(db, MAX_CLASS_SIZE_KEY, DEFAULT_MAX_CLASS_SIZE) or DEFAULT_MAX_CLASS_SIZE)
    for class_id in class_ids:
        size = db.query_one(
            "SELECT count(*) FROM enrolments e WHERE e.class_id = ? AND e.event IN (?, ?) AND e.id = "
            "(SELECT max(id) FROM enrolments l WHERE l.student_id = e.student_id AND l.class_id = e.class_id)",
            (class_id, EnrolmentEvent.ENROLLED.value, EnrolmentEvent.TRANSFER_IN.value))[0]
        if size > limit:
            name = db.query_one("SELECT name FROM classes WHERE id = ?", (class_id,))
            raise InvalidInputError(_("Lớp {c} sẽ có {n} học sinh, vượt sĩ số tối đa {m} (quản trị viên đổi được ở "
                                      "màn hình Cài đặt, mục “Sĩ số tối đa của một lớp”); không ghi gì.",
                                      c=name[0] if name else class_id, n=size, m=limit),
                                    field="siso")


def history(db: SchoolDatabase, student_id: str) -> list[Enrolment]:
    """A student's learning history (quá trình học tập), oldest first."""
    rows = db.query("SELECT student_id, year, class_name, school_name, province, event, on_date, class_id "
                    "FROM enrolments WHERE student_id = ? ORDER BY year, id", (student_id,))
    return [Enrolment(r[0], r[1], r[2], r[3], r[4], EnrolmentEvent(r[5]),
                      date.fromisoformat(r[6]) if r[6] else None, r[7]) for r in rows]


def class_of_student(db: SchoolDatabase, student_id: str, year: str) -> SchoolClass | None:
    """The class a student belongs to in a year."""
    r = db.query_one(f"SELECT {', '.join('c.' + c for c in _CLASS_COLS.split(', '))} FROM classes c "
                     "JOIN enrolments e ON e.class_id = c.id WHERE e.student_id = ? AND c.year = ? "
                     "ORDER BY e.id DESC LIMIT 1", (student_id, year))
    return _class(r) if r else None


# --- teaching assignments -------------------------------------------------------------------

def add_assignments(db: SchoolDatabase, assignments: Iterable[TeachingAssignment]) -> None:
    """Record who teaches which subject in which class (replacing an earlier teacher)."""
    db.executemany(
        "INSERT INTO teaching_assignments(class_id, subject_code, teacher_id, periods_per_year) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(class_id, subject_code) DO UPDATE SET teacher_id = excluded.teacher_id, "
        "periods_per_year = excluded.periods_per_year",
        [(a.class_id, a.subject_code, a.teacher_id, a.periods_per_year) for a in assignments])


def teaching_assignments(db: SchoolDatabase, class_id: str | None = None) -> list[TeachingAssignment]:
    """Teaching assignments of a class (or all)."""
    sql = "SELECT teacher_id, subject_code, class_id, periods_per_year FROM teaching_assignments"
    rows = db.query(sql + " WHERE class_id = ?", (class_id,)) if class_id else db.query(sql)
    return [TeachingAssignment(r[0], r[1], r[2], r[3]) for r in rows]
