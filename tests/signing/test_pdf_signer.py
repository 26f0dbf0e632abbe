"""PAdES signing through a RawSigner, checked by pyHanko's validator (verify.py) and by poppler's pdfsig."""

from __future__ import annotations

import hashlib
import io

import pytest
from pyhanko.pdf_utils.embed import EmbeddedFileObject
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from tests.signing.conftest import simple_pdf

from hocbaso_desktop.domain.payload import canonical_bytes, sha256_hex
from hocbaso_desktop.signing.pdf_signer import PayloadAttachment, sign_pdf
from hocbaso_desktop.signing.verify import format_report, read_payload, verify_pdf
from hocbaso_desktop.token.errors import TokenRemovedError

PAYLOAD = {"madinhdanhhocba": "rec-1", "phienbanthongtinhocba": "1", "hovaten": "Nguyễn Văn Á",
           "nguoikybatbuoc": ["gvcn", "principal", "seal"]}


def _issued(software_signer, roles=("gvcn", "principal", "seal"), payload=PAYLOAD) -> bytes:
    people = {"gvcn": "giaovien", "principal": "hieutruong", "seal": "condau"}
    data = canonical_bytes(payload)
    pdf = simple_pdf()
    for i, role in enumerate(roles):
        att = PayloadAttachment(data, sha256_hex(data), "rec-1", 1) if i == 0 else None
        pdf = sign_pdf(pdf, software_signer(people[role]), role=role, location="TP Hồ Chí Minh", payload=att,
                       lock=role == roles[-1])
    return pdf


def test_three_signatures_valid_for_pyhanko_and_pdfsig(software_signer, demo_pki, pdfsig, tmp_path):
    pdf = _issued(software_signer)
    report = verify_pdf(pdf, [demo_pki.root_der])
    assert report.ok, format_report(report)
    assert [s.role for s in report.signatures] == ["gvcn", "principal", "seal"]
    assert report.signatures[0].signer == "Nguyễn Thị Hoa – Giáo viên chủ nhiệm"
    assert not report.signatures[0].time_from_timestamp
    assert read_payload(PdfFileReader(io.BytesIO(pdf))) == canonical_bytes(PAYLOAD)
    path = tmp_path / "issued.pdf"
    path.write_bytes(pdf)
    sigs = pdfsig.check(path)
    assert len(sigs) == 3 and all(s.ok for s in sigs), sigs
    assert [s.total_document for s in sigs] == [False, False, True]
    assert "HỢP LỆ" in format_report(report)


def test_untrusted_root_fails(software_signer):
    report = verify_pdf(_issued(software_signer, ("gvcn",)), [])
    assert not report.ok and not report.signatures[0].trusted


def test_one_flipped_byte_fails_both_verifiers(software_signer, demo_pki, pdfsig, tmp_path):
    pdf = bytearray(_issued(software_signer))
    pos = pdf.index(b"/Type /Page")         # inside the first revision: covered by every signature
    pdf[pos + 7] ^= 0x01
    report = verify_pdf(bytes(pdf), [demo_pki.root_der])
    assert not report.ok
    assert not any(s.intact for s in report.signatures)
    path = tmp_path / "tampered.pdf"
    path.write_bytes(bytes(pdf))
    assert all(s.signature_validation == "Digest Mismatch." for s in pdfsig.check(path))


def test_replaced_payload_after_signing_fails(software_signer, demo_pki):
    pdf = _issued(software_signer)
    forged = canonical_bytes({**PAYLOAD, "hovaten": "Kẻ Giả Mạo"})
    w = IncrementalPdfFileWriter(io.BytesIO(pdf))
    names = w.root["/Names"]["/EmbeddedFiles"]["/Names"]
    spec = names[1].get_object()
    spec["/EF"]["/F"] = w.add_object(EmbeddedFileObject.from_file_data(w, data=forged, mime_type="application/json"))
    w.update_container(spec)
    out = io.BytesIO()
    w.write(out)
    report = verify_pdf(out.getvalue(), [demo_pki.root_der])
    assert not report.ok
    # The payload is read as of the first signature's revision: the one appended later is never taken for it.
    assert report.payload_ok and report.payload_sha256 == sha256_hex(canonical_bytes(PAYLOAD))
    assert report.problems == ()
    # every signature sees the embedded file replaced after it: a change no signer permitted
    assert [(s.role, s.ok, s.changes_after, s.problems) for s in report.signatures] == [
        (role, False, "OTHER", ("Tài liệu bị sửa đổi không hợp lệ sau chữ ký này.",
                                "Thay đổi sau chữ ký vi phạm quyền sửa đổi của tài liệu."))
        for role in ("gvcn", "principal", "seal")]


def test_signature_by_expired_certificate_is_invalid(software_signer, demo_pki):
    data = canonical_bytes(PAYLOAD)
    pdf = sign_pdf(simple_pdf(), software_signer("hethan"), role="gvcn",
                   payload=PayloadAttachment(data, sha256_hex(data), "rec-1", 1))
    report = verify_pdf(pdf, [demo_pki.root_der])
    assert not report.ok and not report.signatures[0].trusted


def test_pulled_token_raises_token_error_and_leaves_input_untouched(software_signer):
    pdf = simple_pdf()
    before = hashlib.sha256(pdf).hexdigest()
    with pytest.raises(TokenRemovedError):
        sign_pdf(pdf, software_signer("giaovien", fail_after=0), role="gvcn")
    assert hashlib.sha256(pdf).hexdigest() == before


def test_b_t_signature_reports_the_timestamp_time(software_signer, demo_pki, dummy_timestamper):
    from datetime import UTC, datetime, timedelta

    fixed = (datetime.now(UTC) - timedelta(minutes=5)).replace(microsecond=0)   # differs from the claimed time
    data = canonical_bytes(PAYLOAD)
    pdf = sign_pdf(simple_pdf(), software_signer("giaovien"), role="gvcn", timestamper=dummy_timestamper(fixed),
                   payload=PayloadAttachment(data, sha256_hex(data), "rec-1", 1))
    report = verify_pdf(pdf, [demo_pki.root_der])
    assert report.signatures[0].ok and report.missing_roles == ("principal", "seal"), format_report(report)
    sig = report.signatures[0]
    assert sig.time_from_timestamp and datetime.fromisoformat(sig.signing_time) == fixed
    assert "theo dấu thời gian" in format_report(report)


def test_the_locking_signature_says_nothing_in_english(software_signer, caplog):
    # pyHanko warned once per page ("DocMDP policy 'MDPPerm.FILL_FORMS' was requested…") in the seal's batch
    with caplog.at_level("WARNING", logger="pyhanko"):
        _issued(software_signer)
    assert [r.getMessage() for r in caplog.records if r.name.startswith("pyhanko")] == []
