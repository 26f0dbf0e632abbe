"""CSC errors as Vietnamese messages: the `error` code and, where several situations share
`invalid_request`, its `error_description` too (an expired SAD, a disabled credential, too many hashes)."""

from __future__ import annotations

from enum import StrEnum

from hocbaso_desktop.errors import SigningError
from hocbaso_desktop.i18n import _

_MAX_DESCRIPTION = 200


class RemoteFailure(StrEnum):
    """What went wrong with a remote signing service, as the program acts on it."""

    INVALID_PIN = "invalid_pin"
    INVALID_OTP = "invalid_otp"
    PIN_MISSING = "pin_missing"
    OTP_MISSING = "otp_missing"
    SAD_EXPIRED = "sad_expired"
    DISABLED = "disabled"
    UNREACHABLE = "unreachable"
    REFUSED = "refused"
    APPROVAL_EXPIRED = "approval_expired"
    CANCELLED = "cancelled"
    CLIENT = "client"            # the school's service account was refused
    TOKEN = "token"              # the access token expired (log in again)
    PROTOCOL = "protocol"        # an answer the program cannot use
    OTHER = "other"


class RemoteSigningError(SigningError):
    """A remote signing failure with its kind; the message is for the user."""

    def __init__(self, message: str, kind: RemoteFailure) -> None:
        super().__init__(message)
        self.kind = kind


def _kind(error: str, description: str) -> RemoteFailure:
    text = description.lower()
    if error == "invalid_pin":
        return RemoteFailure.INVALID_PIN
    if error == "invalid_otp":
        return RemoteFailure.INVALID_OTP
    if error in ("invalid_token",):
        return RemoteFailure.TOKEN
    if error in ("invalid_client", "unauthorized_client", "authentication_error"):
        return RemoteFailure.CLIENT
    if error == "access_denied":
        return RemoteFailure.REFUSED
    if error == "expired_token":
        return RemoteFailure.APPROVAL_EXPIRED
    if "sad" in text and ("expired" in text or "hết hạn" in text):
        return RemoteFailure.SAD_EXPIRED
    if any(w in text for w in ("disabled", "suspended", "revoked", "locked", "blocked")):
        return RemoteFailure.DISABLED
    return RemoteFailure.OTHER


def message_for(kind: RemoteFailure, *, service: str = "", detail: str = "") -> str:
    """The Vietnamese message for a failure kind."""
    messages = {
        RemoteFailure.INVALID_PIN: _("Mã PIN ký số từ xa không đúng."),
        RemoteFailure.INVALID_OTP: _("Mã OTP không đúng hoặc đã hết hạn."),
        RemoteFailure.PIN_MISSING: _("Chứng thư ký số từ xa cần mã PIN (dòng lệnh: --pin-file)."),
        RemoteFailure.OTP_MISSING: _("Chứng thư ký số từ xa cần mã OTP (dòng lệnh: --otp-file)."),
        RemoteFailure.SAD_EXPIRED: _("Phiên ủy quyền ký (SAD) đã hết hạn trước khi ký xong; hãy ký lại."),
        RemoteFailure.DISABLED: _("Chứng thư số trên dịch vụ ký từ xa đang bị khóa hoặc tạm ngưng; hãy liên hệ nhà "
                                  "cung cấp dịch vụ."),
        RemoteFailure.UNREACHABLE: _("Không kết nối được dịch vụ ký số từ xa “{s}”.", s=service),
        RemoteFailure.REFUSED: _("Yêu cầu ký đã bị từ chối trên điện thoại."),
        RemoteFailure.APPROVAL_EXPIRED: _("Hết thời gian chờ xác nhận trên điện thoại."),
        RemoteFailure.CANCELLED: _("Đã huỷ ký số từ xa."),
        RemoteFailure.CLIENT: _("Dịch vụ ký số từ xa “{s}” từ chối tài khoản kết nối của trường (client id hoặc "
                                "khóa bí mật sai).", s=service),
        RemoteFailure.TOKEN: _("Phiên đăng nhập vào dịch vụ ký số từ xa đã hết hạn."),
        RemoteFailure.PROTOCOL: _("Dịch vụ ký số từ xa trả lời không đúng giao thức CSC: {d}", d=detail),
        RemoteFailure.OTHER: _("Dịch vụ ký số từ xa báo lỗi: {d}", d=detail),
    }
    return messages[kind] + " " + _("Không học bạ nào được ký.")


def from_csc(error: str, description: str, *, service: str = "") -> RemoteSigningError:
    """The error for a CSC `{"error", "error_description"}` answer."""
    error, description = str(error)[:60], str(description)[:_MAX_DESCRIPTION]
    kind = _kind(error, description)
    return RemoteSigningError(message_for(kind, service=service, detail=f"{error} — {description}"), kind)


def failure(kind: RemoteFailure, *, service: str = "", detail: str = "") -> RemoteSigningError:
    """The error for a failure found by the program itself."""
    return RemoteSigningError(message_for(kind, service=service, detail=detail[:_MAX_DESCRIPTION]), kind)
