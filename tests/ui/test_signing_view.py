"""Signing a class from the interface on a SoftHSM2 token: exact list, one PIN dialog, progress, result."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from hocbaso_desktop.signing.certificates import bind_certificate
from hocbaso_desktop.token import DEMO_USER_PIN, TokenInfo
from hocbaso_desktop.ui.pin_dialog import PinDialog
from hocbaso_desktop.ui.signing_view import SigningPage
from hocbaso_desktop.ui.start_window import sign_in
from tests.fixtures.signing import PASSWORD, build_school
from tests.fixtures.softhsm import KEY_IDS
from tests.ui.conftest import run_op


@pytest.fixture
def signing_school(tmp_path, demo_pki, softhsm_tokens, monkeypatch):
    """A 3-student class whose homeroom teacher's certificate on the GiaoVien token is bound."""
    school = build_school(tmp_path / "truong.hocbaso", demo_pki)
    bind_certificate(school.session("quantri"), username="gvcn.4a", role="gvcn",
                     cert_der=demo_pki.people["giaovien"].certificate_der, chain_der=demo_pki.chain_der,
                     key_id=KEY_IDS["giaovien"].hex(), token_serial=softhsm_tokens.tokens["GiaoVien"].serial,
                     module_path=softhsm_tokens.module_path)
    # build_school adds accounts without passwords (its tests use sessions directly): give gvcn.4a one.
    school.db.keyfile.set_user("gvcn.4a", school.db._data_key, PASSWORD)
    school.db.keyfile.save()
    school.db.close()
    monkeypatch.setenv("SOFTHSM2_CONF", softhsm_tokens.env["SOFTHSM2_CONF"])
    return tmp_path / "truong.hocbaso"


def test_homeroom_teacher_signs_the_class_with_one_pin(qtbot, backend, signing_school):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, signing_school, "gvcn.4a", PASSWORD))
    page = SigningPage(backend, who)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.class_box.count() == 1 and page.role_box.count() == 1, timeout=10000)
    with qtbot.waitSignal(page.prepared, timeout=60000):
        page.prepare()
    assert page.items.rowCount() == 3
    assert "Sẽ ký 3 học bạ của lớp 4A" in page.summary.text()
    assert "hết hạn" in page.certificate.text()
    qtbot.waitUntil(lambda: page.sign_button.isEnabled(), timeout=30000)
    assert "GiaoVien" in page.token_box.currentText()

    dialogs: list[PinDialog] = []

    def answer(dialog: PinDialog) -> None:
        dialogs.append(dialog)
        dialog.pin.setText(DEMO_USER_PIN)
        dialog.accept()

    page.prompt.dialog_opened.connect(answer)
    ticks: list[int] = []
    timer = QTimer(interval=0)  # fires at every turn of the event loop, and only then
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with qtbot.waitSignal(page.finished, timeout=120000) as blocker:
        page.sign()
    timer.stop()
    result = blocker.args[0]
    assert not isinstance(result, BaseException), result
    assert (result.signed, result.remaining) == (3, 0)
    assert len(dialogs) == 1                       # one PIN for the whole batch
    assert page.progress.value() == page.progress.maximum() == 3
    # The event loop turned while the batch ran (had the work blocked the window, the signal would have come
    # before any turn and the zero timer would never have fired); counting 50 ms ticks measured the machine.
    assert ticks
    with qtbot.waitSignal(page.prepared, timeout=30000):
        page.prepare()
    assert page.items.rowCount() == 0              # nothing is signed twice


def test_pin_dialog_shows_tries_and_refuses_the_final_try(qtbot):
    token = TokenInfo(0, "GiaoVien", "SER1", "SoftHSM", "x", 0)
    dialog = PinDialog(token, 3)
    qtbot.addWidget(dialog)
    assert "Còn 3 lần thử" in dialog.tries.text() and dialog.ok_button.isEnabled()
    final = PinDialog(token, 1)
    qtbot.addWidget(final)
    final.pin.setText("123456")
    assert final.refused and not final.ok_button.isEnabled() and not final.pin.isEnabled()
    assert final.value() is None
    assert "1 lần thử" in final.tries.text()


def test_pulled_token_is_reported_and_signing_resumes_when_it_is_back(qtbot, backend, signing_school,
                                                                        softhsm_tokens):
    import shutil

    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, signing_school, "gvcn.4a", PASSWORD))
    page = SigningPage(backend, who)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.class_box.count() == 1, timeout=10000)
    with qtbot.waitSignal(page.prepared, timeout=60000):
        page.prepare()
    qtbot.waitUntil(lambda: page.sign_button.isEnabled(), timeout=30000)
    page.prompt.dialog_opened.connect(lambda d: (d.pin.setText(DEMO_USER_PIN), d.accept()))
    backup = softhsm_tokens.directory.with_name("token-backup")
    shutil.copytree(softhsm_tokens.directory, backup)
    shutil.rmtree(softhsm_tokens.directory)          # the token is pulled out
    with qtbot.waitSignal(page.finished, timeout=60000) as blocker:
        page.sign()
    assert isinstance(blocker.args[0], BaseException)
    assert page.sign_button.isEnabled() and page.status.text()
    shutil.copytree(backup, softhsm_tokens.directory)  # plugged back in
    with qtbot.waitSignal(page.finished, timeout=120000) as blocker:
        page.sign()
    assert blocker.args[0].signed == 3
