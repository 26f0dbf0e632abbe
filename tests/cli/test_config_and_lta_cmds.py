"""The commands of long-term validation as a school would run them: `config set signing.tsa_url`, signing with the
TSA answering (B-T), `timestamp-upgrade` (B-LTA with OCSP/CRL from the test PKI's responders), `export`."""

from __future__ import annotations

import io
import json

from pyhanko.pdf_utils.reader import PdfFileReader

from hocbaso_desktop.services import accounts
from hocbaso_desktop.signing.verify import format_report, verify_pdf
from tests.cli.test_school_cmds import hocbaso, no_traceback
from tests.fixtures.ltv_pki import issue_class_ltv
from tests.fixtures.pdfa import pdfa3b_problems
from tests.fixtures.signing import PASSWORD


def test_config_set_get_list_and_refusals(ltv_school, ltv_pki, tmp_path):
    ltv_school.db.close()
    db = ("--db", str(tmp_path / "truong.hocbaso"))
    run = lambda *a, user="quantri": hocbaso(*a, *db, password=PASSWORD, user=user)  # noqa: E731
    done = run("config", "set", "signing.tsa_url", ltv_pki.tsa_url)
    assert done.returncode == 0, done.stderr
    assert run("config", "get", "signing.tsa_url").stdout.strip() == ltv_pki.tsa_url
    listed = json.loads(run("config", "list", "--json").stdout)
    tsa = next(item for item in listed if item["key"] == "signing.tsa_url")
    assert tsa["value"] == ltv_pki.tsa_url and "dấu thời gian" in tsa["explanation"]
    assert next(i for i in listed if i["key"] == "signing.timestamp_renew_days")["value"] == 365
    assert "Máy chủ cấp dấu thời gian" in run("config", "list").stdout
    for bad in (("set", "signing.tsa_url", "not a url"), ("set", "khong.co", "1"), ("get", "khong.co"),
                ("set", "ui.lock_minutes", "0")):
        refused = run("config", *bad)
        assert refused.returncode == 3, bad
        no_traceback(refused)
    teacher = run("config", "set", "signing.tsa_url", "http://127.0.0.1:1/tsa", user="gvcn.4a")
    assert teacher.returncode == 3 and "gvcn" not in teacher.stdout
    assert run("config", "get", "signing.tsa_url").stdout.strip() == ltv_pki.tsa_url   # unchanged
    secret = run("config", "set", "sync.api_token", "bi-mat-cua-truong")
    assert secret.returncode == 0 and "bi-mat" not in secret.stdout
    assert "bi-mat" not in run("config", "get", "sync.api_token").stdout


def test_timestamp_upgrade_then_export_gives_b_lta_pdfa(ltv_school, ltv_pki, tmp_path):
    issue_class_ltv(ltv_school, ltv_pki)
    accounts.change_password(ltv_school.session("quantri"), "hieutruong", PASSWORD)
    ltv_school.db.close()
    db = ("--db", str(tmp_path / "truong.hocbaso"))
    upgraded = hocbaso("timestamp-upgrade", *db, password=PASSWORD, user="hieutruong")
    assert upgraded.returncode == 0, upgraded.stderr
    assert "3 học bạ lên PAdES B-LTA" in upgraded.stdout
    out = tmp_path / "xuat"
    exported = hocbaso("export", "--class", "4A", "--year", "2025-2026", "--out", str(out), *db, password=PASSWORD,
                       user="hieutruong")
    assert exported.returncode == 0, exported.stderr
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 3
    for path in pdfs:
        data = path.read_bytes()
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        assert "/DSS" in reader.root and len(reader.embedded_timestamp_signatures) == 1
        assert pdfa3b_problems(data, attachments=("payload.json",)) == []
        report = verify_pdf(data, [ltv_pki.root_der])
        assert report.ok and all(s.revocation_checked for s in report.signatures), format_report(report)
        checked = hocbaso("verify", str(path), "--trust", str(ltv_pki.dir / "root.pem"), password=None)
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert "thu hồi (OCSP/CRL) gắn trong tệp" in checked.stdout
