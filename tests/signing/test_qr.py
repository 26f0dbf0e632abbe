"""The signed QR summary: round trip, tampering, unknown signer, size budget."""

from __future__ import annotations

import base45
import pytest
import segno

from hocbaso_desktop.errors import VerificationError
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
