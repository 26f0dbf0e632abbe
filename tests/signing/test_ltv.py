"""B-B offline, then the queued late upgrade: document timestamp + validation data as a new revision."""

from __future__ import annotations

from tests.signing.test_issuance import _bind_all, _sign

from hocbaso_desktop.signing import issuance, ltv
from hocbaso_desktop.signing.verify import format_report, verify_pdf
from hocbaso_desktop.storage import blobs_repo, records_repo, upgrades_repo


def test_offline_issue_is_queued_then_upgraded(test_school, demo_pki, software_signer, dummy_timestamper, pdfsig,
                                               tmp_path):
    _bind_all(test_school, demo_pki, ("gvcn", "principal"))
    _sign(test_school, "gvcn", software_signer("giaovien"))
    _sign(test_school, "principal", software_signer("hieutruong"))
    db = test_school.db
    assert len(upgrades_repo.pending(db)) == 3
    principal = test_school.session("hieutruong")
    assert ltv.reachable(None) is None
    assert ltv.upgrade_pending(principal, dummy_timestamper(), allow_fetching=False) == 3
    assert upgrades_repo.pending(db) == []
    for stored in records_repo.latest_for_class(db, test_school.class_id):
        upgraded = blobs_repo.get_blob(db, upgrades_repo.upgraded_blob(db, stored.record.id, stored.record.version))
        assert upgraded.startswith(stored.pdf)                      # a new revision; signed bytes untouched
        report = verify_pdf(upgraded, [demo_pki.root_der])
        assert report.ok, format_report(report)
        assert len(report.document_timestamps) == 1
        assert records_repo.get(db, stored.record.id).pdf == stored.pdf   # the issued row did not change
    path = tmp_path / "ltv.pdf"
    path.write_bytes(upgraded)
    assert all(s.ok for s in pdfsig.check(path)[:2])


def test_b_t_batch_is_queued_for_b_lta(test_school, demo_pki, software_signer, dummy_timestamper):
    _bind_all(test_school, demo_pki, ("gvcn", "principal"))
    _sign(test_school, "gvcn", software_signer("giaovien"), timestamper=dummy_timestamper())
    _sign(test_school, "principal", software_signer("hieutruong"), timestamper=dummy_timestamper())
    assert len(upgrades_repo.pending(test_school.db)) == 3   # B-T too: the upgrade adds validation data (B-LTA)
    stored = records_repo.latest_for_class(test_school.db, test_school.class_id)[0]
    report = verify_pdf(stored.pdf, [demo_pki.root_der])
    assert report.ok and all(s.time_from_timestamp for s in report.signatures)
    assert issuance.required_roles(test_school.db) == ("gvcn", "principal")
