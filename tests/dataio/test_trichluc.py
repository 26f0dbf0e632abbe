"""Trích lục: past paper pages imported from Excel with their scans, all or nothing, then issued by the seal."""

from __future__ import annotations

import hashlib
import io
import json

import pytest
from PIL import Image

from hocbaso_desktop.dataio.trichluc import TrichlucPage, TrichlucRejectedError, add_page, scan_of
from hocbaso_desktop.dataio.trichluc_issue import issue_conversions, plan_conversions
from hocbaso_desktop.dataio.trichluc_xlsx import import_trichluc
from hocbaso_desktop.domain.errors import InvalidInputError, PermissionDeniedError
from hocbaso_desktop.domain.legacy import LegacySubject, LegacyYearResult
from hocbaso_desktop.signing.certificates import bind_certificate
from hocbaso_desktop.signing.school_trust import school_material
from hocbaso_desktop.signing.token_signing import bound_token_signer
from hocbaso_desktop.signing.verify import verify_pdf
from hocbaso_desktop.storage import audit, dataio_repo, outbox, records_repo, trust_repo, users_repo
from hocbaso_desktop.storage.session import Session
from hocbaso_desktop.token import DEMO_USER_PIN
from tests.fixtures.dataio import database_snapshot, write_xlsx
from tests.fixtures.printing import pdf_info, pdf_text
from tests.fixtures.softhsm import KEY_IDS

HEADERS = ["STT", "Mã hệ thống", "Họ và tên", "Năm học", "Thông tư", "Khối", "Lớp", "Toán", "Ngữ văn", "Vật lý",
           "Thể dục", "Học lực", "Hạnh kiểm", "ĐTB các môn", "Số buổi nghỉ", "Lên lớp", "Danh hiệu", "Bản scan"]


def _png(dpi: int = 200) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (400, 560), (240, 230, 200)).save(buf, "PNG", dpi=(dpi, dpi))
    return buf.getvalue()


def _scan_pdf() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (300, 420), (200, 220, 240)).save(buf, "PDF", resolution=200.0)
    return buf.getvalue()


def _students(session, n: int = 2) -> list[tuple[str, str]]:
    keys = dataio_repo.student_keys(session.db)[:n]
    return [(k[0], k[1]) for k in keys]


def _workbook(tmp_path, session, rows_override=None):
    (tmp_path / "scans").mkdir(exist_ok=True)
    (tmp_path / "scans" / "hs1.png").write_bytes(_png())
    (tmp_path / "scans" / "hs2.pdf").write_bytes(_scan_pdf())
    (a, _pa), (b, _pb) = _students(session)
    rows = rows_override or [
        [1, a, "", "2019-2020", "58/2011", 6, "6A", 8.5, "7,3", 6, "Đ", "Giỏi", "Tốt", 7.9, 3, "Có", "HSTT", "hs1.png"],
        [2, b, "", "2019-2020", "58/2011", 6, "6A", 5, 6.5, 4.5, "CĐ", "TB", "K", 5.6, 12, "Có", "", "hs2.pdf"],
    ]
    return write_xlsx(tmp_path / "trichluc.xlsx", {"Trích lục": [HEADERS, *rows]}), tmp_path / "scans"


