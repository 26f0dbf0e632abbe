"""The program's log file: rotated, in the user data folder, and never holding personal data or secrets.

`configure_logging(data_dir)` adds one `RotatingFileHandler` (hocbaso.log, 1 MiB × 5 files) to the
root logger. Every line passes through `mask_sensitive`, which hides 12-digit numbers (the personal
identification number, CCCD / mã định danh) and values that look like passwords, PINs or API tokens
("password=…", "pin: …", "Authorization: Bearer …"). Masking happens twice on purpose: the filter
rewrites the message before formatting, and the formatter masks the finished line, which also covers
exception tracebacks whose text quotes a value.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

LOG_FILE_NAME = "hocbaso.log"
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 5
LINE_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"
MASK = "***"

# A 12-digit run that is not part of a longer number: the CCCD / personal identification number.
_PERSONAL_ID = re.compile(r"(?<!\d)\d{12}(?!\d)")
# key=value, key: value, "key": "value" for keys that name a secret. Only ":" or "=" separate key and
# value, so ordinary words ("token worker", "pin pad") are left alone.
_SECRET_VALUE = re.compile(
    r"(?i)(?P<key>\b(?:password|passwd|pwd|passphrase|user_pin|so_pin|pin|api[_-]?token|access[_-]?token|"
    r"token|secret|recovery[_-]?code|mật\s*khẩu|mat[_-]?khau|mã\s*pin))"
    r"(?P<sep>[\"']?\s*[:=]\s*[\"']?)(?P<value>[^\s\"',;}\])]+)"
)
_BEARER = re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9._~+/=-]+")


def mask_sensitive(text: str) -> str:
    """Return `text` with 12-digit numbers and password/PIN/token values replaced by a mask."""
    text = _PERSONAL_ID.sub("#" * 12, text)
    text = _SECRET_VALUE.sub(lambda m: f"{m.group('key')}{m.group('sep')}{MASK}", text)
    return _BEARER.sub(lambda m: f"{m.group(1)} {MASK}", text)


class SensitiveDataFilter(logging.Filter):
    """Rewrites each record's message with `mask_sensitive` (the record is kept, never dropped)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask the formatted message in place and let the record through."""
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a bad format string: log its raw text rather than lose it
            message = f"{record.msg!r} {record.args!r}"
        record.msg = mask_sensitive(message)
        record.args = None
        return True


class MaskingFormatter(logging.Formatter):
    """A formatter whose finished lines (tracebacks included) pass through `mask_sensitive`."""

    def format(self, record: logging.LogRecord) -> str:
        """Format the record, then mask it."""
        return mask_sensitive(super().format(record))


def _is_ours(handler: logging.Handler) -> bool:
    return getattr(handler, "_hocbaso_log_file", False)


def configure_logging(data_dir: Path | str, *, level: int = logging.INFO) -> Path:
    """Send log records at `level` and above to data_dir/hocbaso.log (rotated); return the file's path.

    Calling it again replaces the handler it added before (e.g. when the data folder changes).
    Console handlers that had no level of their own keep showing only what they showed before.
    """
    folder = Path(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    root = logging.getLogger()
    for old in [h for h in root.handlers if _is_ours(h)]:
        root.removeHandler(old)
        old.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                                   encoding="utf-8", delay=True)
    handler._hocbaso_log_file = True  # type: ignore[attr-defined]  # marks the handler for replacement
    handler.setLevel(level)
    handler.addFilter(SensitiveDataFilter())
    handler.setFormatter(MaskingFormatter(LINE_FORMAT))
    previous = root.getEffectiveLevel()
    if previous > level:
        # Lowering the root level would make stderr handlers print INFO lines too; pin them first.
        for other in root.handlers:
            if other.level == logging.NOTSET:
                other.setLevel(previous)
        root.setLevel(level)
    root.addHandler(handler)
    for other in root.handlers:  # the terminal too: a server echoing a payload must not show personal IDs
        if not any(isinstance(f, SensitiveDataFilter) for f in other.filters):
            other.addFilter(SensitiveDataFilter())
    return path
