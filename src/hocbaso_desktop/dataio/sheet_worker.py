"""The child process that reads a spreadsheet with calamine (xlsx, xlsm, xls, ods), within memory and cell bounds.

It runs apart because calamine builds each sheet as a dense grid: a file of a few kilobytes with one cell at
A1 and one at XFD1048576 asks for 512 GB and aborts the process that reads it. Here that abort (or the
address-space limit set below) ends only this child; the parent (`xlsx_reader`) reports the file as too big.
This module imports nothing of the program, so the child starts fast.
"""

from __future__ import annotations

from typing import Any

MAX_CELLS_PER_SHEET = 2_000_000  # 20,000 rows × 100 columns: far above a school's largest sheet
MAX_CELLS = 5_000_000
MAX_ROW, MAX_COLUMN = 100_000, 1_000  # the last row and column a sheet may use (cell references stay exact)
MEMORY_LIMIT = 2 * 1024**3  # address space of the child (POSIX only)


def _limit_memory() -> None:
    try:
        import resource
    except ImportError:  # Windows: the job still dies alone if an allocation fails
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = MEMORY_LIMIT if hard == resource.RLIM_INFINITY else min(MEMORY_LIMIT, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def read_sheets(path: str) -> tuple[str, Any]:
    """Return ("ok", [(title, hidden, rows)]) or (kind, detail) with kind "password", "damaged" or "too_big"."""
    import python_calamine as pc

    try:
        book = pc.CalamineWorkbook.from_path(path)
    except pc.PasswordError as exc:
        return "password", str(exc)[:200]
    except (pc.CalamineError, pc.XmlError, pc.ZipError, ValueError, OSError) as exc:
        return "damaged", str(exc)[:200]
    except Exception as exc:
        return "damaged", f"{type(exc).__name__}: {str(exc)[:200]}"
    sheets: list[tuple[str, bool, list[list[Any]]]] = []
    total = 0
    try:
        for meta in book.sheets_metadata:
            if str(meta.typ).rsplit(".", 1)[-1] not in ("WorkSheet",):
                continue
            sheet = book.get_sheet_by_name(meta.name)
            cells = sheet.height * sheet.width
            total += cells
            end_row, end_col = sheet.end or (0, 0)
            if cells > MAX_CELLS_PER_SHEET or total > MAX_CELLS or end_row >= MAX_ROW or end_col >= MAX_COLUMN:
                return "too_big", f"{meta.name}: {sheet.height} × {sheet.width}"
            rows: list[list[Any]] = []
            if sheet.start is not None and cells:
                start_row, start_col = sheet.start
                rows = [[] for _ in range(start_row)]
                rows.extend([""] * start_col + list(r) for r in sheet.to_python())
            hidden = str(meta.visible).rsplit(".", 1)[-1] != "Visible"
            sheets.append((meta.name, hidden, rows))
    except pc.PasswordError as exc:
        return "password", str(exc)[:200]
    except MemoryError:
        return "too_big", "memory"
    except Exception as exc:
        return "damaged", f"{type(exc).__name__}: {str(exc)[:200]}"
    finally:
        book.close()
    return "ok", sheets


def child_main(conn: Any, path: str) -> None:
    """Entry point of the child: limit memory, read, send the result back, exit."""
    _limit_memory()
    try:
        result = read_sheets(path)
    except MemoryError:
        result = ("too_big", "memory")
    try:
        conn.send(result)
    except (MemoryError, OSError, ValueError):
        conn.send(("too_big", "result"))
    finally:
        conn.close()