def test_import_with_errors_writes_nothing(thcs_session, tmp_path):
    (a, _), (b, _) = _students(thcs_session)
    bad = [
        [1, a, "", "2019-2020", "58/2011", 6, "6A", 11, 7, 6, "Đ", "Giỏi", "Tốt", "", "", "", "", "hs1.png"],
        [2, b, "", "2019-2020", "58/2011", 6, "6A", 5, 6.5, 4.5, "Đ", "Xuất sắc", "Tốt", "", "", "", "", "hs2.pdf"],
        [3, "khong-co", "", "2019-2020", "58/2011", 6, "6A", 5, 5, 5, "Đ", "Khá", "Tốt", "", "", "", "", "hs2.pdf"],
        [4, a, "", "2020-2021", "58/2011", 7, "7A", 5, 5, 5, "Đ", "Khá", "Tốt", "", "", "", "", "thieu.png"],
    ]
    path, scans = _workbook(tmp_path, thcs_session, bad)
    before = database_snapshot(thcs_session)
    report = import_trichluc(thcs_session, path, scans_dir=scans, dry_run=True)
    reasons = " | ".join(f"{p.cell} {p.reason}" for p in report.problems)
    assert len(report.problems) == 4, reasons
    assert "H2" in reasons and "0 đến 10" in reasons            # Toán 11 in row 2
    assert "L3" in reasons and "Học lực" in reasons             # học lực "Xuất sắc" in row 3
    assert "Không tìm thấy học sinh" in reasons and "thieu.png" in reasons
    with pytest.raises(TrichlucRejectedError):
        import_trichluc(thcs_session, path, scans_dir=scans, dry_run=False)
    assert database_snapshot(thcs_session) == before
    assert not records_repo.latest_for_student(thcs_session.db, a, "2019-2020")


def test_good_import_stores_locked_converted_pages_with_their_scans(thcs_session, tmp_path):
    path, scans = _workbook(tmp_path, thcs_session)
    dry = import_trichluc(thcs_session, path, scans_dir=scans, dry_run=True)
    assert dry.ok and len(dry.pages) == 2 and not dry.applied
    (a, _), (b, _) = _students(thcs_session)
    assert records_repo.latest_for_student(thcs_session.db, a, "2019-2020") is None
    report = import_trichluc(thcs_session, path, scans_dir=scans, dry_run=False)
    assert report.applied and len(report.pages) == 2
    stored = records_repo.latest_for_student(thcs_session.db, a, "2019-2020")
    rec = stored.record
    assert rec.converted_from_paper and rec.regulation == "58/2011" and rec.status.value == "locked"
    payload = json.loads(stored.payload)
    assert payload["trichluc"] is True and payload["thongtu"] == "58/2011"
    assert payload["canam"] == "Giỏi" and payload["renluyencanam"] == "Tốt" and payload["diemtongket"] == "7.9"
    assert payload["ndungkhenthuong"] == "Học sinh tiên tiến" and payload["sobuoinghi"] == "3"
    rows = {r["mamonhoc"]: r["diemcanam"] for r in payload["bangdiem"]}
    assert rows == {"TOAN": "8.5", "NV": "7.3", "VL": "6.0", "TD": "Đ"}
    # the scan (PNG turned into PDF) is attached and retrievable; the page PDF = results + mark + scan page
    scan = scan_of(thcs_session, rec.id)
    assert scan.startswith(b"%PDF-1.4") and payload["banscan_sha256"] == hashlib.sha256(scan).hexdigest()
    assert int(pdf_info(stored.pdf)["Pages"]) == 2
    text = pdf_text(stored.pdf)
    assert "Bản chuyển đổi từ học bạ giấy" in text and "58/2011" in text and "Giỏi" in text
    other = records_repo.latest_for_student(thcs_session.db, b, "2019-2020")
    assert json.loads(other.payload)["canam"] == "Trung bình"
    actions = [e.action for e in audit.recent(thcs_session.db, limit=5)]
    assert actions.count("record.trichluc") == 2 and audit.verify(thcs_session.db).ok
    # entering the same unsigned page again replaces it instead of adding a version
    again = import_trichluc(thcs_session, path, scans_dir=scans, dry_run=False)
    assert again.applied and len(records_repo.versions(thcs_session.db, rec.id)) == 1


