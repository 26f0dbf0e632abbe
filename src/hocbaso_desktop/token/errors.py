"""Token (PKCS#11) errors and the mapping of CKR_* codes to them, with Vietnamese messages.

    TokenError (hocbaso_desktop.domain.errors)
    ├── ModuleLoadError        the PKCS#11 library is missing, the wrong bitness, or not a PKCS#11 module
    ├── TokenNotFoundError     no token with that serial (or no token at all) is plugged in
    ├── TokenRemovedError      the token was pulled out (or its session was lost) during the work
    ├── PinIncorrectError      wrong PIN; ``remaining`` tries left when known
    │   └── PinFormatError     the PIN's length or characters are refused (not counted as a try)
    ├── PinFinalTryError       refused *before* trying: one try left (token flag or our own count)
    ├── PinLockedError         the PIN is locked; only the issuing CA or administrator can unblock it
    ├── NotLoggedInError       the token needs a PIN before it can sign
    ├── KeyNotFoundError       no private key matches the certificate's CKA_ID or public key
    ├── TokenTimeoutError      a call did not return in time; the worker was killed and will restart
    ├── TokenBusyError         the token or the worker is busy with another operation
    ├── TokenWorkerError       the worker process died or reported an internal error (a bug or a crashing DLL)
    └── TokenOperationError    any other CKR_* failure (the code is kept in ``ckr``)
"""

from __future__ import annotations

from hocbaso_desktop.domain.errors import TokenError
from hocbaso_desktop.domain.i18n import _

__all__ = [
    "KeyNotFoundError",
    "ModuleLoadError",
    "NotLoggedInError",
    "PinFinalTryError",
    "PinFormatError",
    "PinIncorrectError",
    "PinLockedError",
    "TokenBusyError",
    "TokenError",
    "TokenNotFoundError",
    "TokenOperationError",
    "TokenRemovedError",
    "TokenTimeoutError",
    "TokenWorkerError",
    "map_ckr",
    "module_load_error",
]


class ModuleLoadError(TokenError):
    """The PKCS#11 module cannot be loaded (missing file, wrong bitness, not a PKCS#11 library)."""


class TokenNotFoundError(TokenError):
    """No token with the requested serial is present."""


class TokenRemovedError(TokenError):
    """The token was removed, or its session became invalid, during an operation."""


class PinIncorrectError(TokenError):
    """The PIN was wrong; `remaining` is the number of tries left when known."""

    def __init__(self, message: str, *, remaining: int | None = None) -> None:
        super().__init__(message)
        self.remaining = remaining


class PinFormatError(PinIncorrectError):
    """The token rejected the PIN's length or characters (CKR_PIN_LEN_RANGE / CKR_PIN_INVALID); not a try."""


class PinFinalTryError(TokenError):
    """A login was refused without being attempted: only the final try is left."""

    def __init__(self, message: str, *, remaining: int | None = 1) -> None:
        super().__init__(message)
        self.remaining = remaining


class PinLockedError(TokenError):
    """The token's user PIN is locked."""


class NotLoggedInError(TokenError):
    """The token needs a login (PIN) before this operation."""


class KeyNotFoundError(TokenError):
    """No private key on the token matches the certificate."""


class KeyCannotDecryptError(TokenError):
    """The key on the token may only sign (CKA_DECRYPT false), or the token has no RSA-OAEP."""


class TokenTimeoutError(TokenError):
    """A token call did not finish in time; the worker process was killed."""


class TokenBusyError(TokenError):
    """The token (or the worker) is busy with another operation."""


class TokenWorkerError(TokenError):
    """The token worker process died or failed unexpectedly."""


class TokenOperationError(TokenError):
    """Any other PKCS#11 failure; `ckr` holds the CKR_* code."""

    def __init__(self, message: str, *, ckr: int | None = None) -> None:
        super().__init__(message)
        self.ckr = ckr


