"""Results and class review: each student's computed result with its reasons, and the unfinished sheets."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop.domain.assessment import PERIOD_NAMES
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.services import ClassChoice, ClassReview, SignedIn, class_review, grade_sheets
from hocbaso_desktop.ui.change_hub import follow_changes
from hocbaso_desktop.ui.operations import Backend, Op
from hocbaso_desktop.ui.widgets import read_only_table, wrap_last_column


class ResultsPage(QWidget):
    """Per class: results with reasons (hover or select a row), and who has not finished entry."""

    review_loaded = Signal()

    def __init__(self, backend: Backend, who: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        follow_changes(self, backend, ("students", "assessments", "records"),
                       lambda: self._load(self.class_box.currentIndex()), own=False)
        self._choices: list[ClassChoice] = []
        self.review: ClassReview | None = None
        self.class_box = QComboBox()
        self.class_box.currentIndexChanged.connect(self._load)
        self.summary = QLabel()
        self.students = read_only_table([self.tr("Họ và tên"), self.tr("Kết quả"), self.tr("Lý do chính")])
        self.students.currentCellChanged.connect(lambda row, *_a: self._show_reasons(row))
        wrap_last_column(self.students)  # the main reason is a sentence: it wraps, never ends in "…"
        self.reasons = QTextBrowser()
        self.unfinished = read_only_table([self.tr("Môn/mục"), self.tr("Kì"), self.tr("Giáo viên"), self.tr("Ô còn trống")])
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Lớp:")))
        bar.addWidget(self.class_box)
        bar.addWidget(self.summary, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.reasons)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        self.unfinished_title = QLabel()
        holder_layout.addWidget(self.unfinished_title)
        holder_layout.addWidget(self.unfinished)
        right.addWidget(holder)
        split = QSplitter()
        split.addWidget(self.students)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        """Load the classes the user may review."""
        Op(self, self._backend, lambda ctx: grade_sheets.my_classes(ctx.session)).success(self._set_choices) \
            .run_in_background()

    def _set_choices(self, choices: list[ClassChoice]) -> None:
        self._choices = choices
        self.class_box.blockSignals(True)
        self.class_box.clear()
        for choice in choices:
            self.class_box.addItem(choice.school_class.name, choice.school_class.id)
        self.class_box.blockSignals(False)
        if choices:
            self._load(0)

    def _load(self, row: int) -> None:
        class_id = self.class_box.itemData(row)
        if class_id is None:
            return
        self.summary.setText(self.tr("Đang tính…"))
        Op(self, self._backend, lambda ctx: class_review.class_review(ctx.session, class_id)) \
            .success(self.show_review).run_in_background()

    def show_review(self, review: ClassReview) -> None:
        """Fill both tables."""
        self.review = review
        self.students.setRowCount(len(review.students))
        counts: dict[str, int] = {}
        for row, (student, outcome) in enumerate(zip(review.students, review.outcomes, strict=True)):
            counts[outcome.summary] = counts.get(outcome.summary, 0) + 1
            main_reason = next((r for r in outcome.reasons[1:2]), outcome.reasons[0] if outcome.reasons else "")
            for column, text in enumerate((student.full_name, outcome.summary, main_reason)):
                item = QTableWidgetItem(text)
                item.setToolTip("\n".join(outcome.reasons))
                self.students.setItem(row, column, item)
        self.unfinished.setRowCount(len(review.unfinished))
        for row, progress in enumerate(review.unfinished):
            period = _(PERIOD_NAMES.get(progress.period, progress.period))  # i18n: table
            for column, text in enumerate((progress.subject_label, period, progress.teachers, str(progress.missing))):
                self.unfinished.setItem(row, column, QTableWidgetItem(text))
        self.unfinished_title.setText(self.tr("Chưa nhập xong (theo môn, theo kì):") if review.unfinished
                                      else self.tr("Tất cả giáo viên đã nhập xong."))
        parts = [f"{name}: {n}" for name, n in sorted(counts.items())]
        self.summary.setText(self.tr("Sĩ số {0}. ").replace("{0}", str(len(review.students))) + "; ".join(parts))
        self._show_reasons(0)
        self.review_loaded.emit()

    def _show_reasons(self, row: int) -> None:
        if self.review is None or not 0 <= row < len(self.review.outcomes):
            self.reasons.clear()
            return
        outcome = self.review.outcomes[row]
        lines = "".join(f"<li>{html.escape(reason)}</li>" for reason in outcome.reasons)
        name = html.escape(self.review.students[row].full_name)
        self.reasons.setHtml(f"<b>{name}</b>: {html.escape(outcome.summary)}<ul>{lines}</ul>")
