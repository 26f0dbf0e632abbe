"""The administrator binds a certificate read from a SoftHSM2 token to a homeroom teacher."""

from __future__ import annotations

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from hocbaso_desktop.ui.certificates_view import CertificatesPage
from hocbaso_desktop.ui.start_window import sign_in
from tests.ui.conftest import run_op

pytestmark = pytest.mark.token


def test_bind_a_token_certificate_to_a_teacher(qtbot, backend, demo_school, softhsm_tokens, demo_pki, tmp_path):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "quantri", demo_school.password))
    page = CertificatesPage(backend, who, token_env=softhsm_tokens.env)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.refresh()
    assert page.bindings.rowCount() == 0 and page.user_box.findData("gvcn.4a") >= 0
    bundle = tmp_path / "ca.pem"
    bundle.write_bytes(b"".join(x509.load_der_x509_certificate(d).public_bytes(Encoding.PEM)
                                for d in (demo_pki.issuing_der, demo_pki.root_der)))
    shown = []
    page.confirm_trust = lambda candidates: shown.append(candidates) is None     # the administrator confirms
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.add_trust_file(bundle)
    assert [c.kind for c in shown[0]] == ["intermediate", "anchor"]
    assert page.anchors.rowCount() == 2                   # root and issuing CA, kept in the trust store
    assert {page.anchors.item(r, 0).text() for r in range(2)} == {"Gốc", "Trung gian"}
    asked = []
    page.confirm_name_mismatch = lambda message: asked.append(message) is None   # the demo school's names differ
    page.module.setText(softhsm_tokens.module_path)
    with qtbot.waitSignal(page.tokens_read, timeout=30000):
        page.read_tokens()
    rows = [i for i, (_t, c) in enumerate(page.found) if c.der == demo_pki.people["giaovien"].certificate_der]
    assert len(rows) == 1 and page.certificates.rowCount() == len(page.found) == 5   # teacher, principal, seal,
    # an expired teacher certificate and one without signing rights
    page.certificates.selectRow(rows[0])
    page.user_box.setCurrentIndex(page.user_box.findData("gvcn.4a"))
    page.role_box.setCurrentIndex(page.role_box.findData("gvcn"))
    with qtbot.waitSignal(page.bound, timeout=30000) as bound:
        page.bind_button.click()
    assert bound.args[0].role == "gvcn" and bound.args[0].key_id == "01"
    assert len(asked) == 1 and "Nguyễn Thị Hoa" in asked[0]
    qtbot.waitUntil(lambda: page.bindings.rowCount() == 1, timeout=20000)
    assert page.bindings.item(0, 0).text() == "gvcn.4a"
    page.role_box.setCurrentIndex(page.role_box.findData("principal"))     # a teacher cannot sign as principal
    with qtbot.waitSignal(page.failed, timeout=30000) as failed:
        page.bind_button.click()
    assert "không thể ký" in failed.args[0].message
