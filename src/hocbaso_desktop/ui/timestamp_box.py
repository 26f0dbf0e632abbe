"""The timestamp upgrade on the sync screen: how many issued records wait for PAdES B-LTA, and "Nâng cấp ngay".

The run has its own connection on the sync lane (services.timestamps), so the window stays usable while the
timestamp and OCSP/CRL servers answer record after record; the bar shows how far it is and "Dừng" stops
between two records.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from hocbaso_desktop.services import TimestampOutcome, TimestampState, timestamps
from hocbaso_desktop.ui.operations import Backend, Op


class TimestampBox(QGroupBox):
    """State of the upgrade queue and the button that runs the upgrade in the background."""

    state_loaded = Signal(object)  # TimestampState
    finished = Signal(object)  # TimestampOutcome or the exception

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Dấu thời gian lưu trữ (PAdES B-LTA)"), parent)
        self._backend = backend
        self._op: Op | None = None
        self.explain = QLabel(self.tr(
            "Bổ sung dữ liệu kiểm tra (chứng thư, tình trạng thu hồi OCSP/CRL) và dấu thời gian lưu trữ vào học bạ đã phát hành, để "
            "học bạ vẫn kiểm tra được sau khi chứng thư số của người ký hết hạn. Chương trình cũng tự làm việc này "
            "khi đồng bộ nếu máy chủ dấu thời gian trả lời."))
        self.explain.setWordWrap(True)
        self.state = QLabel("—")
        self.state.setWordWrap(True)
        self.run_button = QPushButton(self.tr("Nâng cấp ngay"))
        self.run_button.clicked.connect(self.upgrade_now)
        self.stop_button = QPushButton(self.tr("Dừng"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(lambda: self._op.cancel() if self._op else None)
        self.progress = QProgressBar()
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.run_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.state)
        layout.addLayout(row)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        """Read the server and the queue."""
        Op(self, self._backend, timestamps.timestamp_state).success(self._show_state).run_in_background()

    def _show_state(self, state: TimestampState) -> None:
        server = state.server or self.tr("chưa cấu hình (quản trị viên đặt trong Cài đặt)")
        self.state.setText(self.tr("Máy chủ dấu thời gian: {0}. Chờ nâng cấp: {1} học bạ; đã nâng cấp: {2}.")
                           .replace("{0}", server).replace("{1}", str(state.pending)).replace("{2}", str(state.upgraded)))
        self.run_button.setEnabled(self._op is None and state.server is not None)
        self.state_loaded.emit(state)

    def upgrade_now(self) -> None:
        """Start the upgrade in the background (permission checked first on the database lane)."""
        if self._op is not None:
            return
        self.run_button.setEnabled(False)
        self.message.setText(self.tr("Đang hỏi máy chủ dấu thời gian…"))
        Op(self, self._backend, timestamps.upgrade_opener).success(self._start).failure(self._failed) \
            .run_in_background()

    def _start(self, setup: tuple) -> None:
        opener, actor = setup
        self.stop_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._op = Op(self, self._backend, lambda ctx: timestamps.upgrade_now(
            opener, actor, progress=ctx.progress, cancel=ctx.cancel_event)) \
            .on_lane("sync").on_progress(self._on_progress).success(self._done).failure(self._failed) \
            .run_in_background()

    def _on_progress(self, label: str, value: int, maximum: int) -> None:
        self.message.setText(label)
        self.progress.setRange(0, maximum)
        self.progress.setValue(value)

    def _done(self, outcome: TimestampOutcome) -> None:
        text = self.tr("Đã bổ sung dữ liệu kiểm tra lâu dài cho {0} học bạ (PAdES B-LTA); gia hạn dấu thời gian lưu "
                       "trữ của {1} học bạ.") \
            .replace("{0}", str(outcome.upgraded)).replace("{1}", str(outcome.renewed))
        if outcome.left:
            text += " " + self.tr("{0} học bạ chưa xong (máy chủ không trả lời hoặc đã dừng); bấm lại để thử tiếp.") \
                .replace("{0}", str(outcome.left))
        self._end(text)
        self.finished.emit(outcome)

    def _failed(self, exc: BaseException) -> None:
        from hocbaso_desktop.domain.errors import as_expected

        expected = as_expected(exc)
        if expected is None:
            self._end("")
            from hocbaso_desktop.ui.errors import show_exception

            show_exception(self, exc)
        else:
            self._end(expected.message)
        self.finished.emit(exc)

    def _end(self, text: str) -> None:
        self._op = None
        self.stop_button.setEnabled(False)
        self.progress.hide()
        self.message.setText(text)
        self.refresh()
