"""Every cell of the role × action table, allowed and denied, with the class and subject scopes."""

from __future__ import annotations

import pytest

from hocbaso_desktop.domain.errors import PermissionDeniedError
from hocbaso_desktop.domain.roles import (
    ASSIGNMENT_SCOPED,
    CLASS_SCOPED,
    PERMISSIONS,
    TEACHER_VIEW_SCOPED,
    Action,
    Principal,
    Role,
    Scope,
    is_allowed,
    require,
)

OWN, OTHER = "lop-4a", "lop-5b"
# The expected table written out independently of roles.PERMISSIONS: a change to one must be a change to both.
EXPECTED = {
    Role.ADMIN: "manage_users manage_settings backup view_audit bind_certificate view_students sync",
    Role.PRINCIPAL: "view_audit view_students view_results open_entry_window lock_records sign_principal revoke "
                    "export_records print_copy sync",
    Role.VICE_PRINCIPAL: "view_students view_results lock_records sign_principal export_records",
    Role.HOMEROOM: "view_students view_results enter_homeroom_assessment enter_subject_assessment sign_gvcn",
    Role.SUBJECT_TEACHER: "view_students view_results enter_subject_assessment",
    Role.ACADEMIC: "view_students edit_students import_data transfer view_results export_records",
    Role.CLERK: "view_students view_results sign_seal print_copy export_records sync",
}


def _user(role: Role) -> Principal:
    return Principal("u", role, "staff", frozenset({OWN}), frozenset({(OWN, "TOAN")}))


def test_table_matches_the_written_expectation():
    assert {r: {a.value for a in acts} for r, acts in PERMISSIONS.items()} == {
        r: set(v.split()) for r, v in EXPECTED.items()}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(Action))
def test_every_cell(role, action):
    user = _user(role)
    expected = action.value in EXPECTED[role].split()
    scope = Scope(class_id=OWN, subject_code="TOAN")
    assert is_allowed(user, action, scope) is expected
    if not expected:
        with pytest.raises(PermissionDeniedError) as err:
            require(user, action, scope)
        assert role.label in err.value.message
        return
    require(user, action, scope)
    teacher = role in (Role.HOMEROOM, Role.SUBJECT_TEACHER)
    scoped = action in CLASS_SCOPED | ASSIGNMENT_SCOPED or (teacher and action in TEACHER_VIEW_SCOPED)
    # A scoped action is denied on another class; an unscoped one is allowed school-wide.
    assert is_allowed(user, action, Scope(class_id=OTHER, subject_code="TOAN")) is (not scoped)


def test_subject_teacher_only_their_subject():
    user = _user(Role.SUBJECT_TEACHER)
    assert is_allowed(user, Action.ENTER_SUBJECT_ASSESSMENT, Scope(OWN, "TOAN"))
    assert not is_allowed(user, Action.ENTER_SUBJECT_ASSESSMENT, Scope(OWN, "TV"))
    assert not is_allowed(user, Action.ENTER_SUBJECT_ASSESSMENT, Scope())
