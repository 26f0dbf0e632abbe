"""Print preview (pdftoppm images), print through QPrinter, save as PDF — each print audited."""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel

from hocbaso_desktop.storage import audit
from hocbaso_desktop.ui.print_view import PrintPage
from hocbaso_desktop.ui.start_window import sign_in
from tests.fixtures.printing import pdf_info, pdf_text
from tests.ui.conftest import run_op


def _inked_share(pdf: Path, page: int) -> float:
    """The share of a page's pixels with any ink, rasterised by pdftoppm apart from the program (gray, 30 dpi)."""
    gray = subprocess.run(["pdftoppm", "-r", "30", "-gray", "-f", str(page), "-l", str(page), str(pdf)],
                          capture_output=True, check=True).stdout
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", gray)
    assert header, gray[:20]
    size = int(header[1]) * int(header[2])
    pixels = gray[header.end():header.end() + size]
    assert len(pixels) == size
    return sum(1 for value in pixels if value < 250) / size


def test_preview_print_and_save(qtbot, backend, demo_school, tmp_path, monkeypatch):
    scratch = tmp_path / "tam"   # where the page images are made: nothing stays once they are shown or printed
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "hieutruong", demo_school.password))
    page = PrintPage(backend, who)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.student_list.count() > 0, timeout=20000)
    with qtbot.waitSignal(page.previewed, timeout=60000):
        page.student_list.setCurrentRow(0)
    assert page.document is not None and page.document.data.startswith(b"%PDF")
    pages = int(pdf_info(page.document.data)["Pages"])
    shown = [item.widget().pixmap() for i in range(page.pages_layout.count())
             if isinstance((item := page.pages_layout.itemAt(i)).widget(), QLabel)]
    assert len(shown) == page.preview_page_count() == pages
    assert all(not p.isNull() and abs(p.height() / p.width() - 297 / 210) < 0.01 for p in shown)  # A4 pages
    assert list(scratch.iterdir()) == []

    target = tmp_path / "hocba.pdf"
    with qtbot.waitSignal(page.saved, timeout=30000):
        page.save_pdf(target)                       # not issued: the draft preview, said so
    assert "CHƯA ký số" in page.status.text()
    assert target.read_bytes() == page.document.data
    # the chosen student's book, not a neighbour's: 1A's first student, by name in the list and in the PDF
    assert page.class_box.currentText() == "1A" and page.student_list.item(0).text() == "Nguyễn Thanh Anh"
    assert "Nguyễn Thanh Anh" in " ".join(pdf_text(target.read_bytes()).split())

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(page.printed, timeout=60000):
        page.print_to(printer)
    printed = tmp_path / "printed.pdf"
    assert int(pdf_info(printed.read_bytes())["Pages"]) == pages
    # the page's image reached the printer whole: as much ink as the PDF's own page (3.97 % and 3.95 % when written)
    inked, expected = _inked_share(printed, 1), _inked_share(target, 1)
    assert expected > 0.02 and abs(inked - expected) < 0.1 * expected, (inked, expected)
    assert list(scratch.iterdir()) == []
    qtbot.waitUntil(lambda: not backend.busy, timeout=10000)
    actions = run_op(qtbot, backend, lambda ctx: [e.action for e in audit.recent(ctx.session.db, limit=20)])
    assert actions[:2] == ["print.hocba"] * 2 and actions.count("print.hocba") == 2   # one save, one print


def test_certified_copy_of_an_unissued_page_is_refused_with_a_reason(qtbot, backend, demo_school):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "vanthu", demo_school.password))
    page = PrintPage(backend, who)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.student_list.count() > 0, timeout=20000)
    page.kind_box.setCurrentIndex(1)
    page.student_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: "chưa phát hành" in page.status.text(), timeout=20000)
    assert not page.print_button.isEnabled()


def test_certified_copy_is_logged_when_saved_not_when_previewed(qtbot, backend, issued_school, tmp_path):
    from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD

    path, _root = issued_school
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, path, "vanthu", DEFAULT_DEMO_PASSWORD))
    page = PrintPage(backend, who)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.class_box.count() > 0, timeout=20000)
    page.kind_box.setCurrentIndex(1)
    page.class_box.setCurrentIndex(page.class_box.findText("4A"))
    qtbot.waitUntil(lambda: not backend.busy and page.student_list.count() > 1, timeout=20000)  # 4A's list
    with qtbot.waitSignal(page.previewed, timeout=60000):
        page.student_list.setCurrentRow(1)  # a change of row (row 0 may already be chosen)
    assert page.document is not None and page.document.kind == "copy"

    def copies(ctx):
        return [e for e in audit.recent(ctx.session.db, limit=50) if e.action == "print.copy"]

    assert run_op(qtbot, backend, copies) == []          # a preview is not a copy
    page.save_pdf(tmp_path / "ban-sao.pdf")
    qtbot.waitUntil(lambda: not backend.busy, timeout=10000)
    assert len(run_op(qtbot, backend, copies)) == 1
