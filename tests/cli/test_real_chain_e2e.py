"""Issue 13's "How it will be checked", through the command line, on the independent real-shape PKI.

root → issuing CA → people, made with openssl; SoftHSM2 tokens holding only the person's certificate
and key; the seal's key always-authenticate (tests/fixtures/real_pki.py). The school trusts the root and
the issuing CA with `trust add`, binds each signer (refused for the differing name, then accepted with
`--accept-name-mismatch`), signs class 4A as GVCN, principal and seal, exports; every PDF is then
checked by pyHanko's own validator and by poppler's pdfsig (valid and trusted), a revision appended
after the seal makes pyHanko's validation fail, and `verify --db` of an untouched PDF exits 0.
"""

from __future__ import annotations

import hashlib
import io

from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from hocbaso_desktop.services import open_session
from hocbaso_desktop.storage import audit
from tests.cli.test_school_cmds import hocbaso, no_traceback
from tests.fixtures.pdfsig import make_pdfsig
from tests.fixtures.real_pki import PEOPLE, SOFTHSM, USER_PIN
from tests.fixtures.school import DEMO_PASSWORD, SMALL_CLASS_SIZE

SIGNERS = (("gvcn.4a", "gvcn", "teacher"), ("hieutruong", "principal", "principal"), ("vanthu", "seal", "seal"))


def _pyhanko_results(pdf: bytes, root_pem: bytes) -> list:
    """pyHanko's own validation of every signature, trusting only the PKI's root (no program code involved)."""
    root = asn1_x509.Certificate.load(_der(root_pem))
    reader = PdfFileReader(io.BytesIO(pdf))
    return [validate_pdf_signature(s, ValidationContext(trust_roots=[root], allow_fetching=False))
            for s in reader.embedded_regular_signatures]


def _der(pem: bytes) -> bytes:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    return x509.load_pem_x509_certificate(pem).public_bytes(Encoding.DER)


def _append_signature(pdf: bytes, real_pki) -> bytes:
    """Someone signs the issued file again, in a new field, after the seal (a revision appended later)."""
    signer = signers.SimpleSigner.load(str(real_pki.directory / "teacher.key"), str(real_pki.cert_pem("teacher")),
                                       ca_chain_files=(str(real_pki.issuing_pem),))
    out = io.BytesIO()
    signers.PdfSigner(signers.PdfSignatureMetadata(field_name="ChuKyThem"), signer=signer,
                      new_field_spec=fields.SigFieldSpec("ChuKyThem")).sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(pdf)), output=out)
    return out.getvalue()


def test_real_shape_chain_through_the_cli(small_demo_school, real_pki, tmp_path):
    school = small_demo_school
    db = ("--db", str(school.path))
    env = real_pki.env
    root_sha = hashlib.sha256(_der(real_pki.root_pem.read_bytes())).hexdigest()
    # trust add: the root after the administrator's confirmation on the console, the issuing CA by fingerprint
    added = hocbaso("trust", "add", str(real_pki.root_pem), *db, user="quantri", stdin="có\n")
    assert added.returncode == 0, added.stderr
    assert root_sha in added.stdout and "Chứng thư gốc" in added.stdout
    issuing_sha = hashlib.sha256(_der(real_pki.issuing_pem.read_bytes())).hexdigest()
    added = hocbaso("trust", "add", str(real_pki.issuing_pem), "--fingerprint", issuing_sha, *db, user="quantri")
    assert added.returncode == 0, added.stderr
    assert "CA trung gian" in added.stdout
    listed = hocbaso("trust", "list", *db, user="quantri")
    assert root_sha in listed.stdout and issuing_sha in listed.stdout

    for account, role, person in SIGNERS:
        bind = ("certs", "bind", "--user", account, "--role", role, "--module", SOFTHSM, "--token-serial",
                real_pki.serials[person], *db)
        refused = hocbaso(*bind, extra_env={**env, "HOCBASO_USER": "quantri"})
        assert refused.returncode == 3, refused.stdout + refused.stderr
        no_traceback(refused)
        assert "--accept-name-mismatch" in refused.stderr
        assert PEOPLE[person][2].rsplit("=")[-1] in refused.stderr          # the certificate's name is shown
        accepted = hocbaso(*bind, "--accept-name-mismatch", extra_env={**env, "HOCBASO_USER": "quantri"})
        assert accepted.returncode == 0, accepted.stderr
    session = open_session(school.path, "quantri", DEMO_PASSWORD)
    try:
        mismatches = [e for e in audit.recent(session.db) if e.action == "certificate.accept_name_mismatch"]
    finally:
        session.close()
    assert len(mismatches) == 3                                       # each acceptance is audited

    pin = tmp_path / "pin.txt"
    pin.write_text(USER_PIN + "\n", encoding="utf-8")
    outputs = []
    for account, role, _person in SIGNERS:
        signed = hocbaso("sign", "--class", "4A", "--year", school.year, "--as", role, "--pin-file", str(pin),
                         *db, user=account, extra_env=env)
        assert signed.returncode == 0, signed.stdout + signed.stderr
        outputs.append(signed.stdout + signed.stderr)
    assert f"phát hành {SMALL_CLASS_SIZE}" in outputs[-1]   # the always-authenticate seal signed the class with one PIN
    assert not any(USER_PIN in o for o in outputs)

    out = tmp_path / "out"
    exported = hocbaso("export", "--class", "4A", "--year", school.year, "--out", str(out), *db, user="hieutruong")
    assert exported.returncode == 0, exported.stderr
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == SMALL_CLASS_SIZE
    root_pem = real_pki.root_pem.read_bytes()
    pdfsig = make_pdfsig(tmp_path / "nss", real_pki.root_pem)
    issuing_der = _der(real_pki.issuing_pem.read_bytes())
    for path in pdfs:
        results = _pyhanko_results(path.read_bytes(), root_pem)
        assert len(results) == 3 and all(r.bottom_line and r.trusted for r in results), path.name
        checked = pdfsig.check(path)
        assert len(checked) == 3 and all(s.ok for s in checked), checked
    # The CMS carries the chain up to, not including, the root.
    reader = PdfFileReader(io.BytesIO(pdfs[0].read_bytes()))
    for sig in reader.embedded_regular_signatures:
        carried = {c.chosen.dump() for c in sig.signed_data["certificates"]}
        assert issuing_der in carried and _der(root_pem) not in carried and len(carried) == 2

    appended = tmp_path / "appended.pdf"
    appended.write_bytes(_append_signature(pdfs[0].read_bytes(), real_pki))
    after = _pyhanko_results(appended.read_bytes(), root_pem)
    assert not after[2].bottom_line                          # the seal's lock: pyHanko reports the later change
    untouched = hocbaso("verify", str(pdfs[0]), *db, user="hieutruong")
    assert untouched.returncode == 0, untouched.stdout + untouched.stderr
    assert "KẾT LUẬN: TÀI LIỆU HỢP LỆ" in untouched.stdout and "khóa tài liệu" in untouched.stdout
    changed = hocbaso("verify", str(appended), *db, user="hieutruong")
    assert changed.returncode == 1 and "KHÔNG HỢP LỆ" in changed.stdout
    no_traceback(changed)
