"""Issuance on a real SQLCipher database: lock, batch signing in order, issue, immutability, revoke."""

from __future__ import annotations

import json

import pytest

from hocbaso_desktop.domain.errors import (
    ImmutableRecordError,
    InvalidInputError,
    PermissionDeniedError,
    SigningError,
)
from hocbaso_desktop.signing import issuance
from hocbaso_desktop.signing.certificates import bind_certificate
from hocbaso_desktop.signing.qr import verify_qr_text
from hocbaso_desktop.signing.verify import verify_pdf
from hocbaso_desktop.storage import blobs_repo, outbox, records_repo

PEOPLE = {"gvcn": ("gvcn.4a", "giaovien"), "principal": ("hieutruong", "hieutruong"), "seal": ("vanthu", "condau")}


def _bind_all(school, demo_pki, roles=("gvcn", "principal", "seal")):
    admin = school.session("quantri")
    for role in roles:
        user, person = PEOPLE[role]
        bind_certificate(admin, username=user, role=role, cert_der=demo_pki.people[person].certificate_der,
                         chain_der=demo_pki.chain_der, key_id="01", token_serial="SOFT", module_path="",
                         accept_name_mismatch=role == "seal")  # the test PKI's seal names another school


def _sign(school, role, signer, **kw):
    session = school.session(PEOPLE[role][0])
    if role == "gvcn":
        issuance.prepare_class(session, school.class_id)
    plan = issuance.plan_batch(session, school.class_id, role)
    return plan, issuance.sign_batch(session, plan, signer, **kw)


def test_full_issuance_path(test_school, demo_pki, software_signer, pdfsig, tmp_path):
    _bind_all(test_school, demo_pki)
    assert issuance.required_roles(test_school.db) == ("gvcn", "principal", "seal")
    seen = []
    plan, result = _sign(test_school, "gvcn", software_signer("giaovien"), progress=lambda i, n, item: seen.append(i))
    assert len(plan.items) == 3 and result.signed == 3 and result.issued == 0 and seen == [1, 2, 3]
    assert _sign(test_school, "principal", software_signer("hieutruong"))[1].signed == 3
    plan, result = _sign(test_school, "seal", software_signer("condau"))
    assert result.issued == 3
    db = test_school.db
    for stored in records_repo.latest_for_class(db, test_school.class_id):
        assert stored.record.status.value == "issued"
        assert [s.role for s in stored.record.signatures] == ["gvcn", "principal", "seal"]
        pdf = blobs_repo.get_blob(db, stored.pdf_sha256)
        assert pdf == stored.pdf
        report = verify_pdf(pdf, [demo_pki.root_der])
        assert report.ok and report.record_id == stored.record.id
        path = tmp_path / f"{stored.record.id}.pdf"
        path.write_bytes(pdf)
        assert [s.ok for s in pdfsig.check(path)] == [True, True, True]
        summary = verify_qr_text(stored.qr, [demo_pki.people["condau"].certificate_der])
        assert summary.pdf_sha256 == stored.pdf_sha256 and summary.record_id == stored.record.id
        assert json.loads(stored.payload)["hovaten"] == summary.student_name
    assert len(outbox.pending_items(db)) == 3
    # nothing left to sign
    assert issuance.plan_batch(test_school.session("vanthu"), test_school.class_id, "seal").items == ()


def test_issued_row_is_immutable_and_tamper_is_detected(test_school, demo_pki, software_signer):
    _bind_all(test_school, demo_pki, ("gvcn", "principal"))
    _sign(test_school, "gvcn", software_signer("giaovien"))
    _sign(test_school, "principal", software_signer("hieutruong"))
    db = test_school.db
    stored = records_repo.latest_for_class(db, test_school.class_id)[0]
    assert stored.record.status.value == "issued"
    with pytest.raises(ImmutableRecordError):
        db.execute("UPDATE records SET payload = ? WHERE id = ?", (b'{"hovaten":"X"}', stored.record.id))
    # someone with the key drops the trigger and edits the payload: verification of the stored PDF vs payload fails
    db.execute("DROP TRIGGER records_immutable")
    forged = stored.payload.replace(b"Ph\xe1\xba\xa1m", b"Tr\xe1\xba\xa7n")
    db.execute("UPDATE records SET payload = ? WHERE id = ?", (forged, stored.record.id))
    edited = records_repo.get(db, stored.record.id)
    report = verify_pdf(edited.pdf, [demo_pki.root_der])
    assert report.ok                                   # the signed PDF itself is intact ...
    assert report.payload_sha256 != __import__("hashlib").sha256(edited.payload).hexdigest()  # ... the row is not


