"""The key file's real key-derivation parameters (the rest of the suite runs with light ones)."""

from __future__ import annotations

import secrets

import pytest
from tests.conftest import REAL_DEFAULT_KDF, TEST_KDF

from hocbaso_desktop.domain.errors import WrongPasswordError
from hocbaso_desktop.storage import keyfile


def test_the_program_derives_with_argon2id_t3_64mib_p2():
    assert REAL_DEFAULT_KDF == {"t": 3, "m": 65536, "p": 2}
    assert keyfile.DEFAULT_KDF == TEST_KDF  # inside the suite only (tests/conftest.py)


def test_a_wrap_with_the_real_parameters_opens_with_the_password_only():
    data_key = secrets.token_bytes(32)
    wrap = keyfile.wrap_key(data_key, "gv.lan", "mật-khẩu-đủ-dài", REAL_DEFAULT_KDF)
    assert wrap.kdf == REAL_DEFAULT_KDF
    assert keyfile.unwrap_key(keyfile.Wrap.from_json(wrap.to_json()), "gv.lan", "mật-khẩu-đủ-dài") == data_key
    with pytest.raises(WrongPasswordError):
        keyfile.unwrap_key(wrap, "gv.lan", "mật-khẩu-sai")
    with pytest.raises(WrongPasswordError):
        keyfile.unwrap_key(wrap, "gv.khac", "mật-khẩu-đủ-dài")  # bound to the user (AAD)
