"""Creating SoftHSM2 tokens: own configuration, several tokens per directory, copies keep serials."""

from __future__ import annotations

from pathlib import Path

import pytest

from hocbaso_desktop.token import DEMO_USER_PIN, DemoPki, TokenClient, create_softhsm_token
from hocbaso_desktop.token.softhsm import copy_softhsm_dir
from tests.fixtures.softhsm import require_softhsm

pytestmark = pytest.mark.token


def test_two_tokens_in_one_directory_and_a_copy(tmp_path: Path, demo_pki: DemoPki) -> None:
    require_softhsm()
    person = demo_pki.people["condau"]
    first = create_softhsm_token(tmp_path / "a", "Mot", keys=[(b"\x07", person.private_key, person.certificate_der)])
    second = create_softhsm_token(tmp_path / "a", "Hai")
    assert first.conf_path == second.conf_path and first.serial != second.serial
    assert "tokens" in first.conf_path.read_text() and "SOFTHSM2_CONF" in first.env
    assert "123456" not in repr(first)
    conf = copy_softhsm_dir(tmp_path / "a", tmp_path / "b")
    with TokenClient(first.module_path, env={"SOFTHSM2_CONF": str(conf)}) as client:
        assert {t.label: t.serial for t in client.list_tokens()} == {"Mot": first.serial, "Hai": second.serial}
        (cert,) = client.list_certificates(first.serial)
        assert cert.key_id == b"\x07" and cert.label == "07"
        assert client.list_certificates(second.serial) == []
        client.login(second.serial, DEMO_USER_PIN)
