"""Errors of the sync layer, each with a Vietnamese message for the user.

    SyncError (domain/errors.py)
    ├── OfflineError            no answer from the central system (connection, timeout, 5xx, captive portal)
    │   └── RetryLaterError     429 / 503: the server asked us to wait (`retry_after` seconds, or None)
    ├── AuthError               401 / 403: the school's API token is wrong or revoked; the run stops
    ├── ProtocolError           an answer with the marker that breaks the contract (never counted as success)
    ├── BadRequestError         400 with the marker: a client bug; the items wait for a person
    ├── TooLargeError           413: the batch or blob is larger than the server accepts
    ├── BlobRejectedError       422 on a blob upload (hash mismatch)
    ├── ReceiptKeyChangedError  the server's receipt key differs from the pinned one
    ├── PeerLimitError          the server's answer was too large or too slow (ends the run)
    └── NotConfiguredError      no server URL or API token
"""

from __future__ import annotations

from hocbaso_desktop.domain.errors import SyncError
from hocbaso_desktop.domain.i18n import _


class OfflineError(SyncError):
    """The central system could not be reached, or something else answered; retry later."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or _("Không kết nối được với hệ thống trung tâm; sẽ thử lại sau."))


class RetryLaterError(OfflineError):
    """The server is busy (429/503); `retry_after` is its requested wait in seconds, if it gave one."""

    def __init__(self, retry_after: float | None) -> None:
        super().__init__(_("Hệ thống trung tâm đang bận; sẽ thử lại sau."))
        self.retry_after = retry_after


class AuthError(SyncError):
    """The school's API token was refused (401/403)."""

    def __init__(self) -> None:
        super().__init__(_("Hệ thống trung tâm từ chối mã truy cập (API token) của trường: mã sai hoặc đã bị "
                           "thu hồi. Hãy nhập lại mã trong phần cấu hình đồng bộ."))


class ProtocolError(SyncError):
    """An answer carried the protocol marker but broke the contract."""

    def __init__(self, detail: str) -> None:
        super().__init__(_("Hệ thống trung tâm trả lời không đúng giao thức: {d}", d=detail))
        self.detail = detail


class BadRequestError(SyncError):
    """The server called our request invalid (400): a client bug; do not loop on it."""

    def __init__(self, detail: str) -> None:
        super().__init__(_("Hệ thống trung tâm không chấp nhận yêu cầu (lỗi 400): {d}", d=detail))
        self.detail = detail


class TooLargeError(SyncError):
    """The request is larger than the server accepts (413)."""

    def __init__(self) -> None:
        super().__init__(_("Dữ liệu gửi đi lớn hơn mức hệ thống trung tâm cho phép."))


class BlobRejectedError(SyncError):
    """The server refused a blob upload (422: the content does not match its hash)."""

    def __init__(self, sha256: str) -> None:
        super().__init__(_("Hệ thống trung tâm từ chối tệp {h}: nội dung không khớp mã băm.", h=sha256[:12]))


class ReceiptKeyChangedError(SyncError):
    """The server presents a receipt key other than the one pinned at first contact."""

    def __init__(self) -> None:
        super().__init__(_("Khoá ký biên nhận của hệ thống trung tâm đã thay đổi. Đồng bộ đã dừng; quản trị viên "
                           "cần xác minh với Sở trước khi chấp nhận khoá mới."))


class PeerLimitError(SyncError):
    """The server sent more than the client reads, or did not finish a request by its deadline."""

    too_large_answer = False  # True: the answer passed the size limit (else: the deadline passed)

    @classmethod
    def too_large(cls, limit: int) -> PeerLimitError:
        """An answer over `limit` bytes."""
        from hocbaso_desktop.limits import human_size

        error = cls(_("Máy chủ gửi câu trả lời lớn hơn giới hạn {n}; đã ngừng đọc và dừng đồng bộ.",
                      n=human_size(limit)))
        error.too_large_answer = True
        return error

    @classmethod
    def too_slow(cls, seconds: float) -> PeerLimitError:
        """A request not finished within `seconds`."""
        return cls(_("Máy chủ trả lời quá chậm (một yêu cầu quá {s} giây); đã ngắt và dừng đồng bộ.",
                     s=round(seconds)))


class NotConfiguredError(SyncError):
    """No server address or API token is configured."""

    def __init__(self) -> None:
        super().__init__(_("Chưa cấu hình địa chỉ máy chủ hoặc mã truy cập (API token) để đồng bộ. "
                           "Dùng: hocbaso sync configure --server URL --api-token MÃ"))