# CKR_* codes (PKCS#11 v2.40 §11.1); kept here so this module needs no PyKCS11 import.
CKR_GENERAL_ERROR = 0x05
CKR_FUNCTION_FAILED = 0x06
CKR_DEVICE_ERROR = 0x30
CKR_DEVICE_MEMORY = 0x31
CKR_DEVICE_REMOVED = 0x32
CKR_FUNCTION_CANCELED = 0x50
CKR_KEY_HANDLE_INVALID = 0x60
CKR_KEY_TYPE_INCONSISTENT = 0x63
CKR_KEY_FUNCTION_NOT_PERMITTED = 0x68
CKR_MECHANISM_INVALID = 0x70
CKR_OBJECT_HANDLE_INVALID = 0x82
CKR_OPERATION_ACTIVE = 0x90
CKR_PIN_INCORRECT = 0xA0
CKR_PIN_INVALID = 0xA1
CKR_PIN_LEN_RANGE = 0xA2
CKR_PIN_EXPIRED = 0xA3
CKR_PIN_LOCKED = 0xA4
CKR_SESSION_CLOSED = 0xB0
CKR_SESSION_COUNT = 0xB1
CKR_SESSION_HANDLE_INVALID = 0xB3
CKR_SESSION_EXISTS = 0xB6
CKR_SLOT_ID_INVALID = 0x03
CKR_TOKEN_NOT_PRESENT = 0xE0
CKR_TOKEN_NOT_RECOGNIZED = 0xE1
CKR_USER_ALREADY_LOGGED_IN = 0x100
CKR_USER_NOT_LOGGED_IN = 0x101
CKR_USER_PIN_NOT_INITIALIZED = 0x102
CKR_USER_TYPE_INVALID = 0x103
CKR_USER_ANOTHER_ALREADY_LOGGED_IN = 0x104
CKR_CRYPTOKI_NOT_INITIALIZED = 0x190
CKR_CRYPTOKI_ALREADY_INITIALIZED = 0x191

_REMOVED = {CKR_DEVICE_REMOVED, CKR_TOKEN_NOT_PRESENT, CKR_DEVICE_ERROR, CKR_SLOT_ID_INVALID,
            CKR_SESSION_HANDLE_INVALID, CKR_SESSION_CLOSED}


def map_ckr(code: int, name: str = "", *, remaining: int | None = None) -> TokenError:
    """Return the `TokenError` for a CKR_* `code` (``name`` is its symbolic name, kept for logs)."""
    label = name or f"0x{code:08X}"
    if code == CKR_PIN_INCORRECT:
        if remaining is not None:
            return PinIncorrectError(_("Sai mã PIN. Còn {n} lần thử.", n=remaining), remaining=remaining)
        return PinIncorrectError(_("Sai mã PIN."))
    if code in (CKR_PIN_INVALID, CKR_PIN_LEN_RANGE):
        return PinFormatError(_("Mã PIN không hợp lệ (sai độ dài hoặc có ký tự không được phép)."),
                              remaining=remaining)
    if code == CKR_PIN_LOCKED:
        return PinLockedError(_("Mã PIN của thiết bị ký đã bị khóa. Hãy liên hệ nhà cung cấp chứng thư số "
                                "hoặc quản trị viên để mở khóa."))
    if code == CKR_PIN_EXPIRED:
        return PinLockedError(_("Mã PIN của thiết bị ký đã hết hạn; hãy đổi mã PIN bằng phần mềm của nhà "
                                "cung cấp."))
    if code == CKR_USER_PIN_NOT_INITIALIZED:
        return PinLockedError(_("Thiết bị ký chưa được đặt mã PIN người dùng."))
    if code in (CKR_DEVICE_REMOVED, CKR_TOKEN_NOT_PRESENT):
        return TokenRemovedError(_("Thiết bị ký (USB token) đã bị rút ra. Hãy cắm lại và thử lại."))
    if code in (CKR_SESSION_HANDLE_INVALID, CKR_SESSION_CLOSED):
        return TokenRemovedError(_("Phiên làm việc với thiết bị ký đã bị đóng. Hãy đăng nhập lại (nhập PIN)."))
    if code == CKR_DEVICE_ERROR:
        return TokenRemovedError(_("Thiết bị ký báo lỗi phần cứng. Hãy rút ra, cắm lại và thử lại."))
    if code == CKR_SLOT_ID_INVALID:
        return TokenNotFoundError(_("Không tìm thấy khe cắm của thiết bị ký."))
    if code == CKR_TOKEN_NOT_RECOGNIZED:
        return TokenNotFoundError(_("Phần mềm thiết bị ký (thư viện PKCS#11) không nhận ra thiết bị này. Hãy "
                                    "chọn đúng phần mềm của nhà cung cấp."))
    if code == CKR_USER_NOT_LOGGED_IN:
        return NotLoggedInError(_("Cần đăng nhập thiết bị ký (nhập PIN) trước khi ký."))
    if code == CKR_USER_ANOTHER_ALREADY_LOGGED_IN:
        return TokenBusyError(_("Thiết bị ký đang được một người dùng khác đăng nhập."))
    if code in (CKR_OPERATION_ACTIVE, CKR_SESSION_COUNT):
        return TokenBusyError(_("Thiết bị ký đang bận với thao tác khác. Hãy thử lại sau."))
    if code == CKR_FUNCTION_CANCELED:
        return TokenOperationError(_("Thao tác trên thiết bị ký đã bị hủy."), ckr=code)
    if code in (CKR_KEY_HANDLE_INVALID, CKR_OBJECT_HANDLE_INVALID):
        return KeyNotFoundError(_("Không tìm thấy khóa bí mật trên thiết bị ký."))
    if code in (CKR_KEY_TYPE_INCONSISTENT, CKR_KEY_FUNCTION_NOT_PERMITTED, CKR_MECHANISM_INVALID):
        return TokenOperationError(_("Khóa trên thiết bị ký không dùng được để ký ({code}).", code=label),
                                   ckr=code)
    if code == CKR_DEVICE_MEMORY:
        return TokenOperationError(_("Thiết bị ký hết bộ nhớ."), ckr=code)
    if code in (CKR_CRYPTOKI_NOT_INITIALIZED, CKR_CRYPTOKI_ALREADY_INITIALIZED):
        return ModuleLoadError(_("Phần mềm thiết bị ký (thư viện PKCS#11) chưa sẵn sàng ({code}). Hãy đóng các "
                                 "phần mềm ký khác và thử lại.", code=label))
    return TokenOperationError(_("Thiết bị ký báo lỗi {code}.", code=label), ckr=code)


