"""Entering assessments: permissions by class and subject, entry windows, validation, all or nothing, audit."""

from __future__ import annotations

from dataclasses import replace

import pytest

from hocbaso_desktop.domain.assessment import AssessmentEntry
from hocbaso_desktop.domain.errors import ImmutableRecordError, InvalidInputError, PermissionDeniedError
from hocbaso_desktop.services import assessment_entry, students
from hocbaso_desktop.storage import assessments_repo, audit
from hocbaso_desktop.storage.database import utc_now


def _setup(session_as, username: str, class_name: str = "4A"):
    session = session_as(username)
    cls = students.resolve_class(session, class_name)
    roll = students.class_students(session, cls) if username.startswith("gv") else None
    return session, cls, roll


def test_subject_teacher_enters_own_subject(session_as):
    session, cls, roll = _setup(session_as, "gvbm.tienganh")
    current = {(e.subject, e.period, e.component): e.value
               for e in assessments_repo.entries_for_student(session.db, roll[0].id, cls.year)}
    new_value = "6" if current.get(("NN1", "cn", "test")) != "6" else "7"
    assert assessment_entry.save_entries(session, cls, [AssessmentEntry(roll[0].id, "NN1", "cn", "test",
                                                                         f" {new_value} ")]).value == 1
    stored = {(e.subject, e.period, e.component): e.value
              for e in assessments_repo.entries_for_student(session.db, roll[0].id, cls.year)}
    assert stored[("NN1", "cn", "test")] == new_value
    last = audit.recent(session.db, limit=1)[0]
    assert last.action == "assessment.set" and last.actor == "gvbm.tienganh"
    assert last.after == {"value": new_value}


def test_subject_teacher_cannot_enter_another_subject(session_as):
    session, cls, roll = _setup(session_as, "gvbm.tienganh")
    with pytest.raises(InvalidInputError, match="không có quyền"):
        assessment_entry.save_entries(session, cls, [AssessmentEntry(roll[0].id, "TOAN", "cn", "test", "9")])


def test_homeroom_teacher_enters_qualities_only_in_own_class(session_as):
    session, cls, roll = _setup(session_as, "gvcn.4a")
    good = AssessmentEntry(roll[1].id, "_quality", "cn", "chamchi", "Đ")
    assessment_entry.save_entries(session, cls, [good])
    other = students.resolve_class(session, "4B")
    with pytest.raises(PermissionDeniedError):
        students.class_students(session, other)


def test_invalid_values_save_nothing(session_as):
    session, cls, roll = _setup(session_as, "gvcn.4a")
    before = assessments_repo.entries_for_student(session.db, roll[2].id, cls.year)
    batch = [AssessmentEntry(roll[2].id, "TOAN", "cn", "test", "8"),
             AssessmentEntry(roll[2].id, "TOAN", "ck1", "test", "11"),
             AssessmentEntry(roll[2].id, "TV", "cn", "level", "X")]
    good, problems = assessment_entry.check_entries(session, cls, batch)
    assert len(good) == 1 and len(problems) == 2
    with pytest.raises(InvalidInputError):
        assessment_entry.save_entries(session, cls, batch)
    assert set(assessments_repo.entries_for_student(session.db, roll[2].id, cls.year)) == set(before)


def test_closed_window_refuses(session_as):
    principal = session_as("hieutruong")
    cls = students.resolve_class(principal, "4A")
    assessment_entry.open_entry_window(principal, cls.year, "gk1", False)
    teacher, _cls, roll = _setup(session_as, "gvcn.4a")
    with pytest.raises(InvalidInputError, match="đang đóng"):
        assessment_entry.save_entries(teacher, cls, [AssessmentEntry(roll[0].id, "TOAN", "gk1", "level", "T")])
    with pytest.raises(PermissionDeniedError):
        assessment_entry.open_entry_window(teacher, cls.year, "gk1", True)


def test_student_of_another_class_refused(session_as):
    session, cls, _roll = _setup(session_as, "gvcn.4a")
    other = students.class_students(session_as("hieutruong"), students.resolve_class(session, "4B"))[0]
    with pytest.raises(InvalidInputError, match="không thuộc lớp"):
        assessment_entry.save_entries(session, cls, [AssessmentEntry(other.id, "TOAN", "cn", "level", "T")])


def test_database_refuses_entries_of_a_locked_record(session_as):
    session, cls, roll = _setup(session_as, "gvcn.4a")
    session.db.execute(
        "INSERT INTO records(id, version, student_id, class_id, year, regulation, status, created_at) "
        "VALUES ('rec-1', 1, ?, ?, ?, '27/2020', 'locked', ?)", (roll[0].id, cls.id, cls.year, utc_now()))
    with pytest.raises(ImmutableRecordError):
        assessment_entry.save_entries(session, cls, [AssessmentEntry(roll[0].id, "TOAN", "cn", "level", "C")])


def test_clearing_a_retest_cell_checks_the_same_window_as_typing_it(demo_school_thcs):
    """The grid's clear and the typed value go through one path: a retest belongs to the year-end window."""
    from hocbaso_desktop.services import grade_sheets
    from hocbaso_desktop.storage import open_session

    principal = open_session(demo_school_thcs.path, "hieutruong", demo_school_thcs.password)
    teacher = open_session(demo_school_thcs.path, "gvbm.toan", demo_school_thcs.password)
    try:
        cls = students.resolve_class(principal, "6A")
        assessment_entry.open_entry_window(principal, cls.year, "retest", False)   # "cn" stays open
        sid = students.class_students(principal, cls)[0].id
        typed = AssessmentEntry(sid, "TOAN", "retest", "retest", "6")
        assert assessment_entry.save_entries(teacher, cls, [typed]).value == 1
        assert grade_sheets.save_grades(teacher, cls.id, "TOAN", [replace(typed, value="")]).value == 1
        stored = {(e.subject, e.period, e.component) for e in assessments_repo.entries_for_student(teacher.db, sid, cls.year)}
        assert ("TOAN", "retest", "retest") not in stored
        assessment_entry.open_entry_window(principal, cls.year, "cn", False)        # now both are closed
        for attempt in (lambda: assessment_entry.save_entries(teacher, cls, [typed]),
                        lambda: grade_sheets.save_grades(teacher, cls.id, "TOAN", [replace(typed, value="")])):
            with pytest.raises(InvalidInputError, match="đang đóng"):
                attempt()
    finally:
        principal.close()
        teacher.close()
