"""Start screen, set-up wizard, main window by role, locked screen — against real database files."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard

from hocbaso_desktop.domain import tt27
from hocbaso_desktop.domain.roles import Principal, Role
from hocbaso_desktop.services import results
from hocbaso_desktop.ui.main_window import MainWindow, UnavailablePage
from hocbaso_desktop.ui.navigation import screens_for
from hocbaso_desktop.ui.shell import Shell
from tests.ui.conftest import run_op


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
    keys = {role: [s.key for s in screens_for(Principal("u", role))] for role in Role}
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


def test_principal_sees_results_with_reasons_and_unfinished_entry(qtbot, demo_school):
    shell = _shell(qtbot, demo_school)
    try:
        window = _sign_in(qtbot, shell, "hieutruong", demo_school.password)
        page = window.show_screen("results")
        qtbot.waitUntil(lambda: page.review is not None, timeout=20000)
        assert page.students.rowCount() == len(page.review.students) == 30
        # each row shows the result the one evaluator gives that student (computed here through services.results)
        school_class = page.review.school_class
        computed = run_op(qtbot, window.backend, lambda ctx: results.class_results(ctx.session, school_class))
        by_id = {r.student.id: r.result.result for r in computed.rows}
        expected = [tt27.RESULT_NAMES[by_id[s.id]] if by_id[s.id] else "Chưa đủ dữ liệu" for s in page.review.students]
        assert [page.students.item(row, 1).text() for row in range(30)] == expected
        assert all(page.students.item(row, 1).toolTip() for row in range(30))   # every result says why
        assert page.summary.text().startswith("Sĩ số")
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
        assert len(code) >= 20
        assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
        wizard.recovery_page.confirm.setChecked(True)
        with qtbot.waitSignal(shell.main_window_shown, timeout=5000) as blocker:
            wizard.button(QWizard.WizardButton.FinishButton).click()
        window = blocker.args[0]
        qtbot.addWidget(window)
        assert window.who.school.name == "Trường Tiểu học Thử Nghiệm"
        assert "users" in [s.key for s in window.screens]
        assert (tmp_path / "moi.hocbaso").exists()
        assert code.encode() not in (tmp_path / "moi.hocbaso").read_bytes()
    finally:
        shell.shutdown()
