"""Issue 21, bounded inputs (item 5): bombs, floods, stalls and deep JSON end in a clear message, exit 3.

Each attack runs the real `hocbaso` command in a subprocess with its address space capped, so "within
its limit of memory" is checked by the kernel, not estimated; servers are real sockets on 127.0.0.1.
"""

from __future__ import annotations

import gzip
import json
import socket
import subprocess
import sys
import time
import zipfile
import zlib

import base45
import httpx
import pytest
from openpyxl import Workbook

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.limits import QR_MAX_TEXT
from hocbaso_desktop.services import students as students_service
from hocbaso_desktop.storage import school_repo, settings_repo
from tests.security.i21_helpers import deflate_zeros_into, gzip_bomb, hocbaso_capped, no_traceback, zlib_bomb

MiB = 1024 * 1024


def student_count(db) -> int:
    return db.query_one("SELECT count(*) FROM students")[0]


def test_excel_zip_bomb_is_refused_within_memory(demo_school, admin_db, tmp_path):
    book = Workbook()
    book.active.append(["STT", "Họ và tên"])
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
        for info in src.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                dst.writestr(info, src.read(info))
                continue
            # one cell holding 600 MiB of text: 600 KiB on disk
            with dst.open(info.filename, "w", force_zip64=True) as out:
                out.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                          b'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>')
                for _ in range(600):
                    out.write(b"A" * MiB)
                out.write(b"</t></is></c></row></sheetData></worksheet>")
    assert bomb.stat().st_size < 4 * MiB
    before = student_count(admin_db)
    started = time.monotonic()
    result = hocbaso_capped("import", str(bomb), "--db", str(demo_school.path), user="hocvu", memory_mib=700)
    no_traceback(result)
    assert result.returncode == 3 and "bomb.xlsx" in result.stderr and "giới hạn" in result.stderr
    assert time.monotonic() - started < 60
    assert student_count(admin_db) == before


def test_bundle_manifest_bomb_is_refused_before_inflating(tmp_path):
    bomb = tmp_path / "b.hocbaso-bundle"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        deflate_zeros_into(zf, "manifest.json", 600 * MiB)
        zf.writestr("manifest.hmac", "0" * 64)
    result = hocbaso_capped("sync", "upload-bundle", str(bomb), "--server", "http://127.0.0.1:9", "--api-token", "t",
                            "--accept-old-bundle", memory_mib=450)   # an older bundle's manifest: the sender accepts it
    no_traceback(result)
    assert result.returncode == 3 and "giới hạn" in result.stderr


def test_qr_zlib_bomb_is_refused_within_memory(tmp_path, demo_pki):
    # 5 MiB of zeros from ≈ 5 KB: about the most a QR's 8,192 characters can carry. The text passes the file and text
    # limits, the certificate files are real ones, so what refuses it is the bound on inflating the QR's content.
    bomb = zlib_bomb(5 * MiB)
    assert zlib.decompress(bomb) == b"\0" * (5 * MiB)   # the construction is a true zlib stream of it
    text = "HB1:" + base45.b45encode(bomb).decode("ascii")
    assert len(text) <= QR_MAX_TEXT
    qr_file = tmp_path / "qr.txt"
    qr_file.write_text(text, encoding="utf-8")
    signer, root = tmp_path / "signer.der", tmp_path / "root.der"
    signer.write_bytes(demo_pki.people["hieutruong"].certificate_der)
    root.write_bytes(demo_pki.root_der)
    result = hocbaso_capped("verify-qr", str(qr_file), "--cert", str(signer), "--trust", str(root), memory_mib=350)
    no_traceback(result)
    assert result.returncode == 3 and "“Mã QR” vượt quá giới hạn" in result.stderr, result.stderr


@pytest.mark.parametrize("chunked", [False, True], ids=["declared-1GiB", "chunked-endless"])
def test_a_flooding_server_does_not_take_the_client_memory(demo_school, admin_db, hostile_server, chunked):
    server = hostile_server("flood", chunked=chunked)
    with admin_db.transaction():
        settings_repo.set_setting(admin_db, "sync.server_url", server.url)
        settings_repo.set_setting(admin_db, "sync.api_token", "t")
    result = hocbaso_capped("sync", "--db", str(demo_school.path), memory_mib=700, timeout=120)
    no_traceback(result)
    assert result.returncode == 3 and "giới hạn" in result.stderr
    assert pinned_nothing(admin_db)


