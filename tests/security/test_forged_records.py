"""Issue 21, item 1: one signer cannot make a record that verifies.

Two attacks, both reported "KẾT LUẬN: TÀI LIỆU HỢP LỆ", exit 0, before the required signers were part of
the signed payload: an invented payload.json signed only by a homeroom teacher's (genuine, trusted)
key, and a genuine issued PDF cut back to the revision of its first signature. Both must now exit 1
with "CHƯA ĐỦ CHỮ KÝ" naming who is missing, from a verifier that has no database (`--trust` only).
The forger's PDF is made with reportlab and signed with pyHanko directly, not through the program.
"""

from __future__ import annotations

import hashlib
import io
import json

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.embed import EmbeddedFileObject, FileSpec, embed_file
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from reportlab.pdfgen import canvas

from hocbaso_desktop.signing import issuance
from hocbaso_desktop.signing.certificates import bind_certificate
from tests.cli.test_school_cmds import hocbaso, no_traceback
from tests.fixtures.signing import build_school

INVENTED = {"madinhdanhhocba": "00000000-0000-4000-8000-000000000001", "phienbanthongtinhocba": "1",
            "hovaten": "Học Sinh Bịa Đặt", "tentruong": "Trường Tiểu học Thử Nghiệm", "namhoc": "2025-2026",
            "tengvcn": "Nguyễn Thị Hoa", "xeploai": "Hoàn thành xuất sắc"}


def _forge(demo_pki, payload: dict, field_name: str = "Sig1_GVCN") -> bytes:
    """What a homeroom teacher can make alone: a page, an invented payload.json, her own signature."""
    page = io.BytesIO()
    c = canvas.Canvas(page)
    c.drawString(72, 720, "HOC BA (gia mao)")
    c.save()
    data = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()
    writer = IncrementalPdfFileWriter(io.BytesIO(page.getvalue()))
    embed_file(writer, FileSpec(file_spec_string="payload.json", file_name="payload.json",
                                embedded_data=EmbeddedFileObject.from_file_data(writer, data=data)))
    info = writer.trailer["/Info"].get_object() if "/Info" in writer.trailer else generic.DictionaryObject()
    for key, value in (("/HocbasoPayloadSHA256", hashlib.sha256(data).hexdigest()),
                       ("/HocbasoRecordId", payload["madinhdanhhocba"]), ("/HocbasoVersion", "1")):
        info[generic.NameObject(key)] = generic.TextStringObject(value)
    if "/Info" in writer.trailer:
        writer.update_container(info)
    else:
        writer.trailer["/Info"] = writer.add_object(info)
    teacher = demo_pki.out_dir
    signer = signers.SimpleSigner.load(str(teacher / "giaovien.key.pem"), str(teacher / "giaovien.pem"),
                                       ca_chain_files=(str(teacher / "issuing-ca.pem"),))
    out = io.BytesIO()
    signers.PdfSigner(signers.PdfSignatureMetadata(field_name=field_name, subfilter=fields.SigSeedSubFilter.PADES),
                      signer=signer, new_field_spec=fields.SigFieldSpec(field_name)).sign_pdf(writer, output=out)
    return out.getvalue()


def _verify(path, demo_pki) -> object:
    return hocbaso("verify", str(path), "--trust", str(demo_pki.out_dir / "root.pem"), password=None)


@pytest.mark.parametrize("claimed", [None, ["gvcn"]], ids=["no-signer-list", "claims-gvcn-is-enough"])
def test_invented_payload_signed_by_one_teacher_is_not_enough(demo_pki, tmp_path, claimed):
    payload = dict(INVENTED, **({"nguoikybatbuoc": claimed} if claimed else {}))
    forged = tmp_path / "gia-mao.pdf"
    forged.write_bytes(_forge(demo_pki, payload))
    result = _verify(forged, demo_pki)
    no_traceback(result)
    assert result.returncode == 1, result.stdout
    assert "CHƯA ĐỦ CHỮ KÝ" in result.stdout and "Hiệu trưởng" in result.stdout.splitlines()[-1]
    # a script outside the project may look for the words as a sentence says them, not only the verdict's capitals
    assert "chưa đủ chữ ký" in result.stdout
    assert "Chữ ký 1:" in result.stdout and "Kết quả: HỢP LỆ" in result.stdout     # her signature itself is genuine


