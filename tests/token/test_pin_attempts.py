"""The login decision (final try, lock, own count) and the persisted failure counter."""

from __future__ import annotations

from pathlib import Path

import pytest

from hocbaso_desktop.token import (
    JsonFileAttemptStore,
    PinAttemptCounter,
    PinFinalTryError,
    PinLockedError,
    TokenInfo,
    check_login_allowed,
)
from hocbaso_desktop.token.types import CKF_USER_PIN_COUNT_LOW, CKF_USER_PIN_FINAL_TRY, CKF_USER_PIN_LOCKED


def _token(flags: int = 0) -> TokenInfo:
    return TokenInfo(slot=1, label="VGCA", serial="S1", manufacturer="SafeNet", model="eToken", flags=flags)


def test_final_try_flag_refuses_even_with_no_failures_counted() -> None:
    with pytest.raises(PinFinalTryError) as info:
        check_login_allowed(_token(CKF_USER_PIN_FINAL_TRY | CKF_USER_PIN_COUNT_LOW), failures=0)
    assert info.value.remaining == 1
    assert "chỉ còn 1 lần thử" in info.value.message


def test_locked_flag_refuses() -> None:
    with pytest.raises(PinLockedError, match="đã bị khóa"):
        check_login_allowed(_token(CKF_USER_PIN_LOCKED), failures=0)


def test_own_count_stops_before_the_last_try() -> None:
    assert check_login_allowed(_token(), failures=0, max_tries=3) == 3
    assert check_login_allowed(_token(CKF_USER_PIN_COUNT_LOW), failures=1, max_tries=3) == 2
    with pytest.raises(PinFinalTryError):
        check_login_allowed(_token(), failures=2, max_tries=3)
    assert check_login_allowed(_token(), failures=2, max_tries=5) == 3


def test_counter_persists_in_a_json_file_and_resets(tmp_path: Path) -> None:
    counter = PinAttemptCounter(JsonFileAttemptStore(tmp_path))
    assert counter.record_failure("S1") == 1
    assert counter.record_failure("S1") == 2
    counter.record_failure("S2")
    again = PinAttemptCounter(JsonFileAttemptStore(tmp_path))
    assert again.failures("S1") == 2 and again.failures("S2") == 1
    assert again.remaining(_token()) == 1
    assert again.remaining(_token(CKF_USER_PIN_FINAL_TRY)) == 1
    again.reset("S1")
    assert PinAttemptCounter(JsonFileAttemptStore(tmp_path)).failures("S1") == 0
    assert "1234" not in (tmp_path / "pin_attempts.json").read_text()
