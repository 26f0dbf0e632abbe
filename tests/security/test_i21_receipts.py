"""Issue 21, receipts: a receipts file never pins a key; a forged one changes nothing (item 2 of the issue).

The attack of the issue: a school that syncs only by USB has no key pinned; a receipts file signed with any
Ed25519 key, naming the configured URL, used to mark everything delivered and pin the forger's key, so the
real centre's key was refused afterwards. Here the forged file is made with an independent key and the
receipt format of central-api.md, the real reference server runs on 127.0.0.1.
"""

from __future__ import annotations

import base64
import json

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.storage import audit, outbox, settings_repo
from hocbaso_desktop.sync import pinning
from hocbaso_desktop.sync.bundle import import_receipts
from hocbaso_desktop.sync.engine import SyncEngine, SyncSettings
from hocbaso_desktop.sync.protocol import receipt_message
from tests.fixtures.central_server import API_TOKEN
from tests.security.i21_helpers import hocbaso, no_traceback
from tests.sync.helpers import issue_records


def forged_receipts(db, url: str, key: Ed25519PrivateKey | None = None) -> dict:
    """A receipts file for every queued item, signed with a key the forger chose."""
    key = key or Ed25519PrivateKey.generate()
    pub = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    results = []
    for item in outbox.pending_items(db):
        at = "2026-11-23T08:00:00Z"
        sig = key.sign(receipt_message(record_id=item.record_id, version=item.version, sha256=item.sha256,
                                       received_at=at))
        results.append({"record_id": item.record_id, "version": item.version, "sha256": item.sha256,
                        "status": "stored", "received_at": at, "receipt": base64.b64encode(sig).decode(),
                        "errors": []})
    return {"format": "hocbaso-receipts/1", "server_url": url, "receipt_key": base64.b64encode(pub).decode(),
            "school_code": "x", "results": results}


def state(db) -> tuple:
    return (outbox.state_counts(db), settings_repo.get_setting(db, pinning.PINS_KEY), audit.verify(db).rows)


def test_forged_receipts_file_changes_nothing_and_the_real_key_still_works(admin_db, central_server, tmp_path):
    db = admin_db
    issue_records(db, 5)
    with db.transaction():
        settings_repo.set_setting(db, "sync.server_url", central_server.url)
        settings_repo.set_setting(db, "sync.api_token", API_TOKEN)
    forged = tmp_path / "forged.hocbaso-receipts"
    forged.write_text(json.dumps(forged_receipts(db, central_server.url)), encoding="utf-8")
    before = state(db)
    with pytest.raises(InvalidInputError):
        import_receipts(db, forged, actor="quantri")
    assert state(db) == before  # nothing delivered, no key pinned, no row written
    assert outbox.state_counts(db)["delivered"] == 0
    # the real centre, reached online over the loopback: its key is pinned and its receipts count
    summary = SyncEngine(db, SyncSettings(central_server.url, API_TOKEN), sleep=lambda s: None).run()
    assert summary.error is None and summary.delivered == 5 and summary.remaining == 0
    assert pinning.pinned_key(db, central_server.url) == central_server.app.state.signer.public_key_b64


def test_with_the_real_key_pinned_one_forged_receipt_refuses_the_whole_file(admin_db, central_server, tmp_path):
    db = admin_db
    issue_records(db, 3)
    with db.transaction():
        settings_repo.set_setting(db, "sync.server_url", central_server.url)
    signer = central_server.app.state.signer
    pinning.trust_key(db, central_server.url, signer.public_key_b64, signer.fingerprint, actor="quantri")
    doc = forged_receipts(db, central_server.url)
    doc["receipt_key"] = signer.public_key_b64  # naming the real key does not make the signatures real
    forged = tmp_path / "f.hocbaso-receipts"
    forged.write_text(json.dumps(doc), encoding="utf-8")
    before = state(db)
    with pytest.raises(InvalidInputError):
        import_receipts(db, forged, actor="quantri")
    assert state(db) == before


def test_administrator_key_needs_the_matching_fingerprint(admin_db, central_server):
    db = admin_db
    with db.transaction():
        settings_repo.set_setting(db, "sync.server_url", central_server.url)
    signer = central_server.app.state.signer
    other = base64.b64encode(Ed25519PrivateKey.generate().public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)).decode()
    with pytest.raises(InvalidInputError):
        pinning.trust_key(db, central_server.url, other, signer.fingerprint, actor="quantri")
    assert pinning.pinned_key(db, central_server.url) is None
    # typed in lower case without spaces, as people do
    pinning.trust_key(db, central_server.url, signer.public_key_b64, signer.fingerprint.replace(" ", "").lower(),
                      actor="quantri")
    assert pinning.pinned_key(db, central_server.url) == signer.public_key_b64


def test_a_ping_over_plain_http_to_another_computer_pins_nothing(admin_db):
    db = admin_db
    with db.transaction():
        settings_repo.set_setting(db, "sync.server_url", "http://10.1.2.3:8765")
    pinning.check_and_pin(db, "http://10.1.2.3:8765", base64.b64encode(b"k" * 32).decode())
    assert pinning.pinned_key(db, "http://10.1.2.3:8765") is None


def test_cli_import_of_a_forged_file_exits_3(demo_school, admin_db, central_server, tmp_path):
    db = admin_db
    issue_records(db, 2)
    with db.transaction():
        settings_repo.set_setting(db, "sync.server_url", central_server.url)
    forged = tmp_path / "forged.hocbaso-receipts"
    forged.write_text(json.dumps(forged_receipts(db, central_server.url)), encoding="utf-8")
    before = state(db)
    result = hocbaso("sync", "import-receipts", str(forged), "--db", str(demo_school.path))
    no_traceback(result)
    assert result.returncode == 3 and "khoá" in result.stderr
    assert state(db) == before
