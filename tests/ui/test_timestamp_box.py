"""The timestamp upgrade in the window (issue 15 item 5, `hocbaso timestamp-upgrade`): real TSA, OCSP and CRLs on
127.0.0.1 (tests/fixtures/ltv_pki.py), the school signed B-T, the principal's sync screen brings it to B-LTA."""

from __future__ import annotations

import io

from pyhanko.pdf_utils.reader import PdfFileReader

from hocbaso_desktop.signing import ltv
from hocbaso_desktop.storage import audit, records_repo, upgrades_repo
from hocbaso_desktop.ui.start_window import sign_in
from hocbaso_desktop.ui.sync_view import SyncPage
from tests.fixtures.ltv_pki import issue_class_ltv
from tests.fixtures.signing import PASSWORD
from tests.ui.conftest import run_op


def _page(qtbot, backend, school, username):
    school.db.set_password(username, PASSWORD)  # the test school's staff have accounts but no password yet
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, school.db.path, username, PASSWORD))
    page = SyncPage(backend, who)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.timestamps.state_loaded, timeout=20000):
        page.refresh()
    return page


def test_the_principal_upgrades_issued_records_to_b_lta_in_the_background(qtbot, backend, ltv_school, ltv_pki):
    issue_class_ltv(ltv_school, ltv_pki)
    page = _page(qtbot, backend, ltv_school, "hieutruong")
    box = page.timestamps
    assert box.isVisibleTo(page) and box.run_button.isEnabled()
    assert "Chờ nâng cấp: 3 học bạ; đã nâng cấp: 0" in box.state.text() and ltv_pki.tsa_url in box.state.text()
    seen: list[tuple[int, int]] = []
    box.progress.valueChanged.connect(lambda v: seen.append((v, box.progress.maximum())))
    with qtbot.waitSignal(box.finished, timeout=120000) as done:
        box.upgrade_now()
    outcome = done.args[0]
    assert not isinstance(outcome, BaseException), outcome
    assert (outcome.upgraded, outcome.left) == (3, 0) and (3, 3) in seen
    assert box.message.text().startswith("Đã bổ sung dữ liệu kiểm tra lâu dài cho 3 học bạ (PAdES B-LTA)")
    qtbot.waitUntil(lambda: "đã nâng cấp: 3" in box.state.text(), timeout=20000)
    db = ltv_school.db
    assert upgrades_repo.pending(db) == []
    for stored in records_repo.latest_for_class(db, ltv_school.class_id):
        upgraded = ltv.current_pdf(db, stored)
        assert len(PdfFileReader(io.BytesIO(upgraded), strict=False).embedded_timestamp_signatures) == 1
    assert {e.actor for e in audit.search(db, actions=("record.timestamp",))} == {"hieutruong"}


def test_a_silent_timestamp_server_is_said_and_nothing_changes(qtbot, backend, ltv_school, ltv_pki):
    issue_class_ltv(ltv_school, ltv_pki)
    page = _page(qtbot, backend, ltv_school, "quantri")
    ltv_pki.tsa_down = True
    try:
        with qtbot.waitSignal(page.timestamps.finished, timeout=60000) as done:
            page.timestamps.upgrade_now()
    finally:
        ltv_pki.tsa_down = False
    assert "không kết nối được máy chủ cấp dấu thời gian" in page.timestamps.message.text()
    assert done.args[0].__class__.__name__ == "NotFoundError"
    assert len(upgrades_repo.pending(ltv_school.db)) == 3
    qtbot.waitUntil(page.timestamps.run_button.isEnabled, timeout=20000)  # the queue is read again, ready to retry
