"""The stores keep a version's newer signed files (validation-data updates, issue 16) on both engines."""

from __future__ import annotations

import json

import pytest

from hocbaso_server.store import InsertOutcome, open_store


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    target = request.getfixturevalue("postgres_url") if request.param == "postgresql" else tmp_path / "central"
    opened = open_store(target)
    yield opened
    opened.close()


def test_current_file_follows_validation_updates(store):
    envelope = {"record_id": "r-1", "version": 2, "sha256": "a" * 64, "kind": "hocba_tieuhoc", "event": "UPDATE",
                "blobs": [{"sha256": "b" * 64, "role": "signed_pdf", "media_type": "application/pdf"}]}
    assert store.current_pdf_sha("r-1", 2) is None
    outcome = store.insert(envelope, json.dumps(envelope), school_code="79000701", device_id="d",
                           received_at="2026-12-04T00:00:00Z", receipt="x")
    assert outcome is InsertOutcome.STORED
    assert store.current_pdf_sha("r-1", 2) == "b" * 64
    assert store.add_validation_update("r-1", 2, "c" * 64, "2026-12-05T00:00:00Z")
    assert not store.add_validation_update("r-1", 2, "c" * 64, "2026-12-05T00:00:01Z")   # once
    assert store.add_validation_update("r-1", 2, "d" * 64, "2027-12-05T00:00:00Z")
    assert store.current_pdf_sha("r-1", 2) == "d" * 64
    assert store.current_pdf_sha("r-1", 1) is None