def test_a_server_sending_one_byte_every_2s_is_cut_off(demo_school, admin_db, hostile_server):
    server = hostile_server("trickle", interval=2.0)
    with admin_db.transaction():
        settings_repo.set_setting(admin_db, "sync.server_url", server.url)
        settings_repo.set_setting(admin_db, "sync.api_token", "t")
    started = time.monotonic()
    result = hocbaso_capped("sync", "--db", str(demo_school.path), memory_mib=700, timeout=170)
    elapsed = time.monotonic() - started
    no_traceback(result)
    assert result.returncode == 3 and "chậm" in result.stderr
    assert elapsed < 90  # the request deadline is 30 s; the trickle alone would last 4 minutes
    assert server.sent < 60


def pinned_nothing(db) -> bool:
    return not settings_repo.get_setting(db, "sync.receipt_keys", {})


def test_json_nested_100000_deep_is_refused_by_evaluate_and_import_data(demo_school, admin_db, tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    result = hocbaso_capped("evaluate", memory_mib=600, stdin=deep.encode())
    no_traceback(result)
    assert result.returncode == 3 and "sâu" in result.stderr
    doc = tmp_path / "deep.json"
    doc.write_text('{"dinhdang": "hocbaso-export", "x": ' + deep + "}", encoding="utf-8")
    before = student_count(admin_db)
    result = hocbaso_capped("import-data", str(doc), "--db", str(demo_school.path), user="hocvu", memory_mib=600)
    no_traceback(result)
    assert result.returncode == 3 and "sâu" in result.stderr
    assert student_count(admin_db) == before


def test_class_size_has_a_maximum(session_as):
    from hocbaso_desktop.domain.model import PartialDate, Sex, Student

    session = session_as("hocvu")
    db = session.db
    year = school_repo.latest_year(db)
    school_class = school_repo.list_classes(db, year)[0]
    with db.transaction():
        settings_repo.set_setting(db, school_repo.MAX_CLASS_SIZE_KEY, 45)
    size = len(school_repo.students_in_class(db, school_class.id))
    template = school_repo.students_in_class(db, school_class.id)[0]
    added = 0
    with pytest.raises(InvalidInputError) as refused:
        for _n in range(60):
            students_service.add_student(session, school_class, Student(
                "", "Nguyễn Văn Thêm", Sex.MALE, PartialDate(template.birth.year, 1, 1)))
            added += 1
    assert size + added == 45 and "45" in refused.value.message
    assert len(school_repo.students_in_class(db, school_class.id)) == 45


@pytest.fixture
def capped_reference_server(tmp_path):
    """The reference server in its own process, its memory capped at 700 MiB."""
    import resource

    from tests.fixtures.central_server import free_port

    port = free_port()

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (700 * MiB, 700 * MiB))

    proc = subprocess.Popen([sys.executable, "-m", "hocbaso_server", "--data", str(tmp_path / "srv"), "--port",
                             str(port), "--api-token", "tok", "--no-verify-pdf"], preexec_fn=cap,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    (tmp_path / "srv").mkdir(exist_ok=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise RuntimeError("reference server did not start") from None
            time.sleep(0.1)
    yield url, proc
    proc.terminate()
    proc.wait(timeout=30)


def test_server_refuses_a_gzip_bomb_without_inflating_it(capped_reference_server):
    url, proc = capped_reference_server
    assert gzip.decompress(gzip_bomb(3 * MiB)) == b" " * (3 * MiB)   # the construction is a true gzip of it
    body = gzip_bomb(1024 * MiB)   # 1 GiB of spaces
    assert len(body) < 2 * MiB
    headers = {"Authorization": "Bearer tok", "Content-Encoding": "gzip", "Content-Type": "application/json"}
    answer = httpx.post(url + "/api/v1/submissions", content=body, headers=headers, timeout=60)
    assert answer.status_code == 413
    assert proc.poll() is None
    assert httpx.get(url + "/api/v1/ping", headers={"Authorization": "Bearer tok"}, timeout=30).status_code == 200
    small = gzip.compress(json.dumps({"protocol": "hocbaso-sync/1", "school_code": "x", "device_id": "d",
                                      "items": []}).encode())
    assert httpx.post(url + "/api/v1/submissions", content=small, headers=headers, timeout=30).status_code == 201
