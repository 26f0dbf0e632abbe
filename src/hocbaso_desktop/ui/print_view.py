"""Print screen: preview a học bạ or a certified copy, print it (QtPrintSupport) or save it as PDF.

Preview: QtPdf is not part of PySide6-Essentials, so pages are rasterised by poppler's `pdftoppm` on the
io lane and shown as images in a scroll area. Printing paints 300 dpi page images on a QPrinter. The
PDF itself comes from `services.record_book` (certified copies are audited there when generated);
printing or saving a học bạ is audited here through the same service.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop.domain.errors import HocbasoError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.model import Student
from hocbaso_desktop.private_files import write_private
from hocbaso_desktop.services import ClassChoice, SignedIn, grade_sheets, issued, record_book, students
from hocbaso_desktop.ui.change_hub import follow_changes
from hocbaso_desktop.ui.operations import Backend, Op, OpContext
from hocbaso_desktop.ui.widgets import fill_class_box

PREVIEW_DPI = 60
PRINT_DPI = 300


@dataclass(frozen=True)
class Document:
    """A rendered PDF and what it is."""

    data: bytes
    kind: str          # "hocba" | "copy"
    student_id: str
    student_name: str
    year: str


def render_document(ctx: OpContext, student_id: str, year: str, kind: str) -> Document:
    """Op body (db lane): the học bạ page of a year, or its certified copy (for the preview; not yet logged)."""
    session = ctx.session
    book = record_book.student_record_book(session, student_id)
    if kind == "copy":
        rendered = record_book.certified_copy(session, book, year, log=False).value  # logged when printed or saved
    else:
        rendered = record_book.record_book_pdf(session, book, [year])
    return Document(rendered.data, kind, student_id, book.student.full_name, year)


class PageImages:
    """Images of a PDF's pages (PPM, uncompressed) in a private temporary folder, decoded one at a time.

    Uncompressed because they are only painted: at 300 dpi PNG's compression was 0.5 s of CPU a page (a 4-page
    record book: 2.1 s against 0.19 s). A page at 300 dpi is 26 MB, so the pages stay in the folder and only the
    one being painted is in memory; `close()` removes the folder (the collector does, for a result never shown).
    """

    def __init__(self, folder: tempfile.TemporaryDirectory[str], paths: list[Path]) -> None:
        self._folder, self.paths = folder, paths

    def __len__(self) -> int:
        return len(self.paths)

    def close(self) -> None:
        """Remove the images."""
        self._folder.cleanup()


def rasterise(ctx: OpContext, pdf: bytes, dpi: int) -> PageImages:
    """Op body (io lane): an image of every page, by pdftoppm."""
    if shutil.which("pdftoppm") is None:
        raise HocbasoError(_("Thiếu chương trình pdftoppm (poppler-utils) để xem trước bản in."))
    folder = tempfile.TemporaryDirectory(prefix="hocbaso-trang-")
    try:
        source = write_private(Path(folder.name) / "in.pdf", pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), str(source), str(Path(folder.name) / "p")],
                       check=True, capture_output=True, timeout=120)
        source.unlink()
        return PageImages(folder, sorted(Path(folder.name).glob("p-*.ppm")))
    except BaseException:
        folder.cleanup()
        raise


class PrintPage(QWidget):
    """Class → student → kind; preview; print; save as PDF."""

    previewed = Signal()
    printed = Signal()
    saved = Signal(object)  # the Path written

    def __init__(self, backend: Backend, who: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        follow_changes(self, backend, ("students",), lambda: self._class_changed(self.class_box.currentIndex()))
        self._choices: list[ClassChoice] = []
        self._students: list[Student] = []
        self.document: Document | None = None
        self.class_box, self.kind_box = QComboBox(), QComboBox()
        self.kind_box.addItem(self.tr("Học bạ (trang năm học)"), "hocba")
        self.kind_box.addItem(self.tr("Bản sao, bản chuyển đổi (đã phát hành)"), "copy")
        self.student_list = QListWidget()
        self.student_list.currentRowChanged.connect(lambda _r: self.preview())
        self.kind_box.currentIndexChanged.connect(lambda _i: self.preview())
        self.class_box.currentIndexChanged.connect(self._class_changed)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        self.status = QLabel()
        self.print_button, self.save_button = QPushButton(self.tr("In… (Ctrl+P)")), QPushButton(self.tr("Lưu PDF…"))
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button.clicked.connect(self.save_with_dialog)
        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("Lớp:")), self.class_box, QLabel(self.tr("Loại:")), self.kind_box):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        split = QSplitter()
        split.addWidget(self.student_list)
        split.addWidget(scroll)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        self._set_enabled(False)

    def _set_enabled(self, enabled: bool) -> None:
        self.print_button.setEnabled(enabled)
        self.save_button.setEnabled(enabled)

    def refresh(self) -> None:
        """Load the classes."""
        Op(self, self._backend, lambda ctx: grade_sheets.my_classes(ctx.session)).success(self._set_choices) \
            .run_in_background()

    def _set_choices(self, choices: list[ClassChoice]) -> None:
        self._choices = choices
        fill_class_box(self.class_box, choices)

    def _class_changed(self, row: int) -> None:
        if 0 <= row < len(self._choices):
            school_class = self._choices[row].school_class
            Op(self, self._backend, lambda ctx: students.class_students(ctx.session, school_class)) \
                .success(self._set_students).run_in_background()

    def _set_students(self, found: list[Student]) -> None:
        self._students = found
        self.student_list.blockSignals(True)
        self.student_list.clear()
        self.student_list.addItems([s.full_name for s in found])
        self.student_list.blockSignals(False)

    def preview(self) -> None:
        """Render the chosen document and show its pages."""
        row, class_row = self.student_list.currentRow(), self.class_box.currentIndex()
        if not (0 <= row < len(self._students) and 0 <= class_row < len(self._choices)):
            return
        student_id, year = self._students[row].id, self._choices[class_row].school_class.year
        kind = self.kind_box.currentData()
        self._set_enabled(False)
        self.status.setText(self.tr("Đang tạo bản xem trước…"))
        Op(self, self._backend, lambda ctx: render_document(ctx, student_id, year, kind)) \
            .success(self._rendered).status(self.status, inline_only=True) \
            .after_failure(self._preview_refused).run_in_background()

    def _rendered(self, document: Document) -> None:
        self.document = document
        Op(self, self._backend, lambda ctx: rasterise(ctx, document.data, PREVIEW_DPI)).on_lane("io") \
            .success(self._show_pages).status(self.status, inline_only=True) \
            .after_failure(self._preview_refused).run_in_background()

    def _preview_refused(self, _exc: BaseException) -> None:
        self._clear_pages()  # a refused preview never leaves the previous student's pages on screen
        self.document = None
        self._set_enabled(False)

    def _clear_pages(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _show_pages(self, images: PageImages) -> None:
        self._clear_pages()
        try:
            for path in images.paths:
                label = QLabel()
                label.setPixmap(QPixmap(str(path), "PPM"))
                label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                self.pages_layout.addWidget(label)
        finally:
            images.close()
        self.pages_layout.addStretch(1)
        self.status.setText(self.tr("{0}: {1} trang.").replace("{0}", self.document.student_name if self.document
                                                                 else "").replace("{1}", str(len(images))))
        self._set_enabled(True)
        self.previewed.emit()

    def preview_page_count(self) -> int:
        """How many page images the preview shows."""
        return sum(1 for i in range(self.pages_layout.count()) if isinstance(self.pages_layout.itemAt(i).widget(),
                                                                              QLabel))

    def save_with_dialog(self) -> None:
        """Ask where, then save the PDF."""
        if self.document is None:
            return
        name, _f = QFileDialog.getSaveFileName(self, self.tr("Lưu PDF"), f"{self.document.student_name}.pdf",
                                               "PDF (*.pdf)")
        if name:
            self.save_pdf(Path(name))

    def save_pdf(self, path: Path) -> None:
        """Save the signed PDF when the page is issued (what `verify` accepts); else the draft preview, logged."""
        document = self.document
        if document is None:
            return
        if document.kind != "hocba":
            self._write_preview(path)
            return
        Op(self, self._backend, lambda ctx: issued.save_year_pdf(ctx.session, document.student_id, document.year,
                                                                 path)) \
            .success(lambda signed: self._saved_signed(path) if signed.value else self._write_preview(path)) \
            .status(self.status, inline_only=True).run_in_background()

    def _saved_signed(self, path: Path) -> None:
        self.status.setText(self.tr("Đã lưu bản đã ký số (bản phát hành): {0}").replace("{0}", str(path)))
        self.saved.emit(path)

    def _write_preview(self, path: Path) -> None:
        if self.document is None:
            return
        path.write_bytes(self.document.data)
        self._log("save")
        self.status.setText(self.tr("Học bạ này chưa phát hành: đã lưu bản xem trước, CHƯA ký số: {0}")
                            .replace("{0}", str(path)))
        self.saved.emit(path)

    def print_with_dialog(self) -> None:
        """Choose a printer, then print."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Rasterise at 300 dpi in the background, then paint the pages on `printer`."""
        if self.document is None:
            return
        data = self.document.data
        self.status.setText(self.tr("Đang chuẩn bị in…"))
        Op(self, self._backend, lambda ctx: rasterise(ctx, data, PRINT_DPI)).on_lane("io") \
            .success(lambda images: self._paint(printer, images)).status(self.status, inline_only=True).run_in_background()

    def _paint(self, printer: QPrinter, images: PageImages) -> None:
        painter = QPainter(printer)
        try:
            for index, path in enumerate(images.paths):
                if index:
                    printer.newPage()
                image = QImage(str(path), "PPM")
                area = QRectF(painter.viewport())
                scaled = image.size().scaled(area.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
        finally:
            painter.end()
            images.close()
        self._log("print")
        self.status.setText(self.tr("Đã gửi {0} trang tới máy in.").replace("{0}", str(len(images))))
        self.printed.emit()

    def _log(self, how: str) -> None:
        document = self.document
        if document is None:
            return
        Op(self, self._backend, lambda ctx: record_book.audit_print(
            ctx.session, kind=document.kind, entity="student", entity_id=document.student_id,
            detail={"years": [document.year], "how": how})).run_in_background()
