"""The FastAPI application of the reference central server (central-api.md, the whole contract)."""

from __future__ import annotations

import hmac
import json
import logging
import zlib
from datetime import UTC, datetime
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from hocbaso_desktop.sync import protocol
from hocbaso_server.anchors import add_anchor_routes
from hocbaso_server.checks import check_content, check_shape, revoked_version
from hocbaso_server.receipts import ReceiptSigner
from hocbaso_server.store import CentralStore


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _answer(status: int, **body: object) -> JSONResponse:
    return JSONResponse({"protocol": protocol.PROTOCOL, **body}, status_code=status)


def create_app(data_dir: Path, api_token: str, *, verify_pdf: bool = True, trust_dir: Path | None = None,
               max_batch_items: int = protocol.DEFAULT_MAX_BATCH_ITEMS,
               max_body_bytes: int = protocol.DEFAULT_MAX_BODY_BYTES) -> FastAPI:
    """Build the app over the store in `data_dir`; `verify_pdf=False` is for the bench only."""
    if trust_dir is None:
        # without a trust folder only integrity is checked; the validator's "untrusted" tracebacks are noise
        logging.getLogger("pyhanko.sign.validation").setLevel(logging.CRITICAL)
    store = CentralStore(Path(data_dir))
    signer = ReceiptSigner(Path(data_dir))
    app = FastAPI(title="hocbaso central (reference)", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.store = store
    app.state.signer = signer

    @app.middleware("http")
    async def authorise(request: Request, call_next):
        auth = request.headers.get("authorization", "")
        if not (auth.startswith("Bearer ") and hmac.compare_digest(auth[7:].encode(), api_token.encode())):
            return _answer(401, error="unauthorized")
        length = request.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > max_body_bytes:
            return _answer(413, error="too large")
        return await call_next(request)

    @app.get("/api/v1/ping")
    def ping() -> JSONResponse:
        return _answer(200, server_time=_now(), max_batch_items=max_batch_items, max_body_bytes=max_body_bytes,
                       receipt_key=signer.public_key_b64)

    @app.head("/api/v1/blobs/{sha256}")
    def head_blob(sha256: str) -> Response:
        return Response(status_code=204 if store.has_blob(sha256) else 404)

    @app.put("/api/v1/blobs/{sha256}")
    async def put_blob(sha256: str, request: Request) -> JSONResponse:
        data = await read_body(request, max_body_bytes)
        if data is None:
            return _answer(413, error="too large")
        if not protocol.is_sha256(sha256) or protocol.sha256_hex(data) != sha256:
            return _answer(422, error="hash mismatch")
        store.put_blob(sha256, data, request.headers.get("content-type", "application/octet-stream"))
        return _answer(201, sha256=sha256, size=len(data))

    @app.post("/api/v1/submissions")
    async def submissions(request: Request) -> JSONResponse:
        raw = await read_body(request, max_body_bytes)
        if raw is None:
            return _answer(413, error="too large")
        if request.headers.get("content-encoding", "").lower() == "gzip":
            try:
                raw = inflate_bounded(raw, max_body_bytes)
            except (OSError, EOFError, zlib.error):
                return _answer(400, error="bad gzip body")
            if raw is None:  # a gzip bomb: stopped at the limit while inflating
                return _answer(413, error="too large")
        try:
            body = json.loads(raw)
        except (ValueError, UnicodeDecodeError, RecursionError):
            return _answer(400, error="body is not JSON")
        if not (protocol.has_marker(body) and isinstance(body.get("items"), list)
                and isinstance(body.get("school_code"), str) and isinstance(body.get("device_id"), str)):
            return _answer(400, error="not a hocbaso-sync/1 submission")
        if len(body["items"]) > max_batch_items:
            return _answer(413, error="too many items")
        # pyHanko's validator runs its own event loop: check the items on a worker thread
        results = await run_in_threadpool(
            lambda: [_submit_one(item, body["school_code"], body["device_id"]) for item in body["items"]])
        return _answer(201, results=results)

    def _submit_one(envelope: object, school_code: str, device_id: str) -> dict:
        errors = check_shape(envelope)
        if errors:
            ident = envelope if isinstance(envelope, dict) else {}
            return {"record_id": ident.get("record_id"), "version": ident.get("version"),
                    "sha256": ident.get("sha256"), "status": "rejected", "received_at": _now(), "errors": errors}
        assert isinstance(envelope, dict)
        ident = {"record_id": envelope["record_id"], "version": envelope["version"], "sha256": envelope["sha256"]}
        held = store.find(envelope["record_id"], envelope["version"])
        if held is not None:
            if held.sha256 == envelope["sha256"]:
                return {**ident, "status": "duplicate", "received_at": held.received_at, "receipt": held.receipt,
                        "errors": []}
            return {**ident, "status": "conflict", "received_at": _now(),
                    "errors": [{"field": "sha256", "code": "conflict", "message": f"held: {held.sha256}"}]}
        if store.highest_version(envelope["record_id"]) > envelope["version"]:
            return {**ident, "status": "stale", "received_at": _now(), "errors": []}
        errors = check_content(envelope, store.get_blob, verify_pdf=verify_pdf, trust_dir=trust_dir)
        if errors:
            return {**ident, "status": "rejected", "received_at": _now(), "errors": errors}
        received_at = _now()
        receipt = signer.sign(received_at=received_at, **ident)
        if not store.insert(envelope, school_code=school_code, device_id=device_id, received_at=received_at,
                            receipt=receipt):
            return _submit_one(envelope, school_code, device_id)  # a parallel request stored it first
        revoked = revoked_version(envelope)
        if revoked is not None:  # a school's revocation (thu hồi): the stored version is marked, never deleted
            store.mark_revoked(*revoked, reason=str(envelope["payload"].get("lydo", "")),
                               decided_by=str(envelope["payload"].get("nguoiquyetdinh", "")),
                               envelope_id=envelope["record_id"], received_at=received_at)
        return {**ident, "status": "stored", "received_at": received_at, "receipt": receipt, "errors": []}

    app.state.anchors = add_anchor_routes(app, Path(data_dir), read_body=read_body, inflate=inflate_bounded, answer=_answer, now=_now,
                                          max_body_bytes=max_body_bytes)

    @app.get("/api/v1/schools/{school_code}/inbox")
    def inbox(school_code: str, after: str = "0", limit: int = 100) -> JSONResponse:
        try:
            start = int(after or "0")
        except ValueError:
            return _answer(400, error="bad cursor")
        items = store.inbox_after(school_code, start, max(1, min(limit, 500)))
        return _answer(200, items=[{"cursor": c, "type": t, "body": b} for c, t, b in items],
                       next=items[-1][0] if items else after)

    return app


async def read_body(request: Request, limit: int) -> bytes | None:
    """The request body, or None once it passes `limit` bytes (a chunked body has no Content-Length)."""
    out = bytearray()
    async for chunk in request.stream():
        out += chunk
        if len(out) > limit:
            return None
    return bytes(out)


def inflate_bounded(raw: bytes, limit: int) -> bytes | None:
    """gzip-inflate `raw` up to `limit` bytes; None when the output would be larger (zlib.error if bad)."""
    inflater = zlib.decompressobj(31)
    out = inflater.decompress(raw, limit + 1)
    if len(out) > limit or inflater.unconsumed_tail:
        return None
    if not inflater.eof:
        raise zlib.error("truncated gzip body")
    return out
