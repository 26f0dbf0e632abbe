"""The window speaks one language: Qt's own texts in Vietnamese, the language choice said and applied (issue 15)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QToolButton

from hocbaso_desktop.app import saved_language
from hocbaso_desktop.domain import i18n
from hocbaso_desktop.ui import language_box
from hocbaso_desktop.ui.qt_vietnamese import QT_VIETNAMESE
from hocbaso_desktop.ui.translator import install_translators


@pytest.fixture
def vietnamese_app(qtbot):
    """The application with the translators of a Vietnamese start (as `hocbaso` installs them)."""
    app = QApplication.instance()
    i18n.set_language("vi")
    install_translators(app)
    yield app
    i18n.set_language("vi")
    install_translators(app)


def test_every_qt_text_we_translate_is_one_qt_really_uses():
    # Qt's own French catalogue knows each (context, source): a key Qt never asks for would stay English.
    french = QTranslator()
    assert french.load("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    unknown = {key for key in QT_VIETNAMESE if not french.translate(*key)}
    # newer than the French catalogue: the file dialog test below sees Qt use them
    assert unknown == {("QFileDialog", "&Look in:"), ("QFileDialog", "Files of &type:")}


def test_standard_buttons_and_the_file_dialog_are_vietnamese(vietnamese_app, qtbot):
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(buttons)
    assert [buttons.button(b).text() for b in (QDialogButtonBox.StandardButton.Close,
                                                QDialogButtonBox.StandardButton.Cancel,
                                                QDialogButtonBox.StandardButton.Ok)] == ["Đóng", "Huỷ", "Đồng ý"]
    box = QMessageBox(QMessageBox.Icon.Question, "Hỏi", "Tiếp tục?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Có"
    assert box.button(QMessageBox.StandardButton.No).text().replace("&", "") == "Không"
    dialog = QFileDialog(None, "Chọn tệp")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog, as on Linux and under Xvfb
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert labels == {"&Tìm trong:", "&Tên tệp:", "&Loại tệp:"}
    assert {b.toolTip() for b in dialog.findChildren(QToolButton)} >= {"Lùi", "Tiến", "Thư mục cha", "Tạo thư mục mới"}


def test_about_box_closes_in_vietnamese(vietnamese_app, qtbot, backend, tmp_path):
    from hocbaso_desktop.ui.about_dialog import AboutDialog

    dialog = AboutDialog(backend, tmp_path)
    qtbot.addWidget(dialog)
    texts = {b.text() for b in dialog.findChildren(QDialogButtonBox)[0].buttons()}
    assert texts == {"Đóng"}


def test_the_sign_in_window_changes_language_at_once(vietnamese_app, qtbot, demo_school, monkeypatch, tmp_path):
    from hocbaso_desktop.ui.shell import Shell

    monkeypatch.setattr(language_box, "default_data_dir", lambda: tmp_path)
    shell = Shell(demo_school.path, "gvcn.4a")
    shell.show()
    try:
        assert shell.start.login_button.text() == "Đăng nhập"
        box = shell.start.language.combo
        box.setCurrentIndex(box.findData("en"))
        assert saved_language(tmp_path) == "en"
        assert shell.start.login_button.text() == "Sign in" and shell.start.isVisible()
        assert shell.start.user_edit.text() == "gvcn.4a" and shell.start.db_edit.text() == str(demo_school.path)
        box = shell.start.language.combo
        box.setCurrentIndex(box.findData("vi"))
        assert shell.start.login_button.text() == "Đăng nhập"
    finally:
        shell.start.close()
        shell.shutdown()


def test_a_signed_in_window_says_when_the_language_applies(vietnamese_app, qtbot, backend, demo_school,
                                                            monkeypatch, tmp_path):
    from hocbaso_desktop.ui.admin_views import SettingsPage
    from hocbaso_desktop.ui.start_window import sign_in
    from tests.ui.conftest import run_op

    monkeypatch.setattr(language_box, "default_data_dir", lambda: tmp_path)
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "hieutruong", demo_school.password))
    page = SettingsPage(backend, who)
    qtbot.addWidget(page)
    assert page.language.note.text() == "Đổi ngôn ngữ: áp dụng khi mở lại chương trình."
    page.language.combo.setCurrentIndex(page.language.combo.findData("en"))
    # said in the window's own language, never half in English
    assert page.language.note.text() == ("Đã chọn English. Các cửa sổ đang mở giữ ngôn ngữ hiện tại; chương trình "
                                         "dùng English từ lần mở sau.")
    assert i18n.language() == "vi" and saved_language(tmp_path) == "en"


@pytest.fixture
def english_app(qtbot):
    """The application as `hocbaso --lang en` starts it."""
    app = QApplication.instance()
    i18n.set_language("en")
    install_translators(app)
    yield app
    i18n.set_language("vi")
    install_translators(app)


SUBJECTS_VI = ("Tiếng Việt", "Toán", "Ngoại ngữ 1", "Đạo đức", "Tự nhiên và Xã hội", "Lịch sử và Địa lí",
               "Tin học và Công nghệ", "Trách nhiệm", "Thể chất", "Giáo dục thể chất", "Nghệ thuật")


def test_in_english_subjects_qualities_and_results_are_english(english_app, qtbot, backend, demo_school):
    from hocbaso_desktop.ui.grade_entry import GradeEntryPage
    from hocbaso_desktop.ui.reports_view import ReportsPage
    from hocbaso_desktop.ui.results_view import ResultsPage
    from hocbaso_desktop.ui.start_window import sign_in
    from tests.ui.conftest import run_op

    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "hieutruong", demo_school.password))
    grades = GradeEntryPage(backend)
    qtbot.addWidget(grades)
    with qtbot.waitSignal(grades.sheet_loaded, timeout=30000):
        grades.refresh()
    sheets = [grades.sheet_box.itemText(i).removesuffix(" (view)") for i in range(grades.sheet_box.count())]
    assert "Vietnamese" in sheets and "Mathematics" in sheets and not set(sheets) & set(SUBJECTS_VI)
    results = ResultsPage(backend, who)
    qtbot.addWidget(results)
    with qtbot.waitSignal(results.review_loaded, timeout=30000):
        results.refresh()
    reasons = " ".join(results.students.item(r, 2).toolTip() for r in range(results.students.rowCount()))
    assert "Subject Vietnamese is at" in reasons and "Subject Mathematics is at" in reasons
    assert not [name for name in SUBJECTS_VI if name in reasons]
    report = ReportsPage(backend, who)
    qtbot.addWidget(report)
    with qtbot.waitSignal(report.loaded, timeout=120000):
        report.refresh()
    legend = report.by_class.data.series
    assert "Completed well" in legend and not {"HTT", "chưa đủ"} & set(legend) and len(set(legend)) == len(legend)
    assert [sum(row) for row in report.by_class.data.values] == [c.students for c in report.report.classes]
    axis = report.by_subject.data.categories
    assert "Mathematics" in axis and "TOAN" not in axis
    levels = report.by_subject.data.series          # the level letters T/H/C were the legend in English
    assert "Completed well" in levels and not {"T", "H", "C"} & set(levels)
    completion = {report.completion.item(r, 1).text() for r in range(report.completion.rowCount())}
    assert not completion & set(SUBJECTS_VI) and not [c for c in completion if c.isupper()]


def test_date_pickers_start_on_the_schools_day(qtbot):
    from datetime import datetime

    from hocbaso_desktop.domain.i18n import VIETNAM_TIME
    from hocbaso_desktop.ui.transfer_view import _date_edit

    edit = _date_edit()
    qtbot.addWidget(edit)
    assert edit.date().toPython() == datetime.now(VIETNAM_TIME).date()  # not the computer's (UTC) day


def test_a_binding_shows_the_day_it_was_made_in_vietnam():
    from hocbaso_desktop.ui.certificates_view import _dmy

    assert _dmy("2026-12-04T20:07:00+00:00") == "05/12/2026"  # 03:07 on the 5th in Vietnam


def test_a_language_that_cannot_be_saved_says_why_in_the_window(vietnamese_app, qtbot, monkeypatch, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")   # the data folder's place is taken by a file: mkdir fails
    monkeypatch.setattr(language_box, "default_data_dir", lambda: blocked)
    box = language_box.LanguageBox()
    qtbot.addWidget(box)
    box.combo.setCurrentIndex(box.combo.findData("en"))
    assert box.note.text().startswith(f"Không đọc hoặc ghi được “{blocked}”")
    assert i18n.language() == "vi" and blocked.read_text(encoding="utf-8") == ""
