"""Trích lục screen: Excel dry run then import, one page by hand refused on a bad value, the seal issues a page."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from hocbaso_desktop.dataio.trichluc import TrichlucPage as PaperPage
from hocbaso_desktop.dataio.trichluc import add_page
from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD
from hocbaso_desktop.domain.legacy import LegacySubject, LegacyYearResult
from hocbaso_desktop.signing.certificates import bind_certificate
from hocbaso_desktop.storage import dataio_repo, records_repo, trust_repo
from hocbaso_desktop.token import DEMO_USER_PIN
from hocbaso_desktop.ui.start_window import sign_in
from hocbaso_desktop.ui.trichluc_view import TrichlucPage
from tests.fixtures.dataio import copy_school, write_xlsx
from tests.fixtures.softhsm import KEY_IDS
from tests.ui.conftest import run_op

HEADERS = ["STT", "Mã hệ thống", "Năm học", "Thông tư", "Khối", "Lớp", "Toán", "Ngữ văn", "Học lực", "Hạnh kiểm",
           "Bản scan"]


def _png(dpi: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (300, 420), (240, 230, 200)).save(buf, "PNG", dpi=(dpi, dpi))
    return buf.getvalue()


def _page(qtbot, backend, path: Path, user: str, **kwargs) -> TrichlucPage:
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, path, user, DEFAULT_DEMO_PASSWORD))
    page = TrichlucPage(backend, who, **kwargs)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    return page


def _students(qtbot, backend) -> list[str]:
    return [k[0] for k in run_op(qtbot, backend, lambda ctx: dataio_repo.student_keys(ctx.session.db))]


def test_excel_dry_run_lists_problems_then_a_clean_file_is_imported(qtbot, backend, dataio_demo_files, tmp_path):
    school = copy_school(dataio_demo_files["thcs"], tmp_path)
    page = _page(qtbot, backend, school, "hocvu")
    a, b = _students(qtbot, backend)[:2]
    (tmp_path / "hs1.png").write_bytes(_png(300))
    rows = [[1, a, "2019-2020", "58/2011", 6, "6A", 11, 7, "Giỏi", "Tốt", "hs1.png"],
            [2, b, "2019-2020", "58/2011", 6, "6A", 5, 6.5, "Xuất sắc", "Tốt", "khong-co.png"]]
    broken = write_xlsx(tmp_path / "hong.xlsx", {"Trích lục": [HEADERS, *rows]})
    box = page.import_box
    with qtbot.waitSignal(page.checked, timeout=30000) as checked:
        box.check_file(broken)
    assert not checked.args[0].ok and not box.import_button.isEnabled()
    found = {(box.problems.item(r, 1).text(), box.problems.item(r, 2).text()) for r in range(box.problems.rowCount())}
    assert any(cell == "G2" and "0 đến 10" in reason for cell, reason in found), found
    assert any("khong-co.png" in reason for _cell, reason in found), found
    assert "lỗi" in box.summary.text()
    assert run_op(qtbot, backend, lambda ctx: records_repo.latest_for_student(ctx.session.db, a, "2019-2020")) is None

    rows = [[1, a, "2019-2020", "58/2011", 6, "6A", 8.5, 7, "Giỏi", "Tốt", "hs1.png"]]
    good = write_xlsx(tmp_path / "tot.xlsx", {"Trích lục": [HEADERS, *rows]})
    with qtbot.waitSignal(page.checked, timeout=30000) as checked:
        box.check_file(good, tmp_path)
    assert checked.args[0].ok and box.import_button.isEnabled() and box.problems.rowCount() == 0
    with qtbot.waitSignal(page.imported, timeout=30000) as imported:
        box.import_button.click()
    assert imported.args[0].applied and len(imported.args[0].pages) == 1
    stored = run_op(qtbot, backend, lambda ctx: records_repo.latest_for_student(ctx.session.db, a, "2019-2020"))
    assert stored.record.converted_from_paper and stored.record.status.value == "locked"


def test_a_page_with_a_bad_value_shows_the_reason_and_saves_nothing(qtbot, backend, small_school, tmp_path):
    page = _page(qtbot, backend, small_school, "hocvu")
    with qtbot.waitSignal(page.context_loaded, timeout=20000):
        page.refresh()
    assert page.regulation_box.currentData() == "27/2020" and page.student_box.count() > 0
    student_id = page.student_box.itemData(0)
    page.student_box.setCurrentIndex(0)
    page.year_box.setCurrentText("2021-2022")
    page.grade_box.setValue(3)
    page.class_name.setText("3A")
    page.learning_box.setCurrentText("HTT")
    page.set_subject("Toán", "X")
    assert "T/H/C" in page.entry_reason.text() and not page.save_button.isEnabled()
    bad_cell = next(page.subjects.item(r, 1) for r in range(page.subjects.rowCount())
                    if page.subjects.item(r, 0).text() == "Toán")
    assert "T/H/C" in bad_cell.toolTip()
    (tmp_path / "thap.png").write_bytes(_png(72))
    with qtbot.waitSignal(page.scan_checked, timeout=20000) as scan:
        page.choose_scan(tmp_path / "thap.png")
    assert "dpi" in scan.args[0] and "dpi" in page.scan_status.text()
    (tmp_path / "tot.png").write_bytes(_png(300))
    with qtbot.waitSignal(page.scan_checked, timeout=20000) as scan:
        page.choose_scan(tmp_path / "tot.png")
    assert scan.args[0] == ""
    with qtbot.waitSignal(page.page_refused, timeout=5000) as refused:
        page.save_page()
    assert "T/H/C" in refused.args[0]
    assert run_op(qtbot, backend, lambda ctx: records_repo.latest_for_student(
        ctx.session.db, student_id, "2021-2022")) is None
    page.set_subject("Toán", "H", "7")
    assert page.save_button.isEnabled(), page.entry_reason.text()
    with qtbot.waitSignal(page.page_saved, timeout=30000) as saved:
        page.save_button.click()
    stored = run_op(qtbot, backend, lambda ctx: records_repo.get(ctx.session.db, saved.args[0]))
    assert stored.record.converted_from_paper and stored.record.regulation == "27/2020"


@pytest.mark.token
def test_the_clerk_issues_a_converted_page_with_the_seal_token(qtbot, backend, small_school, demo_pki,
                                                               softhsm_tokens, tmp_path):
    result = LegacyYearResult("27/2020", "2021-2022", 3, "3A", (LegacySubject("TOAN", "Toán", "T 9"),),
                              learning="HTT")

    def prepare(ctx) -> str:
        student = dataio_repo.student_keys(ctx.session.db)[0][0]
        return add_page(ctx.session, PaperPage(student, result, _png(300), "a.png"))

    run_op(qtbot, backend, lambda ctx: sign_in(ctx, small_school, "hocvu", DEFAULT_DEMO_PASSWORD))
    record_id = run_op(qtbot, backend, prepare)
    run_op(qtbot, backend, lambda ctx: sign_in(ctx, small_school, "quantri", DEFAULT_DEMO_PASSWORD))
    run_op(qtbot, backend, lambda ctx: trust_repo.add_anchor(
        ctx.session.db, demo_pki.root_der, subject="Root CA thử nghiệm", actor="quantri",
        at="2026-01-01T00:00:00+00:00"))
    run_op(qtbot, backend, lambda ctx: bind_certificate(
        ctx.session, username="vanthu", role="seal", cert_der=demo_pki.people["condau"].certificate_der,
        chain_der=demo_pki.chain_der, key_id=KEY_IDS["condau"].hex(),
        token_serial=softhsm_tokens.tokens["ConDau"].serial, module_path=softhsm_tokens.module_path,
        accept_name_mismatch=True))  # the test PKI's seal names another school
    page = _page(qtbot, backend, small_school, "vanthu", token_env=softhsm_tokens.env)
    assert page.tabs.count() == 1
    seal = page.seal
    with qtbot.waitSignal(page.planned, timeout=30000) as planned:
        page.refresh()
    assert [i.record_id for i in planned.args[0].items] == [record_id] and not planned.args[0].problem
    qtbot.waitUntil(seal.issue_button.isEnabled, timeout=30000)
    assert seal.token_box.currentData() == softhsm_tokens.tokens["ConDau"].serial

    def type_pin(dialog) -> None:
        dialog.pin.setText(DEMO_USER_PIN)
        dialog.accept()

    seal.prompt.dialog_opened.connect(type_pin)
    with qtbot.waitSignal(page.issued, timeout=60000) as issued:
        seal.issue_button.click()
    assert issued.args[0].issued == 1 and issued.args[0].remaining == 0
    assert "phát hành 1 bản" in seal.seal_status.text()
    stored = run_op(qtbot, backend, lambda ctx: records_repo.get(ctx.session.db, record_id))
    assert stored.record.status.value == "issued" and [s.role for s in stored.record.signatures] == ["seal"]
    qtbot.waitUntil(lambda: seal.items.rowCount() == 0, timeout=20000)
