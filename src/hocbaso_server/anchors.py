"""The reference server keeps each school's audit anchors (issue 21), in its own SQLite file.

`POST /api/v1/schools/{code}/audit-anchors` stores the anchors a school sends with each sync (the same
anchor twice is stored once); `GET` returns them all, so `hocbaso audit verify --online` can compare the
school's audit log with heads the school can no longer change. Kept apart from the central store (its
own module, table and file) so the store can move to another database without touching this.
"""

from __future__ import annotations

import base64
import binascii
import json
import sqlite3
import threading
import zlib
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from hocbaso_desktop.sync import protocol

_SCHEMA = """
CREATE TABLE IF NOT EXISTS audit_anchors (
    school_code TEXT NOT NULL,
    from_seq    INTEGER NOT NULL,
    to_seq      INTEGER NOT NULL,
    head        TEXT NOT NULL,
    body        TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (school_code, from_seq, to_seq, head)
);
"""
MAX_ANCHORS_PER_REQUEST = 200
_FIELDS = {"from_seq": int, "to_seq": int, "head": str, "hashes": list, "at": str, "message": str, "signature": str,
           "cert": str}


class AnchorStore:
    """DIR/anchors.sqlite3 with one writer lock."""

    def __init__(self, data_dir: Path) -> None:
        self._con = sqlite3.connect(Path(data_dir) / "anchors.sqlite3", check_same_thread=False,
                                    isolation_level=None)
        self._lock = threading.Lock()
        self._con.executescript(_SCHEMA)

    def add(self, school_code: str, anchors: list[dict], received_at: str) -> int:
        """Store new anchors; return how many were new."""
        new = 0
        with self._lock:
            for a in anchors:
                cur = self._con.execute(
                    "INSERT OR IGNORE INTO audit_anchors VALUES (?, ?, ?, ?, ?, ?)",
                    (school_code, a["from_seq"], a["to_seq"], a["head"], json.dumps(a), received_at))
                new += cur.rowcount
        return new

    def for_school(self, school_code: str) -> list[dict]:
        """Every anchor of a school, oldest first."""
        with self._lock:
            rows = self._con.execute("SELECT body FROM audit_anchors WHERE school_code = ? ORDER BY to_seq, from_seq",
                                     (school_code,)).fetchall()
        return [json.loads(r[0]) for r in rows]


def well_formed(anchor: object) -> bool:
    """Whether an anchor has every field with its type, hex hashes and base64 blobs."""
    if not isinstance(anchor, dict) or any(type(anchor.get(k)) is not t for k, t in _FIELDS.items()):
        return False
    if not all(protocol.is_sha256(h) for h in [anchor["head"], *anchor["hashes"]]):
        return False
    if anchor["to_seq"] - anchor["from_seq"] + 1 != len(anchor["hashes"]) or anchor["from_seq"] < 1:
        return False
    try:
        for k in ("message", "signature", "cert"):
            base64.b64decode(anchor[k], validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


def add_anchor_routes(app: FastAPI, data_dir: Path, *, read_body, inflate, answer, now,
                      max_body_bytes: int) -> AnchorStore:
    """Register the two anchor endpoints on `app` (the bearer-token middleware already guards them)."""
    store = AnchorStore(data_dir)

    @app.post("/api/v1/schools/{school_code}/audit-anchors")
    async def post_anchors(school_code: str, request: Request) -> JSONResponse:
        raw = await read_body(request, max_body_bytes)
        if raw is None:
            return answer(413, error="too large")
        if request.headers.get("content-encoding", "").lower() == "gzip":
            try:
                raw = inflate(raw, max_body_bytes)
            except (OSError, EOFError, zlib.error):
                return answer(400, error="bad gzip body")
            if raw is None:
                return answer(413, error="too large")
        try:
            body = json.loads(raw)
        except (ValueError, UnicodeDecodeError, RecursionError):
            return answer(400, error="body is not JSON")
        anchors = body.get("anchors") if protocol.has_marker(body) else None
        if not isinstance(anchors, list) or len(anchors) > MAX_ANCHORS_PER_REQUEST or \
                not all(well_formed(a) for a in anchors):
            return answer(400, error="not a list of audit anchors")
        return answer(201, stored=store.add(school_code, anchors, now()))

    @app.get("/api/v1/schools/{school_code}/audit-anchors")
    def get_anchors(school_code: str) -> JSONResponse:
        return answer(200, anchors=store.for_school(school_code))

    return store
