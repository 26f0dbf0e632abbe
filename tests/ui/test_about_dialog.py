"""Help → Giới thiệu: version, Qt check and the installation self-test through the operation helper."""

from __future__ import annotations

from hocbaso_desktop import __version__
from hocbaso_desktop.ui.about_dialog import AboutDialog, qt_check
from hocbaso_desktop.ui.start_window import sign_in
from tests.ui.conftest import run_op


def test_about_box_shows_versions_and_runs_the_self_test(qtbot, backend, demo_school):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "quantri", demo_school.password))
    dialog = AboutDialog(backend, who.db_path.parent)
    qtbot.addWidget(dialog)
    text = dialog.info.text()
    assert __version__ in text and str(who.db_path.parent) in text and "Qt 6." in text
    assert any("tiếng Việt" in line for line in qt_check())
    with qtbot.waitSignal(dialog.tested, timeout=120000) as signal:
        dialog.test_button.click()
    report = signal.args[0]
    assert len(report.checks) == 7 and dialog.report.toPlainText() == report.as_text()
    assert dialog.test_button.isEnabled()