def test_add_by_hand_refuses_bad_values_and_wrong_level(primary_session):
    sid = _students(primary_session, 1)[0][0]
    good = LegacyYearResult("27/2020", "2021-2022", 3, "3A", (LegacySubject("TV", "Tiếng Việt", "T 9"),
                                                              LegacySubject("TOAN", "Toán", "H/7")), learning="HTT")
    record_id = add_page(primary_session, TrichlucPage(sid, good, _png(300), "a.png"))
    payload = json.loads(records_repo.get(primary_session.db, record_id).payload)
    assert payload["bang"] == "thongtinsohocbasotieuhoc" and payload["xeploai"] == "HTT"
    assert {r["mamonhoc"]: (r["mucdatduoc"], r["diemkiemtradinhky"]) for r in payload["bangdiem"]} == {
        "TV": ("T", "9"), "TOAN": ("H", "7")}
    with pytest.raises(InvalidInputError, match="dpi"):
        add_page(primary_session, TrichlucPage(sid, good, _png(72), "thap.png"))
    with pytest.raises(InvalidInputError, match="PDF, PNG hoặc JPEG"):
        add_page(primary_session, TrichlucPage(sid, good, b"GIF89a....", "a.gif"))
    with pytest.raises(InvalidInputError, match=r"PDF 1\.4"):
        add_page(primary_session, TrichlucPage(sid, good, b"%PDF-1.3\n%%EOF", "cu.pdf"))
    tt58 = LegacyYearResult("58/2011", "2018-2019", 6, "6A", (LegacySubject("TOAN", "Toán", "8"),), learning="Khá")
    with pytest.raises(InvalidInputError, match="cấp học"):
        add_page(primary_session, TrichlucPage(sid, tt58, _png(), "a.png"))


def _session_for(session: Session, username: str) -> Session:
    account = users_repo.get_user(session.db, username)
    return Session(session.db, account, users_repo.principal_for(session.db, account))


class _Pin:
    def ask_pin(self, token, remaining_tries):
        return DEMO_USER_PIN

    def show_message(self, message: str) -> None:
        raise AssertionError(message)


def test_seal_issues_converted_pages_on_softhsm(thcs_session, tmp_path, demo_pki, softhsm_tokens, pdfsig):
    path, scans = _workbook(tmp_path, thcs_session)
    import_trichluc(thcs_session, path, scans_dir=scans, dry_run=False)
    db = thcs_session.db
    admin = _session_for(thcs_session, "quantri")
    trust_repo.add_anchor(db, demo_pki.root_der, subject="Root CA thử nghiệm", actor="quantri",
                          at="2026-01-01T00:00:00+00:00")
    bind_certificate(admin, username="vanthu", role="seal", cert_der=demo_pki.people["condau"].certificate_der,
                     chain_der=demo_pki.chain_der, key_id=KEY_IDS["condau"].hex(),
                     token_serial=softhsm_tokens.tokens["ConDau"].serial, module_path=softhsm_tokens.module_path,
                     accept_name_mismatch=True)  # the test PKI's seal names another school
    with pytest.raises(PermissionDeniedError):
        plan_conversions(thcs_session, "2019-2020")              # hocvu cannot seal
    clerk = _session_for(thcs_session, "vanthu")
    items = plan_conversions(clerk, "2019-2020")
    assert len(items) == 2
    with bound_token_signer(clerk, "seal", _Pin(), env=softhsm_tokens.env) as signer:
        result = issue_conversions(clerk, items, signer)
    assert result.issued == 2 and plan_conversions(clerk, "2019-2020") == ()
    queued = {i.record_id: i for i in outbox.pending_items(db)}
    for item in items:
        stored = records_repo.get(db, item.record_id, item.version)
        assert stored.record.status.value == "issued" and [s.role for s in stored.record.signatures] == ["seal"]
        # The test PKI's seal names another school: valid only because this school bound it as its seal.
        assert not verify_pdf(stored.pdf, [demo_pki.root_der]).ok
        report = verify_pdf(stored.pdf, [demo_pki.root_der], accepted_certificates=school_material(db).accepted)
        assert report.ok and report.record_id == item.record_id and [s.role for s in report.signatures] == ["seal"]
        embedded = json.loads(stored.payload)
        assert embedded["trichluc"] is True
        out = tmp_path / f"{item.record_id}.pdf"
        out.write_bytes(stored.pdf)
        assert [s.ok for s in pdfsig.check(out)] == [True]
        roles = [b["role"] for b in queued[item.record_id].envelope_dict()["blobs"]]
        assert roles == ["signed_pdf", "scan"]
    assert audit.verify(db).ok
