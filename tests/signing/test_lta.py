"""Long-term validation delivered: B-T at signing from a live TSA, the upgrade to B-LTA with OCSP/CRL data fetched
from the certificates' AIA / CRL distribution points, the upgraded file as the record, offline validation after the
signer's certificate expired, and the renewal of the archive timestamp. The PKI and its responders are
tests/fixtures/ltv_pki.py (OpenSSL's TSA and OCSP responder behind a server on 127.0.0.1, port 0)."""

from __future__ import annotations

import io
import json
from datetime import timedelta

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.timestamps import HTTPTimeStamper
from tests.fixtures.ltv_pki import issue_class_ltv as _issue_class
from tests.fixtures.pdfa import pdfa3b_problems

from hocbaso_desktop.domain.errors import SigningError
from hocbaso_desktop.services import school_settings
from hocbaso_desktop.signing import export, lta, ltv
from hocbaso_desktop.signing.verify import format_report, verify_pdf
from hocbaso_desktop.storage import outbox, records_repo, upgrades_repo
from hocbaso_desktop.storage.settings_repo import get_setting


def test_b_t_then_b_lta_is_the_record_and_validates_offline_after_expiry(ltv_school, ltv_pki, ltv_pdfsig, tmp_path):
    db = ltv_school.db
    assert get_setting(db, ltv.TSA_URL_SETTING) == ltv_pki.tsa_url
    _issue_class(ltv_school, ltv_pki)
    issued = records_repo.latest_for_class(db, ltv_school.class_id)
    for stored in issued:   # B-T: each signature carries a verified signature timestamp
        report = verify_pdf(stored.pdf, [ltv_pki.root_der])
        assert report.ok and all(s.time_from_timestamp for s in report.signatures), format_report(report)
        assert not any(s.revocation_checked for s in report.signatures)
    assert len(upgrades_repo.pending(db)) == 3          # B-T is queued for B-LTA too
    before = dict(ltv_pki.requests)
    principal = ltv_school.session("hieutruong")
    assert ltv.upgrade_pending(principal, ltv.configured_timestamper(db)) == 3
    assert ltv_pki.requests["/ocsp"] > before.get("/ocsp", 0)           # fetched from the certificates' AIA
    assert ltv_pki.requests["/crl/root.crl"] > before.get("/crl/root.crl", 0)   # and the CA's CRL DP
    later = principal.now() + timedelta(days=30)   # the short-lived signer certificate (3 days) has expired
    for stored in records_repo.latest_for_class(db, ltv_school.class_id):
        upgraded = ltv.current_pdf(db, stored)
        assert upgraded != stored.pdf and upgraded.startswith(stored.pdf)
        reader = PdfFileReader(io.BytesIO(upgraded), strict=False)
        dss = reader.root["/DSS"]
        sigs = list(reader.embedded_regular_signatures)
        assert len(dss["/VRI"]) == len(sigs) == 2 and len(dss["/OCSPs"]) == 5 and len(dss["/CRLs"]) == 1
        assert len(reader.embedded_timestamp_signatures) == 1
        assert pdfa3b_problems(upgraded, attachments=("payload.json",)) == []
        report = verify_pdf(upgraded, [ltv_pki.root_der], at=later)
        assert report.ok, format_report(report)
        assert all(s.time_from_timestamp and s.revocation_checked for s in report.signatures)
        assert len(report.document_timestamps) == 1
        # the upgrade is only validation data and a document timestamp: a last signature that locks the document
        # (FieldMDP / DocMDP P=1, issue 13) still validates, since pyHanko allows LTA updates at P=1
        assert report.signatures[-1].changes_after == "LTA_UPDATES"
        gvcn = report.signatures[0]
        assert ltv_pki.people["ngan"].cert.not_valid_after_utc < later   # really expired by then
        assert gvcn.ok and "ngắn" in gvcn.signer.lower()
        path = tmp_path / f"{stored.record.id}.pdf"
        out = export.export_record(principal, stored.record.id, path)
        assert out.read_bytes() == upgraded                              # export delivers the upgraded file
        assert [s.ok for s in ltv_pdfsig.check(path)][:2] == [True, True]
        item = [i for i in outbox.queued_items(db, limit=100)
                if i.record_id == stored.record.id and i.kind.startswith(outbox.VALIDATION_UPDATE)]
        assert len(item) == 1 and item[0].envelope_dict()["update"] == "validation_data"
        assert item[0].version == stored.record.version and item[0].sha256 == stored.payload_sha256


