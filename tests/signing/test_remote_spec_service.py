"""Remote signing against the CSC v2 service written from the specification (tests/fixtures/csc_spec_service.py):
the specification's answers, each handled with a clear message and nothing signed where the user must act.

Real database, real HTTP on 127.0.0.1, the service's PKI and signatures made by openssl. What is covered here: the
three ways services say "wrong PIN", a credential locked after wrong PINs, a key disabled after binding, an expired
SAD authorized again, an access token expired (401 expired_token), a service temporarily unavailable (503), the
school's account refused (authentication_error), approval on the phone (authorize HTTP 202 `{handle}`,
authorizeCheck), asynchronous signing (operationMode "A", signPolling with `requestID`, 202 accepted_request), and
an ECDSA P-256 credential (PDF and XML form, verified).
"""

from __future__ import annotations

import json

import pytest
from tests.fixtures import csc_spec_service as spec

from hocbaso_desktop.domain.errors import SigningError
from hocbaso_desktop.remote import Backoff, RemoteFailure, Secrets
from hocbaso_desktop.signing import issuance, remote_issuance, remote_setup, xades
from hocbaso_desktop.signing.verify import verify_pdf
from hocbaso_desktop.storage import records_repo, remote_repo, trust_repo, xml_repo

FAST = Backoff(first=0.01, factor=1.5, longest=0.05, deadline=20)


def _school(school, service, server):
    """The test school with the spec service registered, its root trusted, the homeroom teacher bound to it."""
    admin = school.session("quantri")
    trust_repo.add_anchor(school.db, service.pki.der("root"), subject="CSC Spec Root CA", actor="quantri",
                          at="2026-01-01T00:00:00+00:00")
    remote_setup.add_service(admin, name="dac-ta", url=server.url, client_id=spec.CLIENT_ID,
                             client_secret=spec.CLIENT_SECRET)
    remote_setup.bind_remote(admin, username="gvcn.4a", role="gvcn", service_name="dac-ta",
                             remote_user=spec.TEACHER_LOGIN, accept_name_mismatch=True)
    session = school.session("gvcn.4a")
    issuance.prepare_class(session, school.class_id)
    return session, remote_issuance.prepare_batch(session, issuance.plan_batch(session, school.class_id, "gvcn"))


@pytest.fixture
def spec_school(test_school, csc_spec):
    """(school, service, session, queued batch) with the RSA credential."""
    service, server = csc_spec
    session, batch = _school(test_school, service, server)
    return test_school, service, session, batch


def _send(session, batch, pin=spec.TEACHER_PIN, **kw):
    binding = remote_issuance.remote_binding(session, "gvcn")
    with remote_setup.open_signer(session, binding, Secrets(pin=pin), backoff=FAST, **kw) as signer:
        return remote_issuance.send_batch(session, batch, signer), signer


def _statuses(school):
    return [(s.record.status.value, len(s.record.signatures))
            for s in records_repo.latest_for_class(school.db, school.class_id)]


@pytest.mark.parametrize(("style", "error"), [("invalid_pin", "invalid_pin"), ("invalid_request", "invalid_request"),
                                              ("invalid_authentication_data", "invalid_authentication_data")])
def test_each_way_of_saying_wrong_pin_is_a_wrong_pin(spec_school, style, error):
    school, service, session, batch = spec_school
    service.pin_error = style
    result, _s = _send(session, batch, pin="000000")
    assert result.signed == 0 and result.stopped_by.startswith("Mã PIN ký số từ xa không đúng."), result.stopped_by
    assert "Không học bạ nào được ký" in result.stopped_by
    assert service.methods_called("signatures/signHash") == [] and service.signed == 0
    assert _statuses(school) == [("locked", 0)] * 3
    assert remote_repo.get_batch(school.db, batch.id).state == "failed"
    assert service.violations == []


