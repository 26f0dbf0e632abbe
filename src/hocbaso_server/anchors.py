"""The reference server keeps each school's audit anchors (issue 21), in the central store.

`POST /api/v1/schools/{code}/audit-anchors` stores the anchors a school sends with each sync (the same
anchor twice is stored once); `GET` returns them all, so `hocbaso audit verify --online` can compare the
school's audit log with heads the school can no longer change. The anchors live in the central store
(table `audit_anchors`, SQLite or PostgreSQL like everything else); a server from before kept them in
`anchors.sqlite3` (in the data folder, or beside the blob folder), which is read in once at start.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from hocbaso_desktop.sync import protocol
from hocbaso_server.limits import BadBodyError, BodyTooLargeError, gunzip_bounded
from hocbaso_server.store import CentralStore

LEGACY_FILE = "anchors.sqlite3"
MAX_ANCHORS_PER_REQUEST = 200
_FIELDS = {"from_seq": int, "to_seq": int, "head": str, "hashes": list, "at": str, "message": str, "signature": str,
           "cert": str}


def import_legacy_file(store: CentralStore, folder: Path) -> int:
    """Read the anchors of a server from before they moved into the store (`anchors.sqlite3`) into it, once.

    The file is renamed afterwards; several processes starting together may both read it (each anchor is
    stored once whatever happens), and only one rename succeeds."""
    path = Path(folder) / LEGACY_FILE
    if not path.is_file():
        return 0
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT school_code, body, received_at FROM audit_anchors").fetchall()
    except sqlite3.DatabaseError:
        rows = []  # an empty or foreign file: nothing to carry over
    finally:
        con.close()
    new = sum(store.add_anchors(code, [json.loads(body)], received) for code, body, received in rows)
    with contextlib.suppress(OSError):
        path.rename(path.with_name(LEGACY_FILE + ".imported"))
    return new


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


def add_anchor_routes(app: FastAPI, store: CentralStore, *, max_body_bytes: int) -> None:
    """Register the two anchor endpoints on `app` (its gate authenticates; each school sees only its own)."""

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
        return _answer(201, stored=await run_in_threadpool(store.add_anchors, school_code, anchors, received))

    @app.get("/api/v1/schools/{school_code}/audit-anchors")
    def get_anchors(school_code: str, request: Request) -> JSONResponse:
        if not request.state.principal.may_act_for(school_code):
            return _answer(403, error="forbidden: another school's anchors")
        return _answer(200, anchors=store.anchors_of(school_code))
