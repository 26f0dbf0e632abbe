"""Issue 15 item 5 (and 9's preview, verify-qr): work that was command-line only has its place in the window."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from hocbaso_desktop.cli import main
from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD
from hocbaso_desktop.services import issued
from hocbaso_desktop.storage import records_repo, school_repo
from hocbaso_desktop.ui import print_view
from hocbaso_desktop.ui.issued_view import IssuedPage
from hocbaso_desktop.ui.print_view import PrintPage
from hocbaso_desktop.ui.start_window import sign_in
from tests.fixtures.printing import pdf_info
from tests.ui.conftest import run_op


def _page(qtbot, backend, path, username):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, path, username, DEFAULT_DEMO_PASSWORD))
    page = IssuedPage(backend, who)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=30000):
        page.refresh()
    page.class_box.setCurrentIndex(page.class_box.findText("4A"))
    qtbot.waitUntil(lambda: bool(page.rows) and all(r.status == "issued" for r in page.rows), timeout=30000)
    return page


def test_principal_saves_the_signed_pdf_and_revokes_with_the_short_id(qtbot, backend, issued_school, tmp_path):
    path, _root = issued_school
    page = _page(qtbot, backend, path, "hieutruong")
    assert page.save_button.isVisibleTo(page) and page.revoke_button.isVisibleTo(page)
    first = page.rows[0]
    assert page.table.item(0, 1).text() == first.short_id and len(first.short_id) == 8
    out = tmp_path / "ky.pdf"
    with qtbot.waitSignal(page.saved, timeout=30000):
        page.save_signed(first, out)
    report = run_op(qtbot, backend, lambda ctx: issued.verify_file(ctx.session, out))
    assert report.ok and len(report.signatures) == 3

    page.table.selectRow(0)
    page.ask_revoke()
    assert page.revoke_dialog is not None and first.short_id in page.revoke_dialog.labelText()
    page.revoke_dialog.setTextValue("Sai điểm môn Toán")
    with qtbot.waitSignal(page.revoked, timeout=30000) as blocker:
        page.revoke_dialog.accept()
    assert blocker.args[0] == 2
    qtbot.waitUntil(lambda: bool(page.rows) and page.rows[0].version == 2, timeout=20000)
    assert page.rows[0].status == "draft" and page.table.item(0, 2).text() == "2"


def test_the_command_line_takes_the_short_id(qtbot, backend, issued_school, monkeypatch, capsys):
    path, _root = issued_school
    page = _page(qtbot, backend, path, "hieutruong")
    short = page.rows[1].short_id
    monkeypatch.setenv("HOCBASO_PASSWORD", DEFAULT_DEMO_PASSWORD)
    assert main(["revoke", "--db", str(path), "--user", "hieutruong", "--record", short, "--reason", "Sai tên"]) == 0
    assert "phiên bản 2" in capsys.readouterr().out
    assert main(["revoke", "--db", str(path), "--user", "hieutruong", "--record", "84ce1", "--reason", "x"]) == 3


def test_clerk_verifies_a_pdf_and_a_qr_against_the_schools_trust(qtbot, backend, issued_school, tmp_path):
    path, _root = issued_school
    page = _page(qtbot, backend, path, "vanthu")
    assert page.save_button.isVisibleTo(page) and not page.revoke_button.isVisibleTo(page)
    out = tmp_path / "hocba.pdf"
    with qtbot.waitSignal(page.saved, timeout=30000):
        page.save_signed(page.rows[0], out)
    with qtbot.waitSignal(page.verified, timeout=60000) as blocker:
        page.verify_file(out)
    assert "KHÔNG HỢP LỆ" not in blocker.args[0] and "HỢP LỆ" in blocker.args[0]
    broken = tmp_path / "sua.pdf"
    data = bytearray(out.read_bytes())
    data[len(data) // 3] ^= 0x01
    broken.write_bytes(bytes(data))
    with qtbot.waitSignal(page.verified, timeout=60000) as blocker:
        page.verify_file(broken)
    assert "KHÔNG" in blocker.args[0]
    qr_text = run_op(qtbot, backend, lambda ctx: records_repo.get(ctx.session.db, page.rows[0].record_id).qr)
    page.qr_text.setText(qr_text)
    with qtbot.waitSignal(page.verified, timeout=60000) as blocker:
        page.verify_qr_now()
    text = blocker.args[0]
    assert text.startswith("MÃ QR HỢP LỆ") and "Tiếng Việt: " in text and "Toán: " in text
    assert "TV " not in text and "TOAN " not in text


def test_print_screen_saves_the_signed_pdf_and_a_refused_preview_clears_the_pages(qtbot, backend, issued_school,
                                                                                  tmp_path, monkeypatch):
    path, _root = issued_school
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, path, "vanthu", DEFAULT_DEMO_PASSWORD))
    page = PrintPage(backend, who)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.class_box.count() > 0, timeout=20000)
    page.class_box.setCurrentIndex(page.class_box.findText("4A"))
    names = run_op(qtbot, backend, lambda ctx: [s.full_name for s in school_repo.students_in_class(
        ctx.session.db, school_repo.find_class(ctx.session.db, school_repo.latest_year(ctx.session.db), "4A").id)])
    qtbot.waitUntil(lambda: [page.student_list.item(i).text() for i in range(page.student_list.count())] == names,
                    timeout=20000)
    with qtbot.waitSignal(page.previewed, timeout=60000):
        page.student_list.setCurrentRow(0)
    out = tmp_path / "luu.pdf"
    with qtbot.waitSignal(page.saved, timeout=30000):
        page.save_pdf(out)
    report = run_op(qtbot, backend, lambda ctx: issued.verify_file(ctx.session, out))
    assert report.ok                                   # the signed file, not an unsigned copy
    assert page.preview_page_count() == int(pdf_info(out.read_bytes())["Pages"]) == 4
    def refused(_ctx, *_args):
        raise issued.NotFoundError("Không xem được.")

    monkeypatch.setattr(print_view, "render_document", refused)  # the next student's preview is refused
    page.student_list.setCurrentRow(1)
    qtbot.waitUntil(lambda: page.preview_page_count() == 0, timeout=20000)
    assert page.document is None and not page.save_button.isEnabled()
    assert page.status.text() == "Không xem được."   # shown by the operation helper on the status line, no box
    assert not page.findChildren(QMessageBox, "errorBox")


def test_a_save_that_cannot_be_written_is_said_on_the_line_in_red_and_the_next_save_is_not(qtbot, backend,
                                                                                            issued_school, tmp_path):
    path, _root = issued_school
    page = _page(qtbot, backend, path, "vanthu")
    blocker_file = tmp_path / "khong-phai-thu-muc"
    blocker_file.write_text("x")
    page.save_signed(page.rows[0], blocker_file / "hocba.pdf")   # its folder is a file: cannot be written
    qtbot.waitUntil(lambda: "#a00000" in page.status.styleSheet(), timeout=30000)
    assert page.status.text().startswith(f"Không đọc hoặc ghi được “{blocker_file}")
    assert page.findChildren(QMessageBox) == []   # shown by the helper on the line only
    with qtbot.waitSignal(page.saved, timeout=30000):
        page.save_signed(page.rows[0], tmp_path / "hocba.pdf")
    assert page.status.text().startswith("Đã lưu bản đã ký số: ") and page.status.styleSheet() == ""
