"""Reading an Excel workbook into plain rows with cell references, wrapping openpyxl's failures."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from hocbaso_desktop.dataio.xlsx_writer import strip_text_guard
from hocbaso_desktop.errors import SpreadsheetError
from hocbaso_desktop.i18n import _
from hocbaso_desktop.limits import XLSX_MAX_INFLATED, XLSX_MAX_MEMBER, check_zip_total

META_SHEET = "_hocbaso"  # hidden sheet of our templates: kind, school year, class
MAX_HEADER_SCAN = 10


@dataclass(frozen=True)
class Sheet:
    """One worksheet: its title and its rows of raw cell values (row 1 first)."""

    title: str
    rows: tuple[tuple[object, ...], ...]

    def cell_ref(self, row_index: int, col_index: int) -> str:
        """The A1 reference of a zero-based (row, column) position."""
        return f"{get_column_letter(col_index + 1)}{row_index + 1}"


@dataclass(frozen=True)
class Workbook:
    """The data sheets of a workbook and the key/value facts of its meta sheet."""

    sheets: tuple[Sheet, ...]
    meta: dict[str, str]


def read_workbook(path: Path | str) -> Workbook:
    """Read every visible sheet's values (not formulas) of an .xlsx file; raise SpreadsheetError if unreadable."""
    try:
        # openpyxl inflates what the file declares; a zip bomb is refused here first, by inflating each
        # part with a running count (no memory kept) and stopping at the limits.
        check_zip_total(path, XLSX_MAX_INFLATED, XLSX_MAX_MEMBER, what=Path(path).name)
        book = load_workbook(Path(path), read_only=True, data_only=True)
    except FileNotFoundError as exc:
        raise SpreadsheetError(_("Không tìm thấy tệp {p}.", p=str(path))) from exc
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise SpreadsheetError(_("Không đọc được tệp Excel {p}: tệp hỏng hoặc không phải .xlsx.", p=str(path))) from exc
    try:
        sheets: list[Sheet] = []
        meta: dict[str, str] = {}
        for ws in book.worksheets:
            rows = tuple(_trim(tuple(strip_text_guard(v) for v in r)) for r in ws.iter_rows(values_only=True))
            if ws.title == META_SHEET:
                meta = {str(r[0]).strip(): str(r[1]).strip() for r in rows if len(r) >= 2 and r[0] and r[1]}
                continue
            sheets.append(Sheet(ws.title, _drop_trailing_empty(rows)))
    except (KeyError, ValueError, TypeError, AttributeError, zipfile.BadZipFile, OSError) as exc:
        raise SpreadsheetError(_("Không đọc được nội dung tệp Excel {p}.", p=str(path))) from exc
    finally:
        book.close()
    return Workbook(tuple(sheets), meta)


def _trim(row: tuple[object, ...]) -> tuple[object, ...]:
    end = len(row)
    while end and (row[end - 1] is None or row[end - 1] == ""):
        end -= 1
    return row[:end]


def _drop_trailing_empty(rows: tuple[tuple[object, ...], ...]) -> tuple[tuple[object, ...], ...]:
    end = len(rows)
    while end and not rows[end - 1]:
        end -= 1
    return rows[:end]
