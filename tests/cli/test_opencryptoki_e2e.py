"""A second PKCS#11 implementation end to end: the principal signs a class on opencryptoki's soft token.
(A class of 9, `small_demo_school`: each record takes the same path as in a class of 30.)

The homeroom teacher signs on SoftHSM2, the principal on opencryptoki (key and certificate of the
independent real-shape PKI written with pkcs11-tool), through the command line; the issued PDFs verify
with `verify --db` and with pyHanko's own validator. Skipped, with the reason, where opencryptoki cannot
be installed or its daemon cannot be started (tests/fixtures/opencryptoki.py).
"""

from __future__ import annotations

import hashlib
import io
import subprocess

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from hocbaso_desktop.token import TokenClient
from tests.cli.test_school_cmds import hocbaso
from tests.fixtures.opencryptoki import opencryptoki_token  # noqa: F401  (module-scoped fixture)
from tests.fixtures.real_pki import SOFTHSM, USER_PIN
from tests.fixtures.school import SMALL_CLASS_SIZE


def _der(path) -> bytes:
    return x509.load_pem_x509_certificate(path.read_bytes()).public_bytes(Encoding.DER)


def _p11(token, *args: str) -> None:
    subprocess.run(["pkcs11-tool", "--module", token.module, "--slot", str(token.slot), "--login", "--pin",
                    token.user_pin, *args], check=True, capture_output=True, timeout=120)


def test_principal_signs_on_opencryptoki(small_demo_school, real_pki, opencryptoki_token, tmp_path):  # noqa: F811
    token = opencryptoki_token
    d = real_pki.directory
    subprocess.run(["openssl", "pkey", "-in", str(d / "principal.key"), "-outform", "DER", "-out",
                    str(tmp_path / "key.der")], check=True, capture_output=True)
    subprocess.run(["openssl", "pkey", "-in", str(d / "principal.key"), "-pubout", "-outform", "DER", "-out",
                    str(tmp_path / "pub.der")], check=True, capture_output=True)
    # As vendor tokens carry them: private key, public key and certificate under one CKA_ID.
    _p11(token, "--write-object", str(tmp_path / "key.der"), "--type", "privkey", "--id", "05", "--label", "HT")
    _p11(token, "--write-object", str(tmp_path / "pub.der"), "--type", "pubkey", "--id", "05", "--label", "HT")
    _p11(token, "--write-object", str(d / "principal.der"), "--type", "cert", "--id", "05", "--label", "HT")
    with TokenClient(token.module) as client:
        (ock,) = [t for t in client.list_tokens() if t.label == "HocBaSo-OCK"]
    db = ("--db", str(small_demo_school.path))
    for pem in (real_pki.root_pem, real_pki.issuing_pem):
        sha = hashlib.sha256(_der(pem)).hexdigest()
        assert hocbaso("trust", "add", str(pem), "--fingerprint", sha, *db, user="quantri").returncode == 0
    admin = {"HOCBASO_USER": "quantri"}
    bound = hocbaso("certs", "bind", "--user", "gvcn.4a", "--role", "gvcn", "--module", SOFTHSM, "--token-serial",
                    real_pki.serials["teacher"], "--accept-name-mismatch", *db, extra_env={**real_pki.env, **admin})
    assert bound.returncode == 0, bound.stderr
    bound = hocbaso("certs", "bind", "--user", "hieutruong", "--role", "principal", "--module", token.module,
                    "--token-serial", ock.serial, "--accept-name-mismatch", *db, extra_env=admin)
    assert bound.returncode == 0, bound.stderr
    pins = {}
    for name, pin in (("softhsm", USER_PIN), ("ock", token.user_pin)):
        pins[name] = tmp_path / f"{name}.pin"
        pins[name].write_text(pin + "\n", encoding="utf-8")
    base = ("sign", "--class", "4A", "--year", small_demo_school.year, *db)
    gvcn = hocbaso(*base, "--as", "gvcn", "--pin-file", str(pins["softhsm"]), user="gvcn.4a", extra_env=real_pki.env)
    assert gvcn.returncode == 0, gvcn.stdout + gvcn.stderr
    head = hocbaso(*base, "--as", "principal", "--pin-file", str(pins["ock"]), user="hieutruong")
    assert head.returncode == 0, head.stdout + head.stderr
    assert f"phát hành {SMALL_CLASS_SIZE}" in head.stdout  # no seal bound: the principal's signature issues
    out = tmp_path / "out"
    assert hocbaso("export", "--class", "4A", "--year", small_demo_school.year, "--out", str(out), *db,
                   user="hieutruong").returncode == 0
    pdf = sorted(out.glob("*.pdf"))[0]
    verified = hocbaso("verify", str(pdf), *db, user="hieutruong")
    assert verified.returncode == 0, verified.stdout
    root = asn1_x509.Certificate.load(_der(real_pki.root_pem))
    sigs = PdfFileReader(io.BytesIO(pdf.read_bytes())).embedded_regular_signatures
    assert [validate_pdf_signature(s, ValidationContext(trust_roots=[root])).bottom_line for s in sigs] == [True, True]
