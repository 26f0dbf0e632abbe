"""Saving a workbook the program made: every text cell is text, the file is private and whole.

A name like `=HYPERLINK("http://…?"&C3,"Bấm vào đây")` typed into the program must never become a
live formula in a spreadsheet a teacher opens. openpyxl turns any string beginning with "=" into a
formula, and Excel or LibreOffice evaluate text beginning with "+", "-" or "@" when a cell is edited;
so such text is written as a string cell with a leading apostrophe (Excel's own "this is text"
mark, OWASP's advice), which the importer removes again (`strip_text_guard`).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from hocbaso_desktop.private_files import private_target

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"


def inert_text(value: object) -> object:
    """`value` unchanged, unless it is text a spreadsheet would read as a formula: then apostrophe-guarded."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return GUARD + value
    return value


def strip_text_guard(value: object) -> object:
    """Undo `inert_text` on a value read back from one of our spreadsheets."""
    if isinstance(value, str) and value.startswith(GUARD) and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def neutralise(book: Workbook) -> None:
    """Make every text cell of every sheet inert (written as a string, never as a formula)."""
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
                    cell.value = inert_text(cell.value)
                    cell.data_type = "s"


def save_workbook(book: Workbook, path: Path | str) -> Path:
    """Neutralise formulas, then save owner-only (0600) and atomically; return the path."""
    neutralise(book)
    with private_target(path) as tmp:
        book.save(tmp)
    return Path(path)
