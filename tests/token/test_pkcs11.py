"""Worker-side PKCS#11 behaviour on SoftHSM2: key matching, removal, invalid sessions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from hocbaso_desktop.token import (
    DEMO_USER_PIN,
    DemoPki,
    NotLoggedInError,
    SoftHsmKey,
    TokenClient,
    TokenRemovedError,
    create_softhsm_token,
)
from hocbaso_desktop.token.softhsm import copy_softhsm_dir
from tests.fixtures.softhsm import KEY_IDS, SoftHsmSet, require_softhsm

pytestmark = pytest.mark.token


def _verify(cert_der: bytes, signature: bytes, data: bytes) -> None:
    x509.load_der_x509_certificate(cert_der).public_key().verify(signature, data, padding.PKCS1v15(),
                                                                 hashes.SHA256())


def test_key_is_matched_by_cka_id_or_public_key_never_by_label(tmp_path: Path, demo_pki: DemoPki) -> None:
    require_softhsm()
    teacher, principal, seal = (demo_pki.people[k] for k in ("giaovien", "hieutruong", "condau"))
    # Labels swapped on purpose (each certificate's label is the other key's label), and the seal's
    # certificate carries a CKA_ID different from its key's, as on some vendor tokens.
    token = create_softhsm_token(tmp_path, "Nhan-sai", keys=[
        SoftHsmKey(b"\x21", teacher.private_key, teacher.certificate_der, label="Chữ ký", key_label="Khóa B"),
        SoftHsmKey(b"\x22", principal.private_key, principal.certificate_der, label="Khóa B", key_label="Chữ ký"),
        SoftHsmKey(b"\x42", seal.private_key, seal.certificate_der, label="Con dấu", cert_key_id=b"\x41"),
    ])
    with TokenClient(token.module_path, env=token.env) as client:
        certs = {c.subject_cn: c for c in client.list_certificates(token.serial)}
        assert all(c.has_private_key for c in certs.values())
        assert certs[teacher.spec.common_name].key_id == b"\x21"
        assert certs[seal.spec.common_name].key_id == b"\x41"
        client.login(token.serial, DEMO_USER_PIN)
        for person, key_id in ((teacher, b"\x21"), (principal, b"\x22"), (seal, b"\x41")):
            _verify(person.certificate_der, client.sign(token.serial, key_id, b"nhan"), b"nhan")


def test_raw_rsa_fallback_gives_the_same_signature(token_client: TokenClient, softhsm_tokens: SoftHsmSet,
                                                   demo_pki: DemoPki) -> None:
    serial = softhsm_tokens.tokens["ConDau"].serial
    token_client.login(serial, DEMO_USER_PIN)
    # SoftHSM lists no CKM_SHA224_RSA_PKCS mapping here, so every supported digest is checked both ways.
    for digest in ("sha256", "sha384", "sha512"):
        signature = token_client.sign(serial, KEY_IDS["condau"], b"dau", digest)
        assert signature == demo_pki.software_signer("condau").sign_raw(b"dau", digest)


def test_token_removed_mid_session_then_reinserted(softhsm_tokens: SoftHsmSet, softhsm_template: SoftHsmSet,
                                                   demo_pki: DemoPki) -> None:
    serial = softhsm_tokens.tokens["GiaoVien"].serial
    with softhsm_tokens.client() as client:
        client.login(serial, DEMO_USER_PIN)
        client.sign(serial, KEY_IDS["giaovien"], b"1")
        shutil.rmtree(softhsm_tokens.directory / "tokens")  # "pull out" every token of this directory
        (softhsm_tokens.directory / "tokens").mkdir()
        with pytest.raises(TokenRemovedError, match="đã bị rút ra"):
            client.sign(serial, KEY_IDS["giaovien"], b"2")
        assert serial not in {t.serial for t in client.list_tokens()}
        copy_softhsm_dir(softhsm_template.directory, softhsm_tokens.directory)  # plug it back in
        # SoftHSM sees new tokens only after C_Initialize; refresh() re-initialises (the UI's "Làm mới").
        assert serial in {t.serial for t in client.refresh()}
        with pytest.raises(NotLoggedInError):  # never logged in again silently
            client.sign(serial, KEY_IDS["giaovien"], b"3")
        client.login(serial, DEMO_USER_PIN)
        _verify(demo_pki.people["giaovien"].certificate_der, client.sign(serial, KEY_IDS["giaovien"], b"4"), b"4")


def test_invalid_session_is_reported_once_then_a_new_login_works(softhsm_tokens: SoftHsmSet) -> None:
    serial = softhsm_tokens.tokens["GiaoVien"].serial
    with softhsm_tokens.client(test_ops=True) as client:
        client.login(serial, DEMO_USER_PIN)
        client.call("debug_close_all_sessions", serial)  # CKR_SESSION_HANDLE_INVALID on the cached session
        with pytest.raises(TokenRemovedError, match="Phiên làm việc"):
            client.sign(serial, KEY_IDS["giaovien"], b"x")
        with pytest.raises(NotLoggedInError):
            client.sign(serial, KEY_IDS["giaovien"], b"x")
        client.login(serial, DEMO_USER_PIN)
        assert len(client.sign(serial, KEY_IDS["giaovien"], b"x")) == 256
