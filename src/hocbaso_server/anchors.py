"""The reference server keeps each school's audit anchors (issue 21), in its own SQLite file.

`POST /api/v1/schools/{code}/audit-anchors` stores the anchors a school sends with each sync (the same
anchor twice is stored once); `GET` returns them all, so `hocbaso audit verify --online` can compare the
school's audit log with heads the school can no longer change. Kept apart from the central store (its
own module, table and SQLite file: in the data folder, or beside the blob folder when the store is on
PostgreSQL), so the store can move to another database without touching this; moving the anchors
there too is one table.
"""

from __future__ import annotations

import base64
import binascii
import json
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from hocbaso_desktop.sync import protocol
from hocbaso_server.limits import BadBodyError, BodyTooLargeError, gunzip_bounded

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
        Path(data_dir).mkdir(parents=True, exist_ok=True)
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


def _answer(status: int, **body: object) -> JSONResponse:
    return JSONResponse({"protocol": protocol.PROTOCOL, **body}, status_code=status)


async def _json_body(request: Request, limit: int) -> object:
    """The decoded JSON body (gzip inflated within `limit`); BodyTooLargeError or BadBodyError otherwise."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLargeError()
        chunks.append(chunk)
    raw = b"".join(chunks)
    if request.headers.get("content-encoding", "").lower() == "gzip":
        raw = gunzip_bounded(raw, limit)
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise BadBodyError() from exc


def add_anchor_routes(app: FastAPI, folder: Path, *, max_body_bytes: int) -> AnchorStore:
    """Register the two anchor endpoints on `app` (its gate authenticates; each school sees only its own)."""
    store = AnchorStore(folder)

    @app.post("/api/v1/schools/{school_code}/audit-anchors")
    async def post_anchors(school_code: str, request: Request) -> JSONResponse:
        if not request.state.principal.may_act_for(school_code):
            return _answer(403, error="forbidden: another school's anchors")
        try:
            body = await _json_body(request, max_body_bytes)
        except BodyTooLargeError:
            return _answer(413, error="too large")
        except BadBodyError:
            return _answer(400, error="body is not JSON")
        anchors = body.get("anchors") if protocol.has_marker(body) else None
        if not isinstance(anchors, list) or len(anchors) > MAX_ANCHORS_PER_REQUEST or \
                not all(well_formed(a) for a in anchors):
            return _answer(400, error="not a list of audit anchors")
        received = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return _answer(201, stored=await run_in_threadpool(store.add, school_code, anchors, received))

    @app.get("/api/v1/schools/{school_code}/audit-anchors")
    def get_anchors(school_code: str, request: Request) -> JSONResponse:
        if not request.state.principal.may_act_for(school_code):
            return _answer(403, error="forbidden: another school's anchors")
        return _answer(200, anchors=store.for_school(school_code))

    return store
