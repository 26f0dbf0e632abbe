"""A school's seal certificate carries the school's full name, often long: the certificate screen shows it whole
(wrapped), never cut (issue 15). The token and its certificate are made by openssl and softhsm2-util only."""

from __future__ import annotations

import os

import pytest

from hocbaso_desktop.ui.certificates_view import CertificatesPage
from hocbaso_desktop.ui.start_window import sign_in
from tests.fixtures.real_pki import (
    SO_PIN,
    SOFTHSM,
    USER_PIN,
    _conf,
    _issue,
    _make_cas,
    _run,
    require_real_pki_tools,
)
from tests.ui.conftest import LONG_SEAL, cut_cells, run_op

pytestmark = pytest.mark.token
KEY_ID = "5f3a9c0e7b21d4486a1c93e07fb2d5c6a8e41b97"  # 20 bytes, the SHA-1 of the public key, as vendors' tokens set it


@pytest.fixture
def long_named_seal(tmp_path):
    """A seal token whose certificate names a school with a long name."""
    require_real_pki_tools()
    folder = tmp_path / "pki"
    folder.mkdir()
    _make_cas(folder)
    tokens = tmp_path / "tokens"
    env = {**os.environ, "SOFTHSM2_CONF": str(_conf(tokens))}
    _issue(folder, "seal", f"/C=VN/O={LONG_SEAL}/CN={LONG_SEAL}")
    _run("softhsm2-util", "--init-token", "--free", "--label", "ConDau", "--so-pin", SO_PIN, "--pin", USER_PIN,
         cwd=folder, env=env)
    _run("openssl", "pkcs8", "-topk8", "-nocrypt", "-in", "seal.key", "-out", "seal.p8.pem", cwd=folder)
    _run("softhsm2-util", "--import", "seal.p8.pem", "--token", "ConDau", "--label", "seal", "--id", KEY_ID,
         "--pin", USER_PIN, cwd=folder, env=env)
    _run("pkcs11-tool", "--module", SOFTHSM, "--token-label", "ConDau", "--login", "--pin", USER_PIN,
         "--write-object", "seal.der", "--type", "cert", "--id", KEY_ID, "--label", "seal", cwd=folder, env=env)
    return {"SOFTHSM2_CONF": env["SOFTHSM2_CONF"]}


def test_a_long_seal_name_is_shown_whole(qtbot, backend, demo_school, long_named_seal, program_font):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "quantri", demo_school.password))
    page = CertificatesPage(backend, who, token_env=long_named_seal)
    qtbot.addWidget(page)
    page.resize(1024 - 240, 700)                     # a 1024×768 school PC's window less the navigation list
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.refresh()
    page.module.setText(SOFTHSM)
    with qtbot.waitSignal(page.tokens_read, timeout=90000):
        page.read_tokens()
    assert [page.certificates.item(0, c).text() for c in (1, 2)] == [LONG_SEAL, "CA Cấp Dưới Ngoài Đời"]
    # the rows grow to their wrapped text once the view has laid itself out (later under load)
    qtbot.waitUntil(lambda: cut_cells(page.certificates) == [], timeout=5000)
