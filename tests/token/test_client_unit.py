"""TokenClient.login decisions in isolation: the worker call is replaced by a recording fake.

SoftHSM never sets CKF_USER_PIN_FINAL_TRY / LOCKED and has no PIN pad (engineering notes §4.4), so
those paths are checked here against the client's own logic.
"""

from __future__ import annotations

from typing import Any

import pytest

from hocbaso_desktop.token import PinFinalTryError, PinIncorrectError, PinLockedError, TokenClient, TokenInfo
from hocbaso_desktop.token import errors as err
from hocbaso_desktop.token.client import PIN_PAD_TIMEOUT
from hocbaso_desktop.token.types import (
    CKF_PROTECTED_AUTHENTICATION_PATH,
    CKF_USER_PIN_FINAL_TRY,
    CKF_USER_PIN_LOCKED,
)


class _RecordingClient(TokenClient):
    """A client whose worker is a script: token flags in, calls recorded."""

    def __init__(self, flags: int, login_result: int | None = None) -> None:
        super().__init__("/nonexistent.so")
        self.flags = flags
        self.login_result = login_result
        self.calls: list[tuple[str, tuple[Any, ...], float | None]] = []

    def call(self, op: str, *args: Any, timeout: float | None = None) -> Any:
        self.calls.append((op, args, timeout))
        if op == "token":
            return TokenInfo(7, "VGCA", args[0], "SafeNet", "eToken", self.flags)
        if op == "login" and self.login_result is not None:
            raise err.map_ckr(self.login_result)
        return None


def _ops(client: _RecordingClient) -> list[str]:
    return [op for op, _args, _timeout in client.calls]


def test_final_try_flag_means_no_login_call() -> None:
    client = _RecordingClient(CKF_USER_PIN_FINAL_TRY)
    with pytest.raises(PinFinalTryError):
        client.login("S1", "123456")
    assert "login" not in _ops(client)


def test_locked_flag_means_no_login_call() -> None:
    client = _RecordingClient(CKF_USER_PIN_LOCKED)
    with pytest.raises(PinLockedError):
        client.login("S1", "123456")
    assert "login" not in _ops(client)


def test_pin_pad_login_sends_no_pin_and_waits_long() -> None:
    client = _RecordingClient(CKF_PROTECTED_AUTHENTICATION_PATH)
    client.login("S1", None)
    (login,) = [c for c in client.calls if c[0] == "login"]
    assert login[1] == ("S1", None) and login[2] is not None and login[2] >= PIN_PAD_TIMEOUT


def test_no_pin_without_pin_pad_is_refused_without_trying() -> None:
    client = _RecordingClient(0)
    with pytest.raises(PinIncorrectError, match="Chưa nhập"):
        client.login("S1", None)
    assert "login" not in _ops(client) and client.pin_attempts.failures("S1") == 0


def test_wrong_pin_on_a_token_that_then_reports_final_try() -> None:
    client = _RecordingClient(0, login_result=err.CKR_PIN_INCORRECT)
    with pytest.raises(PinIncorrectError) as info:
        client.login("S1", "000000")
    assert info.value.remaining == 2
    client.flags = CKF_USER_PIN_FINAL_TRY  # the token now says one try is left
    client.login_result = err.CKR_PIN_INCORRECT
    with pytest.raises(PinFinalTryError):
        client.login("S1", "111111")


def test_pin_locked_reply_from_the_token() -> None:
    client = _RecordingClient(0, login_result=err.CKR_PIN_LOCKED)
    with pytest.raises(PinLockedError):
        client.login("S1", "000000")


def test_pin_of_the_wrong_length_is_not_counted_as_a_try() -> None:
    client = _RecordingClient(0, login_result=err.CKR_PIN_LEN_RANGE)
    with pytest.raises(err.PinFormatError):
        client.login("S1", "1")
    assert client.pin_attempts.failures("S1") == 0
