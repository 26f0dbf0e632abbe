"""The RawSigner protocol: SoftwareSigner and TokenSigner give the same verifiable signatures."""

from __future__ import annotations

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding
from cryptography.hazmat.primitives.serialization import pkcs12

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.token import DEMO_USER_PIN, DemoPki, RawSigner, SoftwareSigner, TokenClient, TokenSigner
from tests.fixtures.softhsm import KEY_IDS, SoftHsmSet


def test_software_signer_signs_pkcs1_v15(demo_pki: DemoPki) -> None:
    signer = demo_pki.software_signer("hieutruong")
    assert isinstance(signer, RawSigner)
    assert signer.chain_der == (demo_pki.issuing_der, demo_pki.root_der)
    signature = signer.sign_raw(b"attrs", "sha256")
    x509.load_der_x509_certificate(signer.certificate_der).public_key().verify(
        signature, b"attrs", padding.PKCS1v15(), hashes.SHA256())
    with pytest.raises(InvalidInputError):
        signer.sign_raw(b"attrs", "md5")


def test_software_signer_from_pkcs12_and_ecdsa(demo_pki: DemoPki) -> None:
    person = demo_pki.people["giaovien"]
    blob = pkcs12.serialize_key_and_certificates(
        b"gv", person.private_key, person.certificate, [x509.load_der_x509_certificate(demo_pki.issuing_der)],
        serialization.BestAvailableEncryption(b"mat-khau"))
    signer = SoftwareSigner.from_pkcs12(blob, "mat-khau")
    assert signer.certificate_der == person.certificate_der and signer.chain_der == (demo_pki.issuing_der,)
    with pytest.raises(InvalidInputError, match="sai mật khẩu"):
        SoftwareSigner.from_pkcs12(blob, "sai")
    ec_key = ec.generate_private_key(ec.SECP256R1())
    der_sig = SoftwareSigner(ec_key, person.certificate_der).sign_raw(b"x", "sha256")
    ec_key.public_key().verify(der_sig, b"x", ec.ECDSA(hashes.SHA256()))


@pytest.mark.token
def test_token_signer_matches_software_signer(token_client: TokenClient, softhsm_tokens: SoftHsmSet,
                                              demo_pki: DemoPki) -> None:
    serial = softhsm_tokens.tokens["GiaoVien"].serial
    cert = demo_pki.people["giaovien"].certificate_der
    signer = TokenSigner(token_client, serial, KEY_IDS["giaovien"], cert, demo_pki.chain_der)
    assert isinstance(signer, RawSigner)
    token_client.login(serial, DEMO_USER_PIN)
    assert signer.sign_raw(b"signed attributes", "SHA256") == \
        demo_pki.software_signer("giaovien").sign_raw(b"signed attributes", "sha256")
