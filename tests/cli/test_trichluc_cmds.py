"""`hocbaso trichluc import / add / issue` end to end (in-process): exit codes, messages, and what was stored."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image

from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD
from hocbaso_desktop.services import open_session
from hocbaso_desktop.storage import dataio_repo, trichluc_repo
from hocbaso_desktop.token import DEMO_USER_PIN
from tests.fixtures.cli import run_hocbaso
from tests.fixtures.dataio import copy_school
from tests.fixtures.softhsm import KEY_IDS

FILES = Path(__file__).resolve().parents[1] / "fixtures" / "files"
GOOD_STUDENTS = ("ea057543-8b0d-490b-b0a8-44e52587be6b", "bb2313f5-5b06-458e-be26-f36a8483f8b8")  # trichluc-good.xls


def hocbaso(*args: str, user: str):
    return run_hocbaso(*args, password=DEFAULT_DEMO_PASSWORD, user=user)


def _png(dpi: int = 200) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (400, 560), (240, 230, 200)).save(buf, "PNG", dpi=(dpi, dpi))
    return buf.getvalue()


def _school(dataio_demo_files, tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "school").mkdir()
    db = copy_school(dataio_demo_files["thcs"], tmp_path / "school")
    scans = tmp_path / "scans"
    scans.mkdir()
    for name in ("hs1.png", "hs2.png"):
        (scans / name).write_bytes(_png())
    return db, scans


def _waiting(db: Path, year: str) -> int:
    with open_session(db, "vanthu", DEFAULT_DEMO_PASSWORD) as clerk:
        return len(trichluc_repo.awaiting_seal(clerk.db, year, None))


def test_import_refuses_a_bad_workbook_then_checks_and_stores_a_good_one(dataio_demo_files, tmp_path):
    db, scans = _school(dataio_demo_files, tmp_path)
    bad = hocbaso("trichluc", "import", str(FILES / "trichluc-bad.xls"), "--scans", str(scans), "--db", str(db),
                  user="hocvu")
    assert bad.returncode == 3 and "LỖI" in bad.stdout and "0 đến 10" in bad.stdout
    assert bad.stderr.strip().endswith("Không có gì được ghi.")
    dry = hocbaso("trichluc", "import", str(FILES / "trichluc-good.xls"), "--scans", str(scans), "--dry-run",
                  "--json", "--db", str(db), user="hocvu")
    assert dry.returncode == 0, dry.stderr
    report = json.loads(dry.stdout)
    assert report["ok"] is True and report["applied"] is False and len(report["pages"]) == 2
    assert _waiting(db, "2019-2020") == 0   # a dry run stores nothing
    stored = hocbaso("trichluc", "import", str(FILES / "trichluc-good.xls"), "--scans", str(scans), "--db", str(db),
                     user="hocvu")
    assert stored.returncode == 0, stored.stderr
    assert "Đã lưu 2 bản chuyển đổi; chờ văn thư ký số con dấu (hocbaso trichluc issue)." in stored.stdout
    assert _waiting(db, "2019-2020") == 2   # the workbook's two rows are of 2019-2020


def test_add_by_hand_then_the_seal_lists_it_and_needs_a_bound_seal(dataio_demo_files, tmp_path):
    db, scans = _school(dataio_demo_files, tmp_path)
    with open_session(db, "hocvu", DEFAULT_DEMO_PASSWORD) as academic:
        student_id = dataio_repo.student_keys(academic.db)[0][0]
    added = hocbaso("trichluc", "add", "--student", student_id, "--year", "2019-2020", "--regulation", "58/2011",
                    "--scan", str(scans / "hs1.png"), "--grade", "6", "--class", "6A", "--subject", "Toán=8.5",
                    "--learning", "Giỏi", "--conduct", "Tốt", "--db", str(db), user="hocvu")
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("Đã lưu bản chuyển đổi ") and "chờ văn thư ký số con dấu" in added.stdout
    assert _waiting(db, "2019-2020") == 1
    refused = hocbaso("trichluc", "issue", "--year", "2019-2020", "--db", str(db), user="hocvu")
    assert refused.returncode == 3 and "hocvu" in refused.stderr and "Traceback" not in refused.stderr
    pin = tmp_path / "pin.txt"
    pin.write_text("123456\n")
    unbound = hocbaso("trichluc", "issue", "--year", "2019-2020", "--pin-file", str(pin), "--db", str(db),
                      user="vanthu")
    assert "Sẽ ký số con dấu 1 bản chuyển đổi:" in unbound.stdout
    assert unbound.returncode == 3 and "vanthu" in unbound.stderr and "chưa được đăng ký chứng thư" in unbound.stderr
    assert _waiting(db, "2019-2020") == 1
    nothing = hocbaso("trichluc", "issue", "--year", "2018-2019", "--db", str(db), user="vanthu")
    assert (nothing.returncode, nothing.stdout.strip()) == (0, "Không có bản chuyển đổi nào chờ ký số con dấu.")


@pytest.mark.token
def test_the_clerk_seals_and_issues_the_imported_pages_with_the_token(dataio_demo_files, tmp_path, demo_pki,
                                                                       softhsm_tokens):
    from hocbaso_desktop.signing.certificates import bind_certificate
    from hocbaso_desktop.storage import records_repo, trust_repo

    db, scans = _school(dataio_demo_files, tmp_path)
    assert hocbaso("trichluc", "import", str(FILES / "trichluc-good.xls"), "--scans", str(scans), "--db", str(db),
                   user="hocvu").returncode == 0
    with open_session(db, "quantri", DEFAULT_DEMO_PASSWORD) as admin:
        trust_repo.add_anchor(admin.db, demo_pki.root_der, subject="Root CA thử nghiệm", actor="quantri",
                              at="2026-01-01T00:00:00+00:00")
        bind_certificate(admin, username="vanthu", role="seal", cert_der=demo_pki.people["condau"].certificate_der,
                         chain_der=demo_pki.chain_der, key_id=KEY_IDS["condau"].hex(),
                         token_serial=softhsm_tokens.tokens["ConDau"].serial, module_path=softhsm_tokens.module_path,
                         accept_name_mismatch=True)  # the test PKI's seal names another school
    pin = tmp_path / "pin.txt"
    pin.write_text(DEMO_USER_PIN + "\n")
    issued = run_hocbaso("trichluc", "issue", "--year", "2019-2020", "--pin-file", str(pin), "--db", str(db),
                         password=DEFAULT_DEMO_PASSWORD, user="vanthu", extra_env=softhsm_tokens.env)
    assert issued.returncode == 0, issued.stderr
    assert "Sẽ ký số con dấu 2 bản chuyển đổi:" in issued.stdout and "Đã phát hành 2 bản chuyển đổi." in issued.stdout
    assert issued.stderr.count("đã phát hành") == 2
    assert _waiting(db, "2019-2020") == 0
    with open_session(db, "vanthu", DEFAULT_DEMO_PASSWORD) as clerk:
        pages = [records_repo.latest_for_student(clerk.db, sid, "2019-2020") for sid in GOOD_STUDENTS]
    assert [(p.record.status.value, [s.role for s in p.record.signatures]) for p in pages] == [("issued", ["seal"])] * 2
