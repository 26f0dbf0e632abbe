"""`hocbaso sign`'s use cases (services.batch_signing): refused before any page is locked, and the homeroom
teacher's plan locks the class's drafts and says so."""

from __future__ import annotations

import re

import pytest

from hocbaso_desktop.domain.errors import PermissionDeniedError
from hocbaso_desktop.services import NOTHING, Changes, batch_signing, students
from hocbaso_desktop.storage import audit, records_repo


def _statuses(session, class_name: str) -> list[str]:
    cls = students.resolve_class(session, class_name)
    return sorted(s.record.status.value for s in records_repo.latest_for_class(session.db, cls.id))


@pytest.mark.parametrize(("username", "role"), [("gvcn.4a", "gvcn"), ("hocvu", "gvcn"), ("gvcn.4a", "principal")])
def test_others_cannot_lock_or_plan_5a_and_nothing_is_locked(session_as, username, role):
    principal, session = session_as("hieutruong"), session_as(username)
    year = students.resolve_class(principal, "5A").year
    before = (_statuses(principal, "5A"), len(audit.recent(principal.db, limit=10_000)))
    with pytest.raises(PermissionDeniedError, match=re.escape(username)):
        batch_signing.plan(session, "5A", year, role)
    assert (_statuses(principal, "5A"), len(audit.recent(principal.db, limit=10_000))) == before


def test_the_homeroom_teacher_s_plan_locks_the_class_and_the_principal_s_waits(small_session_as):
    teacher, principal = small_session_as("gvcn.4a"), small_session_as("hieutruong")
    cls = students.resolve_class(teacher, "4A")
    planned = batch_signing.plan(teacher, "4A", cls.year, "gvcn")
    assert planned.changes == Changes(records=True, audit=True)
    assert len(planned.value.items) == len(students.class_students(teacher, cls)) > 0
    assert set(_statuses(teacher, "4A")) == {"locked"}
    waiting = batch_signing.plan(principal, "4A", cls.year, "principal")
    assert waiting.changes == NOTHING and waiting.value.items == ()
    assert sorted(waiting.value.waiting) == sorted(s.full_name for s in students.class_students(teacher, cls))
