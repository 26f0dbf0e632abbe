"""Restoring a backup through services.accounts.restore_backup: administrator only, the restore logged in the
restored database, nothing touched when refused."""

from __future__ import annotations

import pytest

from hocbaso_desktop.domain.errors import PermissionDeniedError
from hocbaso_desktop.services import EVERYTHING, accounts, open_session
from hocbaso_desktop.storage import audit
from tests.fixtures.school import DEMO_PASSWORD


def _log(path) -> list[tuple[int, str]]:
    with open_session(path, "quantri", DEMO_PASSWORD) as admin:
        return [(e.seq, e.action) for e in audit.recent(admin.db, limit=10_000)]


def test_a_teacher_cannot_restore_and_the_database_is_untouched(demo_school, tmp_path):
    with open_session(demo_school.path, "quantri", DEMO_PASSWORD) as admin:
        backup = accounts.backup_database(admin, tmp_path / "sao-luu").value
    before = _log(demo_school.path)
    with pytest.raises(PermissionDeniedError, match=r"gvcn\.4a"):
        accounts.restore_backup(demo_school.path, "gvcn.4a", DEMO_PASSWORD, backup)
    assert _log(demo_school.path) == before
    assert not list(demo_school.path.parent.glob("*before-restore*"))


def test_the_administrator_restores_and_the_restore_is_in_the_restored_log(demo_school, tmp_path):
    with open_session(demo_school.path, "quantri", DEMO_PASSWORD) as admin:
        backup = accounts.backup_database(admin, tmp_path / "sao-luu").value
    restored = accounts.restore_backup(demo_school.path, "quantri", DEMO_PASSWORD, backup)
    assert restored.changes == EVERYTHING and restored.value.exists() and restored.value != demo_school.path
    with open_session(demo_school.path, "quantri", DEMO_PASSWORD) as admin:
        newest = audit.recent(admin.db, limit=1)[0]
    assert (newest.action, newest.actor, newest.after) == ("backup.restore", "quantri", {"from": str(backup)})
