"""The upgraded file reaches the centre as a validation-data update of the same record version, not a new version:
the real sync engine against the reference server (which checks that the new file only appends to the held one)."""

from __future__ import annotations

from tests.fixtures.central_server import API_TOKEN
from tests.fixtures.ltv_pki import issue_class_ltv as _issue_class

from hocbaso_desktop.signing import ltv
from hocbaso_desktop.storage import outbox, records_repo
from hocbaso_desktop.sync.engine import SyncEngine, SyncSettings


def _sync(db, url):
    return SyncEngine(db, SyncSettings(url, API_TOKEN), sleep=lambda s: None).run()


def test_upgraded_pdf_is_sent_as_a_validation_update(ltv_school, ltv_pki, central_server):
    db = ltv_school.db
    _issue_class(ltv_school, ltv_pki)
    first = _sync(db, central_server.url)
    assert first.error is None and first.delivered == 3
    assert ltv.upgrade_pending(ltv_school.session("hieutruong"), ltv.configured_timestamper(db)) == 3
    second = _sync(db, central_server.url)
    assert second.error is None and second.delivered == 3
    store = central_server.store
    assert store.stored_events() == 3                      # no new version was stored
    for stored in records_repo.latest_for_class(db, ltv_school.class_id):
        assert store.highest_version(stored.record.id) == stored.record.version
        current = store.current_pdf_sha(stored.record.id, stored.record.version)
        blobs = central_server.app.state.submitter.blobs
        assert blobs.get(current) == ltv.current_pdf(db, stored)    # the centre's file is the upgraded one
    assert outbox.state_counts(db)["delivered"] == 6
    assert _sync(db, central_server.url).delivered == 0    # nothing left; a replay would be a duplicate


def test_centre_rejects_a_file_that_does_not_extend_the_held_one(ltv_school, ltv_pki, central_server):
    db = ltv_school.db
    _issue_class(ltv_school, ltv_pki)
    assert _sync(db, central_server.url).delivered == 3
    stored = records_repo.latest_for_class(db, ltv_school.class_id)[0]
    other = records_repo.latest_for_class(db, ltv_school.class_id)[1]
    with db.transaction():   # announce another record's PDF as this one's new file
        ltv.announce_validation_update(db, stored, other.pdf_sha256, at=ltv_school.session("hieutruong").now())
    summary = _sync(db, central_server.url)
    assert summary.delivered == 0
    rejected = outbox.list_items(db, states=["rejected"])
    assert len(rejected) == 1 and rejected[0].errors[0]["code"] == "not_an_extension"   # rule 6
    assert central_server.store.current_pdf_sha(stored.record.id, stored.record.version) == stored.pdf_sha256
