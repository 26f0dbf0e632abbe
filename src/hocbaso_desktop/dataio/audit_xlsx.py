"""The audit log as people read it, saved as an Excel workbook (one row per entry)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from hocbaso_desktop.domain.i18n import _


def write_audit_xlsx(rows: Sequence[Sequence[str]], out: Path | str) -> Path:
    """Write the rows (time, who, action, object, sentence) to `out` atomically, readable by its owner only."""
    book = Workbook()
    ws = book.active
    ws.title = _("Nhật ký")
    ws.append([_("Thời điểm"), _("Người thực hiện"), _("Thao tác"), _("Đối tượng"), _("Diễn giải")])
    for row in rows:
        ws.append(list(row))
    for column, width in zip("ABCDE", (18, 32, 26, 36, 90), strict=True):
        ws.column_dimensions[column].width = width
    path = Path(out)
    partial = path.with_name(path.name + ".part")
    # the log names students and staff: personal data, so 0600 from the start, and no half-written file
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            book.save(handle)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path
