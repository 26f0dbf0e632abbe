"""What a province runs by hand: schools and their tokens, figures per school, a school's export."""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path

from hocbaso_server.auth import issue_token, now_utc, rotate_token
from hocbaso_server.blobs import FileBlobStore
from hocbaso_server.store import CentralStore


def add_school(store: CentralStore, code: str, name: str) -> str:
    """Register a school; return its token (shown once, stored only as a hash)."""
    return issue_token(store, code, name)


def new_token(store: CentralStore, code: str) -> str | None:
    """Replace a school's token; None if the school is unknown."""
    return rotate_token(store, code)


def revoke_school(store: CentralStore, code: str) -> bool:
    """Revoke a school's token; False if unknown."""
    return store.revoke_school(code, now_utc())


def stats(store: CentralStore) -> dict:
    """Per school code and in total: records, versions, revocations, blobs, last contact."""
    schools = [asdict(s) for s in store.stats()]
    totals = {k: sum(s[k] for s in schools) for k in ("records", "versions", "revocations", "blobs")}
    return {"engine": store.engine, "schools": schools, "totals": totals}


def export_school(store: CentralStore, blobs: FileBlobStore, code: str, out: Path) -> dict:
    """Write what a school has sent into `out/CODE/` (envelopes with receipts, then blobs); files are 0600."""
    folder = Path(out) / code
    (folder / "blobs").mkdir(parents=True, exist_ok=True, mode=0o700)
    envelopes = store.school_envelopes(code)
    _write_private(folder / "submissions.jsonl", "".join(
        json.dumps({"envelope": json.loads(env), "receipt": receipt}, ensure_ascii=False) + "\n"
        for env, receipt in envelopes).encode("utf-8"))
    count = 0
    for sha, _media in store.school_blobs(code):
        data = blobs.get(sha)
        if data is not None:
            _write_private(folder / "blobs" / sha, data)
            count += 1
    return {"school": code, "submissions": len(envelopes), "blobs": count, "folder": str(folder)}


def _write_private(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.replace(tmp, path)
