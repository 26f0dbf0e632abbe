"""Remote signing end to end, from the command line, as issue 17's "How it will be checked" says.

An independent CSC v2 service (src/hocbaso_server/csc, its own PKI root → issuing CA → teacher, multisign 7 for a
class of 9: three authorizations) on 127.0.0.1; `trust add`, `remote add`, `certs bind --remote`, `sign --remote
--pin-file` with a wrong PIN first (exit 3, nothing signed), then the right one; the principal on a SoftHSM2 token;
`export`; every PDF validated by pyHanko's own validator and by poppler's pdfsig, the teacher's signature made by
the service's key; the XML form of each record (hocba.xml beside the PDF) carries the teacher's XAdES signature by the same key
and the principal's; the service saw no protocol violation.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys

from asn1crypto import keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from hocbaso_desktop.signing import xades
from hocbaso_desktop.signing.verify import payload_of_pdf
from tests.cli.test_school_cmds import hocbaso, no_traceback
from tests.cli.test_signing_cmds import _pem
from tests.fixtures.csc_service import CSC_CLIENT_ID, CSC_CLIENT_SECRET, CSC_PIN, CSC_USER
from tests.fixtures.pdfsig import Pdfsig
from tests.fixtures.school import DEMO_PASSWORD, SMALL_CLASS_SIZE
from tests.fixtures.softhsm import require_softhsm


def _nss(tmp_path, *roots):
    """pdfsig with an NSS database trusting both roots (the demo PKI's and the service's)."""
    nss = tmp_path / "nss"
    nss.mkdir()
    subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True, capture_output=True)
    for i, root in enumerate(roots):
        subprocess.run(["certutil", "-A", "-d", f"sql:{nss}", "-n", f"root{i}", "-t", "CT,C,C", "-i", root],
                       check=True, capture_output=True)
    return Pdfsig(nss)


def _records(db, user, school, *more):
    listing = hocbaso("remote", "queue", "--class", "4A", "--year", school.year, "--as", "gvcn", *db, user=user)
    return listing


def test_remote_teacher_token_principal_export_verify(small_demo_school, demo_pki, softhsm_tokens, csc_service, pdfsig,
                                                     tmp_path):
    require_softhsm()
    db = ("--db", str(small_demo_school.path))
    env = softhsm_tokens.env
    demo_root = _pem(demo_pki.root_der, tmp_path / "root.pem")
    csc_root = tmp_path / "csc-root.pem"
    csc_root.write_bytes(csc_service.pki.root_pem())
    for root in (demo_root, str(csc_root)):
        assert hocbaso("trust", "add", root, *db, user="quantri", stdin="có\n").returncode == 0   # fingerprint confirmed
    secret = tmp_path / "secret.txt"
    secret.write_text(CSC_CLIENT_SECRET + "\n", encoding="utf-8")
    added = hocbaso("remote", "add", "--name", "csc-thu", "--url", csc_service.url(), "--client-id", CSC_CLIENT_ID,
                    "--client-secret-file", str(secret), *db, user="quantri")
    assert added.returncode == 0, added.stderr
    listed = hocbaso("remote", "list", *db, user="quantri")
    assert "csc-thu" in listed.stdout and CSC_CLIENT_SECRET not in listed.stdout + listed.stderr + added.stdout
    bound = hocbaso("certs", "bind", "--user", "gvcn.4a", "--role", "gvcn", "--remote", "csc-thu", "--remote-user",
                    CSC_USER, "--accept-name-mismatch", *db, extra_env={"HOCBASO_USER": "quantri"})
    assert bound.returncode == 0, bound.stderr    # the service's test credential names another person
    issuing = _pem(demo_pki.issuing_der, tmp_path / "issuing.pem")
    head_bound = hocbaso("certs", "bind", "--user", "hieutruong", "--role", "principal", "--module",
                         softhsm_tokens.module_path, "--token-serial", softhsm_tokens.tokens["HieuTruong"].serial,
                         "--key-id", "02", "--chain", issuing, "--accept-name-mismatch", *db,
                         extra_env={**env, "HOCBASO_USER": "quantri"})
    assert head_bound.returncode == 0, head_bound.stderr

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("135799\n", encoding="utf-8")
    base = ("sign", "--class", "4A", "--year", small_demo_school.year, "--as", "gvcn", "--remote", *db)
    refused = hocbaso(*base, "--pin-file", str(wrong), user="gvcn.4a")
    assert refused.returncode == 3
    no_traceback(refused)
    assert "Mã PIN ký số từ xa không đúng" in refused.stderr and "Không học bạ nào được ký" in refused.stderr
    waiting = _records(db, "gvcn.4a", small_demo_school)
    assert waiting.returncode == 0 and " failed " in waiting.stdout and "PIN" in waiting.stdout  # kept, with why
    status = hocbaso("sign", "--class", "4A", "--year", small_demo_school.year, "--as", "gvcn", "--status", *db,
                     user="gvcn.4a")
    assert status.returncode == 0, status.stderr
    assert f"{SMALL_CLASS_SIZE} học bạ chờ ký" in status.stdout
    assert f"({SMALL_CLASS_SIZE} học bạ, chuẩn bị " in status.stdout
    assert "chưa ký được — học bạ vẫn khóa chờ ký — Mã PIN ký số từ xa không đúng" in status.stdout
    out = tmp_path / "none"
    nothing = hocbaso("export", "--class", "4A", "--year", small_demo_school.year, "--out", str(out), *db, user="hieutruong")
    assert nothing.returncode == 3  # nothing issued, nothing signed
    head_early = hocbaso("sign", "--class", "4A", "--year", small_demo_school.year, "--as", "principal", "--module",
                         softhsm_tokens.module_path, "--pin-file", str(tmp_path / "hpin.txt"), *db, user="hieutruong",
                         extra_env=env)
    assert "Không có học bạ nào chờ chữ ký này" in head_early.stdout  # the teacher's signature is not there

    pin = tmp_path / "pin.txt"
    pin.write_text(CSC_PIN + "\n", encoding="utf-8")
    signed = hocbaso(*base, "--pin-file", str(pin), user="gvcn.4a")
    assert signed.returncode == 0, signed.stderr
    assert f"Đã ký {SMALL_CLASS_SIZE} học bạ" in signed.stdout
    token_pin = tmp_path / "hpin.txt"
    token_pin.write_text("123456\n", encoding="utf-8")
    head = hocbaso("sign", "--class", "4A", "--year", small_demo_school.year, "--as", "principal", "--module",
                   softhsm_tokens.module_path, "--pin-file", str(token_pin), *db, user="hieutruong", extra_env=env)
    assert head.returncode == 0, head.stderr
    out = tmp_path / "out"
    exported = hocbaso("export", "--class", "4A", "--year", small_demo_school.year, "--out", str(out), *db,
                       user="hieutruong")
    assert exported.returncode == 0, exported.stderr
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == SMALL_CLASS_SIZE and len(list(out.glob("*.xml"))) == SMALL_CLASS_SIZE

    teacher_key = csc_service.pki.keys[CSC_USER].public_key().public_bytes(Encoding.DER,
                                                                           PublicFormat.SubjectPublicKeyInfo)
    teacher_cert_sha = hashlib.sha256(csc_service.pki.certs[CSC_USER]).hexdigest()
    roots = [asn1_x509.Certificate.load(demo_pki.root_der), asn1_x509.Certificate.load(csc_service.pki.root_der)]
    nss = _nss(tmp_path, demo_root, str(csc_root))
    for path in pdfs:
        with path.open("rb") as f:
            sigs = PdfFileReader(f).embedded_signatures
            assert [s.field_name for s in sigs] == ["Sig1_GVCN", "Sig2_HieuTruong"]
            for sig in sigs:
                status = validate_pdf_signature(sig, ValidationContext(trust_roots=roots, allow_fetching=False))
                assert status.bottom_line, status.pretty_print_details()
            assert sigs[0].signer_cert.public_key.dump() == keys.PublicKeyInfo.load(teacher_key).dump()
        assert [s.ok for s in nss.check(path)] == [True, True]
        # the XML form beside it: the teacher's XAdES signature by the service's key, then the principal's
        xml = path.with_suffix(".xml").read_bytes()
        report = xades.verify_xml(xml, [demo_pki.root_der, csc_service.pki.root_der],
                                  payload=json.loads(payload_of_pdf(path.read_bytes())))
        assert report.ok and report.matches_pdf, xades.format_xml_report(report)
        assert [s.role for s in report.signatures] == ["gvcn", "principal"]
        assert report.signatures[0].certificate_sha256 == teacher_cert_sha
    assert csc_service.service.violations == []
    seen = repr(csc_service.service.requests)
    assert "135799" in seen and CSC_PIN in seen  # the PINs went to the service (authorize) …
    for result in (refused, signed, added, bound):  # … and never to the screen
        assert CSC_PIN not in result.stdout + result.stderr and CSC_CLIENT_SECRET not in result.stdout + result.stderr
    queued = _records(db, "gvcn.4a", small_demo_school)
    assert queued.returncode == 0 and queued.stdout.strip() == ""


def test_ctrl_c_while_waiting_for_the_phone_signs_nothing(small_demo_school, csc_service, tmp_path):
    """oauth2code: `sign --remote` shows the transaction code and waits; Ctrl+C (SIGINT to the real process) stops
    it cleanly: exit 3, no traceback, nothing signed, the batch kept."""
    db = ("--db", str(small_demo_school.path))
    csc_service.credential.mode = "oauth2code"
    csc_root = tmp_path / "csc-root.pem"
    csc_root.write_bytes(csc_service.pki.root_pem())
    assert hocbaso("trust", "add", str(csc_root), *db, user="quantri", stdin="có\n").returncode == 0
    secret = tmp_path / "secret.txt"
    secret.write_text(CSC_CLIENT_SECRET + "\n", encoding="utf-8")
    assert hocbaso("remote", "add", "--name", "csc-thu", "--url", csc_service.url(), "--client-id", CSC_CLIENT_ID,
                   "--client-secret-file", str(secret), *db, user="quantri").returncode == 0
    bound = hocbaso("certs", "bind", "--user", "gvcn.4a", "--role", "gvcn", "--remote", "csc-thu", "--remote-user",
                    CSC_USER, "--accept-name-mismatch", *db, extra_env={"HOCBASO_USER": "quantri"})
    assert bound.returncode == 0, bound.stderr
    fetch = tmp_path / "browser"            # the teacher's browser: $BROWSER, run by the program's webbrowser call
    fetch.write_text(f"#!{sys.executable}\nimport sys, urllib.request\nurllib.request.urlopen(sys.argv[1], timeout=60)\n",
                     encoding="utf-8")
    fetch.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOCBASO_")}
    env |= {"HOCBASO_PASSWORD": DEMO_PASSWORD, "HOCBASO_USER": "gvcn.4a", "HOCBASO_LANG": "vi", "BROWSER": str(fetch)}
    process = subprocess.Popen([sys.executable, "-m", "hocbaso_desktop", "sign", "--class", "4A", "--year",
                                small_demo_school.year, "--as", "gvcn", "--remote", *db], stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert csc_service.service.approval_event.wait(120)      # the request is on the phone
        page = next(b for _v, m, b in csc_service.service.requests if m == "oauth2/authorize")
        code = page["description"].rsplit(" ", 1)[-1]              # the code the program named to the service
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 3, out + err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert f"Hãy xác nhận trên điện thoại. Mã giao dịch: {code}" in err
    assert f"nếu không thấy, hãy mở: {csc_service.url()}/oauth2/authorize?" in err   # no browser may open
    assert "Đã huỷ ký số từ xa" in err and "Không học bạ nào được ký" in err
    assert not any(m in ("oauth2/token", "signatures/signHash") for _v, m, _b in csc_service.service.requests)
    status = hocbaso("sign", "--class", "4A", "--year", small_demo_school.year, "--as", "gvcn", "--status", *db,
                     user="gvcn.4a")
    assert f"{SMALL_CLASS_SIZE} học bạ chờ ký" in status.stdout and "Đã huỷ" in status.stdout
