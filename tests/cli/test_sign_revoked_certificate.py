"""Signing asks the signer's OCSP responder first (issue 16): a revoked certificate stops `hocbaso sign` with a
clear message and nothing is signed. The PKI, its OCSP responder and CRLs are OpenSSL's (tests/fixtures/openssl_ltv.py);
the certificate is revoked with `openssl ca -revoke` after it was bound, as happens when a token is lost."""

from __future__ import annotations

import hashlib

from hocbaso_desktop.services import open_session
from hocbaso_desktop.storage import records_repo, school_repo
from tests.cli.test_ltv_independent_e2e import _der
from tests.cli.test_school_cmds import hocbaso, no_traceback
from tests.fixtures.real_pki import SOFTHSM, USER_PIN
from tests.fixtures.school import DEMO_PASSWORD


def test_a_revoked_signer_certificate_stops_the_batch(small_demo_school, openssl_ltv, tmp_path):
    pki = openssl_ltv
    db = ("--db", str(small_demo_school.path))
    assert hocbaso("trust", "add", str(pki.root_pem), *db, user="quantri", stdin="có\n").returncode == 0
    issuing_sha = hashlib.sha256(_der(pki.issuing_pem)).hexdigest()
    assert hocbaso("trust", "add", str(pki.issuing_pem), "--fingerprint", issuing_sha, *db, user="quantri").returncode == 0
    bound = hocbaso("certs", "bind", "--user", "gvcn.4a", "--role", "gvcn", "--module", SOFTHSM, "--token-serial",
                    pki.serials["revoked"], "--accept-name-mismatch", *db, extra_env={**pki.env, "HOCBASO_USER": "quantri"})
    assert bound.returncode == 0, bound.stderr
    pki.revoke("revoked")                                    # the token was lost: the CA revokes its certificate
    asked = pki.requests["/ocsp"]
    pin = tmp_path / "pin.txt"
    pin.write_text(USER_PIN + "\n", encoding="utf-8")
    signed = hocbaso("sign", "--class", "4A", "--year", small_demo_school.year, "--as", "gvcn", "--pin-file", str(pin), *db,
                     user="gvcn.4a", extra_env=pki.env)
    assert signed.returncode == 3, signed.stdout + signed.stderr
    no_traceback(signed)
    assert "đã bị thu hồi" in signed.stderr and "lộ khóa bí mật" in signed.stderr, signed.stderr
    assert pki.requests["/ocsp"] > asked                     # the responder was really asked
    session = open_session(small_demo_school.path, "quantri", DEMO_PASSWORD)
    try:
        four_a = school_repo.find_class(session.db, small_demo_school.year, "4A")
        assert all(not s.record.signatures for s in records_repo.latest_for_class(session.db, four_a.id))
    finally:
        session.close()
