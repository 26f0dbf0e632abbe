"""Data in and out: Excel import with a dry run first, templates, Excel and JSON export, JSON import.

The academic officer imports: "Kiểm tra" runs the import as a dry run and lists every problem with
its sheet, cell and reason plus what would change; "Nhập" is enabled only for the checked file when
it has no problems. Teachers export their class's score sheet; staff with the export right export
the school's classes and scores (Excel) or all data (JSON).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop.domain.roles import Action
from hocbaso_desktop.services import ClassChoice, ImportReport, SignedIn, data_exchange, grade_sheets
from hocbaso_desktop.ui.change_hub import follow_changes
from hocbaso_desktop.ui.operations import Backend, Op
from hocbaso_desktop.ui.widgets import (
    ask_open_path,
    ask_save_path,
    fill_class_box,
    fill_table,
    read_only_table,
    wrap_last_column,
)

EXCEL = "Excel (*.xlsx)"
SPREADSHEETS = QT_TRANSLATE_NOOP("DataPage", "Bảng tính (*.xlsx *.xlsm *.xls *.ods);;Excel (*.xlsx *.xlsm *.xls);;"
                                             "OpenDocument (*.ods)")
JSON = "JSON (*.json)"


class DataPage(QWidget):
    """Import (dry run, then for real) and export of the school's data."""

    checked = Signal(object)    # ImportReport of a dry run
    imported = Signal(object)   # ImportReport or JsonImportSummary of a real import
    exported = Signal(object)   # Path written
    failed = Signal(object)     # the exception of a failed op

    def __init__(self, backend: Backend, who: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend, self._who = backend, who
        follow_changes(self, backend, ("students",), self.refresh)
        self._choices: list[ClassChoice] = []
        self.report: ImportReport | None = None
        self._checked_path: Path | None = None
        self._mapping: dict[str, str] = {}
        can_import = who.may(Action.IMPORT_DATA)
        can_export = who.may(Action.EXPORT_RECORDS)
        layout = QVBoxLayout(self)
        layout.addWidget(self._import_box(can_import))
        layout.addWidget(self._export_box(can_import, can_export))
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.import_group.setVisible(can_import)
        layout.setStretch(0, 1)

    def _import_box(self, can_import: bool) -> QGroupBox:
        self.import_group = QGroupBox(self.tr("Nhập từ Excel (chạy thử trước, chưa ghi gì)"))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Tệp Excel danh sách học sinh, phân công hoặc bảng điểm"))
        self.path.textChanged.connect(self._path_changed)
        choose = QPushButton(self.tr("Chọn tệp…"))
        choose.clicked.connect(self._choose_file)
        self.check_button = QPushButton(self.tr("&Kiểm tra"))
        self.check_button.setShortcut(QKeySequence("Ctrl+K"))
        self.check_button.clicked.connect(lambda: self.check_file(Path(self.path.text())))
        # Enter in the path field starts the dry run, as the label of the button promises
        self.path.returnPressed.connect(lambda: self.check_button.click() if self.check_button.isEnabled() else None)
        self.import_button = QPushButton(self.tr("&Nhập"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_checked)
        row = QHBoxLayout()
        for widget, stretch in ((QLabel(self.tr("Tệp:")), 0), (self.path, 1), (choose, 0), (self.check_button, 0),
                                (self.import_button, 0)):
            row.addWidget(widget, stretch)
        self.summary = QLabel(self.tr("Chọn tệp rồi bấm “Kiểm tra”."))
        self.summary.setWordWrap(True)
        self.problems = read_only_table([self.tr("Mức"), self.tr("Trang tính"), self.tr("Ô"), self.tr("Lý do")])
        wrap_last_column(self.problems)  # a reason lists the allowed codes: it wraps instead of ending in "…"
        self.changes = QPlainTextEdit()
        self.changes.setReadOnly(True)
        self.changes.setPlaceholderText(self.tr("Những gì sẽ thay đổi"))
        split = QSplitter()
        split.addWidget(self.problems)
        split.addWidget(self.changes)
        split.setSizes([620, 380])
        box = QVBoxLayout(self.import_group)
        box.addLayout(row)
        box.addWidget(self.summary)
        box.addWidget(self._mapping_box())
        box.addWidget(split, 1)
        self.import_group.setEnabled(can_import)
        return self.import_group

    def _export_box(self, can_import: bool, can_export: bool) -> QGroupBox:
        group = QGroupBox(self.tr("Mẫu nhập liệu và xuất dữ liệu"))
        self.class_box = QComboBox()
        self.student_template = QPushButton(self.tr("Mẫu danh sách học sinh…"))
        self.student_template.clicked.connect(lambda: self._ask_template("students"))
        self.score_template = QPushButton(self.tr("Bảng điểm của lớp (Excel)…"))
        self.score_template.clicked.connect(lambda: self._ask_template("scores"))
        self.export_xlsx_button = QPushButton(self.tr("Xuất các lớp và điểm (Excel)…"))
        self.export_xlsx_button.clicked.connect(lambda: self._ask_save(self.export_workbook, "hocba-xuat.xlsx", EXCEL))
        self.export_json_button = QPushButton(self.tr("Xuất toàn bộ (JSON)…"))
        self.export_json_button.clicked.connect(lambda: self._ask_save(self.export_json, "hocba-xuat.json", JSON))
        self.import_json_button = QPushButton(self.tr("Nhập từ JSON…"))
        self.import_json_button.clicked.connect(self._ask_import_json)
        for button, allowed in ((self.export_xlsx_button, can_export), (self.export_json_button, can_export),
                                (self.import_json_button, can_import)):
            button.setVisible(allowed)
        row = QHBoxLayout(group)
        row.addWidget(QLabel(self.tr("Lớp:")))
        row.addWidget(self.class_box)
        for button in (self.student_template, self.score_template, self.export_xlsx_button,
                       self.export_json_button, self.import_json_button):
            row.addWidget(button)
        row.addStretch(1)
        return group

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the classes for the template and export pickers."""
        Op(self, self._backend, lambda ctx: grade_sheets.my_classes(ctx.session)).success(self._set_classes) \
            .run_in_background()

    def _set_classes(self, choices: list[ClassChoice]) -> None:
        self._choices = choices
        fill_class_box(self.class_box, choices)

    # -- import --------------------------------------------------------------------------------
    def _mapping_box(self) -> QGroupBox:
        """The mapping step: each unrecognised column, and which column of ours it is (remembered on import)."""
        self.mapping_group = QGroupBox(self.tr("Cột chưa nhận ra: chọn cột tương ứng (được nhớ cho tệp cùng dạng)"))
        self.mapping_table = read_only_table([self.tr("Ô"), self.tr("Cột trong tệp"), self.tr("Là cột")])
        self.apply_mapping_button = QPushButton(self.tr("Ghép và kiểm tra lại"))
        self.apply_mapping_button.clicked.connect(self.apply_mapping)
        box = QVBoxLayout(self.mapping_group)
        box.addWidget(self.mapping_table)
        box.addWidget(self.apply_mapping_button)
        self.mapping_group.setVisible(False)
        return self.mapping_group

    def _show_unmapped(self, report: ImportReport) -> None:
        fill_table(self.mapping_table, [(f"{u.sheet}!{u.cell}", u.reason, "") for u in report.unmapped])
        for row, unmapped in enumerate(report.unmapped):
            combo = QComboBox()
            combo.addItem(self.tr("(không ghép)"), "")
            for target in data_exchange.column_targets():  # the template's own column titles (the file's words)
                combo.addItem(target, target)
            chosen = self._mapping.get(data_exchange.header_key(unmapped.reason))
            if chosen:
                combo.setCurrentText(chosen)
            self.mapping_table.setCellWidget(row, 2, combo)
        self.mapping_group.setVisible(bool(report.unmapped) or bool(self._mapping))

    def apply_mapping(self) -> None:
        """Check the file again with the columns matched as chosen (nothing is written or remembered yet)."""
        for row in range(self.mapping_table.rowCount()):
            combo = self.mapping_table.cellWidget(row, 2)
            header = self.mapping_table.item(row, 1).text()
            if isinstance(combo, QComboBox) and combo.currentData():
                self._mapping[data_exchange.header_key(header)] = combo.currentData()
        if self._checked_path is not None:
            self.check_file(self._checked_path)

    def _choose_file(self) -> None:
        path = ask_open_path(self, self.tr("Chọn tệp bảng tính"), self.tr(SPREADSHEETS))  # i18n: table
        if path is not None:
            self.path.setText(str(path))
            self.check_file(path)

    def _path_changed(self, _text: str) -> None:
        self.import_button.setEnabled(False)  # a new file must be checked again
        self._mapping = {}

    def check_file(self, path: Path) -> None:
        """Dry run: list every problem and what would change; nothing is written."""
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Đang kiểm tra {0}…").replace("{0}", path.name))
        mapping = dict(self._mapping)
        Op(self, self._backend, lambda ctx: data_exchange.import_workbook(ctx.session, path, dry_run=True,
                                                                          mapping=mapping)) \
            .with_progress(self.tr("Đang kiểm tra tệp…")).success(lambda r: self._show_check(path, r.value)) \
            .status(self.status).after_failure(self.failed.emit).run_in_background()

    def _show_check(self, path: Path, report: ImportReport) -> None:
        self.report, self._checked_path = report, path
        rows = [(self.tr("Lỗi"), p.sheet, p.cell, p.reason) for p in report.problems]
        rows += [(self.tr("Cảnh báo"), p.sheet, p.cell, p.reason) for p in report.warnings]
        fill_table(self.problems, rows)
        self.changes.setPlainText("\n".join(report.changes))
        verdict = (self.tr("Không có lỗi: bấm “Nhập” để ghi vào cơ sở dữ liệu.") if report.ok else
                   self.tr("Có {0} lỗi: sửa tệp rồi kiểm tra lại (chưa nhập được).").replace(
                       "{0}", str(len(report.problems))))
        self.summary.setText(f"{report.file}: {report.summary()}\n{verdict}")
        self.summary.setStyleSheet("" if report.ok else "color:#a00000;")
        self.import_button.setEnabled(report.ok)
        self._show_unmapped(report)
        self.checked.emit(report)

    def import_checked(self) -> None:
        """The real import of the file just checked (refused again by the importer if it changed)."""
        path = self._checked_path
        if path is None or self.report is None or not self.report.ok:
            return
        self.import_button.setEnabled(False)
        mapping = dict(self._mapping)
        Op(self, self._backend, lambda ctx: data_exchange.import_workbook(ctx.session, path, dry_run=False,
                                                                          mapping=mapping)) \
            .with_progress(self.tr("Đang nhập dữ liệu…")).success(lambda r: self._imported(r.value)).status(self.status).after_failure(self.failed.emit) \
            .run_in_background()

    def _imported(self, report: ImportReport) -> None:
        self.report = None
        self.summary.setText(self.tr("Đã nhập {0}: {1}").replace("{0}", report.file).replace("{1}", report.summary()))
        self.summary.setStyleSheet("color:#006000;")
        self.imported.emit(report)

    # -- templates and export -----------------------------------------------------------------
    def _ask_template(self, kind: str) -> None:
        name = self.class_box.currentText()
        if not name:
            return
        suggested = f"{'danhsach' if kind == 'students' else 'bangdiem'}-{name}.xlsx"
        self._ask_save(lambda path: self.write_template(kind, name, path), suggested, EXCEL)

    def _ask_save(self, action, suggested: str, pattern: str) -> None:
        path = ask_save_path(self, self.tr("Lưu tệp"), suggested, pattern)
        if path is not None:
            action(path)

    def write_template(self, kind: str, class_name: str, path: Path) -> None:
        """Write a class's student list or score sheet (with the current scores) as an Excel template."""
        self._export(lambda ctx: data_exchange.write_template(ctx.session, kind, class_name, path))

    def export_workbook(self, path: Path) -> None:
        """Export every class list and score sheet of the year to Excel."""
        self._export(lambda ctx: data_exchange.export_classes_workbook(ctx.session, path))

    def export_json(self, path: Path) -> None:
        """Export all of the school's data to JSON."""
        self._export(lambda ctx: data_exchange.export_json(ctx.session, path))

    def _export(self, fn) -> None:
        Op(self, self._backend, fn).with_progress(self.tr("Đang xuất dữ liệu…")).success(lambda r: self._exported(r.value)) \
            .status(self.status).after_failure(self.failed.emit).run_in_background()

    def _exported(self, path: Path) -> None:
        self.status.setText(self.tr("Đã lưu {0}.").replace("{0}", str(path)))
        self.status.setStyleSheet("color:#006000;")
        self.exported.emit(path)

    def _ask_import_json(self) -> None:
        path = ask_open_path(self, self.tr("Chọn tệp JSON"), JSON)
        if path is not None:
            self.import_json(path)

    def import_json(self, path: Path) -> None:
        """Import a JSON export of this school (all or nothing)."""
        Op(self, self._backend, lambda ctx: data_exchange.import_json(ctx.session, path)) \
            .with_progress(self.tr("Đang nhập dữ liệu…")).success(lambda r: self._json_imported(r.value)).status(self.status).after_failure(self.failed.emit) \
            .run_in_background()

    def _json_imported(self, summary: data_exchange.JsonImportSummary) -> None:
        self.status.setText(self.tr("Đã nhập: {0} học sinh, {1} lớp, {2} mục đánh giá.")
                            .replace("{0}", str(summary.students)).replace("{1}", str(summary.classes))
                            .replace("{2}", str(summary.entries)))
        self.imported.emit(summary)

