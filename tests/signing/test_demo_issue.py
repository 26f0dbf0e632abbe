"""The demo issuance through the real path, and the signing commands of the `hocbaso` CLI on its output."""

from __future__ import annotations

import pytest
from tests.fixtures.school import DEMO_TODAY
from tests.fixtures.softhsm import require_softhsm

from hocbaso_desktop.cli import main
from hocbaso_desktop.demo import create_demo_school
from hocbaso_desktop.signing.demo_issue import issue_demo_records


@pytest.fixture(scope="module")
def issued_demo(tmp_path_factory):
    require_softhsm()
    work = tmp_path_factory.mktemp("demo-issued")
    demo = create_demo_school(work / "truong.hocbaso", students_per_class=3, classes_per_grade=1, today=DEMO_TODAY)
    result = issue_demo_records(demo.path, demo.password, work / "data", ["4A"])
    return demo, result, work


def test_demo_records_are_issued_and_verify_on_the_command_line(issued_demo, monkeypatch, capsys):
    demo, result, work = issued_demo
    assert result.issued == 3
    monkeypatch.setenv("HOCBASO_PASSWORD", demo.password)
    db = ["--db", str(demo.path)]
    year = demo.year
    assert main(["export", *db, "--user", "hieutruong", "--class", "4A", "--year", year, "--out",
                 str(work / "out")]) == 0
    pdfs = sorted((work / "out").glob("*.pdf"))
    assert len(pdfs) == 3
    capsys.readouterr()
    assert main(["verify", str(pdfs[0]), "--trust", str(result.root_pem)]) == 0
    out = capsys.readouterr().out
    assert "KẾT LUẬN: TÀI LIỆU HỢP LỆ" in out and "Hiệu trưởng" in out and "(UTC+07:00)" in out
    assert main(["verify", str(pdfs[0])]) == 1                                     # no trust given: not valid
    tampered = work / "tampered.pdf"
    data = bytearray(pdfs[0].read_bytes())
    data[data.index(b"/Type /Page") + 7] ^= 1
    tampered.write_bytes(bytes(data))
    assert main(["verify", str(tampered), "--trust", str(result.root_pem), "--json"]) == 1
    assert '"ok": false' in capsys.readouterr().out


def test_verify_qr_offline_with_certificate_files(issued_demo, monkeypatch, capsys):
    demo, result, _work = issued_demo
    monkeypatch.setenv("HOCBASO_PASSWORD", demo.password)
    from hocbaso_desktop.storage import records_repo, school_repo
    from hocbaso_desktop.storage.session import open_session

    session = open_session(demo.path, "vanthu", demo.password)
    try:
        cls = school_repo.find_class(session.db, demo.year, "4A")
        qr_text = records_repo.latest_for_class(session.db, cls.id)[0].qr
    finally:
        session.close()
    pki_dir = result.root_pem.parent                     # signer certificates, issuing CA, root (and keys: skipped)
    capsys.readouterr()
    assert main(["verify-qr", qr_text, "--cert", str(pki_dir), "--trust", str(result.root_pem), "--json"]) == 0
    assert '"ok": true' in capsys.readouterr().out
    other = [str(pki_dir / "hieutruong.pem"), str(pki_dir / "issuing-ca.pem")]
    assert main(["verify-qr", qr_text, "--cert", other[0], "--cert", other[1], "--trust", str(result.root_pem)]) == 3
    # the signer's certificate, but a root that is not trusted
    assert main(["verify-qr", qr_text, "--cert", str(pki_dir), "--trust", str(pki_dir / "vanthu.pem")]) == 3
    assert main(["verify-qr", qr_text, "--db", str(demo.path), "--user", "vanthu"]) == 0
