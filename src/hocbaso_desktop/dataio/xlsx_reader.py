"""Reading a spreadsheet (.xlsx, .xlsm, .xls, .ods) into plain rows with cell references: the one reader of every import.

The format is recognised from the file's bytes, not its name, so that a damaged file, a password-protected
one and a file of another kind (a PDF, a Word document, a CSV renamed .xls) each get a message that says
which. The values are read by calamine in a child process (`sheet_worker`), bounded in file size, cells,
memory and time; openpyxl stays for writing.
"""

from __future__ import annotations

import multiprocessing
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from openpyxl.utils import get_column_letter

from hocbaso_desktop.dataio import sheet_worker
from hocbaso_desktop.dataio.xlsx_writer import strip_text_guard
from hocbaso_desktop.domain.errors import SpreadsheetError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.helper_processes import EXIT_CODE_LOST, preload_in_fork_server, start_helper
from hocbaso_desktop.limits import XLSX_MAX_INFLATED, XLSX_MAX_MEMBER, check_zip_total

META_SHEET = "_hocbaso"  # hidden sheet of our templates: kind, school year, class
MAX_HEADER_SCAN = 10
MAX_FILE_BYTES = 64 * 1024**2  # a 1,500-student school with all its scores is under 2 MB
READ_TIMEOUT = 120.0  # seconds for the child to read the whole file
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")

preload_in_fork_server(sheet_worker.__name__)

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"


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
    format: str = "xlsx"


def read_workbook(path: Path | str) -> Workbook:
    """Read every sheet's values (not formulas) of a spreadsheet file; raise SpreadsheetError saying why not."""
    file = Path(path)
    fmt = sniff_format(file)
    if fmt in ("xlsx", "xlsm", "ods"):
        # a zip bomb is refused before any reader inflates it: each part inflated with a running count
        try:
            check_zip_total(file, XLSX_MAX_INFLATED, XLSX_MAX_MEMBER, what=file.name)
        except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, NotImplementedError, zlib.error) as exc:
            raise SpreadsheetError(_("Tệp {p} bị hỏng: không đọc được nội dung bảng tính ({f}).", p=file.name,
                                     f=fmt.upper())) from exc
    status, payload = _read_in_child(file)
    if status == "password":
        raise SpreadsheetError(_password_message(file))
    if status == "damaged":
        raise SpreadsheetError(_("Tệp {p} bị hỏng: không đọc được nội dung bảng tính ({f}).", p=file.name,
                                 f=fmt.upper()))
    if status != "ok":
        raise SpreadsheetError(_("Tệp {p} quá lớn để nhập: tối đa {r} dòng, {c} cột và {n} ô mỗi trang tính.",
                                 p=file.name, r=sheet_worker.MAX_ROW, c=sheet_worker.MAX_COLUMN,
                                 n=sheet_worker.MAX_CELLS_PER_SHEET))
    sheets: list[Sheet] = []
    meta: dict[str, str] = {}
    for title, _hidden, raw_rows in payload:
        rows = tuple(_trim(tuple(None if v == "" else strip_text_guard(v) for v in r)) for r in raw_rows)
        if title == META_SHEET:
            meta = {str(r[0]).strip(): str(r[1]).strip() for r in rows if len(r) >= 2 and r[0] and r[1]}
            continue
        sheets.append(Sheet(title, _drop_trailing_empty(rows)))
    return Workbook(tuple(sheets), meta, fmt)


