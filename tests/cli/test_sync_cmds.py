"""Sync from the command line against the reference server on 127.0.0.1, and the USB-stick round trip."""

from __future__ import annotations

import json

from hocbaso_desktop.storage.database import SchoolDatabase
from tests.cli.test_school_cmds import hocbaso, no_traceback
from tests.fixtures.central_server import API_TOKEN
from tests.sync.helpers import issue_records


def _issue(demo_school, n: int) -> None:
    db = SchoolDatabase.open(demo_school.path, "quantri", demo_school.password)
    try:
        issue_records(db, n)
    finally:
        db.close()


def test_configure_sync_and_status(demo_school, central_server):
    _issue(demo_school, 4)
    db = ("--db", str(demo_school.path))
    status = hocbaso("sync", "status", "--json", *db, user="vanthu")
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["pending"] == 4
    denied = hocbaso("sync", "configure", "--server", central_server.url, "--api-token", API_TOKEN, *db,
                     user="vanthu")
    assert denied.returncode == 3
    configured = hocbaso("sync", "configure", "--server", central_server.url, "--api-token", API_TOKEN, *db,
                         user="quantri")
    assert configured.returncode == 0, configured.stderr
    assert API_TOKEN not in configured.stdout + configured.stderr
    ran = hocbaso("sync", *db, user="vanthu")
    assert ran.returncode == 0, ran.stderr
    assert API_TOKEN not in ran.stdout + ran.stderr
    after = json.loads(hocbaso("sync", "status", "--json", *db, user="vanthu").stdout)
    assert after["pending"] == 0 and "api_token" not in json.dumps(after)
    assert central_server.store.stored_events() == 4


def test_offline_exits_nonzero_without_traceback(demo_school):
    _issue(demo_school, 1)
    db = ("--db", str(demo_school.path))
    ran = hocbaso("sync", "--server", "http://127.0.0.1:9", "--api-token", "x", *db, user="vanthu")
    assert ran.returncode != 0
    no_traceback(ran)


def test_usb_bundle_round_trip(demo_school, central_server, tmp_path):
    _issue(demo_school, 3)
    db = ("--db", str(demo_school.path))
    bundle = tmp_path / "usb" / "truong.hocbaso-bundle"
    bundle.parent.mkdir()
    configured = hocbaso("sync", "configure", "--server", central_server.url, "--api-token", API_TOKEN, *db,
                         user="quantri")  # a school without a connection still knows its centre's address
    assert configured.returncode == 0, configured.stderr
    # the Sở hands the centre's receipt key and its fingerprint over out of band; the administrator enters both
    printed = hocbaso("server", "receipt-key", "--data", str(central_server.data_dir), password=None)
    key, fingerprint = (line.split(": ", 1)[1] for line in printed.stdout.strip().splitlines())
    trusted = hocbaso("sync", "trust-receipt-key", "--key", key, "--fingerprint", fingerprint, *db, user="quantri")
    assert trusted.returncode == 0, trusted.stderr
    refused = hocbaso("sync", "export-bundle", "--out", str(bundle), *db, user="vanthu")
    assert refused.returncode == 3 and "trust-bundle-key" in refused.stderr and not bundle.exists()
    printed = hocbaso("server", "bundle-key", "--data", str(central_server.data_dir), password=None)
    key, fingerprint = (line.split(": ", 1)[1] for line in printed.stdout.strip().splitlines())
    wrong = hocbaso("sync", "trust-bundle-key", "--key", key, "--fingerprint", "0" * 64, *db, user="quantri")
    assert wrong.returncode == 3
    trusted = hocbaso("sync", "trust-bundle-key", "--key", key, "--fingerprint", fingerprint, *db, user="quantri")
    assert trusted.returncode == 0, trusted.stderr
    assert fingerprint in hocbaso("sync", "status", *db, user="vanthu").stdout
    made = hocbaso("sync", "export-bundle", "--out", str(bundle), *db, user="vanthu")
    assert made.returncode == 0, made.stderr
    up = hocbaso("sync", "upload-bundle", str(bundle), "--server", central_server.url, password=None,
                 extra_env={"HOCBASO_API_TOKEN": API_TOKEN})
    assert up.returncode == 0, up.stderr
    receipts = tmp_path / "usb" / "truong.hocbaso-receipts"
    assert receipts.exists()
    for _round in range(2):  # importing the same receipts twice changes nothing the second time
        imported = hocbaso("sync", "import-receipts", str(receipts), *db, user="vanthu")
        assert imported.returncode == 0, imported.stderr
    status = json.loads(hocbaso("sync", "status", "--json", *db, user="vanthu").stdout)
    assert status["pending"] == 0
    assert central_server.store.stored_events() == 3


def test_sync_to_another_server_needs_the_administrator(demo_school, central_server):
    db = ("--db", str(demo_school.path))
    hocbaso("sync", "configure", "--server", "https://so-gddt.example.vn/hocbaso", "--api-token", API_TOKEN, *db,
            user="quantri")
    other = hocbaso("sync", "--server", central_server.url, *db, user="vanthu")
    assert other.returncode == 3 and "không có quyền" in other.stderr
    no_traceback(other)


def test_an_old_bundle_needs_the_senders_consent(tmp_path):
    """An older, token-keyed bundle (no bundle.json) is not sent unless --accept-old-bundle is given (issue 21)."""
    import zipfile

    old = tmp_path / "cu.hocbaso-bundle"
    with zipfile.ZipFile(old, "w") as zf:
        zf.writestr("manifest.json", "{}")
        zf.writestr("manifest.hmac", "0" * 64)
    refused = hocbaso("sync", "upload-bundle", str(old), "--server", "http://127.0.0.1:9", password=None,
                      extra_env={"HOCBASO_API_TOKEN": API_TOKEN})
    assert refused.returncode == 3 and "--accept-old-bundle" in refused.stderr and "30/06/2027" in refused.stderr
    no_traceback(refused)
    assert not old.with_suffix(".hocbaso-receipts").exists()