def test_a_locked_credential_says_so(spec_school):
    school, service, session, batch = spec_school
    service.lock_after = 1
    first, _s = _send(session, batch, pin="000000")
    assert "Mã PIN ký số từ xa không đúng" in first.stopped_by
    again, _s = _send(session, remote_repo.get_batch(school.db, batch.id))   # the right PIN, too late
    assert again.signed == 0 and "đã bị khóa" in again.stopped_by and "mở khóa" in again.stopped_by
    assert _statuses(school) == [("locked", 0)] * 3


def test_a_key_disabled_after_binding_is_read_from_the_description(spec_school):
    school, service, session, batch = spec_school
    binding = remote_issuance.remote_binding(session, "gvcn")
    with remote_setup.open_signer(session, binding, Secrets(pin=spec.TEACHER_PIN), backoff=FAST) as signer:
        service.enabled = False        # disabled between credentials/info and the authorization
        result = remote_issuance.send_batch(session, batch, signer)
    assert result.signed == 0 and "đang bị khóa hoặc tạm ngưng" in result.stopped_by
    assert _statuses(school) == [("locked", 0)] * 3


def test_an_expired_sad_is_authorized_again_and_everything_is_signed(spec_school, demo_pki):
    school, service, session, batch = spec_school
    service.multisign = 4                      # 3 pages = 6 hashes: two authorizations
    service.expired_sads = 1                   # the first SAD is already expired when signHash uses it
    result, signer = _send(session, batch)
    assert (result.signed, result.stopped_by) == (3, "")
    assert signer.authorizations == 3 and len(service.methods_called("credentials/authorize")) == 3
    assert service.signed == 6 and service.violations == []
    assert _statuses(school) == [("signing", 1)] * 3


def test_an_expired_access_token_logs_in_again(spec_school):
    _s, service, session, batch = spec_school
    binding = remote_issuance.remote_binding(session, "gvcn")
    with remote_setup.open_signer(session, binding, Secrets(pin=spec.TEACHER_PIN), backoff=FAST) as signer:
        logins = len(service.methods_called("auth/login"))
        service.expire_tokens()                # 401 expired_token at the authorization: log in again, once
        result = remote_issuance.send_batch(session, batch, signer)
    assert result.signed == 3 and result.stopped_by == ""
    assert len(service.methods_called("auth/login")) == logins + 1 and service.violations == []


def test_a_temporarily_unavailable_service_keeps_the_batch_queued(spec_school):
    school, service, session, batch = spec_school
    binding = remote_issuance.remote_binding(session, "gvcn")
    with remote_setup.open_signer(session, binding, Secrets(pin=spec.TEACHER_PIN), backoff=FAST) as signer:
        service.unavailable = 1                # 503 temporarily_unavailable
        result = remote_issuance.send_batch(session, batch, signer)
    assert result.signed == 0 and "tạm thời không phục vụ" in result.stopped_by
    assert remote_repo.get_batch(school.db, batch.id).state == "queued"      # sent again when it answers


def test_the_schools_account_refused(spec_school):
    school, _service, session, batch = spec_school
    admin = school.session("quantri")
    remote_setup.add_service(admin, name="dac-ta", url=service_url(spec_school), client_id=spec.CLIENT_ID,
                             client_secret="sai-bi-mat")
    with pytest.raises(SigningError) as caught:
        _send(session, batch)
    assert caught.value.kind is RemoteFailure.CLIENT and "client id hoặc khóa bí mật sai" in caught.value.message


def service_url(spec_school) -> str:
    """The registered service's URL."""
    school = spec_school[0]
    return remote_repo.get_service(school.db, "dac-ta").base_url


@pytest.mark.parametrize("answer", ["approve", "refuse"])
def test_approval_on_the_phone_with_a_handle(spec_school, answer):
    school, service, session, batch = spec_school
    service.phone = True
    service.multisign = 4
    service.refuse = answer == "refuse"
    states = []
    result, _s = _send(session, batch, pin=None, observer=lambda s, code: states.append((s.value, code)))
    authorizations = service.methods_called("credentials/authorize")
    assert all(a["authData"] == [{"id": "PHONE"}] for a in authorizations)     # an empty out-of-band object
    codes = [code for s, code in states if s == "waiting_phone"]
    assert codes and all(f"Mã giao dịch {c}" in a["description"] for c, a in zip(codes, authorizations, strict=False))
    checks = service.methods_called("credentials/authorizeCheck")
    assert checks and all(set(c) == {"handle"} for c in checks)
    if answer == "approve":
        assert (result.signed, result.stopped_by) == (3, "") and len(authorizations) == 2
        assert _statuses(school) == [("signing", 1)] * 3
    else:
        assert result.signed == 0 and "từ chối trên điện thoại" in result.stopped_by
        assert service.signed == 0 and _statuses(school) == [("locked", 0)] * 3
    assert service.violations == []


