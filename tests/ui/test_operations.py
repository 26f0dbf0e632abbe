"""The background-operation helper: results on the GUI thread, errors, cancel, progress, a responsive UI."""

from __future__ import annotations

import itertools
import threading
import time

import pytest
from PySide6.QtCore import QTimer

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.ui.operations import NoSessionError, Op, OperationCancelledError
from tests.ui.conftest import run_op


def test_success_is_delivered_on_the_gui_thread_and_work_runs_on_the_db_lane(qtbot, backend):
    gui = threading.get_ident()
    seen: dict = {}

    def body(ctx):
        seen["worker"] = threading.current_thread().name
        return 41 + 1

    Op(None, backend, body).success(lambda r: seen.update(result=r, thread=threading.get_ident())) \
        .run_in_background()
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen == {"worker": "hocbaso-db", "result": 42, "thread": gui}


def test_failure_reaches_the_failure_callback(qtbot, backend):
    with pytest.raises(InvalidInputError, match="sai"):
        run_op(qtbot, backend, lambda ctx: (_ for _ in ()).throw(InvalidInputError("sai")))
    with pytest.raises(NoSessionError):
        run_op(qtbot, backend, lambda ctx: ctx.session)


def test_default_failure_shows_the_vietnamese_message_box(qtbot, backend):
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    Op(parent, backend, lambda ctx: (_ for _ in ()).throw(InvalidInputError("Điểm phải từ 0 đến 10."))) \
        .run_in_background()
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
                                + parent.findChildren(QMessageBox)))
    box = parent.findChildren(QMessageBox)[0]
    assert box.text() == "Điểm phải từ 0 đến 10."


def test_bug_shows_report_dialog_with_log_path(qtbot, tmp_path):
    from PySide6.QtWidgets import QWidget

    from hocbaso_desktop.ui.errors import set_log_path, show_exception

    set_log_path(tmp_path / "hocbaso.log")
    try:
        parent = QWidget()
        qtbot.addWidget(parent)
        box = show_exception(parent, ZeroDivisionError("x"))
        assert str(tmp_path / "hocbaso.log") in box.text()
        assert "ZeroDivisionError" in box.detailedText()
    finally:
        set_log_path(None)


def test_cancel_and_progress(qtbot, backend):
    reports: list = []
    started = threading.Event()

    def slow(ctx):
        for step in range(200):
            started.set()
            ctx.progress("bước", step, 200)
            ctx.check_cancelled()
            time.sleep(0.01)
        return "done"

    box: dict = {}
    op = Op(None, backend, slow).on_progress(lambda *a: reports.append(a)) \
        .failure(lambda e: box.setdefault("error", e)).success(lambda r: box.setdefault("result", r)) \
        .run_in_background()
    qtbot.waitUntil(lambda: len(reports) >= 3)
    op.cancel()
    qtbot.waitUntil(lambda: box != {})
    assert isinstance(box.get("error"), OperationCancelledError)
    assert reports[0] == ("bước", 0, 200)


def test_window_stays_responsive_during_a_slow_worker_call(qtbot, backend):
    """A 1.5 s blocking call (a slow token, a slow disk) on the worker: the GUI timer keeps ticking."""
    ticks: list[float] = []
    timer = QTimer(interval=50)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    done: dict = {}
    Op(None, backend, lambda ctx: time.sleep(1.5)).success(lambda r: done.setdefault("ok", True)) \
        .run_in_background()
    qtbot.waitUntil(lambda: "ok" in done, timeout=5000)
    timer.stop()
    # ~30 ticks at 50 ms. A GUI thread blocked by the call would show one gap of the call's 1.5 s; the bounds leave
    # room for a machine whose cores are taken (the suite's other workers), so that only a blocked thread fails.
    assert len(ticks) >= 10
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert max(gaps) < 0.75


