"""CSC errors as Vietnamese messages: the `error` code and, where several situations share
`invalid_request`, its `error_description` too.

The descriptions are those of the specification's error tables (CSC API v2.0.0.2 §11): "SAD expired",
"Numbers of signatures is too high", "Credential locked" / "PIN locked", "The credential identified by
credentialID is disabled", "Signing certificate … is expired". A wrong PIN comes three ways: `invalid_pin`
(1.0.4.0), `invalid_request` "The PIN is invalid" (implementations that answer every error with invalid_request)
and `invalid_authentication_data` (2.x, PIN and OTP not told apart: the client tells them apart by what the
credential asks for)."""

from __future__ import annotations

import re
from enum import StrEnum

from hocbaso_desktop.domain.errors import SigningError
from hocbaso_desktop.domain.i18n import _

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
    AUTH_DATA = "auth_data"      # PIN or OTP wrong (invalid_authentication_data)
    LOCKED = "locked"            # too many wrong PINs: the service locked the credential
    TOO_MANY = "too_many"        # more signatures than the service allows in one authorization
    CERT_EXPIRED = "cert_expired"
    CLIENT = "client"            # the school's service account was refused
    TOKEN = "token"              # the access token expired (log in again)
    PROTOCOL = "protocol"        # an answer the program cannot use
    OTHER = "other"


class RemoteSigningError(SigningError):
    """A remote signing failure with its kind; the message is for the user."""

    def __init__(self, message: str, kind: RemoteFailure) -> None:
        super().__init__(message)
        self.kind = kind


def _says(text: str, *words: str) -> bool:
    """Whether the description has every one of these words (whole words: "blocked" is not "locked")."""
    return all(re.search(rf"\b{w}\b", text) for w in words)


def _kind(error: str, description: str) -> RemoteFailure:
    text = description.lower()
    if _says(text, "locked") or "bị khóa" in text:
        return RemoteFailure.LOCKED
    if error == "invalid_pin" or (error == "invalid_request" and _says(text, "pin", "invalid")):
        return RemoteFailure.INVALID_PIN
    if error == "invalid_otp" or (error == "invalid_request" and _says(text, "otp", "invalid")):
        return RemoteFailure.INVALID_OTP
    if error == "invalid_authentication_data":
        return RemoteFailure.AUTH_DATA
    simple = {"invalid_token": RemoteFailure.TOKEN, "invalid_client": RemoteFailure.CLIENT,
              "unauthorized_client": RemoteFailure.CLIENT, "authentication_error": RemoteFailure.CLIENT,
              "access_denied": RemoteFailure.REFUSED, "expired_token": RemoteFailure.APPROVAL_EXPIRED,
              "invalid_grant": RemoteFailure.APPROVAL_EXPIRED,
              "temporarily_unavailable": RemoteFailure.UNREACHABLE, "server_error": RemoteFailure.UNREACHABLE}
    if error in simple:
        return simple[error]
    if _says(text, "sad") and (_says(text, "expired") or "hết hạn" in text):
        return RemoteFailure.SAD_EXPIRED
    if _says(text, "certificate") and _says(text, "expired"):
        return RemoteFailure.CERT_EXPIRED
    if any(w in text for w in ("disabled", "suspended", "revoked", "blocked")):
        return RemoteFailure.DISABLED
    if "too high" in text or "multisign" in text:
        return RemoteFailure.TOO_MANY
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
        RemoteFailure.UNREACHABLE: _("Không kết nối được dịch vụ ký số từ xa “{s}” (hoặc dịch vụ tạm thời không "
                                     "phục vụ).", s=service),
        RemoteFailure.REFUSED: _("Yêu cầu ký đã bị từ chối trên điện thoại."),
        RemoteFailure.APPROVAL_EXPIRED: _("Hết thời gian chờ xác nhận trên điện thoại."),
        RemoteFailure.CANCELLED: _("Đã huỷ ký số từ xa."),
        RemoteFailure.AUTH_DATA: _("Mã PIN hoặc mã OTP ký số từ xa không đúng."),
        RemoteFailure.LOCKED: _("Chứng thư ký số từ xa đã bị khóa (nhập sai mã PIN/OTP quá số lần cho phép); hãy "
                                "liên hệ nhà cung cấp dịch vụ để mở khóa."),
        RemoteFailure.TOO_MANY: _("Dịch vụ ký số từ xa từ chối số chữ ký trong một lần ủy quyền (vượt giới hạn "
                                  "multisign mà dịch vụ công bố); hãy báo quản trị viên."),
        RemoteFailure.CERT_EXPIRED: _("Chứng thư số trên dịch vụ ký từ xa đã hết hạn; hãy gia hạn rồi nhờ quản trị "
                                      "viên đăng ký lại (hocbaso certs bind --remote)."),
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
