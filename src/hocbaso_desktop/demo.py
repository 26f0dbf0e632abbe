"""The demo school: a complete primary (or lower-secondary) school with a year of assessments.

`create_demo_school` builds it through the real storage layer (an encrypted database, real key
wraps, the audit log), deterministically from a seed, so that every feature (results, printing,
signing, sync) has realistic data. Users are named by role; all share one password.
"""

from __future__ import annotations

import dataclasses
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from hocbaso_desktop import demo_names as names
from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.assessment import (
    ABSENCES,
    COMPETENCY,
    CONDUCT,
    GENERAL,
    PRIMARY_PERIODS,
    QUALITY,
    SECONDARY_PERIODS,
    AssessmentEntry,
    regular_assessment_count,
)
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
    school_year_of,
)
from hocbaso_desktop.domain.personal_id import century_sex_digit
from hocbaso_desktop.domain.roles import Role
from hocbaso_desktop.storage import SchoolDatabase, assessments_repo, school_repo, users_repo

DEFAULT_DEMO_PASSWORD = "hocbaso-demo"
ADMIN = "quantri"
# Specialist subjects get their own teacher; the homeroom teacher teaches the rest (primary).
_PRIMARY_SPECIALISTS = {"NN1": "tienganh", "THCN": "tinhoc", "TH": "tinhoc", "CN": "tinhoc", "GDTC": "theduc",
                        "NT": "nghethuat"}


@dataclass(frozen=True)
class DemoSchool:
    """What was created: the file, the school year and the users (all with `password`)."""

    path: Path
    level: Level
    year: str
    password: str
    recovery_code: str
    users: dict[str, Role] = field(default_factory=dict)
    class_names: tuple[str, ...] = ()


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# Class letters of the demo (Vietnamese class names skip J, W and Z), so a grade can have up to 23 classes.
CLASS_LETTERS = "ABCDEFGHIKLMNOPQRSTUVXY"
DEMO_CLASS_SIZE = 35


