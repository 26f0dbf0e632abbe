"""The signed QR summary: round trip, tampering, unknown signer, size budget."""

from __future__ import annotations

import hashlib
import zlib

import base45
import cbor2
import pytest
import segno
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from hocbaso_desktop.domain.errors import VerificationError
from hocbaso_desktop.signing import qr

PAYLOAD = {"madinhdanhhocba": "0d8b4386-b2ea-4f1b-9e08-612731cede90", "phienbanthongtinhocba": "2",
           "hovaten": "Trần Phương Anh", "ngaythangnamsinh": "2017-12-01", "matruong": "79000701",
           "tentruong": "Trường Tiểu học Hòa Bình", "namhoc": "2026-2027", "tenlop": "4A",
           "bangdiem": [{"mamonhoc": c, "mucdatduoc": "T"} for c in
                        ("TV", "TOAN", "NN1", "DD", "LSDL", "KH", "THCN", "GDTC", "NT", "HDTN", "TDT")]
           + [{"mamonhoc": "_quality", "danhgia": {}}]}
PDF_SHA = "8bea0300bf3dda7acbca097cd1d4864547afbd19da322ddcb66877e998e0088a"


def test_round_trip_and_fits_a_printable_qr(demo_pki):
    signer = demo_pki.software_signer("condau")
    text = qr.make_qr_text(qr.summary_claims(PAYLOAD, PDF_SHA, "2026-11-23"), signer)
    assert text.startswith("HB1:") and len(text) < 963                  # QR version 24 at ECC Q
    assert segno.make(text, error="q", boost_error=False).mode == "alphanumeric"
    summary = qr.verify_qr_text(text, [demo_pki.people["giaovien"].certificate_der, signer.certificate_der])
    assert summary.student_name == "Trần Phương Anh" and summary.version == 2 and summary.pdf_sha256 == PDF_SHA
    assert ("TOAN", "T") in summary.results and all(not c.startswith("_") for c, _v in summary.results)
    assert summary.issued_on == "2026-11-23" and summary.signer == "Trường THCS Thử nghiệm Nguyễn Du"
    # read apart from qr.py, as engineering-notes §8 and RFC 9052 give it: "HB1:" + base45(zlib(COSE_Sign1)), the
    # RS256 signature over the Sig_structure ["Signature1", protected, b"", payload], kid = SHA-256(cert)[:8]
    cose = cbor2.loads(zlib.decompress(base45.b45decode(text[4:])))
    protected, _unprotected, payload, signature = cose.value
    assert cose.tag == 18
    assert cbor2.loads(protected) == {1: -257, 4: hashlib.sha256(signer.certificate_der).digest()[:8]}
    x509.load_der_x509_certificate(signer.certificate_der).public_key().verify(
        signature, cbor2.dumps(["Signature1", protected, b"", payload]), padding.PKCS1v15(), hashes.SHA256())
    claims = cbor2.loads(payload)
    assert (claims[1], claims[3], claims[6], claims[8]) == (PAYLOAD["madinhdanhhocba"], "Trần Phương Anh", "2026-2027",
                                                            bytes.fromhex(PDF_SHA))


def test_tampered_or_unknown_signer_is_refused(demo_pki):
    signer = demo_pki.software_signer("condau")
    text = qr.make_qr_text(qr.summary_claims(PAYLOAD, PDF_SHA, "2026-11-23"), signer)
    with pytest.raises(VerificationError):   # right kid, but only another person's certificate is known
        qr.verify_qr_text(text, [demo_pki.people["hieutruong"].certificate_der])
    import zlib

    import cbor2
    cose = cbor2.loads(zlib.decompress(base45.b45decode(text[4:])))
    protected, unprotected, payload, signature = cose.value
    claims = cbor2.loads(payload)
    claims[3] = "Kẻ Giả Mạo"
    forged = cbor2.dumps(cbor2.CBORTag(18, [protected, unprotected, cbor2.dumps(claims), signature]))
    forged_text = "HB1:" + base45.b45encode(zlib.compress(forged)).decode()
    with pytest.raises(VerificationError):
        qr.verify_qr_text(forged_text, [signer.certificate_der])
    with pytest.raises(VerificationError):
        qr.verify_qr_text("HC1:XYZ", [signer.certificate_der])
    with pytest.raises(VerificationError):
        qr.verify_qr_text("HB1:%%%%", [signer.certificate_der])
