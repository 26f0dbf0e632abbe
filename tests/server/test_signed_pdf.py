"""The reference server's check of a submitted signed PDF (hocbaso_server/signing/): each problem with its field,
code and message, on PDFs signed by a throw-away key made in the tests, not by the program."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import rfc8785
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from hocbaso_server.checks import check_content
from hocbaso_server.signing import signed_pdf_problems
from tests.sync.helpers import signed_pdf, throwaway_signer

PAYLOAD = {"madinhdanhhocba": "rec-1", "phienbanthongtinhocba": "1", "nhanxet": "Hoàn thành tốt."}
CANONICAL = rfc8785.dumps(PAYLOAD)


def _trust_folder(folder, pem: bytes):
    folder.mkdir()
    (folder / "root.pem").write_bytes(pem)
    return folder


def _unrelated_root_pem() -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Another root")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM)


def test_a_signature_chaining_to_the_trust_folder_passes(tmp_path):
    own = throwaway_signer().signing_cert.dump()
    pem = x509.load_der_x509_certificate(own).public_bytes(serialization.Encoding.PEM)
    trust = _trust_folder(tmp_path / "trust", pem)
    assert signed_pdf_problems(signed_pdf(CANONICAL), CANONICAL, field="blobs[0]", trust_dir=trust) == []


def test_a_signature_from_outside_the_trust_folder_is_untrusted(tmp_path):
    trust = _trust_folder(tmp_path / "trust", _unrelated_root_pem())
    assert signed_pdf_problems(signed_pdf(CANONICAL), CANONICAL, field="blobs[0]", trust_dir=trust) == [
        ("blobs[0]", "untrusted", "signature 1 does not chain to a trusted root")]


def test_signed_bytes_changed_after_signing_are_a_bad_signature():
    pdf = signed_pdf(CANONICAL)
    # the page as first written and as the signature's update rewrote it: both inside the signed byte range
    assert pdf.count(b"/MediaBox [ 0 0 595 842 ]") == 2
    forged = pdf.replace(b"/MediaBox [ 0 0 595 842 ]", b"/MediaBox [ 0 0 595 843 ]", 1)
    assert signed_pdf_problems(forged, CANONICAL, field="blobs[0]", trust_dir=None) == [
        ("blobs[0]", "bad_signature", "signature 1 is not intact or not valid")]


def test_the_server_reports_the_whole_central_api_error():
    pdf = signed_pdf(CANONICAL).replace(b"/MediaBox [ 0 0 595 842 ]", b"/MediaBox [ 0 0 595 843 ]", 1)
    envelope = {"payload": PAYLOAD, "sha256": hashlib.sha256(CANONICAL).hexdigest(),
                "blobs": [{"sha256": hashlib.sha256(pdf).hexdigest(), "role": "signed_pdf",
                           "media_type": "application/pdf"}]}
    assert check_content(envelope, {hashlib.sha256(pdf).hexdigest(): pdf}.get, verify_pdf=True, trust_dir=None) == [
        {"field": "blobs[0]", "code": "bad_signature", "message": "signature 1 is not intact or not valid"}]
