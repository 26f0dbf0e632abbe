"""Issue 15 items 1 and 6: nothing is locked before the program knows it can sign; an audited unlock; the demo
school's tokens are found beside the database; a wrong PIN is asked again in the same batch."""

from __future__ import annotations

import pytest

from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD
from hocbaso_desktop.services import grade_sheets, open_session
from hocbaso_desktop.signing import issuance
from hocbaso_desktop.storage import audit, school_repo
from hocbaso_desktop.token import DEMO_USER_PIN
from hocbaso_desktop.ui.signing_view import SigningPage
from hocbaso_desktop.ui.start_window import sign_in
from tests.ui.conftest import run_op


def _class_id(ctx, name):
    return school_repo.find_class(ctx.session.db, school_repo.latest_year(ctx.session.db), name).id


def _page(qtbot, backend, path, username):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, path, username, DEFAULT_DEMO_PASSWORD))
    page = SigningPage(backend, who)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.class_box.count() >= 1 and page.role_box.count() >= 1, timeout=20000)
    return page


def test_a_teacher_without_certificate_locks_nothing(qtbot, backend, small_school):
    page = _page(qtbot, backend, small_school, "gvcn.5a")
    class_id = run_op(qtbot, backend, lambda ctx: _class_id(ctx, "5A"))
    with qtbot.waitSignal(page.checked, timeout=20000) as blocker:
        page.plan_button.click()
    assert "chưa được đăng ký chứng thư số" in blocker.args[0]
    assert page.lock_dialog is None and page.prep is None
    assert run_op(qtbot, backend, lambda ctx: grade_sheets.record_locks(ctx.session, class_id))[1] == {}


def _lock_5a(path):
    """What the old program did: lock the class for signing (the teacher then found no certificate)."""
    with open_session(path, "gvcn.5a", DEFAULT_DEMO_PASSWORD) as session:
        class_id = school_repo.find_class(session.db, school_repo.latest_year(session.db), "5A").id
        assert issuance.prepare_class(session, class_id) == 6
        return class_id


@pytest.mark.parametrize("username", ["gvcn.5a", "hieutruong"])
def test_locked_but_unsigned_pages_can_be_unlocked_with_a_reason(qtbot, backend, small_school, username):
    class_id = _lock_5a(small_school)
    page = _page(qtbot, backend, small_school, username)
    assert page.unlock_button.isVisibleTo(page)
    page.class_box.setCurrentIndex(page.class_box.findText("5A"))
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.unlock_dialog is not None and page.unlock_dialog.isVisible(), timeout=20000)
    assert "6 học bạ" in page.unlock_dialog.labelText()
    page.unlock_dialog.setTextValue("Nhập nhầm điểm Toán")
    with qtbot.waitSignal(page.unlocked, timeout=20000) as blocker:
        page.unlock_dialog.accept()
    assert blocker.args[0] == 6
    assert run_op(qtbot, backend, lambda ctx: grade_sheets.record_locks(ctx.session, class_id))[1] == {}
    rows = run_op(qtbot, backend, lambda ctx: audit.recent(ctx.session.db))
    unlocks = [r for r in rows if r.action == "record.unlock"]
    assert len(unlocks) == 6 and {r.actor for r in unlocks} == {username}


@pytest.mark.token
def test_demo_signing_finds_its_tokens_and_asks_again_after_a_wrong_pin(qtbot, backend, demo_signers_school):
    page = _page(qtbot, backend, demo_signers_school, "gvcn.5a")
    with qtbot.waitSignal(page.checked, timeout=60000) as blocker:
        page.plan_button.click()
    assert blocker.args[0] == "", blocker.args[0]           # the token was found without SOFTHSM2_CONF
    qtbot.waitUntil(lambda: page.lock_dialog is not None and page.lock_dialog.isVisible(), timeout=20000)
    with qtbot.waitSignal(page.prepared, timeout=60000):
        page.lock_dialog.yes.click()
    assert page.items.rowCount() == 6
    qtbot.waitUntil(page.sign_button.isEnabled, timeout=30000)
    pins = iter(["000000", DEMO_USER_PIN])
    asked = []

    def answer(dialog):
        asked.append(dialog.tries.text())
        dialog.pin.setText(next(pins))
        dialog.accept()

    page.prompt.dialog_opened.connect(answer)
    with qtbot.waitSignal(page.finished, timeout=120000) as blocker:
        page.sign()
    result = blocker.args[0]
    assert not isinstance(result, BaseException), result
    assert (result.signed, result.remaining) == (6, 0) and len(asked) == 2
