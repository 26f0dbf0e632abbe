"""The FastAPI application of the reference central server (central-api.md, the whole contract).

`create_app` takes a data folder (SQLite, blobs in `DIR/blobs`) or a PostgreSQL URL with a blob folder.
Schools authenticate with their own tokens (`hocbaso server school add`); the shared `api_token` is
for demos and tests and stands for every school. Every path, envelope and inbox is checked against the
authenticated school (403). When more requests are in flight than `max_in_flight`, or more submissions
wait for a verification slot than `max_queue`, the server answers 503 with `Retry-After` at once
instead of queueing without bound.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from datetime import UTC, datetime
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

import hocbaso_server.metrics as metrics
from hocbaso_desktop.sync import protocol
from hocbaso_server.anchors import add_anchor_routes
from hocbaso_server.anchors import import_legacy_file as import_legacy_anchors
from hocbaso_server.auth import Authenticator, Principal, now_utc
from hocbaso_server.blobs import FileBlobStore
from hocbaso_server.bundles import MAX_BUNDLE_BYTES, add_bundle_routes
from hocbaso_server.limits import BadBodyError, BodyTooLargeError, gunzip_bounded
from hocbaso_server.receipts import ReceiptSigner
from hocbaso_server.stores import open_store
from hocbaso_server.submit import Submitter, payload_school

access_log = logging.getLogger("hocbaso_server.access")
_UNMETERED = ("/health", "/metrics")
CONTACT_EVERY_S = 60  # last-contact writes per school and process: at most one a minute


def _answer(status: int, headers: dict | None = None, **body: object) -> JSONResponse:
    return JSONResponse({"protocol": protocol.PROTOCOL, **body}, status_code=status, headers=headers)


def create_app(data_dir: Path | None = None, api_token: str | None = None, *, database: str | None = None,
               blobs_dir: Path | None = None, verify_pdf: bool = True, trust_dir: Path | None = None,
               max_batch_items: int = protocol.DEFAULT_MAX_BATCH_ITEMS,
               max_body_bytes: int = protocol.DEFAULT_MAX_BODY_BYTES, max_in_flight: int = 64,
               verify_slots: int | None = None, max_queue: int = 32, retry_after_s: int = 1) -> FastAPI:
    """Build the app; `verify_pdf=False` is for the bench only."""
    if database is None and data_dir is None:
        raise ValueError("a data folder or a database URL is needed")
    if trust_dir is None:
        # without a trust folder only integrity is checked; the validator's "untrusted" tracebacks are noise
        logging.getLogger("pyhanko.sign.validation").setLevel(logging.CRITICAL)
    store = open_store(database or Path(data_dir))
    blobs = FileBlobStore(Path(blobs_dir) if blobs_dir else Path(data_dir) / "blobs")
    signer = ReceiptSigner(store)
    auth = Authenticator(store, api_token)
    submitter = Submitter(store, blobs, signer, verify_pdf, trust_dir)
    slots = asyncio.Semaphore(verify_slots or max(1, os.cpu_count() or 1))
    state = {"in_flight": 0, "waiting": 0}
    contacts: dict[str, float] = {}
    app = FastAPI(title="hocbaso central (reference)", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.store = store
    app.state.signer = signer
    app.state.submitter = submitter
    app.state.load = state
    busy = {"Retry-After": str(retry_after_s)}

    @app.middleware("http")
    async def gate(request: Request, call_next):
        path = request.url.path
        if path in _UNMETERED:
            return await call_next(request)
        started = time.perf_counter()
        principal = await run_in_threadpool(auth.principal, request.headers.get("authorization", ""))
        if principal is None:
            response = _answer(401, error="unauthorized")
        elif state["in_flight"] >= max_in_flight:
            metrics.SHED.inc()
            response = _answer(503, busy, error="busy")
        else:
            length = request.headers.get("content-length")
            limit = MAX_BUNDLE_BYTES if path == "/api/v1/bundles" else max_body_bytes  # a USB bundle is one file
            if length is not None and length.isdigit() and int(length) > limit:
                response = _answer(413, error="too large")
            else:
                request.state.principal = principal
                state["in_flight"] += 1
                metrics.IN_FLIGHT.inc()
                try:
                    response = await call_next(request)
                finally:
                    state["in_flight"] -= 1
                    metrics.IN_FLIGHT.dec()
                if principal.school_code != "*":
                    await _touch(principal.school_code)
        route = request.scope.get("route")
        template = getattr(route, "path", "other")
        elapsed = time.perf_counter() - started
        metrics.REQUESTS.labels(request.method, template, str(response.status_code)).inc()
        metrics.LATENCY.labels(template).observe(elapsed)
        access_log.info("request", extra={"fields": {
            "method": request.method, "route": template, "status": response.status_code,
            "ms": round(elapsed * 1000, 1),
            "school": getattr(principal, "school_code", None)}})
        return response

    async def _touch(code: str) -> None:
        now = time.monotonic()
        if now - contacts.get(code, -CONTACT_EVERY_S) >= CONTACT_EVERY_S:
            contacts[code] = now
            await run_in_threadpool(store.touch_school, code, now_utc())

    @app.get("/health")
    def health() -> JSONResponse:
        try:
            store.highest_version("health-check")
        except Exception as exc:  # the database is down: say so, do not crash
            return JSONResponse({"status": "unavailable", "error": type(exc).__name__}, status_code=503)
        return JSONResponse({"status": "ok", "engine": store.engine})

    @app.get("/metrics")
    def metrics_page() -> Response:
        body, content_type = metrics.render()
        return Response(body, media_type=content_type)

    @app.get("/api/v1/ping")
    def ping() -> JSONResponse:
        return _answer(200, server_time=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                       max_batch_items=max_batch_items, max_body_bytes=max_body_bytes,
                       receipt_key=signer.public_key_b64, bundle_key=bundle_key.public_key_b64)

    @app.head("/api/v1/blobs/{sha256}")
    def head_blob(sha256: str, request: Request) -> Response:
        held = store.blob_owned(_blob_school(request), sha256) and blobs.exists(sha256)
        return Response(status_code=204 if held else 404)

    @app.put("/api/v1/blobs/{sha256}")
    async def put_blob(sha256: str, request: Request) -> JSONResponse:
        school = _blob_school(request)
        try:
            data = await _read_body(request, max_body_bytes)
        except BodyTooLargeError:
            return _answer(413, error="too large")
        if not protocol.is_sha256(sha256) or protocol.sha256_hex(data) != sha256:
            return _answer(422, error="hash mismatch")
        media_type = request.headers.get("content-type", "application/octet-stream")[:100]
        await run_in_threadpool(blobs.put, sha256, data)
        await run_in_threadpool(store.add_blob, school, sha256, len(data), media_type)
        return _answer(201, sha256=sha256, size=len(data))

    @app.post("/api/v1/submissions")
    async def submissions(request: Request) -> JSONResponse:
        principal: Principal = request.state.principal
        try:
            raw = await _read_body(request, max_body_bytes)
        except BodyTooLargeError:
            return _answer(413, error="too large")
        if request.headers.get("content-encoding", "").lower() == "gzip":
            try:
                raw = gunzip_bounded(raw, max_body_bytes)
            except BodyTooLargeError:
                return _answer(413, error="too large")
            except BadBodyError:
                return _answer(400, error="bad gzip body")
        if len(raw) > max_body_bytes:
            return _answer(413, error="too large")
        try:
            body = json.loads(raw)
        except (ValueError, UnicodeDecodeError, RecursionError):
            return _answer(400, error="body is not JSON")
        if not (protocol.has_marker(body) and isinstance(body.get("items"), list)
                and isinstance(body.get("school_code"), str) and isinstance(body.get("device_id"), str)):
            return _answer(400, error="not a hocbaso-sync/1 submission")
        school = body["school_code"]
        if not principal.may_act_for(school) or any(
                payload_school(item) not in (None, school) for item in body["items"]):
            return _answer(403, error="forbidden: another school's code")
        if len(body["items"]) > max_batch_items:
            return _answer(413, error="too many items")
        if state["waiting"] >= max_queue:
            metrics.SHED.inc()
            return _answer(503, busy, error="busy")
        state["waiting"] += 1
        metrics.QUEUE.inc()
        try:
            await slots.acquire()
        finally:
            state["waiting"] -= 1
            metrics.QUEUE.dec()
        try:
            # pyHanko's validator runs its own event loop: check the items on a worker thread
            results = await run_in_threadpool(
                lambda: [app.state.submitter.submit(item, school, body["device_id"], blob_school=_blob_school(request))
                         for item in body["items"]])
        finally:
            slots.release()
        for result in results:
            metrics.SUBMISSIONS.labels(result["status"]).inc()
        return _answer(201, results=results)

    bundle_key = app.state.bundle_key = add_bundle_routes(app, store, blobs, submitter)
    import_legacy_anchors(store, Path(data_dir) if data_dir else Path(blobs_dir).parent)
    add_anchor_routes(app, store, max_body_bytes=max_body_bytes)

    @app.get("/api/v1/schools/{school_code}/inbox")
    def inbox(school_code: str, request: Request, after: str = "0", limit: int = 100) -> JSONResponse:
        if not request.state.principal.may_act_for(school_code):
            return _answer(403, error="forbidden: another school's inbox")
        try:
            start = int(after or "0")
        except ValueError:
            return _answer(400, error="bad cursor")
        items = store.inbox_after(school_code, start, max(1, min(limit, 500)))
        return _answer(200, items=[{"cursor": c, "type": t, "body": b} for c, t, b in items],
                       next=items[-1][0] if items else after)

    return app


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, refused as soon as it passes `limit` bytes (chunked bodies have no length)."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLargeError()
        chunks.append(chunk)
    return b"".join(chunks)


def _blob_school(request: Request) -> str:
    """Whose blobs a request sees: the token's school (ANY_SCHOOL's own set for the demo token)."""
    return request.state.principal.school_code
