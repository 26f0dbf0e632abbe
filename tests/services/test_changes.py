"""Mutating use cases say what they changed (services.changes): the exact flags, and nothing when nothing changed."""

from __future__ import annotations

from hocbaso_desktop.domain.assessment import AssessmentEntry
from hocbaso_desktop.domain.model import PartialDate, Sex, Student
from hocbaso_desktop.services import (
    EVERYTHING,
    NOTHING,
    Changed,
    Changes,
    accounts,
    assessment_entry,
    changes_of,
    combine,
    school_settings,
    signing,
    students,
)
from hocbaso_desktop.storage import assessments_repo, audit


def test_changes_combine_flag_by_flag():
    both = Changes(students=True) | Changes(audit=True, records=True)
    assert both == Changes(students=True, records=True, audit=True)
    assert both.names() == ("students", "records", "audit")
    assert combine() == NOTHING and not NOTHING and bool(both)
    assert combine(Changes(users=True), Changes(settings=True)).names() == ("settings", "users")
    assert both.touches("records", "outbox") and not both.touches("outbox", "users")
    assert len(EVERYTHING.names()) == 8
    assert changes_of(Changed(3, both)) is both and changes_of(both) is both and changes_of(3) is None


def test_adding_a_student_changes_students_and_the_audit_log_only(session_as):
    session = session_as("hocvu")
    cls = students.resolve_class(session, "4A")
    before = len(audit.recent(session.db, limit=1000))
    added = students.add_student(session, cls, Student("", "Lò Thị Mai", Sex.FEMALE, PartialDate(2018, 9, 5)))
    assert added.changes.names() == ("students", "audit")
    assert added.value.full_name == "Lò Thị Mai" and added.value.id
    assert len(audit.recent(session.db, limit=1000)) == before + 1       # the audit flag is true: one row more
    same = students.update_student(session, added.value)
    assert same.changes == NOTHING and same.value == added.value            # a save that changes nothing


def test_saving_a_value_changes_assessments_and_saving_it_again_changes_nothing(session_as):
    session = session_as("gvbm.tienganh")
    cls = students.resolve_class(session, "4A")
    student = students.class_students(session, cls)[0]
    current = {(e.subject, e.period, e.component): e.value
               for e in assessments_repo.entries_for_student(session.db, student.id, cls.year)}
    value = "6" if current.get(("NN1", "cn", "test")) != "6" else "7"
    entry = AssessmentEntry(student.id, "NN1", "cn", "test", value)
    first = assessment_entry.save_entries(session, cls, [entry])
    assert (first.value, first.changes.names()) == (1, ("assessments", "audit"))
    again = assessment_entry.save_entries(session, cls, [entry])
    assert (again.value, again.changes) == (0, NOTHING)


def test_settings_windows_passwords_and_unlocks_report_their_kind(session_as):
    admin, principal = session_as("quantri"), session_as("hieutruong")
    cls = students.resolve_class(principal, "4A")
    assert assessment_entry.open_entry_window(principal, cls.year, "gk1", False).names() == ("assessments", "audit")
    stored = school_settings.set_value(admin, "ui.lock_minutes", "7")
    assert (stored.value, stored.changes.names()) == (7, ("settings", "audit"))
    assert school_settings.set_value(admin, "ui.lock_minutes", "7").changes == NOTHING
    assert school_settings.write_settings(admin, {"ui.lock_minutes": 9}).names() == ("settings", "audit")
    assert school_settings.write_settings(admin, {"ui.lock_minutes": 9}) == NOTHING
    assert accounts.change_password(admin, "gvcn.4a", "mat-khau-moi-1").names() == ("users", "audit")
    unlocked = signing.unlock_class(principal, cls.id, "không có gì để mở")
    assert (unlocked.value, unlocked.changes) == (0, NOTHING)       # nothing was locked in the demo school
