"""Issue 15 item 6, on the certificate screen: the demo school's tokens (SoftHSM2, kept beside the database) are
found without SOFTHSM2_CONF exported, as on the signing screen; a module the administrator typed is kept."""

from __future__ import annotations

import pytest

from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD
from hocbaso_desktop.token import SOFTHSM_MODULE
from hocbaso_desktop.ui.certificates_view import CertificatesPage
from hocbaso_desktop.ui.start_window import sign_in
from tests.ui.conftest import run_op


def _page(qtbot, backend, path) -> CertificatesPage:
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, path, "quantri", DEFAULT_DEMO_PASSWORD))
    page = CertificatesPage(backend, who)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.refresh()
    return page


@pytest.mark.token
def test_the_demo_schools_tokens_are_read_without_softhsm2_conf(qtbot, backend, demo_signers_school):
    page = _page(qtbot, backend, demo_signers_school)
    assert page.module.text() == SOFTHSM_MODULE
    with qtbot.waitSignal(page.tokens_read, timeout=90000):
        page.read_tokens()
    holders = {cert.subject_cn for _token, cert in page.found}
    assert len(page.found) == 3, page.status.text()     # the demo's homeroom teacher, principal and seal
    assert holders == {"Phạm Hoàng Dũng – Giáo viên chủ nhiệm", "Lê Khánh Chi – Hiệu trưởng", "Trường Tiểu học Hòa Bình"}
    assert page.status.text().startswith("Tìm thấy 3 thiết bị, 3 chứng thư")


def test_a_module_the_administrator_typed_is_kept_on_refresh(qtbot, backend, demo_signers_school):
    page = _page(qtbot, backend, demo_signers_school)
    page.module.setText("/opt/vendor/libtoken.so")
    page.module.setModified(True)   # as typing does
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.refresh()
    assert page.module.text() == "/opt/vendor/libtoken.so"
