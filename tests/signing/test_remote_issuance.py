"""Remote signing on a real database against the reference CSC service (real HTTP on 127.0.0.1).

The teacher signs through the service (its own PKI: root → issuing CA → teacher); the principal with the demo
PKI's software key; the PDFs validate with pyHanko's validator, and the service records no protocol violation.
"""

from __future__ import annotations

import hashlib
import json
import threading

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from tests.fixtures.csc_service import CSC_CLIENT_ID, CSC_CLIENT_SECRET, CSC_PIN, CSC_USER

from hocbaso_desktop.domain.errors import SigningError
from hocbaso_desktop.remote import Backoff, RemoteFailure, Secrets
from hocbaso_desktop.signing import issuance, remote_issuance, remote_setup, xades
from hocbaso_desktop.signing.certificates import bind_certificate
from hocbaso_desktop.signing.verify import verify_pdf
from hocbaso_desktop.storage import outbox, records_repo, remote_repo, settings_repo, trust_repo, xml_repo

DER = Encoding.DER

FAST = Backoff(first=0.01, factor=1.5, longest=0.05, deadline=20)


@pytest.fixture
def remote_school(test_school, csc_service, demo_pki):
    """The test school with the service registered, its root trusted, the teacher bound to it, the principal
    to a software key of the demo PKI."""
    admin = test_school.session("quantri")
    trust_repo.add_anchor(test_school.db, csc_service.pki.root_der, subject="CSC Test Root CA", actor="quantri",
                          at="2026-01-01T00:00:00+00:00")
    remote_setup.add_service(admin, name="csc", url=csc_service.url(), client_id=CSC_CLIENT_ID,
                             client_secret=CSC_CLIENT_SECRET)
    remote_setup.bind_remote(admin, username="gvcn.4a", role="gvcn", service_name="csc", remote_user=CSC_USER,
                             accept_name_mismatch=True)   # the service's test credential names another person
    bind_certificate(admin, username="hieutruong", role="principal",
                     cert_der=demo_pki.people["hieutruong"].certificate_der, chain_der=demo_pki.chain_der,
                     key_id="02", token_serial="SOFT", module_path="")
    return test_school


def _queue(school):
    session = school.session("gvcn.4a")
    issuance.prepare_class(session, school.class_id)
    plan = issuance.plan_batch(session, school.class_id, "gvcn")
    return session, remote_issuance.prepare_batch(session, plan)


def _send(session, batch, pin=CSC_PIN, **kw):
    binding = remote_issuance.remote_binding(session, "gvcn")
    with remote_setup.open_signer(session, binding, Secrets(pin=pin), backoff=FAST, **kw) as signer:
        return remote_issuance.send_batch(session, batch, signer), signer


def _statuses(school):
    return [(s.record.status.value, len(s.record.signatures)) for s in records_repo.latest_for_class(
        school.db, school.class_id)]


def test_remote_teacher_then_principal_issue_valid_pdfs(remote_school, csc_service, demo_pki, software_signer):
    csc_service.credential.multisign = 2  # smaller than the class (3 pages = 6 hashes, PDF + XML): three
    session, batch = _queue(remote_school)
    result, signer = _send(session, batch)
    assert (result.signed, result.issued, result.stopped_by) == (3, 0, "")
    assert signer.authorizations == 3
    head = remote_school.session("hieutruong")
    plan = issuance.plan_batch(head, remote_school.class_id, "principal")
    assert issuance.sign_batch(head, plan, software_signer("hieutruong")).issued == 3
    roots = [demo_pki.root_der, csc_service.pki.root_der]
    teacher = x509.load_der_x509_certificate(csc_service.pki.certs[CSC_USER])
    for stored in records_repo.latest_for_class(remote_school.db, remote_school.class_id):
        report = verify_pdf(stored.pdf, roots)
        assert report.ok, report
        gvcn = report.signatures[0]
        assert gvcn.role == "gvcn" and gvcn.ok and gvcn.certificate_serial == format(teacher.serial_number, "X")
        # the XML form: the teacher's XAdES signature made by the service's key, then the principal's
        xml = xml_repo.get_xml(remote_school.db, stored.record.id, stored.record.version)
        xml_report = xades.verify_xml(xml, roots, payload=json.loads(stored.payload))
        assert xml_report.ok and xml_report.matches_pdf, xades.format_xml_report(xml_report)
        assert [s.role for s in xml_report.signatures] == ["gvcn", "principal"]
        assert xml_report.signatures[0].certificate_sha256 == hashlib.sha256(teacher.public_bytes(DER)).hexdigest()
    assert csc_service.service.violations == []
    assert remote_repo.open_batches(remote_school.db) == []