def test_upgrade_without_tsa_or_responders_fails_and_stays_queued(ltv_school, ltv_pki):
    _issue_class(ltv_school, ltv_pki)
    db = ltv_school.db
    principal = ltv_school.session("hieutruong")
    ltv_pki.tsa_down = True
    try:
        assert ltv.upgrade_pending(principal, HTTPTimeStamper(ltv_pki.tsa_url, timeout=5)) == 0
    finally:
        ltv_pki.tsa_down = False
    assert len(upgrades_repo.pending(db)) == 3
    ltv_pki.responders_down = True    # the TSA answers, the OCSP responder and the CRLs do not
    try:
        assert ltv.upgrade_pending(principal, HTTPTimeStamper(ltv_pki.tsa_url, timeout=5)) == 0
    finally:
        ltv_pki.responders_down = False
    assert len(upgrades_repo.pending(db)) == 3
    stored = records_repo.latest_for_class(db, ltv_school.class_id)[0]
    assert ltv.current_pdf(db, stored) == stored.pdf


def test_renewal_adds_an_archive_timestamp_when_due(ltv_school, ltv_pki):
    _issue_class(ltv_school, ltv_pki)
    db = ltv_school.db
    principal = ltv_school.session("hieutruong")
    timestamper = ltv.configured_timestamper(db)
    assert ltv.upgrade_pending(principal, timestamper) == 3
    assert ltv.renewal_due(principal) == []                      # the TSA certificate has years left
    tsa_end = ltv_pki.tsa.cert.not_valid_after_utc
    assert ltv.renew_due(principal, timestamper, at=tsa_end - timedelta(days=300)) == 3   # within 365 days
    for stored in records_repo.latest_for_class(db, ltv_school.class_id):
        renewed = ltv.current_pdf(db, stored)
        reader = PdfFileReader(io.BytesIO(renewed), strict=False)
        assert len(reader.embedded_timestamp_signatures) == 2
        report = verify_pdf(renewed, [ltv_pki.root_der])
        assert report.ok and len(report.document_timestamps) == 2, format_report(report)
        assert lta.last_timestamp_expiry(renewed) is not None


def test_extend_refuses_an_unsigned_file(ltv_pki):
    from tests.signing.conftest import simple_pdf

    with pytest.raises(SigningError):
        lta.extend(simple_pdf(), HTTPTimeStamper(ltv_pki.tsa_url), [ltv_pki.root_der])


def test_config_setting_is_checked(ltv_school):
    admin = ltv_school.session("quantri")
    from hocbaso_desktop.domain.errors import InvalidInputError

    with pytest.raises(InvalidInputError):
        school_settings.set_value(admin, "signing.tsa_url", "ftp://x")
    with pytest.raises(InvalidInputError):
        school_settings.set_value(admin, "signing.timestamp_renew_days", "0")
    assert school_settings.shown_value(admin, "signing.timestamp_renew_days") == 365
    school_settings.set_value(admin, "sync.api_token", "bi-mat")
    assert school_settings.shown_value(admin, "sync.api_token") != "bi-mat"
    assert json.dumps(school_settings.shown_value(admin, "signing.tsa_url"))


def test_background_job_upgrades_then_stays_quiet(ltv_school, ltv_pki):
    _issue_class(ltv_school, ltv_pki)
    db = ltv_school.db
    now = ltv_school.session("hieutruong").now()
    assert ltv.background_job(db, now=now) == (3, 0)
    assert upgrades_repo.pending(db) == []
    asked = ltv_pki.requests["/tsa"]
    assert ltv.background_job(db, now=now) == (0, 0)               # nothing to do: the TSA is not even asked
    assert ltv_pki.requests["/tsa"] == asked
    tsa_end = ltv_pki.tsa.cert.not_valid_after_utc
    assert ltv.background_job(db, now=tsa_end - timedelta(days=30)) == (0, 3)   # a day later, renewals due
    stored = records_repo.latest_for_class(db, ltv_school.class_id)[0]
    assert verify_pdf(ltv.current_pdf(db, stored), [ltv_pki.root_der]).ok