def sniff_format(file: Path) -> str:
    """The spreadsheet format of a file from its bytes ("xlsx", "xlsm", "xls", "ods"); else SpreadsheetError."""
    try:
        size = file.stat().st_size
        with file.open("rb") as handle:
            head = handle.read(4096)
    except FileNotFoundError as exc:
        raise SpreadsheetError(_("Không tìm thấy tệp {p}.", p=str(file))) from exc
    except IsADirectoryError as exc:
        raise SpreadsheetError(_("{p} là một thư mục, không phải tệp bảng tính.", p=str(file))) from exc
    except OSError as exc:
        raise SpreadsheetError(_("Không đọc được tệp {p}: {e}.", p=str(file), e=exc.strerror or exc)) from exc
    if size == 0:
        raise SpreadsheetError(_("Tệp {p} bị hỏng: tệp rỗng (0 byte).", p=file.name))
    if size > MAX_FILE_BYTES:
        raise SpreadsheetError(_("Tệp {p} quá lớn ({m} MB); tối đa {n} MB.", p=file.name, m=size // 1024**2,
                                 n=MAX_FILE_BYTES // 1024**2))
    if head.startswith(_ZIP):
        return _zip_format(file)
    if head.startswith(_OLE):
        return _ole_format(file)
    raise SpreadsheetError(_("Tệp {p} không phải bảng tính Excel hay OpenDocument mà là {k}. Hãy mở tệp bằng Excel "
                             "hoặc LibreOffice và lưu thành .xlsx, .xls hoặc .ods.", p=file.name, k=_other_kind(head)))


def _zip_format(file: Path) -> str:
    try:
        with zipfile.ZipFile(file) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                mimetype = archive.open("mimetype").read(200).decode("ascii", "replace").strip()
                if mimetype != "application/vnd.oasis.opendocument.spreadsheet":
                    raise SpreadsheetError(_other_format(file, _("tài liệu OpenDocument ({m})", m=mimetype)))
                manifest = archive.open("META-INF/manifest.xml").read(1024**2) \
                    if "META-INF/manifest.xml" in names else b""
                if b"encryption-data" in manifest:
                    raise SpreadsheetError(_password_message(file))
                return "ods"
            if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
                if "xl/workbook.bin" in names:
                    raise SpreadsheetError(_other_format(file, _("sổ làm việc nhị phân Excel (.xlsb)")))
                return "xlsm" if "xl/vbaProject.bin" in names else "xlsx"
            if "word/document.xml" in names:
                raise SpreadsheetError(_other_format(file, _("văn bản Word (.docx)")))
            if "ppt/presentation.xml" in names:
                raise SpreadsheetError(_other_format(file, _("bản trình chiếu PowerPoint (.pptx)")))
    except (zipfile.BadZipFile, KeyError, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise SpreadsheetError(_("Tệp {p} bị hỏng: tệp nén của bảng tính không đọc được (có thể tệp bị cắt cụt "
                                 "khi chép).", p=file.name)) from exc
    raise SpreadsheetError(_other_format(file, _("một tệp nén .zip")))


def _ole_format(file: Path) -> str:
    with file.open("rb") as handle:
        data = handle.read(MAX_FILE_BYTES)
    # A compound file is a header and whole sectors (512 or 4096 bytes); anything else was cut short.
    sector = 1 << int.from_bytes(data[30:32], "little") if len(data) >= 32 else 0
    if sector not in (512, 4096) or len(data) < 2 * sector or len(data) % sector:
        raise SpreadsheetError(_("Tệp {p} bị hỏng: tệp Office 97–2003 bị cắt cụt (có thể do chép dở).", p=file.name))

    # Stream names are in the compound file's directory sectors, as UTF-16.

    def has(name: str) -> bool:
        return name.encode("utf-16-le") in data

    if has("EncryptedPackage") or has("EncryptionInfo"):
        raise SpreadsheetError(_password_message(file))  # an encrypted .xlsx is an OLE wrapper
    if has("Workbook") or has("Book"):
        return "xls"
    if has("WordDocument"):
        raise SpreadsheetError(_other_format(file, _("văn bản Word 97–2003 (.doc)")))
    if has("PowerPoint Document"):
        raise SpreadsheetError(_other_format(file, _("bản trình chiếu PowerPoint 97–2003 (.ppt)")))
    raise SpreadsheetError(_other_format(file, _("một tệp Office 97–2003 không có sổ làm việc")))


def _other_kind(head: bytes) -> str:
    if head.startswith(b"%PDF"):
        return _("tệp PDF")
    if head[:4] in (b"\x89PNG", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xe1", b"\xff\xd8\xff\xdb"):
        return _("một ảnh")
    lowered = head.lstrip(b"\xef\xbb\xbf \r\n\t").lower()
    if lowered.startswith((b"<html", b"<!doctype html", b"<table")) or b"<html" in lowered[:512]:
        return _("một trang HTML (nhiều phần mềm xuất “.xls” dạng này)")
    if lowered.startswith(b"<?xml"):
        return _("một tệp XML")
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return _("một tệp không rõ định dạng")
    return _("một tệp văn bản (CSV?)")


def _other_format(file: Path, kind: str) -> str:
    return _("Tệp {p} không phải bảng tính mà là {k}. Hãy nhập tệp .xlsx, .xlsm, .xls hoặc .ods.", p=file.name,
             k=kind)


def _password_message(file: Path) -> str:
    return _("Tệp {p} được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng Excel hoặc LibreOffice, bỏ mật khẩu "
             "(lưu lại không có mật khẩu) rồi nhập lại.", p=file.name)


def _read_in_child(file: Path) -> tuple[str, object]:
    """Run sheet_worker in a helper process; ("too_big", …) when it dies, runs out of memory or time."""
    receiver, sender = multiprocessing.Pipe(duplex=False)
    process = start_helper(sheet_worker.child_main, (sender, str(file)), name="hocbaso-sheet-reader")
    sender.close()
    try:
        if not receiver.poll(READ_TIMEOUT):
            return "too_big", "time"
        status, payload = receiver.recv()
        return str(status), payload
    except (EOFError, OSError):
        process.join(5)
        code = process.exitcode
        # A code lost with a killed fork server says nothing of the install: the child died, as below.
        if code is not None and code > 0 and code != EXIT_CODE_LOST:
            # Not the file: the child could not start (a script without a __main__ guard, a broken install).
            raise SpreadsheetError(_("Bộ đọc bảng tính không chạy được (mã {c}); hãy cài lại chương trình.",
                                     c=code)) from None
        return "too_big", "died"  # the child aborted (calamine's allocation failed) or was killed
    finally:
        receiver.close()
        process.join(5)
        if process.is_alive():
            process.kill()
            process.join()


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
