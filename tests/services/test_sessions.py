"""Signing in and the `SignedIn` view screens keep: what it says a person may do is what the use cases allow."""

from __future__ import annotations

import pytest

from hocbaso_desktop.domain.errors import PermissionDeniedError
from hocbaso_desktop.domain.roles import Action, Role
from hocbaso_desktop.services import sessions, students


def test_the_view_names_the_person_their_school_and_the_file(session_as, demo_school):
    who = sessions.signed_in(session_as("vanthu"))
    assert who.account.username == "vanthu" and who.role is Role.CLERK
    assert who.school.name == "Trường Tiểu học Hòa Bình"
    assert who.db_path == demo_school.path
    assert who.notices == ()   # opening a current database changes nothing (an old one: tests/storage/test_art_split)


def test_what_the_view_allows_is_what_the_use_case_allows(session_as):
    academic, teacher = session_as("hocvu"), session_as("gvcn.4a")
    assert sessions.signed_in(academic).may(Action.EDIT_STUDENTS)
    assert not sessions.signed_in(teacher).may(Action.EDIT_STUDENTS)
    pupil = students.class_students(academic, students.resolve_class(academic, "4A"))[0]
    assert students.update_student(academic, pupil).value == pupil   # saved unchanged: allowed
    with pytest.raises(PermissionDeniedError):
        students.update_student(teacher, pupil)


def test_a_class_scoped_action_is_granted_but_not_school_wide(session_as):
    who = sessions.signed_in(session_as("gvcn.4a"))
    # the homeroom teacher signs for 4A only: the signing screen is listed, the school-wide check says no
    assert Action.SIGN_GVCN in who.actions
    assert not who.may(Action.SIGN_GVCN)
    assert Action.MANAGE_USERS not in who.actions
