"""Issue 15 item 7: the exported signed file holds the cover and the student-information page, as the paper book."""

from __future__ import annotations

import io
import json
import subprocess

from pyhanko.pdf_utils.reader import PdfFileReader
from tests.signing.test_issuance import _bind_all, _sign

from hocbaso_desktop.storage import records_repo

DRAFT = "BẢN NHÁP – CHƯA PHÁT HÀNH"


def _pages(pdf: bytes, tmp_path) -> list[str]:
    path = tmp_path / "issued.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return done.stdout.split("\f")[:-1]


def test_the_issued_file_has_the_cover_and_the_student_information_page(test_school, demo_pki, software_signer,
                                                                       tmp_path):
    _bind_all(test_school, demo_pki)
    for role, person in (("gvcn", "giaovien"), ("principal", "hieutruong"), ("seal", "condau")):
        _sign(test_school, role, software_signer(person))
    stored = records_repo.latest_for_class(test_school.db, test_school.class_id)[0]
    assert stored.record.status.value == "issued"
    payload = json.loads(stored.payload)
    pages = _pages(stored.pdf, tmp_path)
    assert "BỘ GIÁO DỤC VÀ ĐÀO TẠO" in pages[0] and payload["hovaten"].upper() in pages[0]
    assert "QUÁ TRÌNH HỌC TẬP" in pages[1] and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in pages[1]
    assert all(stored.payload_sha256 in page for page in pages)  # every page bound to the signed data
    assert not any(DRAFT in page for page in pages)
    reader = PdfFileReader(io.BytesIO(stored.pdf))
    assert len(reader.embedded_signatures) == 3


def test_an_english_interface_issues_the_same_vietnamese_document(test_school, demo_pki, software_signer, tmp_path):
    from hocbaso_desktop.domain import i18n

    i18n.set_language("en")
    _bind_all(test_school, demo_pki)
    _sign(test_school, "gvcn", software_signer("giaovien"))
    stored = records_repo.latest_for_class(test_school.db, test_school.class_id)[0]
    payload = json.loads(stored.payload)
    assert payload.get("chucvugiamhieu", "Hiệu trưởng") == "Hiệu trưởng"
    text = " ".join(_pages(stored.pdf, tmp_path))
    assert "Chức vụ: Giáo viên chủ nhiệm" in text and "Capacity" not in text
    assert "QUÁ TRÌNH HỌC TẬP" in text and "Ký bởi:" in text
