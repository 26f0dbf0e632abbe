"""The issued PDF: the Ministry form drawn from the frozen payload, results in the payload, visible signatures."""

from __future__ import annotations

import io
import json
import subprocess

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from tests.fixtures.school import DEMO_PASSWORD
from tests.signing.test_issuance import _bind_all, _sign

from hocbaso_desktop.domain.payload_book import record_book_from_payload
from hocbaso_desktop.domain.record_book import PRIMARY_RESULT_NAMES, level_name
from hocbaso_desktop.printing import signature_boxes
from hocbaso_desktop.services.record_book import class_record_books
from hocbaso_desktop.signing import issuance, page, pdf_signer
from hocbaso_desktop.signing.verify import verify_pdf
from hocbaso_desktop.storage import records_repo, school_repo
from hocbaso_desktop.storage.session import open_session


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "page.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def _locked(session, class_name: str):
    klass = school_repo.find_class(session.db, school_repo.latest_year(session.db), class_name)
    assert issuance.prepare_class(session, klass.id) == 30   # every student of a demo class gets a record
    stored = records_repo.latest_for_class(session.db, klass.id)
    assert len(stored) == 30
    return klass, stored


def test_secondary_payload_freezes_results_and_the_pdf_shows_them(demo_school_thcs, tmp_path):
    session = open_session(demo_school_thcs.path, "hieutruong", DEMO_PASSWORD)
    try:
        klass, stored = _locked(session, "9A")
        books = {b.student.full_name: b for b in class_record_books(session, klass.id)}
        for record in stored[:3]:
            payload = json.loads(record.payload)
            evaluated = books[payload["hovaten"]].pages[0].outcome
            assert (payload["hocky1"], payload["hocky2"], payload["canam"]) == evaluated.learning
            assert (payload["renluyenhocky1"], payload["renluyenhocky2"], payload["renluyencanam"]) == evaluated.conduct
            assert payload["duoclenlop"] == evaluated.promoted
            rows = {r["mamonhoc"]: r for r in payload["bangdiem"]}
            for code, result in evaluated.subjects.items():
                assert rows[code].get("diemcanam") == result.year
                assert rows[code].get("diemhocky1") == result.hk1
            shown = _text(record.pdf, tmp_path)
            assert payload["hovaten"] in shown and record.payload_sha256 in shown
            assert payload["madinhdanhhocba"] in shown
            assert f"Cả năm {level_name(payload['canam'])} {level_name(payload['renluyencanam'])}" in shown
            for row in payload["bangdiem"]:
                if row.get("diemcanam"):
                    assert f"{row['diemhocky1']} {row['diemhocky2']} {row['diemcanam']}" in shown
                if row.get("gvbm"):
                    assert row["gvbm"] in shown
            assert payload["sodinhdanh"] not in shown  # the personal ID is data of the record, not printed
    finally:
        session.close()


def test_primary_payload_round_trips_to_the_printed_page(demo_school, session_as, tmp_path):
    session = session_as("hieutruong")
    klass, stored = _locked(session, "5A")
    books = {b.student.full_name: b for b in class_record_books(session, klass.id)}
    # A fixed choice (record ids are random): the first three by name, and the class's CHT student,
    # whose completion is still pending (no "ndunghoanthanh" yet).
    by_name = sorted(stored, key=lambda r: json.loads(r.payload)["hovaten"])
    pending = [r for r in by_name if json.loads(r.payload).get("xeploai") == "CHT"]
    assert len(pending) == 1   # 5A has one (Vũ Thành Tâm)
    for record in [*by_name[:3], *pending]:
        payload = json.loads(record.payload)
        expected = books[payload["hovaten"]].pages[0]
        rebuilt = record_book_from_payload(payload).pages[0]
        assert rebuilt.outcome == expected.outcome
        assert {(e.subject, e.period, e.component, e.value) for e in rebuilt.entries} == \
            {(e.subject, e.period, e.component, e.value) for e in expected.entries}
        assert [s.code for s in rebuilt.subjects] == [s.code for s in expected.subjects]
        assert payload["xeploai"] == expected.outcome.result
        assert payload["dahthanhctrinhtieuhoc"] is expected.outcome.completed_primary
        shown = _text(record.pdf, tmp_path)
        assert PRIMARY_RESULT_NAMES[payload["xeploai"]] in shown
        if expected.outcome.completed_grade is None:
            assert "ndunghoanthanh" not in payload  # decided only after the additional assessment
        else:
            assert payload["ndunghoanthanh"] in shown
        for row in payload["bangdiem"]:
            if row.get("diemkiemtradinhky"):
                assert f"{row['tenmonhoc']} {row['mucdatduoc']} {row['diemkiemtradinhky']}" in shown


def test_visible_signatures_sit_in_the_boxes_of_the_form(test_school, demo_pki, software_signer, tmp_path):
    _bind_all(test_school, demo_pki)
    for role, person in (("gvcn", "giaovien"), ("principal", "hieutruong"), ("seal", "condau")):
        _sign(test_school, role, software_signer(person))
    stored = records_repo.latest_for_class(test_school.db, test_school.class_id)[0]
    payload = json.loads(stored.payload)
    boxes = signature_boxes(page.render_year_form(payload, stored.payload_sha256), payload["namhoc"])
    reader = PdfFileReader(io.BytesIO(stored.pdf))
    pages = [reader.find_page_for_modification(i)[0].idnum for i in range(int(reader.root["/Pages"]["/Count"]))]
    widgets = {}
    for sig in reader.embedded_signatures:
        field = sig.sig_field
        widgets[field["/T"]] = ([float(x) for x in field["/Rect"]], pages.index(field.raw_get("/P").idnum))
    for role, name in pdf_signer.FIELD_NAMES.items():
        index, rect = boxes[role]
        assert widgets[name][1] == index
        assert widgets[name][0] == pytest.approx(list(rect), abs=0.01)
    report = verify_pdf(stored.pdf, [demo_pki.root_der])
    assert report.ok and len(report.signatures) == 3
    shown = _text(stored.pdf, tmp_path)
    # the certificate's name is "Nguyễn Thị Hoa – Giáo viên chủ nhiệm": the stamp says the capacity once
    assert "Ký bởi: Nguyễn Thị Hoa" in shown and "Hoa – Giáo viên" not in shown
    assert "Chức vụ: Giáo viên chủ nhiệm" in shown
    assert "Chức vụ: Hiệu trưởng" in shown and "Ký bởi: Trường THCS Thử nghiệm Nguyễn Du" in shown