def test_asynchronous_signing_with_sign_polling(spec_school):
    school, service, session, batch = spec_school
    service.asynchronous = True
    service.multisign = 4
    result, _s = _send(session, batch)
    assert (result.signed, result.stopped_by) == (3, "")
    assert [b["operationMode"] for b in service.methods_called("signatures/signHash")] == ["A", "A"]
    polls = service.methods_called("signatures/signPolling")
    assert len(polls) == 2 * (service.async_polls + 1)                   # 202 accepted_request twice, then done
    assert all(p == {"requestID": p["requestID"], "userID": spec.TEACHER_LOGIN} for p in polls)
    assert service.jobs == {} and service.violations == []
    assert _statuses(school) == [("signing", 1)] * 3


def test_an_ecdsa_p256_credential_signs_the_pdf_and_the_xml_form(test_school, csc_spec_ec, demo_pki):
    service, server = csc_spec_ec
    session, batch = _school(test_school, service, server)
    result, _s = _send(session, batch)
    assert (result.signed, result.stopped_by) == (3, "")
    assert all(b["signAlgo"] == spec.ECDSA_SHA256 and "hashAlgorithmOID" not in b
               for b in service.methods_called("signatures/signHash"))   # implied by the algorithm (§11.10)
    roots = [service.pki.der("root")]
    for stored in records_repo.latest_for_class(test_school.db, test_school.class_id):
        report = verify_pdf(stored.pdf, roots)
        assert report.signatures[0].role == "gvcn" and report.signatures[0].ok, report
        xml = xml_repo.get_xml(test_school.db, stored.record.id, stored.record.version)
        xml_report = xades.verify_xml(xml, roots, payload=json.loads(stored.payload))
        assert xml_report.signatures[0].ok, xades.format_xml_report(xml_report)
        assert b"ecdsa-sha256" in xml
    assert service.violations == []


@pytest.mark.parametrize("answer", ["approve", "refuse"])
def test_oauth2code_at_the_authorization_server_info_names(spec_school, answer):
    school, service, session, batch = spec_school
    service.oauth2 = True                      # info: authType oauth2code, "oauth2": <its own base URI>
    service.multisign = 4
    service.refuse = answer == "refuse"
    states = []
    result, signer = _send(session, batch, pin=None, browser=spec.browser,
                           observer=lambda s, code: states.append((s.value, code)))
    pages = service.methods_called("oauth2/authorize")          # opened by the browser, at /as/oauth2/authorize
    codes = [code for s, code in states if s == "waiting_phone"]
    assert pages and all(p["code_challenge_method"] == "S256" and p["scope"] == "credential" for p in pages)
    assert all(f"Mã giao dịch {c}" in p["description"] for c, p in zip(codes, pages, strict=True))
    assert service.methods_called("credentials/authorize") == []
    if answer == "approve":
        assert (result.signed, result.stopped_by) == (3, "") and signer.authorizations == 2
        assert len(service.methods_called("oauth2/token")) == 2                 # form-encoded (else a violation)
        assert all("SAD" not in b for b in service.methods_called("signatures/signHash"))
        assert _statuses(school) == [("signing", 1)] * 3
    else:
        assert result.signed == 0 and "từ chối trên điện thoại" in result.stopped_by
        assert service.methods_called("oauth2/token") == [] and service.signed == 0
        assert _statuses(school) == [("locked", 0)] * 3
    assert service.violations == [] and service.oauth.violations == []
