"""Use cases for students and classes."""

from __future__ import annotations

import uuid
from dataclasses import replace

from hocbaso_desktop.domain.errors import InvalidInputError, NotFoundError
from hocbaso_desktop.domain.i18n import _, nfc
from hocbaso_desktop.domain.model import Enrolment, EnrolmentEvent, SchoolClass, Student
from hocbaso_desktop.domain.names import clean_name
from hocbaso_desktop.domain.personal_id import validate_personal_id
from hocbaso_desktop.domain.roles import Action, Scope, require
from hocbaso_desktop.services.changes import Changed, Changes, audited
from hocbaso_desktop.storage import Session, audit, school_repo


def resolve_class(session: Session, name: str, year: str | None = None) -> SchoolClass:
    """The class named `name` in `year` (default: the latest school year with classes)."""
    chosen = year or school_repo.latest_year(session.db)
    if not chosen:
        raise NotFoundError(_("Cơ sở dữ liệu chưa có lớp học nào."))
    return school_repo.find_class(session.db, chosen, name)


def class_students(session: Session, school_class: SchoolClass) -> list[Student]:
    """The students of a class in roll order, if the user may see them."""
    require(session.user, Action.VIEW_STUDENTS, Scope(class_id=school_class.id))
    return school_repo.students_in_class(session.db, school_class.id)


def _checked(session: Session, student: Student) -> Student:
    """The student with a tidy name and a checked, unique personal ID (or a Vietnamese refusal)."""
    name = clean_name(student.full_name, field="hovaten", label=_("Họ và tên học sinh"))
    if len(name.split()) < 2:
        raise InvalidInputError(_("Họ và tên học sinh cần ít nhất hai từ."), field="hovaten")
    pid = student.personal_id.strip()
    if pid:
        pid = validate_personal_id(pid, sex=student.sex, birth_year=student.birth.year)
        if any(other.id != student.id for other in school_repo.find_students_by_personal_id(session.db, pid)):
            raise InvalidInputError(_("Đã có học sinh với số định danh này."), field="sodinhdanh")
    fields = {f: nfc(" ".join(str(getattr(student, f)).split())) for f in _TEXT_FIELDS}
    return replace(student, full_name=name, personal_id=pid, **fields)


_TEXT_FIELDS = ("student_code", "birthplace", "hometown", "residence", "ethnicity", "nationality", "father_name",
                "mother_name", "guardian_name")


def update_student(session: Session, student: Student) -> Changed[Student]:
    """Correct one student's identity fields (học vụ); audited with the names of the fields changed only.

    A history received from another school (read-only) is refused. Pages already issued keep what they
    were signed with; the next version takes the corrected data.
    """
    require(session.user, Action.EDIT_STUDENTS)
    old = school_repo.get_student(session.db, student.id)
    if old.read_only:
        raise InvalidInputError(_("Hồ sơ nhận từ trường khác chỉ xem được, không sửa được."))
    new = _checked(session, replace(student, read_only=False))
    changed = sorted(f for f in ("full_name", "sex", "birth", "personal_id", *_TEXT_FIELDS)
                     if getattr(old, f) != getattr(new, f))
    if not changed:
        return Changed(old, Changes())
    with session.db.transaction():
        school_repo.update_student(session.db, new)
        # field names only: a personal ID number never enters the log
        audit.append(session.db, actor=session.account.username, action="student.update", entity="student",
                     entity_id=new.id, after={"fields": changed})
    return Changed(new, audited(students=True))


def add_student(session: Session, school_class: SchoolClass, student: Student) -> Changed[Student]:
    """Enrol a new student in a class after checking the identity fields (học vụ)."""
    require(session.user, Action.EDIT_STUDENTS)
    new = _checked(session, replace(student, id=student.id or str(uuid.uuid4())))
    school = school_repo.get_school(session.db)
    with session.db.transaction():
        school_repo.add_students(session.db, [new])
        school_repo.add_enrolments(session.db, [Enrolment(new.id, school_class.year, school_class.name, school.name,
                                                          school.province, EnrolmentEvent.ENROLLED,
                                                          session.today(),
                                                          school_class.id)])
        audit.append(session.db, actor=session.account.username, action="student.add", entity="student",
                     entity_id=new.id, after={"full_name": new.full_name, "class": school_class.name})
    return Changed(new, audited(students=True))
