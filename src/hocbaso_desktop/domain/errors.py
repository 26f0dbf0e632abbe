"""The program's error hierarchy.

It lives in domain/ (design.md names a top-level `errors.py`) because the rules raise these errors: domain imports
nothing of the program outside itself, and every other layer imports domain.

Every *expected* failure is a `HocbasoError` carrying a Vietnamese message for the user (through
`domain.i18n._`); the command line prints it and exits 3, the interface shows it in a dialog. Anything
else is a bug: logged with its traceback and shown in the report dialog. Vendor exceptions
(sqlcipher3, PyKCS11, httpx, openpyxl) are wrapped at the edge with ``raise … from exc``.

    HocbasoError
    ├── InvalidInputError          bad value from a person or a file (names the field)
    ├── PermissionDeniedError      the user's role does not allow the action
    ├── NotFoundError              a class, student, record or user that does not exist
    ├── StorageError
    │   ├── WrongPasswordError     password (or recovery key) does not unwrap the database key
    │   ├── NotADatabaseError      the file is not a school database, or is corrupted
    │   ├── DatabaseTooNewError    written by a newer version of the program
    │   ├── DiskFullError
    │   └── ImmutableRecordError   an issued record cannot change
    ├── TokenError                 PKCS#11 (see token/errors.py for the subclasses)
    ├── SigningError
    ├── VerificationError
    ├── SyncError                  (see sync/ for the subclasses)
    └── SpreadsheetError           a broken or unreadable Excel file
"""

from __future__ import annotations

import errno

from hocbaso_desktop.domain.i18n import _


class HocbasoError(Exception):
    """An expected failure with a message for the user (Vietnamese, NFC)."""

    exit_code = 3

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class InvalidInputError(HocbasoError):
    """A value entered by a person or read from a file is not acceptable."""


class PermissionDeniedError(HocbasoError):
    """The current user's role does not allow this action."""


class NotFoundError(HocbasoError):
    """The named thing (class, student, record, user) does not exist."""


class StorageError(HocbasoError):
    """The school database could not be read or written."""


class WrongPasswordError(StorageError):
    """The password or recovery key does not unlock the database."""


class NotADatabaseError(StorageError):
    """The file is not a school database, or it is damaged."""


class DatabaseTooNewError(StorageError):
    """The database was written by a newer version of the program."""


class DiskFullError(StorageError):
    """The disk is full; nothing was written."""


class ImmutableRecordError(StorageError):
    """An issued record was about to change; issued records never change."""


class TokenError(HocbasoError):
    """A USB token (PKCS#11) failure; subclasses in `hocbaso_desktop.token.errors`."""


class SigningError(HocbasoError):
    """A document could not be signed."""


class VerificationError(HocbasoError):
    """A signature, a document or a QR code did not verify."""


class SyncError(HocbasoError):
    """Synchronisation with the central system failed; subclasses in `hocbaso_desktop.sync`."""


class SpreadsheetError(HocbasoError):
    """An Excel file could not be read."""


def as_expected(exc: BaseException) -> HocbasoError | None:
    """The expected failure that `exc` stands for, or None when it is a bug.

    Besides the program's own errors, a file the system could not read or write (missing, no permission,
    disk full, a USB stick pulled out) is an everyday event, not a bug: it becomes a Vietnamese message.
    One place decides this for the command line and the interface.
    """
    if isinstance(exc, HocbasoError):
        return exc
    if not isinstance(exc, OSError):
        return None
    name = str(exc.filename or "")
    if isinstance(exc, FileNotFoundError):
        return StorageError(_("Không tìm thấy tệp hoặc thư mục “{f}”.", f=name))
    if isinstance(exc, PermissionError):
        return StorageError(_("Không có quyền đọc hoặc ghi “{f}”.", f=name))
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(_("Ổ đĩa đã đầy: không ghi được “{f}”.", f=name))
    return StorageError(_("Không đọc hoặc ghi được “{f}”: {e}.", f=name, e=os_reason(exc)))


def os_reason(exc: OSError) -> str:
    """The reason of a system error in the program's language (the system's own text is English)."""
    reasons = {
        errno.ENOENT: _("không có tệp hoặc thư mục này"),
        errno.EACCES: _("không có quyền truy cập"),
        errno.EPERM: _("không được phép"),
        errno.EISDIR: _("đây là một thư mục, không phải tệp"),
        errno.ENOTDIR: _("một phần của đường dẫn không phải thư mục"),
        errno.EEXIST: _("tệp đã tồn tại"),
        errno.ENOSPC: _("ổ đĩa đã đầy"),
        errno.EROFS: _("ổ đĩa chỉ cho đọc"),
        errno.EIO: _("lỗi đọc ghi của thiết bị (ổ đĩa hoặc USB hỏng hay đã rút ra)"),
        errno.ENAMETOOLONG: _("tên tệp quá dài"),
        errno.ENOTEMPTY: _("thư mục không trống"),
        errno.EBUSY: _("tệp đang được chương trình khác dùng"),
        errno.ETXTBSY: _("tệp đang được chương trình khác dùng"),
        errno.EXDEV: _("không chuyển được sang ổ đĩa khác"),
        errno.EMFILE: _("mở quá nhiều tệp cùng lúc"),
        errno.ENFILE: _("mở quá nhiều tệp cùng lúc"),
        errno.EFBIG: _("tệp quá lớn"),
        errno.ELOOP: _("đường dẫn vòng lặp (liên kết trỏ vào nhau)"),
        errno.EINVAL: _("tên hoặc đường dẫn không hợp lệ"),
        errno.ENXIO: _("thiết bị không có mặt"),
        errno.ENODEV: _("thiết bị không có mặt"),
        errno.ETIMEDOUT: _("quá thời gian chờ"),
        errno.ECONNREFUSED: _("máy kia từ chối kết nối"),
        errno.EDQUOT: _("vượt hạn mức dung lượng"),
    }
    if exc.errno in reasons:
        return reasons[exc.errno]
    return _("lỗi hệ thống số {n}", n=exc.errno) if exc.errno else _("lỗi hệ thống")