def test_token_pulled_mid_batch_resumes(test_school, demo_pki, software_signer):
    _bind_all(test_school, demo_pki, ("gvcn", "principal"))
    # two token signatures per page: the PDF's and the XML form's (hocba.xml)
    _plan, result = _sign(test_school, "gvcn", software_signer("giaovien", fail_after=4))
    assert (result.signed, result.remaining) == (2, 1) and "rút ra" in result.stopped_by
    statuses = sorted(s.record.status.value for s in records_repo.latest_for_class(test_school.db, test_school.class_id))
    assert statuses == ["locked", "signing", "signing"]   # the third is untouched, not half-signed
    session = test_school.session("gvcn.4a")
    again = issuance.plan_batch(session, test_school.class_id, "gvcn")
    assert len(again.items) == 1
    assert issuance.sign_batch(session, again, software_signer("giaovien")).signed == 1


def test_refusals(test_school, demo_pki, software_signer):
    _bind_all(test_school, demo_pki, ("gvcn",))
    session = test_school.session("gvcn.4a")
    issuance.prepare_class(session, test_school.class_id)
    plan = issuance.plan_batch(session, test_school.class_id, "gvcn")
    with pytest.raises(SigningError):       # not the bound certificate
        issuance.sign_batch(session, plan, software_signer("hieutruong"))
    with pytest.raises(PermissionDeniedError):  # wrong role for this account
        issuance.plan_batch(session, test_school.class_id, "principal")
    admin = test_school.session("quantri")
    with pytest.raises(SigningError, match="hết hạn"):
        bind_certificate(admin, username="gvcn.4a", role="gvcn", cert_der=demo_pki.people["hethan"].certificate_der,
                         chain_der=demo_pki.chain_der, key_id="11", token_serial="S", module_path="")
    with pytest.raises(SigningError, match="mục đích ký số"):
        bind_certificate(admin, username="gvcn.4a", role="gvcn", cert_der=demo_pki.people["khongky"].certificate_der,
                         chain_der=demo_pki.chain_der, key_id="12", token_serial="S", module_path="")
    with pytest.raises(PermissionDeniedError):
        bind_certificate(admin, username="gvcn.4a", role="seal", cert_der=demo_pki.people["condau"].certificate_der,
                         chain_der=demo_pki.chain_der, key_id="03", token_serial="S", module_path="")


def test_revoke_creates_new_draft_version(test_school, demo_pki, software_signer):
    _bind_all(test_school, demo_pki, ("gvcn", "principal"))
    _sign(test_school, "gvcn", software_signer("giaovien"))
    _sign(test_school, "principal", software_signer("hieutruong"))
    stored = records_repo.latest_for_class(test_school.db, test_school.class_id)[0]
    principal = test_school.session("hieutruong")
    new = issuance.revoke(principal, stored.record.id, "Sai điểm môn Toán")
    assert new.record.version == 2 and new.record.status.value == "draft"
    old = records_repo.get(test_school.db, stored.record.id, 1)
    assert old.record.status.value == "revoked" and old.record.revoked_reason == "Sai điểm môn Toán"
    assert old.pdf == stored.pdf
    with pytest.raises(PermissionDeniedError):
        issuance.revoke(test_school.session("gvcn.4a"), stored.record.id, "x")
    # version 2 goes through signing again
    _sign(test_school, "gvcn", software_signer("giaovien"))
    _sign(test_school, "principal", software_signer("hieutruong"))
    v2 = records_repo.get(test_school.db, stored.record.id)
    assert v2.record.version == 2 and v2.record.status.value == "issued"
    assert verify_pdf(v2.pdf, [demo_pki.root_der]).version == 2


