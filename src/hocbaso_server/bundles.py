"""USB bundles sent whole to the centre (hocbaso-bundle/2, issue 21): the centre's X25519 key opens them.

The key pair is one of the store's secrets (every process of the server shares it); its public half is in
`GET /ping` as `bundle_key`, and `hocbaso server receipt-key` prints its fingerprint for the Sở's letter.
`POST /api/v1/bundles` takes the bundle file as it is on the USB stick (application/zip, streamed to a
temporary file within `max_bundle_bytes`): the header's school must be the token's, every member is
decrypted and checked against the manifest's SHA-256 within the bundle limits, the blobs are stored for
that school, and every envelope goes through the same decision as `POST /submissions`; the answer has
the same `results`, so the PC that carried the stick writes the same receipts file.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import zipfile
import zlib

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from hocbaso_desktop.limits import (
    BUNDLE_MAX_MANIFEST,
    BUNDLE_MAX_MEMBER,
    BUNDLE_MAX_TOTAL,
    inflate_zlib,
    read_member,
)
from hocbaso_desktop.sync import bundle_crypto, protocol
from hocbaso_server.blobs import BlobStore
from hocbaso_server.limits import BodyTooLargeError
from hocbaso_server.store import CentralStore
from hocbaso_server.submit import Submitter, payload_school

MAX_BUNDLE_BYTES = 1024 * 1024 * 1024   # what one upload may carry (the stick's file, encrypted)
_SECRET = "bundle_key_pem"


class BadBundleError(Exception):
    """The bundle cannot be opened or does not match its manifest."""


def _new_key_pem() -> str:
    return X25519PrivateKey.generate().private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                     serialization.NoEncryption()).decode("ascii")


class BundleKey:
    """The centre's bundle key, generated once in the store."""

    def __init__(self, store: CentralStore) -> None:
        loaded = serialization.load_pem_private_key(store.secret(_SECRET, _new_key_pem).encode("ascii"), password=None)
        if not isinstance(loaded, X25519PrivateKey):
            raise ValueError("the stored bundle key is not an X25519 key")
        self.private_key = loaded
        self.public_key_b64 = bundle_crypto.public_b64(loaded)
        self.fingerprint = bundle_crypto.key_fingerprint(self.public_key_b64)


def open_bundle(path: str, key: BundleKey) -> tuple[dict, list[dict], dict[str, tuple[bytes, str]]]:
    """(header, envelopes, {sha256: (data, media type)}) of a bundle/2 file; BadBundleError otherwise."""
    try:
        with zipfile.ZipFile(path) as zf:
            header = bundle_crypto.read_header(zf)
            if header is None:
                raise BadBundleError("not a hocbaso-bundle/2 (older bundles are sent by the school's PC)")
            opener = bundle_crypto.BundleOpener(key.private_key, header)
            manifest = json.loads(opener.open("manifest.json", read_member(zf, "manifest.json", BUNDLE_MAX_MANIFEST)))
            if manifest.get("school_code") != header["school_code"]:
                raise BadBundleError("manifest and header name different schools")
            total, envelopes, blobs = 0, [], {}
            for entry in manifest["items"]:
                data = inflate_zlib(opener.open(entry["file"], read_member(zf, entry["file"], BUNDLE_MAX_MEMBER)),
                                    BUNDLE_MAX_MEMBER, what="bundle")
                total += len(data)
                if hashlib.sha256(data).hexdigest() != entry["sha256"]:
                    raise BadBundleError("an item does not match the manifest")
                envelopes.append(json.loads(data))
            for entry in manifest["blobs"]:
                data = opener.open(entry["file"], read_member(zf, entry["file"], BUNDLE_MAX_MEMBER))
                total += len(data)
                if total > BUNDLE_MAX_TOTAL or hashlib.sha256(data).hexdigest() != entry["sha256"]:
                    raise BadBundleError("a file does not match the manifest, or the bundle is too large")
                blobs[entry["sha256"]] = (data, str(entry.get("media_type") or "application/octet-stream")[:100])
    except BadBundleError:
        raise
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, TypeError, InvalidTag, zlib.error, RecursionError,
            AttributeError) as exc:
        raise BadBundleError(type(exc).__name__) from exc
    return header, envelopes, blobs


def _answer(status: int, **body: object) -> JSONResponse:
    return JSONResponse({"protocol": protocol.PROTOCOL, **body}, status_code=status)


def add_bundle_routes(app: FastAPI, store: CentralStore, blobs: BlobStore, submitter: Submitter,
                      *, max_bundle_bytes: int = MAX_BUNDLE_BYTES) -> BundleKey:
    """Register `POST /api/v1/bundles` on `app` (its gate authenticates); return the key for the ping."""
    key = BundleKey(store)

    def _process(path: str, school: str, blob_school: str) -> JSONResponse:
        try:
            header, envelopes, files = open_bundle(path, key)
        except BadBundleError as exc:
            return _answer(422, error=f"bundle cannot be opened with this centre's key: {exc}"[:200])
        if header["school_code"] != school or any(payload_school(e) not in (None, school) for e in envelopes):
            return _answer(403, error="forbidden: another school's bundle")
        for sha, (data, media_type) in files.items():
            blobs.put(sha, data)
            store.add_blob(blob_school, sha, len(data), media_type)
        results = [submitter.submit(env, school, header["device_id"], blob_school=blob_school) for env in envelopes]
        return _answer(201, school_code=school, results=results)

    @app.post("/api/v1/bundles")
    async def post_bundle(request: Request) -> JSONResponse:
        principal = request.state.principal
        with tempfile.NamedTemporaryFile(prefix="bundle-", suffix=".zip") as spool:
            try:
                size = 0
                async for chunk in request.stream():
                    size += len(chunk)
                    if size > max_bundle_bytes:
                        raise BodyTooLargeError()
                    spool.write(chunk)
            except BodyTooLargeError:
                return _answer(413, error="too large")
            spool.flush()
            school = request.query_params.get("school_code", "")
            if not principal.may_act_for(school):
                return _answer(403, error="forbidden: another school's bundle")
            # whose blobs the records may use: the token's school (the demo token's own set), as for PUT /blobs
            return await run_in_threadpool(_process, spool.name, school, principal.school_code)

    return key
