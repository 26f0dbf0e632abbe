"""The token layer against tokens made outside the program: an always-authenticate key, a library that is
not PKCS#11, a module whose daemon is down, a token without any certificate object."""

from __future__ import annotations

import _ctypes
import os
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from hocbaso_desktop.token import ModuleLoadError, NotLoggedInError, TokenClient
from tests.fixtures.opencryptoki import daemon_pid, system_token_lock
from tests.fixtures.real_pki import PEOPLE, SO_PIN, SOFTHSM, USER_PIN

OPENCRYPTOKI = "/usr/lib/x86_64-linux-gnu/pkcs11/libopencryptoki.so"
pytestmark = pytest.mark.token


def test_always_authenticate_key_signs_a_batch_with_one_pin(real_pki):
    key_id = bytes.fromhex(PEOPLE["seal"][1])
    serial = real_pki.serials["seal"]
    cert = x509.load_pem_x509_certificate(real_pki.cert_pem("seal").read_bytes())
    with TokenClient(SOFTHSM, env=real_pki.env) as client:
        with pytest.raises(NotLoggedInError):
            client.sign(serial, key_id, b"before login")
        client.login(serial, USER_PIN)
        for n in range(3):        # each signature needs CKU_CONTEXT_SPECIFIC; the batch's PIN is given again
            data = f"hoc ba {n}".encode()
            cert.public_key().verify(client.sign(serial, key_id, data), data, padding.PKCS1v15(), hashes.SHA256())
        client.logout(serial)
        with pytest.raises(NotLoggedInError):          # the PIN went with the logout: nothing signs any more
            client.sign(serial, key_id, b"after logout")


def test_a_library_that_is_not_pkcs11_says_so():
    # A real shared library of this machine (Python's own _ctypes) that has no C_GetFunctionList.
    with TokenClient(_ctypes.__file__) as client, pytest.raises(ModuleLoadError, match="C_GetFunctionList"):
        client.list_tokens()


def test_opencryptoki_without_its_daemon_names_the_daemon():
    if not Path(OPENCRYPTOKI).is_file():
        pytest.skip(f"opencryptoki is not installed ({OPENCRYPTOKI}; Debian package opencryptoki)")
    with system_token_lock():
        if daemon_pid() is not None:
            pytest.skip("pkcsslotd is running on this machine: the daemon-down case cannot be shown")
        with TokenClient(OPENCRYPTOKI) as client, pytest.raises(ModuleLoadError, match="pkcsslotd"):
            client.list_tokens()


def test_token_with_a_key_but_no_certificate_object(demo_school, real_pki, tmp_path):
    from tests.cli.test_school_cmds import hocbaso, no_traceback

    env = {**os.environ, **real_pki.env}
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", "ChiCoKhoa", "--so-pin", SO_PIN, "--pin",
                    USER_PIN], env=env, check=True, capture_output=True)
    key = real_pki.directory / "principal.p8.pem"
    subprocess.run(["softhsm2-util", "--import", str(key), "--token", "ChiCoKhoa", "--label", "khoa", "--id", "09",
                    "--pin", USER_PIN], env=env, check=True, capture_output=True)
    with TokenClient(SOFTHSM, env=real_pki.env) as client:
        serial = next(t.serial for t in client.list_tokens() if t.label == "ChiCoKhoa")
    result = hocbaso("certs", "bind", "--user", "hieutruong", "--role", "principal", "--module", SOFTHSM,
                     "--token-serial", serial, "--db", str(demo_school.path),
                     extra_env={**real_pki.env, "HOCBASO_USER": "quantri"})
    no_traceback(result)
    assert result.returncode == 3 and "không có đối tượng chứng thư" in result.stderr
