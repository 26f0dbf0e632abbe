"""What the importer knows about the school while it checks a workbook: classes, students, entries, staff.

Loaded once per import (one query per table and year) and updated with what the plan would create, so
later rows and sheets see earlier ones (a student added on one sheet can receive scores on another).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import replace
from functools import cached_property

from hocbaso_desktop.dataio.import_plan import ImportPlan
from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.catalogue import SubjectSpec
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.model import Level, School, SchoolClass, Staff, Student
from hocbaso_desktop.storage import SchoolDatabase, catalogue_repo, dataio_repo, school_repo, settings_repo

_GRADE = re.compile(r"^\s*(\d{1,2})")


def grade_of_class_name(name: str, level: Level) -> int | None:
    """The grade a class name starts with ("4A" → 4, "10A1" → 10) if the school's level teaches it."""
    match = _GRADE.match(name)
    if match and int(match.group(1)) in level.grades:
        return int(match.group(1))
    return None


class ImportContext:
    """The school as seen by one import, plus what the plan being built would add."""

    def __init__(self, db: SchoolDatabase, year: str) -> None:
        self.db, self.year = db, year
        self.school: School = school_repo.get_school(db)
        self.level = self.school.level
        self.settings = settings_repo.evaluation_settings(db)
        self.classes = {c.name.upper(): c for c in school_repo.list_classes(db, year)}
        self.membership = dataio_repo.class_membership(db, year)
        self.by_personal_id: dict[str, str] = {}
        self.by_code: dict[str, str] = {}
        self.known_ids: set[str] = set()
        for sid, pid, code in dataio_repo.student_keys(db):
            self.known_ids.add(sid)
            if pid:
                self.by_personal_id[pid] = sid
            if code:
                self.by_code[code] = sid
        self.frozen = dataio_repo.frozen_student_ids(db, year)
        self._students: dict[str, Student] = {}
        self._rosters: dict[str, list[Student]] = {}
        self._periods: dict[tuple[str, str], int] = {
            (a.class_id, a.subject_code): a.periods_per_year
            for a in school_repo.teaching_assignments(db) if a.periods_per_year}
        self._combined_art = catalogue_repo.classes_with_combined_art(db, year)  # THCS, assessed before the split

    @cached_property
    def entries(self) -> dict[tuple[str, str, str, str], str]:
        """Existing entries of the year (loaded when the first score sheet needs them)."""
        return dataio_repo.entries_of_year(self.db, self.year)

    @cached_property
    def staff(self) -> list[Staff]:
        """All staff (for teaching assignments)."""
        return school_repo.list_staff(self.db)

    def student(self, student_id: str) -> Student:
        """A student already in the database or planned."""
        if student_id not in self._students:
            self._students[student_id] = school_repo.get_student(self.db, student_id)
        return self._students[student_id]

    def remember(self, student: Student) -> None:
        """Make a planned or updated student visible to later rows."""
        self._students[student.id] = student
        self.known_ids.add(student.id)
        if student.personal_id:
            self.by_personal_id[student.personal_id] = student.id
        if student.student_code:
            self.by_code[student.student_code] = student.id

    def roster(self, school_class: SchoolClass) -> list[Student]:
        """The students of a class (including those the plan enrols)."""
        if school_class.id not in self._rosters:
            self._rosters[school_class.id] = [self.student(sid) for sid, cid in self.membership.items()
                                              if cid == school_class.id]
        return self._rosters[school_class.id]

    def enrol(self, student: Student, school_class: SchoolClass) -> None:
        """Record a planned enrolment."""
        members = self.roster(school_class)  # load the roster before the membership changes
        self.membership[student.id] = school_class.id
        members.append(student)

    def class_named(self, name: str, plan: ImportPlan, *, create: bool) -> SchoolClass | str:
        """The class of the year with this name; with `create`, plan a new one. Returns the class or a reason."""
        key = name.strip().upper()
        if key in self.classes:
            return self.classes[key]
        grade = grade_of_class_name(key, self.level)
        if not create:
            return _("năm học {y} không có lớp “{c}”", y=self.year, c=name)
        if not key or grade is None:
            return _("tên lớp “{c}” không cho biết khối của {lv}", c=name, lv=self.level.label)
        new = SchoolClass(str(uuid.uuid4()), self.year, grade, name.strip())
        self.classes[key] = new
        plan.new_classes.append(new)
        plan.changes.append(_("Tạo lớp {c} (khối {g}).", c=new.name, g=grade))
        return new

    def specs(self, school_class: SchoolClass) -> tuple[SubjectSpec, ...]:
        """The class's subjects, with the periods per year of its teaching assignments."""
        base = catalogue.subjects_for(self.level.value, school_class.grade, split_thcn=self.settings.split_thcn,
                                      combined_art=school_class.id in self._combined_art)
        return tuple(replace(s, periods_per_year=self._periods.get((school_class.id, s.code), s.periods_per_year))
                     for s in base)
