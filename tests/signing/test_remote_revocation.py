"""Remote (CSC) signing checks the credential's certificate for revocation before anything goes to the service,
as the token path does (issue 16).

The certificate and its key come from tests/fixtures/openssl_ltv.py (made with the `openssl` command only, AIA
naming its OCSP responder, CRL distribution points); the reference CSC service holds that key. The certificate is
bound while good, then revoked with `openssl ca -revoke` (the teacher's key was compromised): the batch stops with
the reason, the OCSP responder was asked, the service received no hash to sign, and no record changed.
"""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.serialization import load_pem_private_key
from tests.fixtures.csc_service import CSC_CLIENT_ID, CSC_CLIENT_SECRET, CSC_PIN

from hocbaso_desktop.domain.errors import SigningError
from hocbaso_desktop.remote import Backoff, Secrets
from hocbaso_desktop.signing import issuance, remote_background, remote_issuance, remote_setup
from hocbaso_desktop.storage import records_repo, remote_repo, trust_repo
from hocbaso_server.csc import Credential, CscHttpServer, CscService

USER, CREDENTIAL = "gv.thuhoi", "cred-thuhoi-01"
FAST = Backoff(first=0.01, factor=1.5, longest=0.05, deadline=20)
AT = "2026-01-01T00:00:00+00:00"


@pytest.fixture
def revocable(test_school, openssl_ltv):
    """The CSC service holding openssl's "revoked" person's key; the school trusts openssl's root and issuing CA and
    binds the homeroom teacher of 4A to that credential (still good at binding)."""
    pki = openssl_ltv
    key = load_pem_private_key((pki.dir / "revoked.key").read_bytes(), password=None)
    chain = [(pki.dir / "revoked.der").read_bytes(), (pki.dir / "issuing.cer").read_bytes()]
    service = CscService(clients={CSC_CLIENT_ID: CSC_CLIENT_SECRET})
    service.add_credential(Credential(CREDENTIAL, USER, key, chain, pin=CSC_PIN, multisign=10))
    db = test_school.db
    trust_repo.add_anchor(db, (pki.dir / "root.cer").read_bytes(), subject="Root CA Lưu Trữ", actor="quantri", at=AT)
    trust_repo.add_intermediate(db, chain[1], subject="CA Cấp Dưới Lưu Trữ", actor="quantri", at=AT)
    with CscHttpServer(service) as server:
        admin = test_school.session("quantri")
        remote_setup.add_service(admin, name="csc", url=server.base_url("v2"), client_id=CSC_CLIENT_ID,
                                 client_secret=CSC_CLIENT_SECRET)
        remote_setup.bind_remote(admin, username="gvcn.4a", role="gvcn", service_name="csc", remote_user=USER,
                                 accept_name_mismatch=True)
        yield test_school, service, pki


def _signing_requests(service: CscService) -> list[str]:
    return [method for _version, method, _body in service.requests
            if method.startswith(("credentials/authorize", "signatures/"))]


def _records(school):
    return [(s.record.status.value, len(s.record.signatures), s.pdf)
            for s in records_repo.latest_for_class(school.db, school.class_id)]


def test_a_revoked_remote_certificate_stops_before_the_service_is_asked(revocable):
    school, service, pki = revocable
    session = school.session("gvcn.4a")
    issuance.prepare_class(session, school.class_id)
    plan = issuance.plan_batch(session, school.class_id, "gvcn")
    before = _records(school)
    pki.revoke("revoked")
    asked, contacted = pki.requests["/ocsp"], len(service.requests)
    with pytest.raises(SigningError) as refused:
        remote_issuance.sign_queued(session, plan, Secrets(pin=CSC_PIN))
    assert "đã bị thu hồi" in refused.value.message and "lộ khóa bí mật" in refused.value.message
    assert pki.requests["/ocsp"] > asked                     # the responder the certificate names was asked
    assert len(service.requests) == contacted                # the service was not contacted at all
    assert _records(school) == before
    assert [b.state for b in remote_repo.open_batches(school.db)] == ["queued"]


def test_send_batch_checks_revocation_before_any_hash_leaves(revocable):
    """A signer already open (the certificate revoked meanwhile): send_batch refuses before the hashes go out, and the
    batch fails with the reason; the background job fails it the same way without contacting the service."""
    school, service, pki = revocable
    session = school.session("gvcn.4a")
    issuance.prepare_class(session, school.class_id)
    batch = remote_issuance.prepare_batch(session, issuance.plan_batch(session, school.class_id, "gvcn"))
    before = _records(school)
    binding = remote_issuance.remote_binding(session, "gvcn")
    with remote_setup.open_signer(session, binding, Secrets(pin=CSC_PIN), backoff=FAST) as signer:
        pki.revoke("revoked")
        with pytest.raises(SigningError) as refused:
            remote_issuance.send_batch(session, batch, signer)
    assert "đã bị thu hồi" in refused.value.message
    assert _signing_requests(service) == []
    assert _records(school) == before
    failed = remote_repo.get_batch(school.db, batch.id)
    assert failed.state == "failed" and "đã bị thu hồi" in failed.message

    remote_repo.set_batch_state(school.db, batch.id, "queued", "", at=session.now().isoformat())
    contacted = len(service.requests)
    outcomes = remote_background.send_queued(school.db, now=session.now())
    assert [o.state for o in outcomes] == ["failed"] and len(service.requests) == contacted
    assert "đã bị thu hồi" in remote_repo.get_batch(school.db, batch.id).message
    assert _records(school) == before