def test_wrong_pin_signs_nothing_and_keeps_the_batch(remote_school, csc_service):
    session, batch = _queue(remote_school)
    before = _statuses(remote_school)
    result, _signer = _send(session, batch, pin="000000")
    assert result.signed == 0 and "PIN" in result.stopped_by
    assert _statuses(remote_school) == before == [("locked", 0)] * 3
    again = remote_repo.get_batch(remote_school.db, batch.id)
    assert again.state == "failed" and "PIN" in again.message
    result, _signer = _send(session, again)
    assert result.signed == 3
    assert _statuses(remote_school) == [("signing", 1)] * 3
    assert csc_service.service.violations == []


def test_unreachable_service_leaves_the_batch_queued_then_sends_it(remote_school, csc_service):
    session, batch = _queue(remote_school)
    csc_service.server.stop()
    with pytest.raises(SigningError) as caught:
        _send(session, batch)
    assert caught.value.kind is RemoteFailure.UNREACHABLE
    assert "Không kết nối được" in caught.value.message
    assert remote_repo.get_batch(remote_school.db, batch.id).state == "queued"
    assert _statuses(remote_school) == [("locked", 0)] * 3


def test_expired_sad_is_authorized_again(remote_school, csc_service, monkeypatch):
    session, batch = _queue(remote_school)
    client_cls = remote_setup.CscClient
    original = client_cls.sign_hash
    calls = []

    def expire_first(self, info, sad, digests):
        if not calls:
            csc_service.service.expire_sads()
        calls.append(len(digests))
        return original(self, info, sad, digests)

    monkeypatch.setattr(client_cls, "sign_hash", expire_first)
    result, signer = _send(session, batch)
    assert result.signed == 3 and signer.authorizations == 2 and calls == [6, 6]  # 3 pages: 3 PDF + 3 XML hashes
    assert csc_service.service.violations == []


def test_disabled_credential_and_otp(remote_school, csc_service):
    session, batch = _queue(remote_school)
    csc_service.credential.enabled = False
    result, _s = _send(session, batch)
    assert result.signed == 0 and "khóa hoặc tạm ngưng" in result.stopped_by
    csc_service.credential.enabled = True
    csc_service.credential.otp = "778899"
    binding = remote_issuance.remote_binding(session, "gvcn")
    with remote_setup.open_signer(session, binding, Secrets(pin=CSC_PIN, otp="111111"), backoff=FAST) as signer:
        assert "OTP" in remote_issuance.send_batch(session, batch, signer).stopped_by
    with remote_setup.open_signer(session, binding, Secrets(pin=CSC_PIN, otp="778899"), backoff=FAST) as signer:
        assert remote_issuance.send_batch(session, batch, signer).signed == 3
    assert _statuses(remote_school) == [("signing", 1)] * 3


@pytest.mark.parametrize("answer", ["approve", "refuse"])
def test_phone_approval(remote_school, csc_service, answer):
    csc_service.credential.mode = "implicit"
    session, batch = _queue(remote_school)
    states = []

    def approve_when_asked():
        assert csc_service.service.approval_event.wait(20)
        csc_service.service.approve(refuse=answer == "refuse")

    helper = threading.Thread(target=approve_when_asked)
    helper.start()
    result, _signer = _send(session, batch, pin=None, observer=lambda s, code: states.append((s.value, code)))
    helper.join()
    waiting = [code for s, code in states if s == "waiting_phone"]
    assert waiting and waiting[0] in csc_service.service.approvals
    if answer == "approve":
        assert result.signed == 3
    else:
        assert result.signed == 0 and "từ chối trên điện thoại" in result.stopped_by
        assert _statuses(remote_school) == [("locked", 0)] * 3
    assert csc_service.service.violations == []


