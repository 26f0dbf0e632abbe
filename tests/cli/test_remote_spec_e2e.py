"""Issue 17's own check against a CSC v2 service written from the specification (tests/fixtures/csc_spec_service.py).

The service is independent of the project (its own module, PKI made with openssl: root → issuing CA → teacher,
signatures made by `openssl pkeyutl`), `multisign` 8 for a class of 9 (18 hashes: three authorizations), and it
records protocol violations. Through the command line: `trust add` (both roots, the token PKI's issuing CA),
`remote add`, `certs bind --remote` (refused for the differing name, then `--accept-name-mismatch`), `sign --remote
--pin-file` with a wrong PIN (exit 3, nothing signed), then the right PIN; the principal on a SoftHSM2 token made with softhsm2-util and openssl
(tests/fixtures/real_pki.py); `export`. Every PDF validates with pyHanko's validator and poppler's pdfsig, the
teacher's signature made by the service's key; every XML form validates with xmlsec1 (each signature) and with the
program's verifier; the service saw no violation. Twice: with RSA keys, and with ECDSA P-256 keys throughout the
service's PKI (services that issue EC keys exist).
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import shutil
import subprocess

import pytest
from asn1crypto import keys
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from hocbaso_desktop.signing import xades, xml_form
from hocbaso_desktop.signing.verify import payload_of_pdf
from tests.cli.test_remote_cmds import _nss
from tests.cli.test_school_cmds import hocbaso, no_traceback
from tests.fixtures import csc_spec_service as spec
from tests.fixtures.real_pki import SOFTHSM, USER_PIN
from tests.fixtures.school import SMALL_CLASS_SIZE

DS = "http://www.w3.org/2000/09/xmldsig#"


def _der(pem_path) -> bytes:
    return subprocess.run(["openssl", "x509", "-in", str(pem_path), "-outform", "DER"], capture_output=True,
                          check=True).stdout


def _xmlsec(path, trusted, untrusted, node_id: str) -> subprocess.CompletedProcess:
    """xmlsec1 --verify of one signature (by Id), trusting the given roots."""
    args = ["xmlsec1", "--verify"]
    for pem in trusted:
        args += ["--trusted-pem", str(pem)]
    for pem in untrusted:
        args += ["--untrusted-pem", str(pem)]
    args += ["--id-attr:Id", f"{xml_form.NS}:thongtinsohocbasotieuhoc",
             "--id-attr:Id", f"{xades.XADES}:SignedProperties", "--id-attr:Id", f"{DS}:Signature",
             "--id-attr:Id", f"{DS}:KeyInfo", "--node-id", node_id, str(path)]
    return subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.parametrize("key", ["rsa", "ec"])
def test_spec_service_teacher_then_token_principal_export_verify(small_demo_school, real_pki, key, request, tmp_path):
    if shutil.which("xmlsec1") is None:
        pytest.skip("xmlsec1 is not installed (Debian package xmlsec1, tools/install-system-deps.sh)")
    service, server = request.getfixturevalue("csc_spec" if key == "rsa" else "csc_spec_ec")
    pki = service.pki
    db = ("--db", str(small_demo_school.path))
    env = real_pki.env
    for root in (pki.pem("root"), real_pki.root_pem):          # the administrator confirms each fingerprint
        added = hocbaso("trust", "add", str(root), *db, user="quantri", stdin="có\n")
        assert added.returncode == 0, added.stderr
    issuing_sha = hashlib.sha256(_der(real_pki.issuing_pem)).hexdigest()
    added = hocbaso("trust", "add", str(real_pki.issuing_pem), "--fingerprint", issuing_sha, *db, user="quantri")
    assert added.returncode == 0, added.stderr

    secret = tmp_path / "secret.txt"
    secret.write_text(spec.CLIENT_SECRET + "\n", encoding="utf-8")
    added = hocbaso("remote", "add", "--name", "ky-so-dac-ta", "--url", server.url, "--client-id", spec.CLIENT_ID,
                    "--client-secret-file", str(secret), *db, user="quantri")
    assert added.returncode == 0, added.stderr
    bind = ("certs", "bind", "--user", "gvcn.4a", "--role", "gvcn", "--remote", "ky-so-dac-ta", "--remote-user",
            spec.TEACHER_LOGIN, *db)
    refused = hocbaso(*bind, extra_env={"HOCBASO_USER": "quantri"})
    assert refused.returncode == 3 and "--accept-name-mismatch" in refused.stderr, refused.stdout + refused.stderr
    assert spec.TEACHER_CN in refused.stderr                     # the certificate's name is shown
    no_traceback(refused)
    bound = hocbaso(*bind, "--accept-name-mismatch", extra_env={"HOCBASO_USER": "quantri"})
    assert bound.returncode == 0, bound.stderr
    head_bind = hocbaso("certs", "bind", "--user", "hieutruong", "--role", "principal", "--module", SOFTHSM,
                        "--token-serial", real_pki.serials["principal"], "--accept-name-mismatch", *db,
                        extra_env={**env, "HOCBASO_USER": "quantri"})
    assert head_bind.returncode == 0, head_bind.stderr

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("111111\n", encoding="utf-8")
    sign = ("sign", "--class", "4A", "--year", small_demo_school.year, "--as", "gvcn", "--remote", *db)
    failed = hocbaso(*sign, "--pin-file", str(wrong), user="gvcn.4a")
    assert failed.returncode == 3
    no_traceback(failed)
    assert "Mã PIN ký số từ xa không đúng" in failed.stderr and "Không học bạ nào được ký" in failed.stderr
    assert service.methods_called("signatures/signHash") == [] and service.signed == 0
    none_out = tmp_path / "none"
    nothing = hocbaso("export", "--class", "4A", "--year", small_demo_school.year, "--out", str(none_out), *db,
                      user="hieutruong")
    assert nothing.returncode == 3 and not list(none_out.glob("*.pdf"))   # nothing signed, nothing issued

    pin = tmp_path / "pin.txt"
    pin.write_text(spec.TEACHER_PIN + "\n", encoding="utf-8")
    signed = hocbaso(*sign, "--pin-file", str(pin), user="gvcn.4a")
    assert signed.returncode == 0, signed.stdout + signed.stderr
    assert f"Đã ký {SMALL_CLASS_SIZE} học bạ" in signed.stdout
    # a PDF and an XML hash for each page, in authorizations of at most multisign hashes
    authorizations = service.methods_called("credentials/authorize")
    hashes = 2 * SMALL_CLASS_SIZE
    assert len(authorizations) == 1 + math.ceil(hashes / spec.MULTISIGN)           # the wrong PIN's, then the batch
    assert all(a["numSignatures"] <= spec.MULTISIGN for a in authorizations) and service.signed == hashes
    token_pin = tmp_path / "token-pin.txt"
    token_pin.write_text(USER_PIN + "\n", encoding="utf-8")
    head = hocbaso("sign", "--class", "4A", "--year", small_demo_school.year, "--as", "principal", "--pin-file",
                   str(token_pin), *db, user="hieutruong", extra_env=env)
    assert head.returncode == 0, head.stdout + head.stderr
    out = tmp_path / "out"
    exported = hocbaso("export", "--class", "4A", "--year", small_demo_school.year, "--out", str(out), *db,
                       user="hieutruong")
    assert exported.returncode == 0, exported.stderr
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == SMALL_CLASS_SIZE and len(list(out.glob("*.xml"))) == SMALL_CLASS_SIZE

    teacher_key = keys.PublicKeyInfo.load(pki.teacher_public_key_der()).dump()
    teacher_sha = hashlib.sha256(pki.der("teacher")).hexdigest()
    roots_der = [pki.der("root"), _der(real_pki.root_pem)]
    roots = [asn1_x509.Certificate.load(r) for r in roots_der]
    nss = _nss(tmp_path, str(pki.pem("root")), str(real_pki.root_pem))
    for path in pdfs:
        sigs = PdfFileReader(io.BytesIO(path.read_bytes())).embedded_signatures
        assert [s.field_name for s in sigs] == ["Sig1_GVCN", "Sig2_HieuTruong"]
        for sig in sigs:
            status = validate_pdf_signature(sig, ValidationContext(trust_roots=roots, allow_fetching=False))
            assert status.bottom_line and status.trusted, status.pretty_print_details()
        assert sigs[0].signer_cert.public_key.dump() == teacher_key       # made by the service's key
        assert sigs[0].signer_cert.public_key.algorithm == key
        assert [s.ok for s in nss.check(path)] == [True, True], path.name
        xml_path = path.with_suffix(".xml")
        data = xml_path.read_bytes()
        ids = [s.get("Id") for s in xml_form.parse(data).findall(f"{{{DS}}}Signature")]
        assert ids == ["sig-gvcn", "sig-principal"]
        for node in ids:                                              # the independent XML verifier
            done = _xmlsec(xml_path, (pki.pem("root"), real_pki.root_pem), (pki.pem("issuing"),
                                                                             real_pki.issuing_pem), node)
            assert done.returncode == 0 and "OK" in done.stdout + done.stderr, done.stderr
        report = xades.verify_xml(data, roots_der, payload=json.loads(payload_of_pdf(path.read_bytes())))
        assert report.ok and report.matches_pdf, xades.format_xml_report(report)
        assert report.signatures[0].certificate_sha256 == teacher_sha
    assert service.violations == []
    for result in (failed, signed, added, bound):                     # neither PIN nor secret on the screen
        text = result.stdout + result.stderr
        assert spec.TEACHER_PIN not in text and spec.CLIENT_SECRET not in text


def test_each_refusal_of_the_spec_service_is_exit_3_with_its_reason(small_demo_school, csc_spec, tmp_path):
    """`hocbaso sign --remote` against the specification's answers: a wrong PIN said as invalid_authentication_data,
    a key disabled, the service temporarily unavailable (503), the credential locked after wrong PINs — each exits
    3 with its reason (Vietnamese, and English with HOCBASO_LANG=en), no traceback, nothing signed."""
    service, server = csc_spec
    db = ("--db", str(small_demo_school.path))
    assert hocbaso("trust", "add", str(service.pki.pem("root")), *db, user="quantri", stdin="có\n").returncode == 0
    secret = tmp_path / "secret.txt"
    secret.write_text(spec.CLIENT_SECRET + "\n", encoding="utf-8")
    assert hocbaso("remote", "add", "--name", "dac-ta", "--url", server.url, "--client-id", spec.CLIENT_ID,
                   "--client-secret-file", str(secret), *db, user="quantri").returncode == 0
    bound = hocbaso("certs", "bind", "--user", "gvcn.4a", "--role", "gvcn", "--remote", "dac-ta", "--remote-user",
                    spec.TEACHER_LOGIN, "--accept-name-mismatch", *db, extra_env={"HOCBASO_USER": "quantri"})
    assert bound.returncode == 0, bound.stderr
    wrong, right = tmp_path / "wrong.txt", tmp_path / "pin.txt"
    wrong.write_text("111111\n", encoding="utf-8")
    right.write_text(spec.TEACHER_PIN + "\n", encoding="utf-8")
    sign = ("sign", "--class", "4A", "--year", small_demo_school.year, "--as", "gvcn", "--remote", *db)

    def refused(pin_file, reason: str, lang: str = "vi") -> None:
        done = hocbaso(*sign, "--pin-file", str(pin_file), user="gvcn.4a", extra_env={"HOCBASO_LANG": lang})
        assert done.returncode == 3 and reason in done.stderr, done.stdout + done.stderr
        no_traceback(done)
        assert spec.TEACHER_PIN not in done.stdout + done.stderr and service.signed == 0

    service.pin_error = "invalid_authentication_data"       # PIN only: the credential says which secret it was
    refused(wrong, "Mã PIN ký số từ xa không đúng.")
    refused(wrong, "Wrong remote signing PIN.", lang="en")
    service.enabled = False
    refused(right, "đang bị khóa hoặc tạm ngưng")
    service.enabled = True
    service.unavailable = 1
    refused(right, "tạm thời không phục vụ")
    assert service.wrong_pins == 2
    service.lock_after = 2                                   # two wrong PINs so far: locked now
    refused(right, "đã bị khóa (nhập sai mã PIN/OTP quá số lần cho phép)")
    assert service.methods_called("signatures/signHash") == [] and service.violations == []
