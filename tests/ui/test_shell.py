"""Start screen, set-up wizard, main window by role, locked screen — against real database files."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard

from hocbaso_desktop.domain.roles import Principal, Role
from hocbaso_desktop.services import sessions
from hocbaso_desktop.storage import school_repo
from hocbaso_desktop.storage.keyfile import KeyFile, keyfile_path
from hocbaso_desktop.ui.main_window import MainWindow, UnavailablePage
from hocbaso_desktop.ui.navigation import screens_for
from hocbaso_desktop.ui.shell import Shell


def _shell(qtbot, demo_school, lock_seconds: float = 600) -> Shell:
    shell = Shell(demo_school.path, None, lock_seconds=lock_seconds)
    qtbot.addWidget(shell.start)
    shell.show()
    return shell


def _sign_in(qtbot, shell: Shell, username: str, password: str) -> MainWindow:
    shell.start.user_edit.setText(username)
    shell.start.password_edit.setText(password)
    with qtbot.waitSignal(shell.main_window_shown, timeout=20000) as blocker:
        qtbot.keyClick(shell.start.password_edit, Qt.Key.Key_Return)
    window = blocker.args[0]
    qtbot.addWidget(window)
    return window


def test_wrong_password_shows_the_reason_then_login_opens_the_main_window(qtbot, demo_school):
    shell = _shell(qtbot, demo_school)
    try:
        shell.start.user_edit.setText("gvcn.4a")
        shell.start.password_edit.setText("sai-mat-khau")
        shell.start.submit()
        qtbot.waitUntil(lambda: shell.start.login_button.isEnabled() and shell.start.error_label.text()
                        and "Đang" not in shell.start.error_label.text(), timeout=20000)
        assert "mật khẩu" in shell.start.error_label.text().lower()
        window = _sign_in(qtbot, shell, "gvcn.4a", demo_school.password)
        assert [s.key for s in window.screens] == ["grades", "results", "signing", "data"]
        grades = window.page("grades")
        qtbot.waitUntil(lambda: grades.model is not None, timeout=20000)
        assert grades.class_box.currentText().endswith("4A")
    finally:
        shell.shutdown()


def test_navigation_follows_the_role():
    keys = {role: [s.key for s in screens_for(sessions.granted_actions(Principal("u", role)), role)] for role in Role}
    assert keys[Role.SUBJECT_TEACHER] == ["grades", "results", "data"]
    assert keys[Role.HOMEROOM] == ["grades", "results", "signing", "data"]
    assert {"results", "signing", "print", "sync", "audit"} <= set(keys[Role.PRINCIPAL])
    assert "users" not in keys[Role.PRINCIPAL]
    assert keys[Role.CLERK] == ["results", "signing", "students", "data", "transfers", "trichluc", "print", "issued",
                               "sync"]   # transfers: the clerk seals and opens packages (issue 21)
    assert "issued" in keys[Role.PRINCIPAL] and "issued" in keys[Role.ACADEMIC]
    assert {"reports", "data", "transfers", "trichluc"} <= set(keys[Role.ACADEMIC])
    assert "reports" in keys[Role.PRINCIPAL]
    assert {"users", "certificates", "settings", "audit"} <= set(keys[Role.ADMIN])
    assert "grades" not in keys[Role.ADMIN] and "signing" not in keys[Role.ADMIN]


def test_principal_sees_results_with_reasons_and_unfinished_entry(qtbot, demo_school, admin_db):
    # The demo's class 1A: 25 Hoàn thành, 2 Hoàn thành tốt, 2 Chưa hoàn thành, 1 Hoàn thành xuất sắc. One year-end
    # Toán level is taken away, so one of the two "Hoàn thành tốt" has too little data and Toán's teacher has not
    # finished the year-end sheet.
    year = school_repo.latest_year(admin_db)
    class_1a = school_repo.find_class(admin_db, year, "1A")
    bao = next(s for s in school_repo.students_in_class(admin_db, class_1a.id) if s.full_name == "Nguyễn Gia Bảo")
    admin_db.execute("DELETE FROM assessments WHERE student_id = ? AND year = ? AND subject = 'TOAN' AND period = 'cn'"
                     " AND component = 'level'", (bao.id, year))
    shell = _shell(qtbot, demo_school)
    try:
        window = _sign_in(qtbot, shell, "hieutruong", demo_school.password)
        page = window.show_screen("results")
        qtbot.waitUntil(lambda: page.review is not None, timeout=20000)
        assert page.class_box.currentText() == "1A" and page.students.rowCount() == 30
        rows = {page.students.item(row, 0).text(): row for row in range(30)}
        shown = [page.students.item(row, 1).text() for row in range(30)]
        assert Counter(shown) == {"Hoàn thành": 25, "Hoàn thành tốt": 1, "Chưa hoàn thành": 2,
                                  "Hoàn thành xuất sắc": 1, "Chưa đủ dữ liệu": 1}
        assert page.summary.text() == ("Sĩ số 30. Chưa hoàn thành: 2; Chưa đủ dữ liệu: 1; Hoàn thành: 25; "
                                       "Hoàn thành tốt: 1; Hoàn thành xuất sắc: 1")

        def row_of(name: str) -> tuple[str, str, str]:
            """(result, main reason, tooltip) of a student's row."""
            result, reason = page.students.item(rows[name], 1), page.students.item(rows[name], 2)
            return result.text(), reason.text(), result.toolTip()

        result, reason, tooltip = row_of("Nguyễn Gia Bảo")
        assert (result, reason) == ("Chưa đủ dữ liệu", "Toán: thiếu mức đạt được cuối năm.")
        assert tooltip == "Chưa đủ dữ liệu cuối năm để đánh giá kết quả giáo dục.\nToán: thiếu mức đạt được cuối năm."
        result, reason, tooltip = row_of("Võ Hoàng Tuấn")
        assert (result, reason) == ("Chưa hoàn thành", "Môn Toán ở mức Chưa hoàn thành (C).")
        assert "Điểm KTĐK cuối năm môn Toán là 4, dưới 5." in tooltip.split("\n")
        assert row_of("Nguyễn Thanh Anh")[0] == "Hoàn thành xuất sắc"
        page.students.setCurrentCell(rows["Võ Hoàng Tuấn"], 0)   # the reasons pane follows the selected row
        assert page.reasons.toPlainText().startswith("Võ Hoàng Tuấn: Chưa hoàn thành")
        assert "Cần kèm cặp, hỗ trợ và đánh giá bổ sung" in page.reasons.toPlainText()

        assert page.unfinished_title.text() == "Chưa nhập xong (theo môn, theo kì):"
        assert page.unfinished.rowCount() == 1
        assert [page.unfinished.item(0, c).text() for c in range(4)] == ["Toán", "cuối năm", "Lê Diệu Giang", "1"]
    finally:
        shell.shutdown()