def test_cancel_while_waiting_for_the_phone(remote_school, csc_service):
    csc_service.credential.mode = "implicit"
    session, batch = _queue(remote_school)
    result, _s = _send(session, batch, pin=None, cancel=lambda: bool(csc_service.service.approvals))
    assert result.signed == 0 and "huỷ" in result.stopped_by
    assert _statuses(remote_school) == [("locked", 0)] * 3


def test_asynchronous_signhash_and_v1_adapter(remote_school, csc_service):
    csc_service.service.options.async_sign = True
    admin = remote_school.session("quantri")
    remote_setup.add_service(admin, name="csc", url=csc_service.url("v1"), client_id=CSC_CLIENT_ID,
                             client_secret=CSC_CLIENT_SECRET, api_version="v1")
    csc_service.service.requests.clear()  # the binding in the fixture spoke v2
    session, batch = _queue(remote_school)
    result, _s = _send(session, batch)
    assert result.signed == 3
    assert {v for v, _m, _b in csc_service.service.requests} == {"v1"}
    assert any(m == "signatures/signPolling" for _v, m, _b in csc_service.service.requests)
    assert csc_service.service.violations == []


def test_client_secret_is_sealed(remote_school):
    service = remote_repo.get_service(remote_school.db, "csc")
    assert CSC_CLIENT_SECRET.encode() not in service.secret_sealed
    assert remote_repo.client_secret(remote_school.db, service) == CSC_CLIENT_SECRET
    rows = remote_school.db.query("SELECT before, after FROM audit_log")
    assert CSC_CLIENT_SECRET not in repr(rows)


def test_missing_pin_is_said_before_anything_is_sent(remote_school, csc_service):
    session, batch = _queue(remote_school)
    csc_service.service.requests.clear()
    result, _s = _send(session, batch, pin=None)
    assert result.signed == 0 and "cần mã PIN" in result.stopped_by
    assert [m for _v, m, _b in csc_service.service.requests if m == "credentials/authorize"] == []


def test_a_sad_that_keeps_expiring_signs_nothing(remote_school, csc_service, monkeypatch):
    session, batch = _queue(remote_school)
    original = remote_setup.CscClient.sign_hash

    def always_expired(self, info, sad, digests):
        csc_service.service.expire_sads()
        return original(self, info, sad, digests)

    monkeypatch.setattr(remote_setup.CscClient, "sign_hash", always_expired)
    result, signer = _send(session, batch)
    assert result.signed == 0 and "SAD" in result.stopped_by and "Không học bạ nào được ký" in result.stopped_by
    assert signer.authorizations == 2
    assert _statuses(remote_school) == [("locked", 0)] * 3
    assert remote_repo.get_batch(remote_school.db, batch.id).state == "failed"


def test_an_old_queued_batch_is_prepared_again(remote_school, csc_service):
    session, batch = _queue(remote_school)
    remote_school.db.execute("UPDATE remote_batches SET created_at = '2020-01-01T00:00:00+00:00' WHERE id = ?",
                             (batch.id,))
    plan = issuance.plan_batch(session, remote_school.class_id, "gvcn")
    result = remote_issuance.sign_queued(session, plan, Secrets(pin=CSC_PIN))
    assert result.signed == 3 and result.stopped_by == ""
    assert remote_repo.get_batch(remote_school.db, batch.id).state == "discarded"
    assert _statuses(remote_school) == [("signing", 1)] * 3


def test_a_setting_below_the_floor_does_not_let_the_teacher_issue_alone(remote_school, csc_service):
    # Issue 21 item 1: a record needs at least the homeroom teacher and the principal, whatever the setting says
    # (a verifier could not tell such a page from a teacher's forgery). The teacher's remote batch signs, the pages
    # then wait for the principal; none is issued and nothing is queued for the centre.
    settings_repo.set_setting(remote_school.db, "signing.required_roles", ["gvcn"])
    csc_service.credential.multisign = 2
    session, batch = _queue(remote_school)
    result, signer = _send(session, batch)
    assert (result.signed, result.issued) == (3, 0)
    assert signer.authorizations == 3  # 6 hashes (PDF + XML form per page) in chunks of 2, no QR summary
    for stored in records_repo.latest_for_class(remote_school.db, remote_school.class_id):
        assert stored.record.status.value == "signing" and [s.role for s in stored.record.signatures] == ["gvcn"]
    assert outbox.pending_items(remote_school.db) == []
    assert csc_service.service.violations == []
