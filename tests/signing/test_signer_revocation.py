"""signing/revocation: a responder that answers decides; one that is down does not stop signing (soft-fail)."""

from __future__ import annotations

from datetime import UTC, datetime

from hocbaso_desktop.signing import revocation


def test_good_status_when_asked_and_soft_fail_when_responders_are_down(ltv_pki):
    person = ltv_pki.people["giaovien"]
    args = (person.der, (ltv_pki.issuing.der,), (ltv_pki.root_der,))
    asked = ltv_pki.requests["/ocsp"]
    assert revocation.refuse_if_revoked(*args, at=datetime.now(UTC)) is True
    assert ltv_pki.requests["/ocsp"] > asked
    ltv_pki.responders_down = True
    try:
        down = ltv_pki.requests["/ocsp"]
        assert revocation.refuse_if_revoked(*args, at=datetime.now(UTC)) is True   # no answer: not a refusal
        assert ltv_pki.requests["/ocsp"] > down
    finally:
        ltv_pki.responders_down = False


def test_a_chain_that_names_no_responder_is_not_asked(demo_pki):
    person = demo_pki.people["giaovien"]
    assert revocation.refuse_if_revoked(person.certificate_der, (), (demo_pki.root_der,), at=datetime.now(UTC)) is False
