"""CKR_* codes map to the right TokenError subclass with a Vietnamese message."""

from __future__ import annotations

import pytest

from hocbaso_desktop.domain.errors import HocbasoError
from hocbaso_desktop.token import errors as err


@pytest.mark.parametrize(("code", "cls", "message"), [
    (err.CKR_PIN_INCORRECT, err.PinIncorrectError, "Sai mã PIN."),
    (err.CKR_PIN_LEN_RANGE, err.PinFormatError, "Mã PIN không hợp lệ (sai độ dài hoặc có ký tự không được phép)."),
    (err.CKR_PIN_LOCKED, err.PinLockedError,
     "Mã PIN của thiết bị ký đã bị khóa. Hãy liên hệ nhà cung cấp chứng thư số hoặc quản trị viên để mở khóa."),
    (err.CKR_DEVICE_REMOVED, err.TokenRemovedError, "Thiết bị ký (USB token) đã bị rút ra. Hãy cắm lại và thử lại."),
    (err.CKR_TOKEN_NOT_PRESENT, err.TokenRemovedError, "Thiết bị ký (USB token) đã bị rút ra. Hãy cắm lại và thử lại."),
    (err.CKR_SESSION_HANDLE_INVALID, err.TokenRemovedError,
     "Phiên làm việc với thiết bị ký đã bị đóng. Hãy đăng nhập lại (nhập PIN)."),
    (err.CKR_DEVICE_ERROR, err.TokenRemovedError, "Thiết bị ký báo lỗi phần cứng. Hãy rút ra, cắm lại và thử lại."),
    (err.CKR_TOKEN_NOT_RECOGNIZED, err.TokenNotFoundError,
     "Phần mềm thiết bị ký (thư viện PKCS#11) không nhận ra thiết bị này. Hãy chọn đúng phần mềm của nhà cung cấp."),
    (err.CKR_USER_NOT_LOGGED_IN, err.NotLoggedInError, "Cần đăng nhập thiết bị ký (nhập PIN) trước khi ký."),
    (err.CKR_OPERATION_ACTIVE, err.TokenBusyError, "Thiết bị ký đang bận với thao tác khác. Hãy thử lại sau."),
    (err.CKR_KEY_HANDLE_INVALID, err.KeyNotFoundError, "Không tìm thấy khóa bí mật trên thiết bị ký."),
    (err.CKR_CRYPTOKI_ALREADY_INITIALIZED, err.ModuleLoadError,
     "Phần mềm thiết bị ký (thư viện PKCS#11) chưa sẵn sàng (CKR_X). Hãy đóng các phần mềm ký khác và thử lại."),
    (err.CKR_GENERAL_ERROR, err.TokenOperationError, "Thiết bị ký báo lỗi CKR_X."),
    (err.CKR_PIN_INVALID, err.PinFormatError, "Mã PIN không hợp lệ (sai độ dài hoặc có ký tự không được phép)."),
    (err.CKR_PIN_EXPIRED, err.PinLockedError,
     "Mã PIN của thiết bị ký đã hết hạn; hãy đổi mã PIN bằng phần mềm của nhà cung cấp."),
    (err.CKR_USER_PIN_NOT_INITIALIZED, err.PinLockedError, "Thiết bị ký chưa được đặt mã PIN người dùng."),
    (err.CKR_SESSION_CLOSED, err.TokenRemovedError,
     "Phiên làm việc với thiết bị ký đã bị đóng. Hãy đăng nhập lại (nhập PIN)."),
    (err.CKR_SLOT_ID_INVALID, err.TokenNotFoundError, "Không tìm thấy khe cắm của thiết bị ký."),
    (err.CKR_USER_ANOTHER_ALREADY_LOGGED_IN, err.TokenBusyError, "Thiết bị ký đang được một người dùng khác đăng nhập."),
    (err.CKR_SESSION_COUNT, err.TokenBusyError, "Thiết bị ký đang bận với thao tác khác. Hãy thử lại sau."),
    (err.CKR_FUNCTION_CANCELED, err.TokenOperationError, "Thao tác trên thiết bị ký đã bị hủy."),
    (err.CKR_OBJECT_HANDLE_INVALID, err.KeyNotFoundError, "Không tìm thấy khóa bí mật trên thiết bị ký."),
    (err.CKR_KEY_TYPE_INCONSISTENT, err.TokenOperationError, "Khóa trên thiết bị ký không dùng được để ký (CKR_X)."),
    (err.CKR_KEY_FUNCTION_NOT_PERMITTED, err.TokenOperationError,
     "Khóa trên thiết bị ký không dùng được để ký (CKR_X)."),
    (err.CKR_MECHANISM_INVALID, err.TokenOperationError, "Khóa trên thiết bị ký không dùng được để ký (CKR_X)."),
    (err.CKR_DEVICE_MEMORY, err.TokenOperationError, "Thiết bị ký hết bộ nhớ."),
    (err.CKR_CRYPTOKI_NOT_INITIALIZED, err.ModuleLoadError,
     "Phần mềm thiết bị ký (thư viện PKCS#11) chưa sẵn sàng (CKR_X). Hãy đóng các phần mềm ký khác và thử lại."),
])
def test_codes_map_to_subclasses_with_vietnamese_text(code: int, cls: type, message: str) -> None:
    exc = err.map_ckr(code, "CKR_X")
    assert type(exc) is cls
    assert isinstance(exc, HocbasoError)
    assert exc.message == message
    if cls is err.TokenOperationError:   # an error without a class of its own keeps its code for support
        assert exc.ckr == code


def test_wrong_pin_message_says_how_many_tries_remain() -> None:
    exc = err.map_ckr(err.CKR_PIN_INCORRECT, remaining=2)
    assert isinstance(exc, err.PinIncorrectError)
    assert exc.remaining == 2
    assert exc.message == "Sai mã PIN. Còn 2 lần thử."


def test_unknown_code_keeps_the_code_for_support() -> None:
    exc = err.map_ckr(0x80000123)
    assert isinstance(exc, err.TokenOperationError)
    assert exc.ckr == 0x80000123
    assert "0x80000123" in exc.message


def test_removal_codes_are_recognised() -> None:
    assert err.is_removal(err.CKR_DEVICE_REMOVED)
    assert err.is_removal(err.CKR_SESSION_CLOSED)
    assert not err.is_removal(err.CKR_PIN_INCORRECT)
