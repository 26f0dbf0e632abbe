"""USB-stick round trip: export (encrypted for the centre's key), upload from a PC without the database,
import receipts (twice); older token-keyed bundles during the transition; tampering and wrong keys."""

from __future__ import annotations

import json
import zipfile
from datetime import timedelta

import pytest

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.storage import audit, outbox, settings_repo
from hocbaso_desktop.sync import pinning
from hocbaso_desktop.sync.bundle import (
    OLD_BUNDLE_LAST_DAY,
    export_bundle,
    import_receipts,
    is_old_bundle,
    upload_bundle,
)
from hocbaso_desktop.sync.errors import BadRequestError
from tests.fixtures.central_server import API_TOKEN
from tests.sync.bundle_v1 import write_v1_bundle
from tests.sync.helpers import issue_records


def trust_centre(db, server) -> None:
    """What the administrator does with the Sở's letter: the centre's receipt and bundle keys, by fingerprint."""
    settings_repo.set_setting(db, "sync.server_url", server.url)
    signer, bundle_key = server.app.state.signer, server.app.state.bundle_key
    pinning.trust_key(db, server.url, signer.public_key_b64, signer.fingerprint, actor="quantri")
    pinning.trust_key(db, server.url, bundle_key.public_key_b64, bundle_key.fingerprint, actor="quantri",
                      kind=pinning.BUNDLE)


def test_bundle_round_trip(school_db, central_server, tmp_path):
    ids = issue_records(school_db, 4)
    trust_centre(school_db, central_server)
    bundle = tmp_path / "usb" / "hocba.bundle"
    bundle.parent.mkdir()
    assert export_bundle(school_db, bundle, actor="quantri") == 4
    assert not is_old_bundle(bundle)
    receipts = tmp_path / "usb" / "receipts.json"
    assert upload_bundle(bundle, receipts, server_url=central_server.url, api_token=API_TOKEN) == {"stored": 4}
    assert upload_bundle(bundle, receipts, server_url=central_server.url, api_token=API_TOKEN) == {"duplicate": 4}
    assert central_server.store.stored_events() == 4
    counts = import_receipts(school_db, receipts, actor="quantri")
    assert counts["delivered"] == 4
    again = import_receipts(school_db, receipts, actor="quantri")
    assert again["delivered"] == 0 and again["unchanged"] == 4
    assert outbox.state_counts(school_db)["delivered"] == 4
    assert sorted(s.record_id for s in central_server.store.all_submissions()) == sorted(ids)


def test_no_bundle_without_the_centres_key(school_db, tmp_path):
    issue_records(school_db, 1)
    settings_repo.set_setting(school_db, "sync.server_url", "https://so-gddt.example.vn/hocbaso")
    with pytest.raises(InvalidInputError) as refused:
        export_bundle(school_db, tmp_path / "b.hocbaso-bundle", actor="quantri")
    assert "trust-bundle-key" in refused.value.message
    assert not (tmp_path / "b.hocbaso-bundle").exists()


def test_tampered_bundle_is_refused_by_the_centre(school_db, central_server, tmp_path):
    issue_records(school_db, 1)
    trust_centre(school_db, central_server)
    bundle = tmp_path / "b.zip"
    export_bundle(school_db, bundle, actor="quantri")
    tampered = tmp_path / "t.zip"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("items/"):
                data = data[:-1] + bytes([data[-1] ^ 1])  # one bit of an (encrypted) item
            dst.writestr(info, data)
    with pytest.raises(BadRequestError):
        upload_bundle(tampered, tmp_path / "r.json", server_url=central_server.url, api_token=API_TOKEN)
    assert central_server.store.stored_events() == 0