# PyKCS11's own codes for a library it cannot use (PyKCS11/src/pykcs11.h): dlopen failed, no C_GetFunctionList.
PYKCS11_LOAD_FAILED = -1
PYKCS11_NO_FUNCTION_LIST = -4


def module_load_error(path: str, code: int, detail: str) -> ModuleLoadError:
    """The message for a module that the worker could not load (`code` from PyKCS11 or C_Initialize)."""
    if code == PYKCS11_NO_FUNCTION_LIST:
        return ModuleLoadError(_("Tệp {path} nạp được nhưng không phải phần mềm thiết bị ký (thư viện PKCS#11, "
                                 "không có hàm C_GetFunctionList). Hãy chọn đúng tệp của nhà cung cấp thiết bị ký.",
                                 path=path))
    if code >= 0 and "opencryptoki" in path.lower():
        return ModuleLoadError(_("Thư viện openCryptoki {path} không khởi động được ({code}): dịch vụ pkcsslotd "
                                 "chưa chạy. Hãy khởi động dịch vụ (systemctl start pkcsslotd) rồi thử lại.",
                                 path=path, code=f"0x{code:08X}"))
    if code >= 0:
        return ModuleLoadError(_("Phần mềm thiết bị ký (thư viện PKCS#11) {path} nạp được nhưng không khởi động được (C_Initialize báo "
                                 "{code}). Dịch vụ hoặc trình điều khiển đi kèm thiết bị ký có thể chưa chạy; hãy "
                                 "cài lại hoặc khởi động phần mềm của nhà cung cấp.", path=path,
                                 code=f"0x{code:08X}"))
    return ModuleLoadError(_("Không nạp được phần mềm thiết bị ký {path}: tệp không hợp lệ (không phải thư viện "
                             "PKCS#11) hoặc thiếu thư viện đi kèm ({detail}).", path=path, detail=detail))


def is_removal(code: int) -> bool:
    """Whether `code` means the token or its session is gone (re-enumerate before the next call)."""
    return code in _REMOVED
