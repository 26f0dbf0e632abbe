"""The worker protocol and the process boundary (PyKCS11 and Qt never in the app process)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from hocbaso_desktop.token import TokenClient, TokenWorkerError
from tests.fixtures.softhsm import SoftHsmSet


def test_importing_the_token_package_loads_neither_pykcs11_nor_qt() -> None:
    code = ("import sys, hocbaso_desktop.token, hocbaso_desktop.cli.token_cmds; "
            "print('PyKCS11' in sys.modules, 'PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


@pytest.mark.token
def test_unknown_and_test_only_operations_are_refused(token_client: TokenClient) -> None:
    with pytest.raises(TokenWorkerError, match="Lỗi nội bộ"):
        token_client.call("debug_sleep", 0)  # test operations are off unless asked for
    with pytest.raises(TokenWorkerError):
        token_client.call("init_token", "X", "1", "2")  # provisioning is off too
    assert token_client.call("ping") == token_client.worker_pid


@pytest.mark.token
def test_worker_env_is_its_own(softhsm_tokens: SoftHsmSet, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOFTHSM2_CONF", raising=False)
    with softhsm_tokens.client() as client:
        assert len(client.list_tokens()) == 3
    assert "SOFTHSM2_CONF" not in os.environ


def test_the_worker_starts_without_cryptography_or_the_token_face() -> None:
    # The worker starts for every batch: it loads PyKCS11 and the error texts, not certificate parsing
    code = ("import sys, hocbaso_desktop.token.worker; "
            "print(sorted(m for m in ('cryptography', 'hocbaso_desktop.token.client', 'hocbaso_desktop.token.demo_pki')"
            " if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