def test_inactivity_locks_and_password_unlocks(qtbot, demo_school):
    shell = _shell(qtbot, demo_school, lock_seconds=1)
    try:
        window = _sign_in(qtbot, shell, "gvcn.4a", demo_school.password)
        qtbot.waitUntil(lambda: window.locked, timeout=5000)
        window.lock_screen.password.setText("sai")
        window.lock_screen.submit()
        qtbot.waitUntil(lambda: window.lock_screen.message.text() != "", timeout=20000)
        assert window.locked
        window.watcher.stop()
        window.lock_screen.password.setText(demo_school.password)
        window.lock_screen.submit()
        qtbot.waitUntil(lambda: not window.locked, timeout=20000)
    finally:
        shell.shutdown()


def test_screen_without_its_module_says_not_available(qtbot, demo_school, monkeypatch):
    from hocbaso_desktop.ui import main_window

    # every screen is built now: point one at a module missing from this build
    monkeypatch.setitem(main_window.PAGE_CLASSES, "trichluc", "hocbaso_desktop.ui.khong_co_trong_ban_nay:Page")
    shell = _shell(qtbot, demo_school)
    try:
        window = _sign_in(qtbot, shell, "hocvu", demo_school.password)
        page = window.show_screen("trichluc")  # module missing: honest "chưa có"
        assert isinstance(page, UnavailablePage)
        assert "chưa có" in page.findChild(QLabel, "unavailable").text()
    finally:
        shell.shutdown()


def test_setup_wizard_creates_a_school_and_shows_the_recovery_code_once(qtbot, tmp_path):
    shell = Shell(None)
    qtbot.addWidget(shell.start)
    try:
        wizard = shell.open_wizard()
        qtbot.addWidget(wizard)
        page = wizard.school_page
        page.path.setText(str(tmp_path / "moi.hocbaso"))
        page.code.setText("79000999")
        page.name.setText("Trường Tiểu học Thử Nghiệm")
        wizard.next()
        admin = wizard.admin_page
        admin.full_name.setText("Nguyễn Văn Quản")
        admin.password.setText("mat-khau-dai")
        admin.again.setText("khac-nhau")
        assert not admin.isComplete()
        admin.again.setText("mat-khau-dai")
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=30000)
        code = wizard.recovery_page.code.text()
        assert re.fullmatch(r"[A-HJKMNP-Z2-9]{5}(-[A-HJKMNP-Z2-9]{5}){7}", code), code   # 8 groups, no 0/O, 1/I/L
        assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
        wizard.recovery_page.confirm.setChecked(True)
        with qtbot.waitSignal(shell.main_window_shown, timeout=5000) as blocker:
            wizard.button(QWizard.WizardButton.FinishButton).click()
        window = blocker.args[0]
        qtbot.addWidget(window)
        assert window.who.school.name == "Trường Tiểu học Thử Nghiệm"
        KeyFile.load(keyfile_path(tmp_path / "moi.hocbaso")).unlock_recovery(code)   # the code shown opens it
        assert "users" in [s.key for s in window.screens]
        assert (tmp_path / "moi.hocbaso").exists()
        assert code.encode() not in (tmp_path / "moi.hocbaso").read_bytes()
    finally:
        shell.shutdown()
