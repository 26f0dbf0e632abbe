"""Class membership follows enrolment events: a student transferred out leaves the class list."""

from __future__ import annotations

from datetime import date

from hocbaso_desktop.domain.model import Enrolment, EnrolmentEvent
from hocbaso_desktop.storage import school_repo
from hocbaso_desktop.storage.database import SchoolDatabase


def test_transferred_out_student_leaves_the_class(demo_school):
    db = SchoolDatabase.open(demo_school.path, "hocvu", demo_school.password)
    try:
        cls = school_repo.find_class(db, demo_school.year, "3A")
        roll = school_repo.students_in_class(db, cls.id)
        leaving = roll[4]
        school_repo.add_enrolments(db, [Enrolment(leaving.id, cls.year, cls.name, "Trường khác", "",
                                                  EnrolmentEvent.TRANSFER_OUT, date(2026, 11, 20), cls.id)])
        after = school_repo.students_in_class(db, cls.id)
        assert leaving.id not in {s.id for s in after} and len(after) == len(roll) - 1
        assert school_repo.history(db, leaving.id)[-1].event is EnrolmentEvent.TRANSFER_OUT
    finally:
        db.close()


def test_roll_order_is_by_given_name():
    from hocbaso_desktop.domain.model import PartialDate, Sex, Student

    names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Minh Anh"]
    ordered = sorted((Student(str(i), n, Sex.MALE, PartialDate(2015)) for i, n in enumerate(names)),
                     key=school_repo.roll_order_key)
    assert [s.full_name for s in ordered] == ["Nguyễn Thị An", "Lê Minh Anh", "Trần Văn Bình"]
