"""A revocation (thu hồi) reaches the reference server as its own envelope and marks the stored version."""

from __future__ import annotations

import random
import uuid

from tests.fixtures.central_server import API_TOKEN
from tests.signing.test_issuance import _bind_all, _sign

from hocbaso_desktop.signing import issuance
from hocbaso_desktop.storage import outbox, records_repo
from hocbaso_desktop.sync.backoff import Backoff
from hocbaso_desktop.sync.engine import SyncEngine, SyncSettings


def _sync(db, url: str):
    return SyncEngine(db, SyncSettings(url, API_TOKEN), sleep=lambda s: None, backoff=Backoff(rng=random.Random(1))).run()


def test_revocation_reaches_the_centre_and_marks_the_record(test_school, demo_pki, software_signer, central_server):
    _bind_all(test_school, demo_pki, ("gvcn", "principal"))
    _sign(test_school, "gvcn", software_signer("giaovien"))
    _sign(test_school, "principal", software_signer("hieutruong"))
    db = test_school.db
    assert _sync(db, central_server.url).delivered == 3
    stored = records_repo.latest_for_class(db, test_school.class_id)[0]
    record_id = stored.record.id
    assert central_server.store.revocation(record_id, 1) is None

    issuance.revoke(test_school.session("hieutruong"), record_id, "Sai điểm môn Toán")
    pending = [i for i in outbox.pending_items(db) if i.kind == "revocation"]
    assert len(pending) == 1
    envelope_id = pending[0].record_id   # what was queued: its own id, one per (record, version) revoked
    assert envelope_id == str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:hocbaso:{record_id}/revocation/1"))
    assert envelope_id != record_id and issuance.revocation_envelope_id(record_id, 2) != envelope_id
    summary = _sync(db, central_server.url)
    assert summary.delivered == 1
    marked = central_server.store.revocation(record_id, 1)
    assert marked is not None and marked["reason"] == "Sai điểm môn Toán"
    assert marked["decided_by"] == "Trần Văn Đức" and marked["envelope_id"] == envelope_id
    held = central_server.store.find(envelope_id, 1)
    assert held is not None and central_server.store.find(record_id, 1) is not None  # the signed version is kept
    # the corrected version 2 goes out under the record's own id, above version 1
    _sign(test_school, "gvcn", software_signer("giaovien"))
    _sign(test_school, "principal", software_signer("hieutruong"))
    assert _sync(db, central_server.url).delivered == 1
    assert central_server.store.highest_version(record_id) == 2
    assert central_server.store.revocation(record_id, 2) is None


def test_server_rejects_a_malformed_revocation(test_school, central_server):
    from hocbaso_desktop.domain.payload import canonical_bytes, sha256_hex

    payload = {"madinhdanhhocba": "x", "lydo": ""}
    data = canonical_bytes(payload)
    outbox.enqueue(test_school.db, record_id="rev-x", version=1, kind="revocation", event="CANCEL", payload=payload,
                   payload_bytes=data, payload_sha256=sha256_hex(data), blobs=[], updated_at="2026-11-23T00:00:00Z")
    _sync(test_school.db, central_server.url)
    assert central_server.store.find("rev-x", 1) is None
    row = test_school.db.query_one("SELECT state, errors FROM outbox WHERE record_id = 'rev-x'")
    assert row[0] == "rejected" and "payload.lydo" in row[1] and "phienbanthongtinhocba" in row[1]
