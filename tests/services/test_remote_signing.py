"""The remote-signing doors of `hocbaso remote …` (services.remote_signing): administrator only, nothing stored
when refused, and what each changed."""

from __future__ import annotations

import pytest

from hocbaso_desktop.domain.errors import InvalidInputError, PermissionDeniedError
from hocbaso_desktop.services import Changes, remote_signing
from hocbaso_desktop.storage import audit

URL = "https://ky-so.example.vn/csc/v2"


def _add(session, **overrides):
    fields = {"name": "VNPT SmartCA", "url": URL, "client_id": "truong-79000801", "client_secret": "bi-mat-123"}
    return remote_signing.add_service(session, **{**fields, **overrides})


def test_the_administrator_registers_a_service_and_it_is_listed(session_as):
    admin = session_as("quantri")
    added = _add(admin)
    assert added.changes == Changes(certificates=True, audit=True)
    assert (added.value.name, added.value.base_url, added.value.client_id) == ("VNPT SmartCA", URL, "truong-79000801")
    assert [s.name for s in remote_signing.services(admin)] == ["VNPT SmartCA"]


def test_a_teacher_can_neither_register_nor_list_services(session_as):
    admin, teacher = session_as("quantri"), session_as("gvcn.4a")
    before = len(audit.recent(admin.db, limit=10_000))
    with pytest.raises(PermissionDeniedError, match=r"gvcn\.4a"):
        _add(teacher)
    with pytest.raises(PermissionDeniedError, match=r"gvcn\.4a"):
        remote_signing.services(teacher)
    assert remote_signing.services(admin) == [] and len(audit.recent(admin.db, limit=10_000)) == before


def test_a_plain_http_address_is_refused_and_nothing_is_stored(session_as):
    admin = session_as("quantri")
    with pytest.raises(InvalidInputError, match="https://"):
        _add(admin, url="http://ky-so.example.vn/csc/v2")
    assert remote_signing.services(admin) == []


def test_binding_is_refused_to_a_teacher_before_any_service_is_asked(session_as):
    teacher = session_as("gvcn.4a")
    with pytest.raises(PermissionDeniedError, match=r"gvcn\.4a"):
        remote_signing.bind(teacher, username="gvcn.4a", role="gvcn", service_name="khong-co",
                            remote_user="giaovien")


def test_the_approval_state_is_said_in_the_windows_language():
    from hocbaso_desktop.domain import i18n

    state = remote_signing.ApprovalState
    assert remote_signing.approval_label(state.WAITING_PHONE, "AB12C3") == \
        "Hãy xác nhận trên điện thoại. Mã giao dịch: AB12C3"
    i18n.set_language("en")
    try:   # the English window said these in Vietnamese before
        assert remote_signing.approval_label(state.WAITING_PHONE, "AB12C3") == \
            "Confirm on the phone. Transaction code: AB12C3"
        assert remote_signing.approval_label(state.SIGNING, "") == "The service is signing…"
    finally:
        i18n.set_language("vi")
