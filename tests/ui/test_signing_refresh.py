"""The signing screen follows changes made elsewhere (issue 15) through the window's change signal, keeping the
class shown (a remote batch the background job sent: tests/ui/test_remote_signing_view.py)."""

from __future__ import annotations

from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD
from hocbaso_desktop.services import Changes
from hocbaso_desktop.ui.signing_view import SigningPage
from hocbaso_desktop.ui.start_window import sign_in
from tests.ui.conftest import run_op


def test_a_change_made_elsewhere_keeps_the_class_the_principal_chose(qtbot, backend, small_school):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, small_school, "hieutruong", DEFAULT_DEMO_PASSWORD))
    page = SigningPage(backend, who)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.class_box.count() == 5, timeout=20000)
    page.class_box.setCurrentIndex(page.class_box.findText("5A"))
    page.class_box.removeItem(page.class_box.findText("1A"))   # only a reload from the database brings it back
    backend.hub.notify(Changes(records=True))      # e.g. a teacher's batch signed by the background job
    qtbot.waitUntil(lambda: page.class_box.count() == 5, timeout=20000)
    assert page.class_box.currentText() == "5A" and page.class_box.findText("1A") >= 0
