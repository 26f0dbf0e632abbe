"""Transfer screens: a student out of one school (issued pages) and into another, with the checks shown."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD, create_demo_school
from hocbaso_desktop.domain.model import RecordStatus
from hocbaso_desktop.signing.trust import add_trust_anchor
from hocbaso_desktop.storage import records_repo, school_repo
from hocbaso_desktop.ui.operations import Backend
from hocbaso_desktop.ui.start_window import sign_in
from hocbaso_desktop.ui.transfer_view import TransferPage
from tests.fixtures.school import DEMO_TODAY
from tests.ui.conftest import run_op

pytestmark = pytest.mark.token


def _page(qtbot, backend, path, user="hocvu") -> TransferPage:
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, path, user, DEFAULT_DEMO_PASSWORD))
    page = TransferPage(backend, who)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.students_loaded, timeout=20000):
        page.refresh()
    return page


def test_transfer_out_then_in_between_two_schools(qtbot, backend, issued_school, tmp_path):
    sender, root_pem = issued_school
    out_page = _page(qtbot, backend, sender)
    with qtbot.waitSignal(out_page.students_loaded, timeout=20000):
        out_page.out_class.setCurrentIndex(out_page.out_class.findText("4A"))
    assert out_page.out_student.itemData(0) == out_page.students[0].id
    moving = out_page.students[0]
    out_page.destination.setText("Trường Tiểu học Nơi Đến")
    out_page.out_date.setDate(QDate(2026, 11, 2))
    with qtbot.waitSignal(out_page.sent, timeout=30000) as sent:
        out_page.send(moving.id, tmp_path / "goi.hbzip")
    written = sent.args[0]
    assert written.pages == 1 and written.student == moving.full_name
    assert moving.full_name in out_page.out_status.text()

    receiver = create_demo_school(tmp_path / "b.hocbaso", seed=99, students_per_class=2, classes_per_grade=1,
                                  today=DEMO_TODAY)
    other = Backend()
    try:
        in_page = _page(qtbot, other, receiver.path)
        with qtbot.waitSignal(in_page.checked, timeout=30000) as checked:   # root not trusted yet
            in_page.check(written.path)
        assert not checked.args[0].ok and not in_page.receive_button.isEnabled()
        assert "KHÔNG XÁC THỰC" in in_page.in_summary.text()
        run_op(qtbot, other, lambda ctx: ctx.set_session(None))
        admin = run_op(qtbot, other, lambda ctx: sign_in(ctx, receiver.path, "quantri", DEFAULT_DEMO_PASSWORD))
        assert admin.account.username == "quantri"
        run_op(qtbot, other, lambda ctx: add_trust_anchor(ctx.session, root_pem.read_bytes()))
        run_op(qtbot, other, lambda ctx: sign_in(ctx, receiver.path, "hocvu", DEFAULT_DEMO_PASSWORD))
        with qtbot.waitSignal(in_page.checked, timeout=30000) as checked:
            in_page.check(written.path)
        found = checked.args[0]
        assert found.ok and found.student == moving.full_name and len(found.pages) == 1
        assert in_page.pages.item(0, 3).text() == "Hợp lệ"
        assert {"gvcn", "principal", "seal"} <= {part.split(":")[0].strip() for part in found.pages[0].signers.split(";")}
        assert in_page.receive_button.isEnabled()
        in_page.in_class.setCurrentIndex(in_page.in_class.findText("4A"))
        in_page.in_date.setDate(QDate(2026, 11, 3))
        with qtbot.waitSignal(in_page.received, timeout=30000) as received:
            in_page.receive_button.click()
        assert received.args[0].records == 1 and moving.full_name in in_page.in_status.text()

        def stored(ctx):
            db = ctx.session.db
            page = records_repo.latest_for_student(db, moving.id, school_repo.latest_year(db))
            cls = school_repo.find_class(db, school_repo.latest_year(db), "4A")
            return page.record.status, moving.id in {s.id for s in school_repo.students_in_class(db, cls.id)}

        assert run_op(qtbot, other, stored) == (RecordStatus.ISSUED, True)
        assert date(2026, 11, 3) == in_page.in_date.date().toPython()
    finally:
        other.shutdown()