def test_invented_paper_conversion_sealed_by_a_teacher_is_refused(demo_pki, tmp_path):
    # A trích lục needs only the seal: a person's certificate in the seal's field must not certify it.
    forged = tmp_path / "trich-luc-gia.pdf"
    forged.write_bytes(_forge(demo_pki, dict(INVENTED, trichluc=True), field_name="Sig3_DauTruong"))
    result = _verify(forged, demo_pki)
    assert result.returncode == 1 and "KHÔNG HỢP LỆ" in result.stdout
    assert "phải là của nhà trường" in result.stdout


def _issued_pdf(tmp_path, demo_pki) -> bytes:
    """A genuine page issued through the program: GVCN, principal and the seal, in order."""
    school = build_school(tmp_path / "truong.hocbaso", demo_pki, n_students=1)
    admin = school.session("quantri")
    for user, role, person in (("gvcn.4a", "gvcn", "giaovien"), ("hieutruong", "principal", "hieutruong"),
                               ("vanthu", "seal", "condau")):
        bind_certificate(admin, username=user, role=role, cert_der=demo_pki.people[person].certificate_der,
                         chain_der=demo_pki.chain_der, key_id="01", token_serial="S", module_path="",
                         accept_name_mismatch=role == "seal")
    for user, role, person in (("gvcn.4a", "gvcn", "giaovien"), ("hieutruong", "principal", "hieutruong"),
                               ("vanthu", "seal", "condau")):
        session = school.session(user)
        if role == "gvcn":
            issuance.prepare_class(session, school.class_id)
        plan = issuance.plan_batch(session, school.class_id, role)
        assert issuance.sign_batch(session, plan, demo_pki.software_signer(person)).signed == 1
    (stored,) = [s for s in issuance.records_repo.latest_for_class(school.db, school.class_id)]
    assert stored.record.status.value == "issued"
    return stored.pdf


def test_genuine_pdf_cut_back_to_its_first_signature(demo_pki, tmp_path):
    pdf = _issued_pdf(tmp_path, demo_pki)
    whole = tmp_path / "nguyen-ban.pdf"
    whole.write_bytes(pdf)
    assert _verify(whole, demo_pki).returncode == 0                       # the genuine file verifies
    first = PdfFileReader(io.BytesIO(pdf)).embedded_regular_signatures[0]
    start, length = first.byte_range[2], first.byte_range[3]
    cut = tmp_path / "cat-bot.pdf"
    cut.write_bytes(pdf[:start + length])                                  # exactly the first signature's revision
    assert len(PdfFileReader(io.BytesIO(cut.read_bytes())).embedded_regular_signatures) == 1
    result = _verify(cut, demo_pki)
    no_traceback(result)
    assert result.returncode == 1, result.stdout
    verdict = result.stdout.splitlines()[-1]
    assert "CHƯA ĐỦ CHỮ KÝ" in verdict and "Hiệu trưởng" in verdict and "Con dấu" in verdict


def test_a_qr_signed_by_the_homeroom_teacher_is_not_an_issued_record(demo_pki, tmp_path):
    from hocbaso_desktop.domain.errors import VerificationError
    from hocbaso_desktop.signing import export, qr
    from hocbaso_desktop.signing.school_trust import school_material

    school = build_school(tmp_path / "truong.hocbaso", demo_pki, n_students=1)
    bind_certificate(school.session("quantri"), username="gvcn.4a", role="gvcn",
                     cert_der=demo_pki.people["giaovien"].certificate_der, chain_der=demo_pki.chain_der, key_id="01",
                     token_serial="S", module_path="")
    material = school_material(school.db)
    issued_on = school.session("quantri").today().isoformat()       # within the test certificate's validity
    claims = qr.summary_claims(dict(INVENTED, nguoikybatbuoc=["gvcn"], bangdiem=[]), "00" * 32, issued_on)
    text = qr.make_qr_text(claims, demo_pki.software_signer("giaovien"))
    certs, roots, chain = export.school_qr_material(school.db)
    # Her key and chain are genuine: only the signer's role makes this QR a forgery.
    assert export.verify_qr(text, certs, roots, chain).signer.startswith("Nguyễn Thị Hoa")
    with pytest.raises(VerificationError, match="CHƯA ĐỦ CHỮ KÝ"):
        export.verify_qr(text, certs, roots, chain, material.accepted)
