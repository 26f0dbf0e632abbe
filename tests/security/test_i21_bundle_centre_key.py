"""Issue 21, USB bundles encrypted for the centre's key: the reference server (really started on 127.0.0.1)
publishes an X25519 bundle key in its ping; the school pins it only from an online ping to its configured
centre; a bundle is then opened here with the centre's private key by the documented construction
(X25519 → HKDF-SHA256 → AES-256-GCM, written out in this test with `cryptography`'s primitives, not the
program's module), while the school's API token — which opened the older bundles — opens nothing; the
stick's file is delivered as it is by `hocbaso sync upload-bundle` and its receipts mark the items delivered."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import zipfile

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hocbaso_desktop.storage import outbox, settings_repo
from hocbaso_desktop.sync.engine import SyncEngine, SyncSettings
from tests.fixtures.central_server import API_TOKEN, CentralServer
from tests.fixtures.cli import run_hocbaso
from tests.sync.helpers import issue_records, open_school

RAW = (serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _centre_private_key(server: CentralServer):
    """The centre's private bundle key as its store keeps it (the Sở's side)."""
    pem = server.store.secret("bundle_key_pem", lambda: pytest.fail("the centre has no bundle key"))
    return serialization.load_pem_private_key(pem.encode("ascii"), password=None)


def _open_member(private_key, header: dict, name: str, stored: bytes) -> bytes:
    eph = base64.b64decode(header["encryption"]["ephemeral_key"])
    centre = private_key.public_key().public_bytes(*RAW)
    key = HKDF(hashes.SHA256(), 32, salt=eph + centre, info=b"hocbaso-bundle/2 " + header["school_code"].encode()) \
        .derive(private_key.exchange(X25519PublicKey.from_public_bytes(eph)))
    assert stored[:4] == b"HBE2"
    return AESGCM(key).decrypt(stored[4:16], stored[16:], f"{header['school_code']}/{name}".encode())


def test_bundles_are_encrypted_for_the_centres_pinned_key(demo_school, central_server, tmp_path):
    school_db = open_school(demo_school.path, demo_school.password)
    with school_db.transaction():
        settings_repo.set_setting(school_db, "sync.server_url", central_server.url)
        settings_repo.set_setting(school_db, "sync.api_token", API_TOKEN)
    # a one-off run against another server (an administrator's choice) pins none of its keys
    stranger = CentralServer(tmp_path / "stranger").start()
    try:
        assert SyncEngine(school_db, SyncSettings(stranger.url, API_TOKEN), sleep=lambda s: None).run().error is None
    finally:
        stranger.stop()
    assert not settings_repo.get_setting(school_db, "sync.bundle_keys")
    # an online ping to the configured centre pins its bundle key: the one the Sở prints for its letter
    assert SyncEngine(school_db, SyncSettings(central_server.url, API_TOKEN), sleep=lambda s: None).run().error is None
    printed = run_hocbaso("server", "bundle-key", "--data", str(central_server.data_dir), password=None).stdout
    published = printed.splitlines()[0].split(": ", 1)[1]
    assert settings_repo.get_setting(school_db, "sync.bundle_keys") == {central_server.url: published}
    ids = issue_records(school_db, 3)

    bundle = tmp_path / "usb" / "truong.hocbaso-bundle"
    bundle.parent.mkdir()
    school_db.close()
    made = run_hocbaso("sync", "export-bundle", "--out", str(bundle), "--db", str(demo_school.path),
                       password=demo_school.password, user="quantri")
    assert made.returncode == 0, made.stderr

    private_key = _centre_private_key(central_server)
    with zipfile.ZipFile(bundle) as zf:
        header = json.loads(zf.read("bundle.json"))
        assert header["format"] == "hocbaso-bundle/2" and "items" not in header
        manifest = json.loads(_open_member(private_key, header, "manifest.json", zf.read("manifest.json")))
        assert len(manifest["items"]) == 3
        first = manifest["items"][0]["file"]
        import zlib

        envelope = json.loads(zlib.decompress(_open_member(private_key, header, first, zf.read(first))))
        assert envelope["record_id"] in ids
        # the key the older bundles used (derived from the school's API token) opens nothing now
        token_key = hmac.new(API_TOKEN.encode(), b"hocbaso-bundle/1 content", hashlib.sha256).digest()
        stored = zf.read(first)
        with pytest.raises(InvalidTag):
            AESGCM(token_key).decrypt(stored[4:16], stored[16:], first.encode())

    up = run_hocbaso("sync", "upload-bundle", str(bundle), "--server", central_server.url, password=None,
                     extra_env={"HOCBASO_API_TOKEN": API_TOKEN})
    assert up.returncode == 0, up.stderr
    assert "kiểu cũ" not in up.stderr
    assert central_server.store.stored_events() == 3
    imported = run_hocbaso("sync", "import-receipts", str(bundle.with_suffix(".hocbaso-receipts")),
                           "--db", str(demo_school.path), password=demo_school.password, user="quantri")
    assert imported.returncode == 0, imported.stderr
    from hocbaso_desktop.storage.database import SchoolDatabase

    db = SchoolDatabase.open(demo_school.path, "quantri", demo_school.password)
    try:
        assert outbox.state_counts(db)["delivered"] == 3
    finally:
        db.close()

