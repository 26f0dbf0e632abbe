"""The grade sheet as a Qt table model: validation inline, pending edits for autosave, live results.

Rows are students (roll order); column 0 is the name, then one column per component of the sheet,
then the live result. A typed value passes `services.grade_sheets.validate_cell` (domain validation) or
stays in the cell, red, with the reason in its tooltip, and is never queued for saving. Valid edits
are "pending" until the grid's autosave stores them through the operation helper; results are
recomputed for the edited student at once (pure domain code, fast enough for the GUI thread).
"""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from hocbaso_desktop.domain.assessment import AssessmentEntry
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.glossary import Level
from hocbaso_desktop.services import GradeSheet, StudentOutcome, student_outcome, validate_cell

Key = tuple[str, str]  # (student id, component)
_INVALID = QColor("#f8d0d0")
_LOCKED = QColor("#eeeeee")
_PENDING = QColor("#fff4c2")
_LOCKED_TEXT = QColor("#666666")
_Index = QModelIndex | QPersistentModelIndex


class GradeTableModel(QAbstractTableModel):
    """A QAbstractTableModel over one GradeSheet."""

    pending_changed = Signal(int)  # number of valid edits not yet saved
    invalid_entered = Signal(str)  # the reason of the last rejected value
    errors_changed = Signal(str)   # the message to show now: the newest remaining error, "" when none is left

    def __init__(self, sheet: GradeSheet, parent: Any = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self._values: dict[Key, str] = {}
        self._others: dict[str, list[AssessmentEntry]] = {}
        for e in sheet.entries:
            if e.subject == sheet.subject and e.period == sheet.period:
                self._values[(e.student_id, e.component)] = e.value
            else:
                self._others.setdefault(e.student_id, []).append(e)
        self._errors: dict[Key, tuple[str, str]] = {}
        self._pending: set[Key] = set()
        self._outcomes = {s.id: self._evaluate(s.id) for s in sheet.students}

    # -- shape ---------------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        """Whether nothing in the sheet may be edited."""
        return bool(self.sheet.locked_reason)

    @property
    def result_column(self) -> int:
        """The index of the live result column."""
        return len(self.sheet.columns) + 1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        """Students."""
        return 0 if parent.isValid() else len(self.sheet.students)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        """Name, components, result."""
        return 0 if parent.isValid() else len(self.sheet.columns) + 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles; row numbers."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == 0:
            return self.tr("Họ và tên")
        if section == self.result_column:
            return self.tr("Kết quả (tự tính)")
        return self.sheet.columns[section - 1].label

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Components are editable unless the sheet or the student's record is locked."""
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.is_value_column(index.column()) and not self.locked and not self.row_lock(index.row()):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def row_lock(self, row: int) -> str:
        """Why a student's row is read-only (record locked, being signed or issued), or ""."""
        if not 0 <= row < len(self.sheet.students):
            return ""
        return self.sheet.locked_students.get(self.sheet.students[row].id, "")

    def is_value_column(self, column: int) -> bool:
        """Whether a column holds an entered component."""
        return 1 <= column <= len(self.sheet.columns)

    def key(self, index: _Index) -> Key:
        """The (student, component) of a value cell."""
        return self.sheet.students[index.row()].id, self.sheet.columns[index.column() - 1].component

    # -- data ----------------------------------------------------------------------------------
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, tooltips (reasons) and colours of a cell."""
        if not index.isValid():
            return None
        student = self.sheet.students[index.row()]
        column = index.column()
        row_lock = self.sheet.locked_students.get(student.id, "")
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return student.full_name + (self.tr(" (đã khoá)") if row_lock else "")
            if role == Qt.ItemDataRole.ForegroundRole and row_lock:
                return QBrush(_LOCKED_TEXT)
            return (row_lock or None) if role == Qt.ItemDataRole.ToolTipRole else None
        if column == self.result_column:
            return self._result_data(self._outcomes[student.id], role)
        key = self.key(index)
        error = self._errors.get(key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return error[0] if error else self._values.get(key, "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return error[1] if error else (row_lock or None)
        if role == Qt.ItemDataRole.BackgroundRole:
            if error:
                return QBrush(_INVALID)
            if self.locked or row_lock:
                return QBrush(_LOCKED)
            if key in self._pending:
                return QBrush(_PENDING)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.sheet.columns[column - 1].kind != "text":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _result_data(self, outcome: StudentOutcome, role: int) -> Any:
        if self.sheet.level == Level.TIEU_HOC and self.sheet.period != "cn":
            # TT27 classifies a year only at its end: a mid-year sheet must not show (or explain by) the
            # end-of-year rules, whose reasons speak of "điểm KTĐK cuối năm".
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Chỉ xếp loại cuối năm")  # not a value: "Xếp loại cuối năm" read like one
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Kết quả giáo dục chỉ được đánh giá, xếp loại ở cuối năm học (Thông tư 27); ở kì này "
                               "chỉ ghi mức đạt được, điểm KTĐK và nhận xét.")
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(_LOCKED)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if self.sheet.level != Level.TIEU_HOC and self.sheet.subject.isupper():
                semester = {"hk1": 1, "hk2": 2}.get(self.sheet.period, 1)
                for code, *averages in outcome.subject_values:
                    if code == self.sheet.subject:
                        return averages[semester - 1] or "…"
            return outcome.summary
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(outcome.reasons)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_LOCKED)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Validate and take a typed value; an invalid one stays shown with its reason and is not saved."""
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        key = self.key(index)
        raw = unicodedata.normalize("NFC", str(value if value is not None else ""))
        entry = AssessmentEntry(key[0], self.sheet.subject, self.sheet.period, key[1], raw)
        try:
            clean = validate_cell(self.sheet, entry).value
        except InvalidInputError as exc:
            self._errors.pop(key, None)  # the newest error goes last: it is the one shown under the grid
            self._errors[key] = (raw, exc.message)
            self.dataChanged.emit(index, index)
            self.invalid_entered.emit(exc.message)
            self.errors_changed.emit(self.last_error())
            return True
        if self._errors.pop(key, None) is not None:
            self.errors_changed.emit(self.last_error())
        if self._values.get(key, "") != clean:
            if clean:
                self._values[key] = clean
            else:
                self._values.pop(key, None)
            self._pending.add(key)
            self._outcomes[key[0]] = self._evaluate(key[0])
            result = self.index(index.row(), self.result_column)
            self.dataChanged.emit(result, result)
            self.pending_changed.emit(len(self._pending))
        self.dataChanged.emit(index, index)
        return True

    def _evaluate(self, student_id: str) -> StudentOutcome:
        student = next(s for s in self.sheet.students if s.id == student_id)
        mine = [AssessmentEntry(student_id, self.sheet.subject, self.sheet.period, comp, value)
                for (sid, comp), value in self._values.items() if sid == student_id]
        return student_outcome(self.sheet.level, self.sheet.school_class.grade, self.sheet.specs, student,
                               [*self._others.get(student_id, ()), *mine], self.sheet.settings)

    # -- bulk editing --------------------------------------------------------------------------
    def paste_text(self, top: int, left: int, text: str) -> tuple[int, int]:
        """Paste tab-separated rows (from Excel) at (top, left); return (accepted, rejected) counts."""
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        accepted = rejected = 0
        for r, line in enumerate(lines):
            for c, cell in enumerate(line.split("\t")):
                index = self.index(top + r, left + c)
                if not index.isValid() or not self.is_value_column(index.column()):
                    continue
                self.setData(index, cell.strip())
                if self.key(index) in self._errors:
                    rejected += 1
                else:
                    accepted += 1
        return accepted, rejected

    def invalid_count(self) -> int:
        """How many cells hold a rejected value."""
        return len(self._errors)

    def last_error(self) -> str:
        """The message of the newest cell still holding a rejected value ("" when every cell is valid)."""
        return next(reversed(self._errors.values()))[1] if self._errors else ""

    def invalid_places(self) -> list[str]:
        """Where the rejected values are, in sheet order: "Hoàng Diệu Vy – Điểm KTĐK"."""
        rows = {s.id: (i, s.full_name) for i, s in enumerate(self.sheet.students)}
        columns = {c.component: (i, c.label) for i, c in enumerate(self.sheet.columns)}
        places = sorted((rows[sid][0], columns[comp][0], f"{rows[sid][1]} – {columns[comp][1]}")
                        for sid, comp in self._errors)
        return [text for _r, _c, text in places]

    def discard_invalid(self) -> None:
        """Forget the rejected values (the teacher chose to leave them): the cells show the stored value again."""
        self._errors.clear()
        self._repaint_values()
        self.errors_changed.emit("")

    def read_only_reason(self, index: _Index) -> str:
        """Why a value cell cannot be typed into ("" when it can, or when it is not a value cell)."""
        if not index.isValid() or not self.is_value_column(index.column()):
            return ""
        return self.sheet.locked_reason or self.row_lock(index.row())

    def outcome(self, row: int) -> StudentOutcome:
        """The live result of a row's student."""
        return self._outcomes[self.sheet.students[row].id]

    # -- autosave ------------------------------------------------------------------------------
    def take_pending(self) -> list[AssessmentEntry]:
        """The valid edits to save now ("" = delete); they leave the pending set."""
        entries = [AssessmentEntry(sid, self.sheet.subject, self.sheet.period, comp, self._values.get((sid, comp), ""))
                   for sid, comp in sorted(self._pending)]
        self._pending.clear()
        self._repaint_values()
        return entries

    def restore_pending(self, entries: list[AssessmentEntry]) -> None:
        """Put back edits whose save failed, so the next autosave retries them."""
        self._pending.update((e.student_id, e.component) for e in entries)
        self._repaint_values()
        self.pending_changed.emit(len(self._pending))

    def pending_count(self) -> int:
        """How many valid edits are waiting to be saved."""
        return len(self._pending)

    def _repaint_values(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 1), self.index(self.rowCount() - 1, len(self.sheet.columns)))