def test_a_bundle_for_another_centre_key_is_not_sent(school_db, central_server, tmp_path):
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from hocbaso_desktop.sync.bundle_crypto import key_fingerprint, public_b64

    issue_records(school_db, 1)
    settings_repo.set_setting(school_db, "sync.server_url", central_server.url)
    other = public_b64(X25519PrivateKey.generate())   # a key the real centre does not hold
    pinning.trust_key(school_db, central_server.url, other, key_fingerprint(other), actor="quantri",
                      kind=pinning.BUNDLE)
    bundle = tmp_path / "b.hocbaso-bundle"
    export_bundle(school_db, bundle, actor="quantri")
    with pytest.raises(InvalidInputError) as refused:
        upload_bundle(bundle, tmp_path / "r.json", server_url=central_server.url, api_token=API_TOKEN)
    assert "không phải khoá của máy chủ này" in refused.value.message
    assert central_server.store.stored_events() == 0


def test_an_old_token_keyed_bundle_is_delivered_only_when_accepted_until_the_last_day(school_db, central_server,
                                                                                      tmp_path):
    issue_records(school_db, 2)
    bundle = tmp_path / "old.hocbaso-bundle"
    write_v1_bundle(school_db, bundle, API_TOKEN)
    assert is_old_bundle(bundle)
    receipts = tmp_path / "r.json"
    with pytest.raises(InvalidInputError) as refused:          # not accepted explicitly: nothing is sent
        upload_bundle(bundle, receipts, server_url=central_server.url, api_token=API_TOKEN, today=OLD_BUNDLE_LAST_DAY)
    assert "--accept-old-bundle" in refused.value.message and "30/06/2027" in refused.value.message
    after = OLD_BUNDLE_LAST_DAY + timedelta(days=1)
    with pytest.raises(InvalidInputError) as refused:          # after the last day: refused even when accepted
        upload_bundle(bundle, receipts, server_url=central_server.url, api_token=API_TOKEN, accept_old=True,
                      today=after)
    assert "chỉ được nhận đến hết ngày 30/06/2027" in refused.value.message and "xuất lại" in refused.value.message
    assert central_server.store.stored_events() == 0 and not receipts.exists()
    with pytest.raises(InvalidInputError):
        upload_bundle(bundle, receipts, server_url=central_server.url, api_token="other-token", accept_old=True,
                      today=OLD_BUNDLE_LAST_DAY)
    assert upload_bundle(bundle, receipts, server_url=central_server.url, api_token=API_TOKEN, accept_old=True,
                         today=OLD_BUNDLE_LAST_DAY) == {"stored": 2}
    assert json.loads(receipts.read_text(encoding="utf-8"))["bundle_format"] == "hocbaso-bundle/1"
    trust_centre(school_db, central_server)
    assert import_receipts(school_db, receipts, actor="vanthu")["delivered"] == 2
    imported = audit.search(school_db, actions=("sync.import_receipts",))
    assert imported[0].after["old_bundle"] is True              # on the record: delivered from an older bundle


def test_receipts_from_another_server_change_nothing(school_db, central_server, tmp_path):
    issue_records(school_db, 2)
    trust_centre(school_db, central_server)
    bundle = tmp_path / "b.hocbaso-bundle"
    export_bundle(school_db, bundle, actor="quantri")
    receipts = tmp_path / "r.hocbaso-receipts"
    upload_bundle(bundle, receipts, server_url=central_server.url, api_token=API_TOKEN)
    settings_repo.set_setting(school_db, "sync.server_url", "https://so-gddt.example.vn/hocbaso")
    with pytest.raises(InvalidInputError):
        import_receipts(school_db, receipts, actor="quantri")
    assert outbox.state_counts(school_db).get("delivered", 0) == 0


def test_a_lost_bundle_reveals_no_student(school_db, central_server, tmp_path):
    issue_records(school_db, 2)
    trust_centre(school_db, central_server)
    bundle = tmp_path / "b.hocbaso-bundle"
    export_bundle(school_db, bundle, actor="quantri")
    names = [r[0] for r in school_db.query("SELECT full_name FROM students")]
    raw = bundle.read_bytes()
    with zipfile.ZipFile(bundle) as zf:
        inner = b"".join(zf.read(n) for n in zf.namelist())
    for name in names:
        assert name.encode("utf-8") not in raw and name.encode("utf-8") not in inner
    assert b"record_id" not in inner and b"%PDF" not in inner
