"""CKR_* codes map to the right TokenError subclass with a Vietnamese message."""

from __future__ import annotations

import pytest

from hocbaso_desktop.errors import HocbasoError
from hocbaso_desktop.token import errors as err


@pytest.mark.parametrize(("code", "cls"), [
    (err.CKR_PIN_INCORRECT, err.PinIncorrectError),
    (err.CKR_PIN_LEN_RANGE, err.PinFormatError),
    (err.CKR_PIN_LOCKED, err.PinLockedError),
    (err.CKR_DEVICE_REMOVED, err.TokenRemovedError),
    (err.CKR_TOKEN_NOT_PRESENT, err.TokenRemovedError),
    (err.CKR_SESSION_HANDLE_INVALID, err.TokenRemovedError),
    (err.CKR_DEVICE_ERROR, err.TokenRemovedError),
    (err.CKR_TOKEN_NOT_RECOGNIZED, err.TokenNotFoundError),
    (err.CKR_USER_NOT_LOGGED_IN, err.NotLoggedInError),
    (err.CKR_OPERATION_ACTIVE, err.TokenBusyError),
    (err.CKR_KEY_HANDLE_INVALID, err.KeyNotFoundError),
    (err.CKR_CRYPTOKI_ALREADY_INITIALIZED, err.ModuleLoadError),
    (err.CKR_GENERAL_ERROR, err.TokenOperationError),
])
def test_codes_map_to_subclasses_with_vietnamese_text(code: int, cls: type) -> None:
    exc = err.map_ckr(code, "CKR_X")
    assert type(exc) is cls
    assert isinstance(exc, HocbasoError)
    assert any(word in exc.message.lower() for word in ("thiết bị", "pin", "pkcs#11"))


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
