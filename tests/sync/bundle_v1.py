"""An older USB bundle (hocbaso-bundle/1, before issue 21's centre key), written here from its format: every
member AES-256-GCM under HMAC-SHA256(token, "hocbaso-bundle/1 content"), the member name as associated
data, the manifest MAC'd under HMAC-SHA256(token, "hocbaso-bundle/1 manifest"). The program no longer
writes these; sticks made before the upgrade still carry them."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import zipfile
import zlib
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hocbaso_desktop.storage import blobs_repo, outbox, school_repo, settings_repo


def _key(token: str, label: bytes) -> bytes:
    return hmac.new(token.encode(), label, hashlib.sha256).digest()


def write_v1_bundle(db, out: Path, token: str) -> None:
    """Every pending item of `db` in the old format."""
    aead = AESGCM(_key(token, b"hocbaso-bundle/1 content"))

    def seal(name: str, data: bytes) -> bytes:
        nonce = os.urandom(12)
        return b"HBE1" + nonce + aead.encrypt(nonce, data, name.encode())

    manifest = {"format": "hocbaso-bundle/1", "school_code": school_repo.get_school(db).code,
                "device_id": settings_repo.device_id(db), "items": [], "blobs": []}
    with zipfile.ZipFile(out, "w") as zf:
        for item in outbox.pending_items(db):
            name = f"items/{item.seq:08d}.json"
            zf.writestr(name, seal(name, zlib.compress(item.envelope)))
            manifest["items"].append({"file": name, "sha256": hashlib.sha256(item.envelope).hexdigest()})
            for sha in item.blob_hashes:
                if any(b["sha256"] == sha for b in manifest["blobs"]):
                    continue
                zf.writestr(f"blobs/{sha}", seal(f"blobs/{sha}", blobs_repo.get_blob(db, sha)))
                manifest["blobs"].append({"file": f"blobs/{sha}", "sha256": sha,
                                          "media_type": blobs_repo.blob_media_type(db, sha)})
        raw = json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode()
        zf.writestr("manifest.json", seal("manifest.json", raw))
        zf.writestr("manifest.hmac", hmac.new(_key(token, b"hocbaso-bundle/1 manifest"), raw,
                                              hashlib.sha256).hexdigest())