def test_cancel_flag_stops_between_records(test_school, demo_pki, software_signer):
    _bind_all(test_school, demo_pki, ("gvcn",))
    calls = []
    _plan, result = _sign(test_school, "gvcn", software_signer("giaovien"),
                          cancel=lambda: len(calls) >= 1, progress=lambda i, n, item: calls.append(i))
    assert result.cancelled and (result.signed, result.remaining) == (1, 2)


def test_a_certificate_belongs_to_one_account(test_school, demo_pki):
    _bind_all(test_school, demo_pki, ("principal",))
    with pytest.raises(InvalidInputError):
        bind_certificate(test_school.session("quantri"), username="gvcn.4a", role="gvcn",
                         cert_der=demo_pki.people["hieutruong"].certificate_der, chain_der=demo_pki.chain_der,
                         key_id="02", token_serial="S", module_path="")


def test_converted_paper_pages_need_the_seal_only(test_school, demo_pki):
    from dataclasses import replace

    from hocbaso_desktop.domain.model import RecordStatus, YearRecord

    _bind_all(test_school, demo_pki)
    page = YearRecord("r", 1, RecordStatus.LOCKED, "hs-0", "cls-4a", "2019-2020", "58/2011")
    assert issuance.required_roles(test_school.db, record=page) == ("gvcn", "principal", "seal")
    assert issuance.required_roles(test_school.db, record=replace(page, converted_from_paper=True)) == ("seal",)


def test_a_page_of_another_class_is_refused_in_a_batch(test_school, demo_pki, software_signer):
    """The principal may sign any class, but a list for one class must not carry a page of another."""
    from hocbaso_desktop.domain.errors import PermissionDeniedError
    from hocbaso_desktop.domain.roles import Scope

    _bind_all(test_school, demo_pki)
    gvcn_plan, _result = _sign(test_school, "gvcn", software_signer("giaovien"))
    principal = test_school.session(PEOPLE["principal"][0])
    with pytest.raises(PermissionDeniedError, match="không thuộc lớp"):
        issuance.sign_records(principal, "principal", gvcn_plan.items, software_signer("hieutruong"),
                              scope=Scope(class_id="lop-khac"))
    assert all(len(s.record.signatures) == 1 for s in records_repo.latest_for_class(test_school.db,
                                                                                  test_school.class_id))


def test_token_pulled_between_the_pdf_and_the_xml_signature(test_school, demo_pki, software_signer):
    """The page's PDF and XML signatures are stored together: a pull at the XML's leaves the page as it was."""
    _bind_all(test_school, demo_pki, ("gvcn", "principal"))
    _plan, result = _sign(test_school, "gvcn", software_signer("giaovien", fail_after=3))
    assert (result.signed, result.remaining) == (1, 2) and "rút ra" in result.stopped_by
    stored = records_repo.latest_for_class(test_school.db, test_school.class_id)
    assert sorted(s.record.status.value for s in stored) == ["locked", "locked", "signing"]
    assert all(not s.record.signatures for s in stored if s.record.status.value == "locked")


def test_token_pulled_at_the_qr_signature_stops_cleanly(test_school, demo_pki, software_signer):
    """The last signer's third raw signature of a record (after the PDF's and the XML's) is the QR summary: a
    pull there stops the batch with a message, and that record stays unissued (not half-issued)."""
    _bind_all(test_school, demo_pki, ("gvcn", "principal"))
    _sign(test_school, "gvcn", software_signer("giaovien"))
    _plan, result = _sign(test_school, "principal", software_signer("hieutruong", fail_after=2))
    assert result.signed == 0 and result.issued == 0 and "rút ra" in result.stopped_by
    statuses = {s.record.status.value for s in records_repo.latest_for_class(test_school.db, test_school.class_id)}
    assert statuses == {"signing"}