def test_io_lane_runs_while_the_db_lane_is_busy(qtbot, backend):
    gate = threading.Event()
    Op(None, backend, lambda ctx: gate.wait(5)).run_in_background()
    box: dict = {}
    Op(None, backend, lambda ctx: threading.current_thread().name).on_lane("io") \
        .success(lambda r: box.setdefault("lane", r)).run_in_background()
    qtbot.waitUntil(lambda: "lane" in box, timeout=3000)
    gate.set()
    assert box["lane"] == "hocbaso-io"


def test_status_line_box_then_after_failure_then_finally(qtbot, backend):
    from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    line = QLabel(parent)
    seen: list = []
    Op(parent, backend, lambda ctx: (_ for _ in ()).throw(InvalidInputError("Điểm phải từ 0 đến 10."))) \
        .status(line) \
        .after_failure(lambda exc: seen.append(("after", exc.message, len(parent.findChildren(QMessageBox))))) \
        .finally_(lambda: seen.append(("finally",))).run_in_background()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == [("after", "Điểm phải từ 0 đến 10.", 1), ("finally",)]   # the box was up before the screen's reset
    assert line.text() == "Điểm phải từ 0 đến 10." and "#a00000" in line.styleSheet()
    assert parent.findChildren(QMessageBox)[0].text() == "Điểm phải từ 0 đến 10."


def test_inline_only_keeps_an_expected_error_on_the_line_and_a_bug_still_gets_the_report(qtbot, backend):
    from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    line = QLabel(parent)
    done: list = []
    Op(parent, backend, lambda ctx: (_ for _ in ()).throw(InvalidInputError("Sai mật khẩu."))) \
        .status(line, inline_only=True).finally_(lambda: done.append(1)).run_in_background()
    qtbot.waitUntil(lambda: done == [1])
    assert line.text() == "Sai mật khẩu." and parent.findChildren(QMessageBox) == []
    Op(parent, backend, lambda ctx: 1 / 0).status(line, inline_only=True).finally_(lambda: done.append(2)) \
        .run_in_background()
    qtbot.waitUntil(lambda: done == [1, 2])
    assert [b.windowTitle() for b in parent.findChildren(QMessageBox)] == ["Lỗi chương trình"]


def test_what_an_op_changed_reaches_the_hub_once_with_the_screen_that_started_it(qtbot, backend):
    from PySide6.QtWidgets import QWidget

    from hocbaso_desktop.services import NOTHING, Changed, Changes

    parent = QWidget()
    qtbot.addWidget(parent)
    fired: list = []
    backend.hub.changed.connect(lambda changes, who: fired.append((changes, who)))
    results: list = []
    for value in (Changed(3, Changes(students=True)), Changes(records=True), NOTHING, Changed(1, NOTHING), 42):
        Op(parent, backend, lambda ctx, v=value: v).success(results.append).run_in_background()
    qtbot.waitUntil(lambda: len(results) == 5)
    assert fired == [(Changes(students=True), parent), (Changes(records=True), parent)]


def test_a_success_after_a_failure_is_not_shown_in_the_failure_s_red(qtbot, backend):
    from PySide6.QtWidgets import QLabel, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    line = QLabel(parent)
    done: list = []
    Op(parent, backend, lambda ctx: (_ for _ in ()).throw(InvalidInputError("Không ghi được tệp."))) \
        .status(line, inline_only=True).finally_(lambda: done.append(1)).run_in_background()
    qtbot.waitUntil(lambda: done == [1])
    assert "#a00000" in line.styleSheet()
    Op(parent, backend, lambda ctx: "tep.pdf").success(lambda path: line.setText(f"Đã lưu {path}")) \
        .status(line, inline_only=True).finally_(lambda: done.append(2)).run_in_background()
    qtbot.waitUntil(lambda: done == [1, 2])
    assert (line.text(), line.styleSheet()) == ("Đã lưu tep.pdf", "")
    line.setStyleSheet("color:#006000;")   # a screen's own colour is not the helper's to clear
    Op(parent, backend, lambda ctx: 1).status(line).finally_(lambda: done.append(3)).run_in_background()
    qtbot.waitUntil(lambda: done == [1, 2, 3])
    assert line.styleSheet() == "color:#006000;"