def class_layout(students: int, level: Level) -> tuple[int, int]:
    """(students per class, classes per grade) for a demo school of about `students` students."""
    grades = len(level.grades)
    per_grade = max(1, -(-students // (grades * DEMO_CLASS_SIZE)))
    if per_grade > len(CLASS_LETTERS):
        raise InvalidInputError(_("Trường mẫu có tối đa {n} học sinh.",
                                  n=grades * len(CLASS_LETTERS) * DEMO_CLASS_SIZE), field="students")
    return max(1, -(-students // (grades * per_grade))), per_grade


def _school(level: Level) -> School:
    if level is Level.TIEU_HOC:
        return School("79000701", "Trường Tiểu học Hòa Bình", level, "79", "Sở Giáo dục và Đào tạo TP. Hồ Chí Minh",
                      "Phường Bến Thành", "TP. Hồ Chí Minh", "12 Lê Lợi, Phường Bến Thành, TP. Hồ Chí Minh")
    return School("79000802", "Trường Trung học cơ sở Lê Quý Đôn", level, "79",
                  "Sở Giáo dục và Đào tạo TP. Hồ Chí Minh", "Phường Sài Gòn", "TP. Hồ Chí Minh",
                  "45 Nguyễn Huệ, Phường Sài Gòn, TP. Hồ Chí Minh")


def create_demo_school(path: Path | str, *, level: str = Level.TIEU_HOC, seed: int = 2026,
                       password: str = DEFAULT_DEMO_PASSWORD, today: date | None = None,
                       students_per_class: int = 30, classes_per_grade: int = 2, school_code: str | None = None,
                       school_name: str | None = None) -> DemoSchool:
    """Create the demo school database at `path` (which must not exist) and return what was made.

    `school_code` / `school_name` replace the demo's own, so that several demo schools can sync to one
    central server as different schools.
    """
    rng = random.Random(seed)
    lvl = Level(level)
    year = school_year_of(today or date.today())
    school = _school(lvl)
    if school_code or school_name:
        school = dataclasses.replace(school, code=school_code or school.code, name=school_name or school.name)
    db, recovery = SchoolDatabase.create(Path(path), school=school, admin_username=ADMIN,
                                         admin_full_name="Quản trị hệ thống", admin_password=password)
    try:
        builder = _Builder(db, rng, lvl, year, school, students_per_class, classes_per_grade)
        users = builder.build()
        db.share_password([u for u in users if u != ADMIN], password)
    except BaseException:
        db.close()
        _remove_school_files(Path(path))  # never leave a half-made demo that would open later
        raise
    db.close()
    return DemoSchool(Path(path), lvl, year, password, recovery, users, builder.current_class_names)


def _remove_school_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".keys"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


class _Builder:
    """Fills the database: staff, users, classes of this and earlier years, students, assessments."""

    def __init__(self, db: SchoolDatabase, rng: random.Random, level: Level, year: str, school: School,
                 per_class: int, per_grade: int) -> None:
        self.db, self.rng, self.level, self.year, self.school = db, rng, level, year, school
        self.per_class, self.letters = per_class, CLASS_LETTERS[:per_grade]
        self.start = int(year[:4])
        self.users: dict[str, Role] = {ADMIN: Role.ADMIN}
        self.current_class_names: tuple[str, ...] = ()

    def staff(self, title: StaffTitle, female: bool | None = None) -> Staff:
        female = self.rng.random() < 0.7 if female is None else female
        born = self.rng.randint(1970, 1998)
        sex = Sex.FEMALE if female else Sex.MALE
        pid = f"079{century_sex_digit(sex, born)}{born % 100:02d}{self.rng.randint(0, 999999):06d}"
        member = Staff(_id(self.rng), names.person_name(self.rng, female), title, pid)
        school_repo.add_staff(self.db, member)
        return member

    def user(self, username: str, member: Staff, role: Role) -> None:
        users_repo.insert_user(self.db, username=username, full_name=member.full_name, role=role, actor=ADMIN,
                               staff_id=member.id)
        self.users[username] = role

    def build(self) -> dict[str, Role]:
        with self.db.transaction():
            self.user("hieutruong", self.staff(StaffTitle.PRINCIPAL), Role.PRINCIPAL)
            self.user("phohieutruong", self.staff(StaffTitle.VICE_PRINCIPAL), Role.VICE_PRINCIPAL)
            self.user("vanthu", self.staff(StaffTitle.CLERK), Role.CLERK)
            self.user("hocvu", self.staff(StaffTitle.ACADEMIC), Role.ACADEMIC)
            specialists = self._specialists()
            grades = self.level.grades
            homeroom = {(g, x): self.staff(StaffTitle.TEACHER) for g in grades for x in self.letters}
            for (g, x), member in homeroom.items():
                self.user(f"gvcn.{g}{x.lower()}", member, Role.HOMEROOM)
            cohorts = {(g, x): self._students(g) for g in grades for x in self.letters}
            for (g, x), students in cohorts.items():
                school_repo.add_students(self.db, students)
                self._years_of(g, x, students, homeroom, specialists)
            self.current_class_names = tuple(f"{g}{x}" for g in grades for x in self.letters)
            for period in (PRIMARY_PERIODS if self.level is Level.TIEU_HOC else SECONDARY_PERIODS):
                assessments_repo.set_window(self.db, self.year, period, True, actor=ADMIN)
        return self.users

    def _specialists(self) -> dict[str, Staff]:
        if self.level is Level.TIEU_HOC:
            keys = sorted(set(_PRIMARY_SPECIALISTS.values()))
        else:
            keys = sorted({s.code.lower() for g in self.level.grades for s in catalogue.subjects_for(self.level, g)})
        team = {k: self.staff(StaffTitle.TEACHER) for k in keys}
        for key, member in team.items():
            self.user(f"gvbm.{key}", member, Role.SUBJECT_TEACHER)
        return team

    def _students(self, grade: int) -> list[Student]:
        born = self.start - grade - 5  # a grade-1 student is six in the calendar year the school year starts
        out = []
        for n in range(self.per_class):
            female = self.rng.random() < 0.49
            sex = Sex.FEMALE if female else Sex.MALE
            pid = f"079{century_sex_digit(sex, born)}{born % 100:02d}{self.rng.randint(0, 999999):06d}"
            father, mother = names.person_name(self.rng, False), names.person_name(self.rng, True)
            family = self.rng.choice([father.split()[0], mother.split()[0]])
            full = f"{family} {' '.join(names.person_name(self.rng, female).split()[1:])}"
            out.append(Student(
                _id(self.rng), full, sex, PartialDate(born, self.rng.randint(1, 12), self.rng.randint(1, 28)), pid,
                f"79{self.rng.randint(0, 99999999):08d}", f"{n + 1:03d}/{self.start - grade + 1}",
                self.rng.choice(names.PLACES), self.rng.choice(names.PLACES), names.address(self.rng),
                self.rng.choice(names.ETHNICITIES), "Việt Nam", father, mother, "", self.rng.choice(names.JOBS),
                self.rng.choice(names.JOBS), "", "",
                disabled_not_assessed=(grade == 3 and n == 7)))
        return out

    def _years_of(self, grade: int, letter: str, students: list[Student], homeroom: dict, specialists: dict) -> None:
        first_grade = self.level.grades[0]
        for g in range(first_grade, grade + 1):
            year_start = self.start - (grade - g)
            year = f"{year_start}-{year_start + 1}"
            teacher = homeroom[(g, letter)]  # a teacher keeps their grade from year to year
            cls = SchoolClass(_id(self.rng), year, g, f"{g}{letter}", teacher.id)
            school_repo.add_class(self.db, cls)
            school_repo.add_enrolments(self.db, [
                Enrolment(s.id, year, cls.name, self.school.name, self.school.province, EnrolmentEvent.ENROLLED,
                          date(year_start, 9, 5), cls.id) for s in students])
            # Optional subjects (ethnic language, a second foreign language) are not taught in the demo.
            subjects = tuple(s for s in catalogue.subjects_for(self.level, g) if not s.optional)
            school_repo.add_assignments(self.db, [TeachingAssignment(
                self._teacher_for(s.code, teacher, specialists).id, s.code, cls.id, s.periods_per_year)
                for s in subjects])
            entries = [e for s in students if not s.disabled_not_assessed
                       for e in self._entries(s.id, g, subjects)]
            assessments_repo.bulk_insert_entries(self.db, year, entries, actor=ADMIN, reason="demo")

    def _teacher_for(self, code: str, homeroom: Staff, specialists: dict[str, Staff]) -> Staff:
        if self.level is Level.TIEU_HOC:
            key = _PRIMARY_SPECIALISTS.get(code)
            return specialists[key] if key else homeroom
        return specialists[code.lower()]

    def _entries(self, student_id: str, grade: int, subjects: tuple) -> Iterator[AssessmentEntry]:
        ability = self.rng.gauss(0.3, 0.9)
        if self.level is Level.TIEU_HOC:
            yield from _primary_entries(self.rng, student_id, subjects, ability)
        else:
            yield from _secondary_entries(self.rng, student_id, subjects, ability)


_COMMENTS = {
    "T": ["Nắm vững kiến thức, vận dụng tốt.", "Học tốt, tích cực phát biểu xây dựng bài.",
          "Hoàn thành tốt các yêu cầu của môn học."],
    "H": ["Nắm được kiến thức cơ bản.", "Hoàn thành yêu cầu, cần cẩn thận hơn khi làm bài.",
          "Có tiến bộ, cần tích cực hơn."],
    "C": ["Chưa nắm vững kiến thức, cần được hỗ trợ thêm.", "Cần cố gắng nhiều hơn, gia đình quan tâm hơn."],
}
_GENERAL = ["Ngoan, lễ phép, chăm chỉ học tập.", "Hoà đồng với bạn bè, tích cực tham gia hoạt động của lớp.",
            "Có ý thức tự học, cần mạnh dạn hơn khi phát biểu.", "Tiến bộ rõ trong học kì II, cần giữ vững."]


def _primary_entries(rng: random.Random, sid: str, subjects: tuple, ability: float) -> Iterator[AssessmentEntry]:
    for spec in subjects:
        for period in PRIMARY_PERIODS:
            x = ability + rng.gauss(0, 0.45)
            level = "T" if x > 0.7 else "H" if x > -2.2 else "C"  # about 1–3 % of students do not complete
            yield AssessmentEntry(sid, spec.code, period, "level", level)
            if period in spec.tested_periods:
                score = max(1, min(10, round(7.2 + 1.1 * x + rng.gauss(0, 0.9))))
                if level == "C":
                    score = min(score, 4)
                yield AssessmentEntry(sid, spec.code, period, "test", str(score))
            if period == "cn":
                yield AssessmentEntry(sid, spec.code, period, "comment", rng.choice(_COMMENTS[level]))
    for subject, items in ((QUALITY, catalogue.PRIMARY_QUALITIES), (COMPETENCY, catalogue.PRIMARY_COMPETENCIES)):
        for period in PRIMARY_PERIODS:
            for code, _name in items:
                x = ability + rng.gauss(0.3, 0.5)
                yield AssessmentEntry(sid, subject, period, code, "T" if x > 0.5 else "Đ" if x > -2.3 else "C")
    yield AssessmentEntry(sid, ABSENCES, "cn", "excused", str(rng.choice([0, 0, 1, 2, 3, 5])))
    yield AssessmentEntry(sid, ABSENCES, "cn", "unexcused", str(rng.choice([0, 0, 0, 1])))
    yield AssessmentEntry(sid, GENERAL, "cn", "comment", rng.choice(_GENERAL))


def _score(rng: random.Random, x: float) -> str:
    raw = max(0.0, min(10.0, 6.8 + 1.5 * x + rng.gauss(0, 0.8)))
    step = rng.choice([1.0, 0.5, 0.5, 0.25])  # most teachers give whole or half points
    value = round(raw / step) * step
    return f"{min(10.0, round(value, 1)):g}"


def _secondary_entries(rng: random.Random, sid: str, subjects: tuple, ability: float) -> Iterator[AssessmentEntry]:
    for spec in subjects:
        for sem in ("hk1", "hk2"):
            if spec.kind == "comment":
                passed = ability + rng.gauss(0, 0.6) > -2.0
                for comp in ("tx1", "tx2", "gk", "ck", "result"):
                    yield AssessmentEntry(sid, spec.code, sem, comp, "Đ" if passed else "CĐ")
                continue
            for n in range(1, regular_assessment_count(spec.periods_per_year or 35) + 1):
                yield AssessmentEntry(sid, spec.code, sem, f"tx{n}", _score(rng, ability))
            yield AssessmentEntry(sid, spec.code, sem, "gk", _score(rng, ability))
            yield AssessmentEntry(sid, spec.code, sem, "ck", _score(rng, ability))
        yield AssessmentEntry(sid, spec.code, "cn", "comment",
                              rng.choice(_COMMENTS["T" if ability > 0.7 else "H" if ability > -1.5 else "C"]))
    for sem in ("hk1", "hk2"):
        x = ability + rng.gauss(0.6, 0.5)
        yield AssessmentEntry(sid, CONDUCT, sem, "level", "T" if x > 0.3 else "K" if x > -0.8 else "Đ")
    absences = rng.choice([0, 0, 1, 2, 3, 4, 6, 8]) if rng.random() > 0.02 else rng.randint(40, 50)
    yield AssessmentEntry(sid, ABSENCES, "cn", "total", str(absences))
    yield AssessmentEntry(sid, GENERAL, "cn", "comment", rng.choice(_GENERAL))
