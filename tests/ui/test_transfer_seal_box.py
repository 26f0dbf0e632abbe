"""The transfer screen does what `hocbaso transfer out --to-cert / seal / open / in` do (issue 21), in the window.

The sending school's academic officer picks the receiving school's seal certificate (an independent one:
tests/fixtures/receiving_pki.py, openssl + pkcs11-tool, its key on its own SoftHSM2 token) and makes the package;
the sending clerk seals it with the demo seal token (one PIN typed in the PIN dialog): the file becomes a CMS that
openssl reads as authEnvelopedData. The receiving clerk opens it with the receiving seal's token (the decryption
happens on the token); the receiving academic officer sees the seal checked and receives the student. A
signing-only certificate is named as such when picked, before any PIN.
"""

from __future__ import annotations

import subprocess
import zipfile

import pytest

from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD
from hocbaso_desktop.token import DEMO_USER_PIN
from hocbaso_desktop.ui.operations import Backend
from hocbaso_desktop.ui.start_window import sign_in
from hocbaso_desktop.ui.transfer_view import TransferPage
from tests.fixtures.real_pki import USER_PIN
from tests.fixtures.receiving_pki import KEY_ID
from tests.security.test_i21_transfer import schools  # noqa: F401  (fixture)
from tests.security.test_i21_transfer_encrypted import _bind_seal, _trust_real_root
from tests.ui.conftest import run_op

pytestmark = pytest.mark.token


def _page(qtbot, backend: Backend, path, user: str, env=None) -> TransferPage:
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, path, user, DEFAULT_DEMO_PASSWORD))
    page = TransferPage(backend, who, token_env=env)
    qtbot.addWidget(page)
    return page


def _type(pin: str):
    def answer(dialog) -> None:
        dialog.pin.setText(pin)
        dialog.accept()
    return answer


def _outcome(done, failed) -> list:
    """The first of a success or a failure signal's argument, collected (a failure fails the test with its text)."""
    got: list = []
    done.connect(got.append)
    failed.connect(got.append)
    return got


def _clerk(qtbot, backend, path, env) -> TransferPage:
    page = _page(qtbot, backend, path, "vanthu", env)
    assert page.seal_box is not None and not page.may_transfer      # the clerk sees only the seal's part
    with qtbot.waitSignal(page.seal_box.setup_loaded, timeout=20000) as setup:
        page.refresh()
    assert not setup.args[0].problem, setup.args[0].problem
    qtbot.waitUntil(page.seal_box.seal_button.isEnabled, timeout=30000)
    return page


def test_the_window_sends_an_encrypted_package_and_the_receiver_opens_it_on_its_token(
        qtbot, schools, receiving_seal, tmp_path):  # noqa: F811
    sender, receiver, tokens = schools
    for school in (sender, receiver):
        _trust_real_root(school, receiving_seal.real.root_pem)
    _bind_seal(receiver, receiving_seal.cert_der, receiving_seal.real.issuing_pem, KEY_ID, receiving_seal.serial)
    backend = Backend()
    try:
        office = _page(qtbot, backend, sender, "hocvu")
        assert office.seal_box is None
        with qtbot.waitSignal(office.students_loaded, timeout=20000):
            office.refresh()
        with qtbot.waitSignal(office.students_loaded, timeout=20000):
            office.out_class.setCurrentIndex(office.out_class.findText("5A"))
        moving = office.students[0]
        office.to_cert.setText(str(receiving_seal.sign_only_pem))          # a signing-only certificate is named
        office.check_certificate(receiving_seal.sign_only_pem)
        qtbot.waitUntil(lambda: "chỉ dùng để ký" in office.out_status.text(), timeout=20000)
        assert office.to_cert_info.text() == ""
        office.to_cert.setText(str(receiving_seal.cert_pem))
        office.check_certificate(receiving_seal.cert_pem)
        qtbot.waitUntil(lambda: office.to_cert_info.text() != "", timeout=20000)
        package = tmp_path / "goi.hbzip"
        with qtbot.waitSignal(office.sent, timeout=60000) as sent:
            office.send(moving.id, package)
        assert sent.args[0].recipient and sent.args[0].recipient in office.out_status.text()
        assert zipfile.is_zipfile(package)                                  # not sealed yet: the clerk seals it

        clerk = _clerk(qtbot, backend, sender, {"SOFTHSM2_CONF": str(tokens)})
        clerk.seal_box.prompt.dialog_opened.connect(_type(DEMO_USER_PIN))
        outcome = _outcome(clerk.seal_box.sealed, clerk.seal_box.failed)
        clerk.seal_box.seal(package, None)                                 # the certificate kept in the package
        qtbot.waitUntil(lambda: bool(outcome), timeout=60000)
        assert getattr(outcome[0], "encrypted_for", None) == sent.args[0].recipient, str(outcome[0])
        assert "mã hoá cho" in clerk.seal_box.status.text()
        raw = package.read_bytes()
        assert not zipfile.is_zipfile(package) and moving.full_name.encode() not in raw
        printed = subprocess.run(["openssl", "cms", "-cmsout", "-print", "-inform", "DER", "-in", str(package)],
                                 capture_output=True, text=True, check=True).stdout
        assert "id-smime-ct-authEnvelopedData" in printed and "rsaesOaep" in printed

        receiving_clerk = _clerk(qtbot, backend, receiver, receiving_seal.env)
        receiving_clerk.seal_box.prompt.dialog_opened.connect(_type(USER_PIN))
        opened = tmp_path / "goi-da-mo.zip"
        outcome = _outcome(receiving_clerk.seal_box.opened, receiving_clerk.seal_box.failed)
        receiving_clerk.seal_box.open(package, opened)
        qtbot.waitUntil(lambda: bool(outcome), timeout=60000)
        assert outcome[0] == opened, receiving_clerk.seal_box.status.text()
        assert zipfile.is_zipfile(opened) and (opened.stat().st_mode & 0o777) == 0o600

        receiving_office = _page(qtbot, backend, receiver, "hocvu")
        with qtbot.waitSignal(receiving_office.classes_loaded, timeout=20000):
            receiving_office.refresh()
        with qtbot.waitSignal(receiving_office.failed, timeout=60000):
            receiving_office.check(package)                                 # still encrypted: refused, named
        assert "đã được mã hoá" in receiving_office.in_status.text()
        with qtbot.waitSignal(receiving_office.checked, timeout=60000) as checked:
            receiving_office.check(opened)
        found = checked.args[0]
        assert found.ok and found.sealed_by and found.sealed_by in receiving_office.in_summary.text()
        receiving_office.in_class.setCurrentIndex(receiving_office.in_class.findText("5A"))
        with qtbot.waitSignal(receiving_office.received, timeout=60000) as received:
            receiving_office.receive_button.click()
        assert received.args[0].full_name == moving.full_name and received.args[0].entries == 129
    finally:
        backend.shutdown()
