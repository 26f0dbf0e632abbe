"""The signing commands' other doors: binding a token certificate (services.certificate_binding), exporting a
class's issued files (services.issued), the timestamp upgrade (services.timestamps): each refused for a role
without the right before a token, a file or the network is touched."""

from __future__ import annotations

import re

import pytest

from hocbaso_desktop.domain.errors import PermissionDeniedError
from hocbaso_desktop.services import certificate_binding, issued, students, timestamps
from hocbaso_desktop.storage import SchoolSettings, audit, settings_repo


def test_binding_from_a_token_is_refused_to_a_teacher_before_the_token_is_asked(session_as, tmp_path):
    teacher = session_as("gvcn.4a")
    with pytest.raises(PermissionDeniedError, match=re.escape("gvcn.4a")):
        certificate_binding.bind_from_token(teacher, username="gvcn.4a", role="gvcn",
                                            module_path=str(tmp_path / "no-module.so"), token_serial="123",
                                            chain_file=b"not a certificate")


def test_exporting_another_class_is_refused_and_no_folder_is_made(session_as, tmp_path):
    principal, teacher = session_as("hieutruong"), session_as("gvcn.4a")
    other = students.resolve_class(principal, "5A")
    with pytest.raises(PermissionDeniedError, match=re.escape("gvcn.4a")):
        issued.export_class(teacher, other.id, tmp_path / "xuat")
    assert not (tmp_path / "xuat").exists()


def test_exporting_a_class_with_nothing_issued_changes_nothing(session_as, tmp_path):
    principal = session_as("hieutruong")
    cls = students.resolve_class(principal, "4A")
    before = len(audit.recent(principal.db, limit=10_000))
    exported = issued.export_class(principal, cls.id, tmp_path / "xuat")
    assert (exported.value, exported.changes.names()) == ([], ())
    assert len(audit.recent(principal.db, limit=10_000)) == before


def test_the_timestamp_upgrade_is_refused_to_a_teacher_before_the_server_is_asked(session_as):
    admin, teacher = session_as("quantri"), session_as("gvcn.4a")
    with admin.db.transaction():   # a server that would make the run wait if it were asked
        settings_repo.set_setting(admin.db, SchoolSettings.TIMESTAMP_URL, "http://10.255.255.1:9/tsa")
    with pytest.raises(PermissionDeniedError, match=re.escape("gvcn.4a")):
        timestamps.upgrade_and_renew(teacher)
