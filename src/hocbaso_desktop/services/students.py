"""Use cases for students and classes."""

from __future__ import annotations

import uuid
from dataclasses import replace

from hocbaso_desktop.domain.model import Enrolment, EnrolmentEvent, SchoolClass, Student
from hocbaso_desktop.domain.names import clean_name
from hocbaso_desktop.domain.personal_id import validate_personal_id
from hocbaso_desktop.domain.roles import Action, Scope, require
from hocbaso_desktop.errors import InvalidInputError, NotFoundError
from hocbaso_desktop.i18n import _
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


def add_student(session: Session, school_class: SchoolClass, student: Student) -> Student:
    """Enrol a new student in a class after checking the identity fields (học vụ)."""
    require(session.user, Action.EDIT_STUDENTS)
    name = clean_name(student.full_name, field="hovaten", label=_("Họ và tên học sinh"))
    if len(name.split()) < 2:
        raise InvalidInputError(_("Họ và tên học sinh cần ít nhất hai từ."), field="hovaten")
    pid = student.personal_id.strip()
    if pid:
        pid = validate_personal_id(pid, sex=student.sex, birth_year=student.birth.year)
        if school_repo.find_students_by_personal_id(session.db, pid):
            raise InvalidInputError(_("Đã có học sinh với số định danh này."), field="sodinhdanh")
    new = replace(student, id=student.id or str(uuid.uuid4()), full_name=name, personal_id=pid)
    school = school_repo.get_school(session.db)
    with session.db.transaction():
        school_repo.add_students(session.db, [new])
        school_repo.add_enrolments(session.db, [Enrolment(new.id, school_class.year, school_class.name, school.name,
                                                          school.province, EnrolmentEvent.ENROLLED,
                                                          session.today(),
                                                          school_class.id)])
        audit.append(session.db, actor=session.account.username, action="student.add", entity="student",
                     entity_id=new.id, after={"full_name": new.full_name, "class": school_class.name})
    return new
