"""Signing in and the `SignedIn` view screens keep: what it says a person may do is what the use cases allow."""

from __future__ import annotations

import pytest

from hocbaso_desktop.domain.roles import Action, Role
from hocbaso_desktop.errors import PermissionDeniedError
from hocbaso_desktop.services import open_session, sessions, students


def _signed_in(demo_school, username: str):
    session = open_session(demo_school.path, username, demo_school.password)
    return session, sessions.signed_in(session)


def test_the_view_names_the_person_their_school_and_the_file(demo_school):
    session, who = _signed_in(demo_school, "vanthu")
    try:
        assert who.account.username == "vanthu" and who.role is Role.CLERK
        assert who.school.name == "Trường Tiểu học Hòa Bình"
        assert who.db_path == demo_school.path
        assert who.notices == ()   # opening a current database changes nothing
    finally:
        session.close()


def test_what_the_view_allows_is_what_the_use_case_allows(demo_school):
    academic, academic_view = _signed_in(demo_school, "hocvu")
    teacher, teacher_view = _signed_in(demo_school, "gvcn.4a")
    try:
        assert academic_view.may(Action.EDIT_STUDENTS) and not teacher_view.may(Action.EDIT_STUDENTS)
        pupil = students.class_students(academic, students.resolve_class(academic, "4A"))[0]
        assert students.update_student(academic, pupil).value == pupil   # saved unchanged: allowed
        with pytest.raises(PermissionDeniedError):
            students.update_student(teacher, pupil)
    finally:
        academic.close()
        teacher.close()


def test_a_class_scoped_action_is_granted_but_not_school_wide(demo_school):
    session, who = _signed_in(demo_school, "gvcn.4a")
    try:
        # the homeroom teacher signs for 4A only: the signing screen is listed, the school-wide check says no
        assert Action.SIGN_GVCN in who.actions
        assert not who.may(Action.SIGN_GVCN)
        assert Action.MANAGE_USERS not in who.actions
    finally:
        session.close()
