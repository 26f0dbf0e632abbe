"""USB-stick round trip: export, upload from a PC without the database, import receipts (twice)."""

from __future__ import annotations

import zipfile

import pytest

from hocbaso_desktop.errors import InvalidInputError
from hocbaso_desktop.storage import outbox, settings_repo
from hocbaso_desktop.sync import pinning
from hocbaso_desktop.sync.bundle import export_bundle, import_receipts, upload_bundle
from tests.fixtures.central_server import API_TOKEN
from tests.sync.helpers import issue_records


def test_bundle_round_trip(school_db, central_server, tmp_path):
    ids = issue_records(school_db, 4)
    bundle = tmp_path / "usb" / "hocba.bundle"
    bundle.parent.mkdir()
    assert export_bundle(school_db, bundle, api_token=API_TOKEN, actor="quantri") == 4
    receipts = tmp_path / "usb" / "receipts.json"
    assert upload_bundle(bundle, receipts, server_url=central_server.url, api_token=API_TOKEN) == {"stored": 4}
    assert upload_bundle(bundle, receipts, server_url=central_server.url, api_token=API_TOKEN) == {"duplicate": 4}
    assert central_server.store.stored_events() == 4
    settings_repo.set_setting(school_db, "sync.server_url", central_server.url)  # the school's own centre
    signer = central_server.app.state.signer  # the key and fingerprint the Sở hands over out of band
    pinning.trust_key(school_db, central_server.url, signer.public_key_b64, signer.fingerprint, actor="quantri")
    counts = import_receipts(school_db, receipts, actor="quantri")
    assert counts["delivered"] == 4
    again = import_receipts(school_db, receipts, actor="quantri")
    assert again["delivered"] == 0 and again["unchanged"] == 4
    assert outbox.state_counts(school_db)["delivered"] == 4
    assert sorted(s.record_id for s in central_server.store.all_submissions()) == sorted(ids)


def test_tampered_bundle_refused(school_db, tmp_path):
    issue_records(school_db, 1)
    bundle = tmp_path / "b.zip"
    export_bundle(school_db, bundle, api_token=API_TOKEN, actor="quantri")
    with pytest.raises(InvalidInputError):
        upload_bundle(bundle, tmp_path / "r.json", server_url="http://127.0.0.1:9", api_token="other-token")
    tampered = tmp_path / "t.zip"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("items/"):
                data = data[:-1] + bytes([data[-1] ^ 1])  # one bit of an (encrypted) item
            dst.writestr(info, data)
    with pytest.raises(InvalidInputError):
        upload_bundle(tampered, tmp_path / "r.json", server_url="http://127.0.0.1:9", api_token=API_TOKEN)


def test_receipts_from_another_server_change_nothing(school_db, central_server, tmp_path):
    issue_records(school_db, 2)
    bundle = tmp_path / "b.hocbaso-bundle"
    export_bundle(school_db, bundle, api_token=API_TOKEN, actor="quantri")
    receipts = tmp_path / "r.hocbaso-receipts"
    upload_bundle(bundle, receipts, server_url=central_server.url, api_token=API_TOKEN)
    settings_repo.set_setting(school_db, "sync.server_url", "https://so-gddt.example.vn/hocbaso")
    with pytest.raises(InvalidInputError):
        import_receipts(school_db, receipts, actor="quantri")
    assert outbox.state_counts(school_db).get("delivered", 0) == 0


def test_a_lost_bundle_reveals_no_student_without_the_token(school_db, tmp_path):
    issue_records(school_db, 2)
    bundle = tmp_path / "b.hocbaso-bundle"
    export_bundle(school_db, bundle, api_token=API_TOKEN, actor="quantri")
    names = [r[0] for r in school_db.query("SELECT full_name FROM students")]
    raw = bundle.read_bytes()
    with zipfile.ZipFile(bundle) as zf:
        inner = b"".join(zf.read(n) for n in zf.namelist())
    for name in names:
        assert name.encode("utf-8") not in raw and name.encode("utf-8") not in inner
    assert b"record_id" not in inner and b"%PDF" not in inner
